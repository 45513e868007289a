// How fast this machine is at the moment, for the bench to print beside each build, in a fresh Node process. The
// speed of a shared virtual machine changes through the day, by half and more, and so does its disk's
// (docs/benchmark.md): this says at which speed a figure was taken.
// - processor: a fixed piece of work of the kind a build does (Russian text into JSON and back, HTML strings, gzip),
//   on one core, in milliseconds;
// - disk (when given a folder that does not exist yet): files written as a build writes a site's, 1,000 files of
//   48 KB in 500 new folders in that folder (a tenth of the files a region's build creates), in milliseconds.
//   Creating files costs the kernel more after many files were deleted nearby (docs/benchmark.md: ext4 without a
//   journal skips recently freed inodes), which the processor check does not see. The files are left for the caller
//   to remove after the build it measures: removed before it, they would be such deleted files beside it.
// Prints {"processorMs": …, "diskMs": …} (diskMs only with a folder).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const words =
  'организация мониторинг стажировка семинар вебинар методический учитель школа ответственные сроки январь'.split(' ');
let seed = 1;
// In [0, 1): a linear congruential generator in 32-bit arithmetic.
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

function processorMs(): number {
  const started = performance.now();
  const rows = Array.from({ length: 100_000 }, (_, n) => ({
    n,
    title: Array.from({ length: 8 }, () => words[Math.floor(random() * words.length)]).join(' '),
  }));
  const back = JSON.parse(JSON.stringify(rows)) as typeof rows;
  const html = back
    .map(
      (r) =>
        `<tr id="p-${r.n}"><td>${r.n}.</td><td>${r.title.replace(/[<&>]/g, (c) => `&#${c.charCodeAt(0)};`)}</td></tr>`,
    )
    .join('');
  const packed = gzipSync(Buffer.from(html.slice(0, 4_000_000)), { level: 9 });
  const ms = performance.now() - started;
  if (packed.length < 1000) throw new Error('machine check: nothing was done');
  return ms;
}

function diskMs(dir: string): number {
  const content = Buffer.alloc(48 * 1024, 'дорожная карта ');
  const started = performance.now();
  for (let folder = 0; folder < 500; folder++) {
    const target = path.join(dir, String(folder));
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'index.html'), content);
    writeFileSync(path.join(target, 'calendar.ics'), content);
  }
  return performance.now() - started;
}

const folder = process.argv[2];
console.log(
  JSON.stringify({ processorMs: Math.round(processorMs()), ...(folder ? { diskMs: Math.round(diskMs(folder)) } : {}) }),
);

// How fast this machine is at the moment, for the bench to print beside each build: a fixed piece of work of the
// kind a build does (Russian text into JSON and back, HTML strings, gzip), on one core, in a fresh Node process, in
// milliseconds. The speed of a shared virtual machine changes through the day, by half and more (README, «Масштаб
// региона»): this says at which speed a figure was taken (of the processor; not of the disk). Prints the milliseconds.
import { gzipSync } from 'node:zlib';

const words = 'организация мониторинг стажировка семинар вебинар методический учитель школа ответственные сроки январь'.split(' ');
let seed = 1;
// In [0, 1): a linear congruential generator in 32-bit arithmetic.
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

const started = performance.now();
const rows = Array.from({ length: 100_000 }, (_, n) => ({ n, title: Array.from({ length: 8 }, () => words[Math.floor(random() * words.length)]).join(' ') }));
const back = JSON.parse(JSON.stringify(rows)) as typeof rows;
const html = back.map((r) => `<tr id="p-${r.n}"><td>${r.n}.</td><td>${r.title.replace(/[<&>]/g, (c) => `&#${c.charCodeAt(0)};`)}</td></tr>`).join('');
const packed = gzipSync(Buffer.from(html.slice(0, 4_000_000)), { level: 9 });
const ms = performance.now() - started;
if (packed.length < 1000) throw new Error('machine check: nothing was done');
console.log(Math.round(ms));

import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { NothingWritten, publishDirectory } from './publish.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

function existingSite() {
  const parent = tempDir('karta-publish-');
  const target = path.join(parent, 'dist');
  mkdirSync(target);
  writeFileSync(path.join(target, 'index.html'), 'old site');
  return { parent, target };
}

test('a failing build leaves the previous site as it was and no staging folder behind', async () => {
  const { parent, target } = existingSite();
  await assert.rejects(
    publishDirectory(target, async (staging) => {
      writeFileSync(path.join(staging, 'index.html'), 'half-built');
      throw new Error('Astro failed');
    }),
    /Astro failed/,
  );
  assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'old site');
  assert.deepEqual(readdirSync(parent), ['dist']);
});

const spare = '.dist.karta-spare';

test('a complete build replaces the previous site whole; the previous one is kept aside as the spare', async () => {
  const { parent, target } = existingSite();
  writeFileSync(path.join(target, 'removed.html'), 'gone after the build');
  const { previousRemoved, recycled } = await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'new site'));
  assert.equal(recycled, false);
  assert.deepEqual(readdirSync(target), ['index.html']);
  assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'new site');
  await previousRemoved;
  assert.deepEqual(readdirSync(parent).sort(), [spare, 'dist'].sort());
  assert.deepEqual(readdirSync(path.join(parent, spare)).sort(), ['index.html', 'removed.html']);
});

test('the next build is written into the spare: what it rewrote stays, every other old file and emptied folder goes; folders written afresh start empty', async () => {
  const { parent, target } = existingSite();
  const oldFiles: [string, string][] = [['stale.html', 'old page'], ['index/ab.pf', 'old index, same name as a new one'], ['gone/page/index.html', 'old page'], ['data/a.json', 'old a']];
  for (const [file, text] of oldFiles) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), text);
  }
  await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'previous site'));
  let written = '';
  const { recycled, previousRemoved } = await publishDirectory(
    target,
    async (staging) => {
      written = staging;
      // The spare's files are there for the build to write over, but not those of a folder written afresh.
      assert.equal(readFileSync(path.join(staging, 'stale.html'), 'utf8'), 'old page');
      assert.equal(existsSync(path.join(staging, 'index')), false);
      writeFileSync(path.join(staging, 'index.html'), 'new site');
      writeFileSync(path.join(staging, 'data', 'a.json'), 'new a');
      writeFileSync(path.join(staging, 'data', 'b.json'), 'new b');
      mkdirSync(path.join(staging, 'index'));
      writeFileSync(path.join(staging, 'index', 'cd.pf'), 'new index');
    },
    { writtenAfresh: ['index'] },
  );
  assert.equal(recycled, true);
  assert.ok(written.includes('.karta-building-'), written);
  const files = readdirSync(target, { recursive: true, encoding: 'utf8' }).sort();
  assert.deepEqual(files, ['data', 'data/a.json', 'data/b.json', 'index', 'index.html', 'index/cd.pf']);
  assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'new site');
  assert.equal(readFileSync(path.join(target, 'data', 'a.json'), 'utf8'), 'new a');
  // The site it replaced is the spare now; the folder moved out is removed.
  assert.deepEqual(readdirSync(path.join(parent, spare)), ['index.html']);
  assert.equal(readFileSync(path.join(parent, spare, 'index.html'), 'utf8'), 'previous site');
  await previousRemoved;
  assert.deepEqual(readdirSync(parent).sort(), [spare, 'dist'].sort());
});

test('a file of the spare linked from elsewhere is not written through, and a linked site folder does not become the spare', async () => {
  const { parent, target } = existingSite();
  const backup = path.join(parent, 'backup.html');
  writeFileSync(path.join(target, 'page.html'), 'published once');
  linkSync(path.join(target, 'page.html'), backup);
  await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'page.html'), 'second'));
  const { recycled: intoSpare } = await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'page.html'), 'third'));
  assert.equal(intoSpare, true);
  assert.equal(readFileSync(backup, 'utf8'), 'published once');
  assert.equal(readFileSync(path.join(target, 'page.html'), 'utf8'), 'third');

  const real = path.join(parent, 'real-site');
  mkdirSync(real);
  writeFileSync(path.join(real, 'index.html'), 'served elsewhere');
  const linked = path.join(parent, 'linked');
  symlinkSync(real, linked);
  await (await publishDirectory(linked, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'new'))).previousRemoved;
  assert.equal(existsSync(path.join(parent, '.linked.karta-spare')), false);
  const { recycled } = await publishDirectory(linked, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'newer'));
  assert.equal(recycled, false);
  assert.equal(readFileSync(path.join(real, 'index.html'), 'utf8'), 'served elsewhere');
});

test('a build refused before writing leaves the spare a spare; one that failed while writing does not', async () => {
  const { parent, target } = existingSite();
  writeFileSync(path.join(target, 'old.html'), 'a page of the site before');
  await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'current site'));
  await assert.rejects(
    publishDirectory(target, async (staging) => {
      assert.ok(existsSync(path.join(staging, 'old.html')), 'written into the spare');
      throw new NothingWritten('content refused');
    }),
    /content refused/,
  );
  assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'current site');
  assert.deepEqual(readdirSync(parent).sort(), [spare, 'dist'].sort());

  await assert.rejects(
    publishDirectory(target, async (staging) => {
      writeFileSync(path.join(staging, 'index.html'), 'half-built');
      throw new Error('disk full');
    }),
    /disk full/,
  );
  assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'current site');
  assert.deepEqual(readdirSync(parent), ['dist']);
});

test('folders left by killed builds of the same site are removed; those of running builds, other sites and other names are not', async () => {
  const { parent, target } = existingSite();
  // A process that has ended: its pid is free (until reused, which a test run does not wait for).
  const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const deadPid = Number(ended.stdout);
  const host = hostname();
  const killed = [`.dist.karta-old-${host}-${deadPid}`, `.dist.karta-building-${host}-${deadPid}`];
  const kept = [`.dist.karta-building-${host}-${process.ppid}`, `.other.karta-old-${host}-${deadPid}`, `dist.old-${deadPid}`, `.dist.karta-old-elsewhere-${deadPid}`];
  for (const left of [...killed, ...kept]) {
    mkdirSync(path.join(parent, left));
    writeFileSync(path.join(parent, left, 'index.html'), 'left');
  }
  const { previousRemoved } = await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'new site'));
  await previousRemoved;
  assert.deepEqual(readdirSync(parent).sort(), ['dist', spare, ...kept].sort());
});

import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { publishDirectory } from '../../src/build/publish.ts';
import { tempDir } from '../support/temp-dir.ts';

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

test(
  'a complete build replaces the previous site whole, built in an empty folder; ' + 'the previous one is removed',
  async () => {
    const { parent, target } = existingSite();
    writeFileSync(path.join(target, 'removed.html'), 'gone after the build');
    const { previousRemoved } = await publishDirectory(target, async (staging) => {
      assert.deepEqual(readdirSync(staging), []);
      assert.ok(staging.includes('.karta-building-'), staging);
      writeFileSync(path.join(staging, 'index.html'), 'new site');
    });
    assert.deepEqual(readdirSync(target), ['index.html']);
    assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'new site');
    await previousRemoved;
    assert.deepEqual(readdirSync(parent), ['dist']);
  },
);

test(
  'a site folder that is a link to another: the link is replaced by the new site, ' +
    'the folder it named is left alone',
  async () => {
    const parent = tempDir('karta-publish-link-');
    const real = path.join(parent, 'real-site');
    mkdirSync(real);
    writeFileSync(path.join(real, 'index.html'), 'served elsewhere');
    const linked = path.join(parent, 'linked');
    symlinkSync(real, linked);
    await (await publishDirectory(linked, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'new')))
      .previousRemoved;
    assert.equal(readFileSync(path.join(linked, 'index.html'), 'utf8'), 'new');
    assert.equal(readFileSync(path.join(real, 'index.html'), 'utf8'), 'served elsewhere');
  },
);

test(
  'folders left by killed builds of the same site, and the spare site of earlier versions, are removed; ' +
    'those of running builds, other sites and other names are not',
  async () => {
    const { parent, target } = existingSite();
    // A process that has ended: its pid is free (until reused, which a test run does not wait for).
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const deadPid = Number(ended.stdout);
    const host = hostname();
    const killed = [
      `.dist.karta-old-${host}-${deadPid}`,
      `.dist.karta-building-${host}-${deadPid}`,
      '.dist.karta-spare',
    ];
    const kept = [
      `.dist.karta-building-${host}-${process.ppid}`,
      `.other.karta-old-${host}-${deadPid}`,
      '.other.karta-spare',
      `dist.old-${deadPid}`,
      `.dist.karta-old-elsewhere-${deadPid}`,
    ];
    for (const left of [...killed, ...kept]) {
      mkdirSync(path.join(parent, left));
      writeFileSync(path.join(parent, left, 'index.html'), 'left');
    }
    const { previousRemoved } = await publishDirectory(target, async (staging) =>
      writeFileSync(path.join(staging, 'index.html'), 'new site'),
    );
    await previousRemoved;
    assert.deepEqual(readdirSync(parent).sort(), ['dist', ...kept].sort());
  },
);

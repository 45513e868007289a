import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishDirectory } from './publish.ts';

function existingSite() {
  const parent = mkdtempSync(path.join(tmpdir(), 'karta-publish-'));
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

test('a complete build replaces the previous site whole', async () => {
  const { parent, target } = existingSite();
  writeFileSync(path.join(target, 'removed.html'), 'gone after the build');
  await publishDirectory(target, async (staging) => writeFileSync(path.join(staging, 'index.html'), 'new site'));
  assert.deepEqual(readdirSync(target), ['index.html']);
  assert.equal(readFileSync(path.join(target, 'index.html'), 'utf8'), 'new site');
  assert.deepEqual(readdirSync(parent), ['dist']);
});

// The way `karta build` builds a site when none is asked for (src/build/build.ts): by the number of roadmap files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWayFor, parallelFrom } from './build.ts';

test(`fewer than ${parallelFrom} roadmaps: the plain way; from ${parallelFrom}: the parallel way`, (t) => {
  const content = mkdtempSync(path.join(tmpdir(), 'karta-way-'));
  t.after(() => rmSync(content, { recursive: true, force: true }));
  assert.equal(buildWayFor(content), 'plain', 'no roadmaps folder');
  const roadmaps = path.join(content, 'roadmaps');
  mkdirSync(path.join(roadmaps, 'schools'), { recursive: true });
  // In subfolders too, of every extension of roadmaps; not files set aside («_…») nor of other kinds.
  for (let i = 0; i < parallelFrom - 1; i++)
    writeFileSync(path.join(roadmaps, i % 2 ? 'schools' : '', `r${i}.${['yaml', 'yml', 'mdx'][i % 3]}`), '');
  writeFileSync(path.join(roadmaps, '_draft.yaml'), '');
  writeFileSync(path.join(roadmaps, 'notes.txt'), '');
  mkdirSync(path.join(content, 'organizations'));
  writeFileSync(path.join(content, 'organizations', 'school.yaml'), '');
  assert.equal(buildWayFor(content), 'plain');
  writeFileSync(path.join(roadmaps, 'schools', 'last.yaml'), '');
  assert.equal(buildWayFor(content), 'parallel');
});

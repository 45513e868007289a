import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorsOf, loadContent } from '../src/content-model/load-content.ts';
import { countItems } from '../src/content-model/roadmap-structure.ts';
import { phraseBankFrom, seededRandom, writeSyntheticRegion } from './synthetic-region.ts';
import { realContent } from '../tests/support/content-copy.ts';
import { tempDir } from '../tests/support/temp-dir.ts';

const bank = phraseBankFrom(loadContent(realContent));

test('the synthetic region is valid content, every entry marked as an example', () => {
  const dir = tempDir('karta-bench-');
  const region = writeSyntheticRegion(dir, bank, { schools: 12, municipalities: 4 });
  const content = loadContent(dir);
  assert.deepEqual(errorsOf(content.problems), []);
  assert.equal(content.roadmaps.size, 1 + 4 + 12);
  assert.equal(region.roadmaps, content.roadmaps.size);
  const school = content.roadmaps.get('bench-m1-s1-2023')!.data;
  assert.equal(countItems(school.sections), 60);
  assert.ok(school.sections.length === 2 || school.sections.length === 3);
  for (const { data } of [...content.roadmaps.values(), ...content.organizations.values()])
    assert.equal(data.example, true);
});

test('the same seed gives the same region', () => {
  const a = tempDir('karta-bench-');
  const b = tempDir('karta-bench-');
  writeSyntheticRegion(a, bank, { schools: 3, municipalities: 2, seed: 7 });
  writeSyntheticRegion(b, bank, { schools: 3, municipalities: 2, seed: 7 });
  const file = path.join('roadmaps', 'bench-m1-s1-2023.yaml');
  assert.equal(readFileSync(path.join(a, file), 'utf8'), readFileSync(path.join(b, file), 'utf8'));
  assert.notEqual(seededRandom(1)(), seededRandom(2)());
});

test('writing the region again leaves unchanged files in place and removes only what is no longer of it', () => {
  const dir = tempDir('karta-bench-');
  writeSyntheticRegion(dir, bank, { schools: 5, municipalities: 2 });
  const kept = path.join(dir, 'roadmaps', 'bench-m1-s1-2023.yaml');
  const dropped = path.join(dir, 'roadmaps', 'bench-m1-s5-2023.yaml');
  const before = statSync(kept);
  const region = writeSyntheticRegion(dir, bank, { schools: 3, municipalities: 2 });
  const after = statSync(kept);
  assert.equal(after.ino, before.ino);
  assert.equal(after.mtimeMs, before.mtimeMs);
  assert.ok(!existsSync(dropped));
  const content = loadContent(dir);
  assert.deepEqual(errorsOf(content.problems), []);
  assert.equal(content.roadmaps.size, region.roadmaps);
  assert.equal(content.organizations.has('bench-m1-s5'), false);
});

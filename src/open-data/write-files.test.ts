import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../content-model/load-content.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { defaultContentDir } from '../cli/paths.ts';
import { siteContentFrom, type Collections } from '../site/site-content.ts';
import { writeDataFiles } from './write-files.ts';
import { decodeItemFacets } from '../search/item-facets.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { icsProblems } from '../../tests/support/ics-strict.ts';
import { hasIcs, roadmapsOf } from '../site/calendar.ts';

const loaded = loadContent(defaultContentDir);
const entries = <T>(map: Map<string, { id: string; data: T }>) => [...map.values()].map(({ id, data }) => ({ id, data }));
const collections = {
  organizations: entries(loaded.organizations),
  people: entries(loaded.people),
  riskFactors: entries(loaded.riskFactors),
  glossary: entries(loaded.glossary),
  roadmaps: entries(loaded.roadmaps),
} as Collections;
const site = readSiteConfig();

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();

test('the data files: the open data of every roadmap, the schema, .ics files of roadmaps, organisations and the portal, and the facets of items for the search', () => {
  const dir = tempDir('karta-data-');
  writeDataFiles(dir, { ...siteContentFrom(collections, site), builtAt: '2026-01-15' });
  const written = filesOf(dir);
  assert.ok(written.includes(path.join('data', 'roadmaps.json')) && written.includes(path.join('data', 'roadmap.schema.json')));
  for (const { id } of collections.roadmaps) {
    assert.ok(written.includes(path.join('data', 'roadmaps', `${id}.json`)), id);
    assert.ok(written.includes(path.join('roadmaps', id, 'calendar.ics')), id);
    // Every seed roadmap has items with dates: the search page narrows them by month with this file.
    const facets = decodeItemFacets(readFileSync(path.join(dir, 'search', 'items', `${id}.json`), 'utf8'));
    assert.ok(facets.size > 0 && [...facets.values()].some((f) => f.months.length > 0), id);
  }
  assert.ok(written.includes('calendar.ics'));
  // Every .ics written passes the strict RFC 5545 checks; an organisation gets one exactly when it has events (a
  // calendar without a component is not valid, and its pages do not link to one).
  const ics = written.filter((f) => f.endsWith('.ics'));
  for (const file of ics) assert.deepStrictEqual(icsProblems(readFileSync(path.join(dir, file), 'utf8')), [], file);
  const content = { ...siteContentFrom(collections, site), builtAt: '2026-01-15' };
  let without = 0;
  for (const id of content.published) {
    const expected = hasIcs(content, roadmapsOf(content, id));
    if (!expected) without++;
    assert.equal(written.includes(path.join('organizations', id, 'calendar.ics')), expected, id);
  }
  assert.ok(without > 0, 'the seeds have organisations without dated items');
  const combined = readFileSync(path.join(dir, 'data', 'roadmaps.json'), 'utf8');
  assert.equal(JSON.parse(combined).roadmaps.length, collections.roadmaps.length);
  // A roadmap a line, the same data as in its own file.
  const lines = combined.trimEnd().split('\n').slice(1);
  assert.equal(lines.length, collections.roadmaps.length);
  const first = JSON.parse(lines[0]!.replace(/,$/, '')) as { id: string };
  assert.deepEqual(first, JSON.parse(readFileSync(path.join(dir, 'data', 'roadmaps', `${first.id}.json`), 'utf8')));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content-model/load-content.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { roadmapsBasedOn } from './execution.ts';
import { siteContentFrom } from './site-content.ts';

test('the roadmaps based on each roadmap, in the site order, each once', () => {
  const loaded = loadContent(realContent);
  const content = siteContentFrom(
    {
      organizations: [...loaded.organizations.values()],
      people: [...loaded.people.values()],
      riskFactors: [...loaded.riskFactors.values()],
      glossary: [...loaded.glossary.values()],
      roadmaps: [...loaded.roadmaps.values()],
      reports: [...loaded.reports.values()],
    },
    readSiteConfig(realContent),
    '2026-01-15',
  );
  let found = 0;
  for (const { id } of content.roadmaps) {
    const expected = content.roadmaps.filter((r) => r.data.basedOn?.includes(id)).map((r) => r.id);
    assert.deepEqual(
      roadmapsBasedOn(content, id).map((r) => r.id),
      expected,
      id,
    );
    found += expected.length;
  }
  assert.ok(found >= 2, 'the demo has roadmaps based on others');
  assert.deepEqual(roadmapsBasedOn(content, 'no-such-roadmap'), []);
});

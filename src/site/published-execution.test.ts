import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realSiteContent } from '../../tests/support/site-content.ts';
import { roadmapsBasedOn } from './published-execution.ts';

test('the roadmaps based on each roadmap, in the site order, each once', () => {
  const content = realSiteContent('2026-01-15');
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

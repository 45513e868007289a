// The organisation tree: `roadmapsForEach` (an index for a page per organisation) answers as `roadmapsFor` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataById, loadContent } from './load-content.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { roadmapsFor, roadmapsForEach } from './organization-tree.ts';
import type { Organization, Roadmap } from './schemas.ts';

const lookups = dataById(loadContent(realContent));
const real = [...lookups.roadmaps].map(([id, data]) => ({ id, data }));

test('roadmapsForEach gives every organisation the roadmaps roadmapsFor gives, in the same order', () => {
  const index = roadmapsForEach(lookups.organizations, real);
  let withRoadmaps = 0;
  for (const id of lookups.organizations.keys()) {
    const want = roadmapsFor(id, lookups.organizations, real).map((r) => r.id);
    assert.deepStrictEqual(
      index(id).map((r) => r.id),
      want,
      id,
    );
    if (want.length) withRoadmaps++;
  }
  assert.ok(withRoadmaps > 20, `${withRoadmaps} organisations with roadmaps`);
  assert.equal(index('sochi'), index('sochi'), 'each answer is made once');
  assert.deepStrictEqual(index('no-such-organisation'), []);
});

test('roadmapsForEach: listed schools, education authorities and owners above, as roadmapsFor', () => {
  const org = (kind: Organization['kind'], parent?: string) =>
    ({ kind, name: kind, ...(parent ? { parent } : {}) }) as Organization;
  const organizations = new Map<string, Organization>([
    ['region', org('region')],
    ['ministry', org('authority', 'region')],
    ['town', org('municipality', 'region')],
    ['town-uo', org('authority', 'town')],
    ['school-1', org('school', 'town')],
    ['school-2', org('school', 'town')],
    ['other-town', org('municipality', 'region')],
  ]);
  const roadmap = (id: string, owner: string, schools?: string[]) => ({
    id,
    data: { owner, order: { issuer: owner }, ...(schools ? { schools } : {}) } as Pick<
      Roadmap,
      'owner' | 'schools' | 'order'
    >,
  });
  const roadmaps = [
    roadmap('regional', 'ministry'),
    roadmap('municipal', 'town-uo'),
    roadmap('school-1-own', 'school-1'),
    roadmap('listing', 'other-town', ['school-2', 'town']),
    roadmap('other', 'other-town'),
  ];
  const index = roadmapsForEach(organizations, roadmaps);
  for (const id of organizations.keys()) {
    assert.deepStrictEqual(
      index(id).map((r) => r.id),
      roadmapsFor(id, organizations, roadmaps).map((r) => r.id),
      id,
    );
  }
  assert.deepStrictEqual(
    index('school-2').map((r) => r.id),
    ['regional', 'municipal', 'listing'],
  );
  assert.deepStrictEqual(
    index('school-1').map((r) => r.id),
    ['regional', 'municipal', 'school-1-own'],
    'a roadmap listing a municipality does not apply to the schools under it: only to what it lists',
  );
});

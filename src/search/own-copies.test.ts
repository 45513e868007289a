import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonZeroCounts, otherSiteMark, wholePages, withoutOwnCopies } from './own-copies.ts';

test('the names of an index’s pages come from its filter `page`, but those the site publishes in part', () => {
  const values = { page: { 'roadmaps/a': 1, 'organizations/b': 1, 'roadmaps/above': 1 }, level: { x: 2 } };
  assert.deepEqual(wholePages(values, []), ['roadmaps/a', 'organizations/b', 'roadmaps/above']);
  assert.deepEqual(wholePages(values, ['roadmaps/above']), ['roadmaps/a', 'organizations/b']);
  // An index of a build without the names.
  assert.deepEqual(wholePages({ level: { x: 2 } }, []), []);
});

test('a search leaves out the pages of another site that this site has, and keeps the visitor’s filters', () => {
  assert.deepEqual(withoutOwnCopies({ level: 'Школьный уровень' }, ['roadmaps/a']), {
    level: 'Школьный уровень',
    not: { ...otherSiteMark, page: { any: ['roadmaps/a'] } },
  });
  // Nothing to leave out: the filters as they were (no other site, or an index of an older build without names).
  const filters = { level: 'Школьный уровень' };
  assert.equal(withoutOwnCopies(filters, []), filters);
});

test('a filter value that only the copies had is not offered', () => {
  assert.deepEqual(nonZeroCounts({ organization: { 'СОШ №7': 1, 'СОШ №20': 0 }, level: {} }), {
    organization: { 'СОШ №7': 1 },
    level: {},
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inForceFirst, roadmapValidity } from './roadmap-validity.ts';

const period = { start: '2023-01-01', end: '2023-12-31' };

test('a roadmap is in force up to and including the last day of its period, and ended the day after', () => {
  assert.deepEqual(roadmapValidity({ period }, '2023-06-15'), { state: 'in-force', since: '2023-01-01' });
  assert.deepEqual(roadmapValidity({ period }, '2023-12-31'), { state: 'in-force', since: '2023-01-01' });
  assert.deepEqual(roadmapValidity({ period }, '2024-01-01'), { state: 'ended', since: '2023-12-31' });
});

test('approved but not yet started is in force: the order is, and its period starts later', () => {
  assert.equal(roadmapValidity({ period }, '2022-12-20').state, 'in-force');
});

test('a superseded roadmap has lost force whatever its period says', () => {
  assert.deepEqual(roadmapValidity({ period, supersededBy: 'sochi-2023-ed2' }, '2023-06-15'), {
    state: 'superseded',
    supersededBy: 'sochi-2023-ed2',
  });
  assert.equal(roadmapValidity({ period, supersededBy: undefined }, '2023-06-15').state, 'in-force');
});

test('lists put roadmaps in force first and keep their own order within each group', () => {
  const list = [
    { id: 'a', period: { start: '2021-01-01', end: '2021-12-31' } },
    { id: 'b', period },
    { id: 'c', period, supersededBy: 'b' },
    { id: 'd', period: { start: '2020-01-01', end: '2020-12-31' } },
    { id: 'e', period: { start: '2023-01-01', end: '2024-12-31' } },
  ];
  assert.deepEqual(
    inForceFirst(list, (r) => roadmapValidity(r, '2023-11-20')).map((r) => r.id),
    ['b', 'e', 'a', 'd', 'c'],
  );
});

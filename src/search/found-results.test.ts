import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  byPeriod,
  dataOf,
  matchingItems,
  together,
  withoutHiddenWords,
  type Found,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSubResult,
} from './found-results.ts';
import type { ItemFacet } from './item-facets.ts';

const item = (id: string, ...scores: number[]): PagefindSubResult => ({
  title: `Пункт ${id}`,
  url: `/roadmaps/r/#${id}`,
  excerpt: '',
  anchor: { element: 'tr', id, title: `Пункт ${id}` },
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

const documentData = (url: string, subs: PagefindSubResult[]): PagefindResultData => ({
  url,
  excerpt: '',
  meta: {},
  sub_results: subs,
});

const result = (id: string, score: number, data = documentData(`/${id}/`, [])): PagefindResult => ({
  id,
  score,
  data: async () => data,
});

test('the results of several queries: each document once, with every query that found it, by its best score', () => {
  const [a1, b1, a2, c2] = [result('a', 1), result('b', 3), result('a', 5), result('c', 2)];
  const found = together([
    [a2, b1],
    [a1, c2],
  ]);
  assert.deepEqual(
    found.map((f) => [f.id, f.score, f.results]),
    [
      ['a', 5, [a2, a1]],
      ['b', 3, [b1]],
      ['c', 2, [c2]],
    ],
  );
  assert.deepEqual(together([]), []);
});

test('a document found by several queries: its items of every query, each once, with all of their scores', async () => {
  const first = documentData('/r/', [item('p-1', 1), item('p-2', 2)]);
  const second = documentData('/r/', [item('p-2', 4), item('p-3', 3)]);
  const data = await dataOf({ id: 'r', score: 1, results: [result('r', 1, first), result('r', 1, second)] });
  assert.deepEqual(
    data.sub_results.map((s) => [s.anchor?.id, s.weighted_locations.map((l) => l.balanced_score)]),
    [
      ['p-1', [1]],
      ['p-2', [2, 4]],
      ['p-3', [3]],
    ],
  );
  const alone = await dataOf({ id: 'r', score: 1, results: [result('r', 1, first)] });
  assert.equal(alone, first);
});

test('the matching items of a document: titled items the filters keep, by score or by first due date', () => {
  const untitled = { ...item('intro', 9), anchor: { element: 'h2', id: 'intro' } };
  const data = documentData('/r/', [item('p-1', 1, 1), item('p-2', 5), item('p-3', 3), item('p-4', 4), untitled]);
  const facets = new Map<string, ItemFacet>([
    ['p-1', { anchor: 'p-1', firstDue: '2023-05-31', months: ['2023-05'], form: 'приказ' }],
    ['p-2', { anchor: 'p-2', firstDue: '2023-03-31', months: ['2023-03'], form: 'справка' }],
    ['p-3', { anchor: 'p-3', months: [] }],
    ['p-4', { anchor: 'p-4', firstDue: '2023-09-01', months: ['2023-09'], form: 'приказ' }],
  ]);
  const ids = (subs: PagefindSubResult[]) => subs.map((s) => s.anchor!.id);
  assert.deepEqual(ids(matchingItems(data, facets, {}, undefined)), ['p-2', 'p-4', 'p-3', 'p-1']);
  assert.deepEqual(ids(matchingItems(data, facets, {}, 'asc')), ['p-2', 'p-1', 'p-4', 'p-3'], 'no date: last');
  assert.deepEqual(ids(matchingItems(data, facets, {}, 'desc')), ['p-4', 'p-1', 'p-2', 'p-3'], 'no date: last');
  assert.deepEqual(ids(matchingItems(data, facets, { form: 'приказ' }, 'asc')), ['p-1', 'p-4']);
  assert.deepEqual(ids(matchingItems(data, facets, { form: 'отчёт' }, undefined)), []);
});

test('documents in order of their period: earliest or latest first, those without a period left out', () => {
  const found = (id: string): Found => ({ id, score: 1, results: [] });
  const starts = new Map([
    ['late', '2024-01-01'],
    ['early', '2022-09-01'],
    ['mid', '2023-01-01'],
  ]);
  const results = [found('mid'), found('organisation'), found('late'), found('early')];
  assert.deepEqual(
    byPeriod(results, starts, 'asc').map((f) => f.id),
    ['early', 'mid', 'late'],
  );
  assert.deepEqual(
    byPeriod(results, starts, 'desc').map((f) => f.id),
    ['late', 'mid', 'early'],
  );
});

test('an excerpt without the words the build hid in the text, also when it begins or ends within them', () => {
  assert.equal(
    withoutHiddenWords('<mark>Стажировки</mark> {{стажировка стажировок}}. педагогов'),
    '<mark>Стажировки</mark> педагогов',
  );
  assert.equal(
    withoutHiddenWords('ровка стажировок}}. Курсы для <mark>учителей</mark>'),
    'Курсы для <mark>учителей</mark>',
  );
  assert.equal(
    withoutHiddenWords('План <mark>мероприятий</mark> {{мероприятие мероп'),
    'План <mark>мероприятий</mark>',
  );
  assert.equal(withoutHiddenWords('Без  скрытых   слов'), 'Без скрытых слов');
});

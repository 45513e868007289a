import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeItemFacets, encodeItemFacets, formFilterValue, itemMatches, type ItemFacet } from './item-facets.ts';

const facets: ItemFacet[] = [
  { anchor: 'p-I-1', firstDue: '2023-01-30', months: ['2023-01'], form: 'приказ уон' },
  {
    anchor: 'p-I-2',
    firstDue: '2023-01-31',
    months: ['2023-01', '2023-02', '2023-03', '2023-05', '2023-12', '2024-01'],
  },
  { anchor: 'p-I.3', months: [], form: 'семинар, «вебинар»' },
];

test('item facets survive the page text: months as runs, across a new year, forms with any characters', () => {
  const text = encodeItemFacets(facets);
  assert.match(text, /"2023-01~2023-03 2023-05 2023-12~2024-01"/);
  assert.deepStrictEqual([...decodeItemFacets(text).values()], facets);
  assert.deepStrictEqual(decodeItemFacets(undefined).size, 0);
});

test('an item matches the month, the quarter and the form chosen; with nothing chosen, every item', () => {
  const [first, second, third] = facets as [ItemFacet, ItemFacet, ItemFacet];
  assert.ok(itemMatches(first, { month: '2023-01 январь 2023', quarter: '2023, I квартал', form: 'приказ уон' }));
  assert.ok(!itemMatches(first, { month: '2023-02 февраль 2023' }));
  assert.ok(itemMatches(second, { quarter: '2023, II квартал' }), 'May is in the second quarter');
  assert.ok(!itemMatches(second, { quarter: '2023, III квартал' }));
  assert.ok(!itemMatches(third, { month: '2023-01 январь 2023' }), 'no dates, no month');
  assert.ok(!itemMatches(undefined, { form: 'приказ уон' }), 'an item without facets has no form');
  assert.ok(itemMatches(undefined, {}));
  assert.equal(formFilterValue('  Приказ\n  УОН '), 'приказ уон');
});

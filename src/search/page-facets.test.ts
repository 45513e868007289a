import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataById, loadContent } from '../content-model/load-content.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { parseDeadline } from '../deadlines/deadline.ts';
import { roadmapToOpenData } from '../open-data/roadmap-json.ts';
import {
  deadlineMonths,
  organizationFacets,
  partlyPublishedPages,
  roadmapFacets,
  roadmapItemFacets,
} from './page-facets.ts';

const period = { start: '2023-01-01', end: '2023-12-31' };
const lookups = dataById(loadContent(realContent));
const openData = (id: string) => roadmapToOpenData(id, lookups.roadmaps.get(id)!, lookups);
const facetsOf = (id: string) => roadmapFacets(openData(id), lookups.organizations);
const itemFacetsOf = (id: string) => roadmapItemFacets(openData(id));

test('deadline months: every month the windows touch, and the first due date', () => {
  const months = (text: string) => deadlineMonths(parseDeadline(text, period).occurrences);
  assert.deepStrictEqual(months('до 30 января 2023 г.'), { months: ['2023-01'], firstDue: '2023-01-30' });
  assert.deepStrictEqual(months('март - май 2023 г.').months, ['2023-03', '2023-04', '2023-05']);
  assert.equal(months('ежеквартально').firstDue, '2023-03-31');
  assert.deepStrictEqual(months('по отдельному графику'), { months: [] });
});

test(
  'a roadmap page: filters of the roadmap and of all its items, ' +
    'its period to sort by; ' +
    'the facets of each item',
  () => {
    const sochi = facetsOf('sochi-2023');
    assert.deepStrictEqual(sochi.filters.level, ['Муниципальный уровень']);
    assert.deepStrictEqual(sochi.filters.organization, ['УОН Сочи']);
    assert.deepStrictEqual(sochi.filters.municipality, ['Сочи']);
    assert.deepStrictEqual(sochi.filters.region, ['Краснодарский край']);
    assert.deepStrictEqual(sochi.filters.year, ['2023']);
    assert.ok(sochi.filters.month!.includes('2023-03 март 2023'));
    assert.ok(sochi.filters.quarter!.includes('2023, IV квартал'));
    assert.ok(sochi.filters.form!.includes('приказ уон'));
    assert.deepStrictEqual(sochi.filters.period, ['2023-01-01'], 'the start of its period, to order by');
    assert.deepStrictEqual(sochi.filters.page, ['roadmaps/sochi-2023'], 'the page, by which another site knows it');
    assert.equal(sochi.meta.organization, 'УОН Сочи');
    assert.equal(sochi.meta.place, 'Сочи');

    assert.equal(sochi.meta.facets, '/search/items/sochi-2023.json', 'where the facets of its items are');

    const items = new Map(itemFacetsOf('sochi-2023').map((i) => [i.anchor, i]));
    assert.deepStrictEqual(items.get('p-municipal-I-1'), {
      anchor: 'p-municipal-I-1',
      firstDue: '2023-01-30',
      months: ['2023-01'],
      form: 'приказ уон',
    });
    assert.equal(items.get('p-municipal-I-2')?.months.length, 12, '«ежеквартально»: every month of the year');
    // Control points of a roadmap are items too, and a two-year roadmap has months of both years.
    const georgievsk = facetsOf('georgievsk-2023-2024');
    assert.deepStrictEqual(itemFacetsOf('georgievsk-2023-2024').find((i) => i.anchor === 'control-1')?.months, [
      '2023-05',
      '2023-12',
      '2024-05',
      '2024-12',
    ]);
    assert.deepStrictEqual(georgievsk.filters.year, ['2023', '2024']);
    // Only items with dates or a form have facets: the rest need no file entry.
    assert.ok(itemFacetsOf('sochi-2023').every((i) => i.months.length || i.form));
  },
);

test('an organisation page: where it is, to filter by and to show', () => {
  assert.deepStrictEqual(organizationFacets('apsheronsk-sosh-7', lookups.organizations), {
    filters: {
      page: ['organizations/apsheronsk-sosh-7'],
      organization: ['МБОУ СОШ №7'],
      region: ['Краснодарский край'],
      municipality: ['Апшеронский район'],
    },
    meta: { kind: 'Школа', place: 'Апшеронский район' },
  });
  assert.deepStrictEqual(
    organizationFacets('sochi', lookups.organizations).meta,
    { kind: 'Муниципалитет', place: 'Краснодарский край' },
    'a municipality is not «in» itself',
  );
});

test('the pages a part of a portal publishes in part: the roadmaps and pages of the organisations above it', () => {
  const roadmaps = [
    { id: 'school-2023', data: { owner: 'school' } },
    { id: 'district-2021', data: { owner: 'district-uo' } },
  ];
  assert.deepStrictEqual(partlyPublishedPages(roadmaps, ['school', 'district', 'district-uo'], new Set(['school'])), [
    'roadmaps/district-2021',
    'organizations/district',
    'organizations/district-uo',
  ]);
  // A whole site (no `home`) has none.
  assert.deepStrictEqual(
    partlyPublishedPages(roadmaps, ['school', 'district'], new Set(['school', 'district', 'district-uo'])),
    [],
  );
});

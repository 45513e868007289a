// The parsed deadline in the open data: text as written, kind, dates in the roadmap's period, and the academic
// calendar of the roadmap's region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataById, loadContent } from '../content-model/load-content.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { roadmapToOpenData, type OpenItem, type OpenSection } from './roadmap-json.ts';

const lookups = dataById(loadContent(realContent));
const items = (sections: OpenSection[]): OpenItem[] =>
  sections.flatMap((s) => [...(s.items ?? []), ...items(s.sections ?? [])]);
const open = (id: string, organizations = lookups.organizations) =>
  roadmapToOpenData(id, lookups.roadmaps.get(id)!, { ...lookups, organizations });

test('each item carries its parsed deadline with the dates in the roadmap period', () => {
  const sochi = open('sochi-2023');
  assert.deepStrictEqual(items(sochi.sections)[0]!.deadline, {
    text: 'до 30 января 2023 г.',
    kind: 'date',
    understood: true,
    by: true,
    parts: [{ from: { year: 2023, month: 1, day: 30 } }],
    occurrences: [{ start: '2023-01-30', end: '2023-01-30' }],
  });
  // Control points too; the Georgievsk roadmap runs 2023–2024, so «Декабрь, май отчетного года» is four dates.
  const georgievsk = open('georgievsk-2023-2024');
  assert.deepStrictEqual(georgievsk.controlPoints[0]!.deadline.occurrences, [
    { start: '2023-05-01', end: '2023-05-31' },
    { start: '2023-12-01', end: '2023-12-31' },
    { start: '2024-05-01', end: '2024-05-31' },
    { start: '2024-12-01', end: '2024-12-31' },
  ]);
});

test('an item without a deadline has text null and no dates', () => {
  const all = [...lookups.roadmaps.keys()].flatMap((id) => items(open(id).sections));
  const without = all.filter((item) => item.deadline.text === null);
  assert.ok(without.length > 0, 'the seeds have items without a deadline');
  for (const item of without)
    assert.deepStrictEqual(item.deadline, { text: null, kind: 'unscheduled', understood: true, occurrences: [] });
});

test('the academic calendar of the owner’s region moves term dates in the open data', () => {
  const quarterly = (id: string, organizations = lookups.organizations) =>
    items(open(id, organizations).sections).find((item) => item.deadline.text === 'не реже одного раза в четверть')!
      .deadline.occurrences;
  assert.deepStrictEqual(quarterly('sochi-2023')[0], { start: '2023-01-01', end: '2023-03-31' });
  const organizations = new Map(lookups.organizations);
  const region = organizations.get('krasnodar-krai')!;
  organizations.set('krasnodar-krai', {
    ...region,
    academicCalendar: {
      quarters: [
        { start: '09-01', end: '10-27' },
        { start: '11-06', end: '12-29' },
        { start: '01-09', end: '03-22' },
        { start: '04-01', end: '05-24' },
      ],
    },
  });
  // Sochi (a municipality of the krai) follows the krai's calendar.
  assert.deepStrictEqual(quarterly('sochi-2023', organizations), [
    { start: '2023-01-09', end: '2023-03-22' },
    { start: '2023-04-01', end: '2023-05-24' },
    { start: '2023-09-01', end: '2023-10-27' },
    { start: '2023-11-06', end: '2023-12-29' },
  ]);
});

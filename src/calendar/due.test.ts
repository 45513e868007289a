import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline } from '../deadlines/deadline.ts';
import {
  addCounts,
  agendaByMonth,
  calendarMonths,
  countDistinct,
  dueCounts,
  dueInMonth,
  dueSoon,
  groupByRoadmap,
  monthLists,
  monthsFrom,
  monthsOf,
  undated,
} from './due.ts';
import type { DeadlineEntry } from './entries.ts';
import { timelineRows } from './timeline.ts';

const period = { start: '2023-01-01', end: '2023-12-31' };
const entry = (anchor: string, text: string): DeadlineEntry => ({
  roadmapId: 'r',
  roadmapTitle: 'Карта',
  anchor,
  title: anchor,
  deadline: parseDeadline(text, period),
});
const quarterly = entry('quarterly', 'ежеквартально');
const january = entry('january', 'до 30 января 2023 г.');
const spring = entry('spring', 'март-ноябрь 2023 г.');
const year = entry('year', 'в течение года');
const plan = entry('plan', 'по плану работы МТКП');
const entries = [quarterly, january, spring, year, plan];

const show = (list: { entry: DeadlineEntry; occurrence: { start: string; end: string } }[]) =>
  list.map((d) => `${d.entry.anchor} ${d.occurrence.start}..${d.occurrence.end}`);

test('due in a month: windows that end in it; ongoing: windows open in it that end later', () => {
  const jan = dueInMonth(entries, '2023-01');
  assert.deepStrictEqual(show(jan.due), ['january 2023-01-30..2023-01-30']);
  assert.deepStrictEqual(show(jan.ongoing), ['quarterly 2023-01-01..2023-03-31', 'year 2023-01-01..2023-12-31']);

  const march = dueInMonth(entries, '2023-03');
  assert.deepStrictEqual(show(march.due), ['quarterly 2023-01-01..2023-03-31']);
  assert.deepStrictEqual(show(march.ongoing), ['spring 2023-03-01..2023-11-30', 'year 2023-01-01..2023-12-31']);

  const december = dueInMonth(entries, '2023-12');
  assert.deepStrictEqual(show(december.due), ['quarterly 2023-10-01..2023-12-31', 'year 2023-01-01..2023-12-31']);
  assert.deepStrictEqual(december.ongoing, []);
});

test('recurrences are expanded: a quarterly item is due four times a year; an item without dates never', () => {
  const agenda = agendaByMonth(entries, period);
  assert.deepStrictEqual(
    agenda.map((a) => a.month),
    monthsOf(period),
  );
  const dueMonths = (e: DeadlineEntry) => agenda.filter((a) => a.due.some((d) => d.entry === e)).map((a) => a.month);
  assert.deepStrictEqual(dueMonths(quarterly), ['2023-03', '2023-06', '2023-09', '2023-12']);
  assert.deepStrictEqual(dueMonths(spring), ['2023-11']);
  assert.deepStrictEqual(dueMonths(plan), []);
  assert.ok(agenda.every((a) => a.ongoing.every((d) => d.entry !== plan)));
});

test('the months of a period', () => {
  assert.deepStrictEqual(monthsOf({ start: '2023-11-15', end: '2024-02-01' }), [
    '2023-11',
    '2023-12',
    '2024-01',
    '2024-02',
  ]);
  assert.equal(monthsOf(period).length, 12);
});

test('due soon: this month and the next, at most `limit` items each, the rest counted', () => {
  assert.deepStrictEqual(monthsFrom('2023-12-20', 3), ['2023-12', '2024-01', '2024-02']);
  const [january, february] = dueSoon(entries, '2023-01-10', 2, 1);
  assert.deepStrictEqual(show(january!.due), ['january 2023-01-30..2023-01-30']);
  assert.equal(january!.moreDue, 0);
  assert.equal(january!.ongoing, 2);
  assert.equal(february!.month, '2023-02');
  assert.deepStrictEqual(february!.due, []);
  const december = dueSoon(entries, '2023-12-01', 1, 1)[0]!;
  assert.equal(december.due.length, 1);
  assert.equal(december.moreDue, 1);
});

test("a month's list by roadmap, in the order of the entries; items counted once; undated items", () => {
  const regional = { ...entry('regional', 'декабрь 2023 г.'), roadmapId: 'a-regional', roadmapTitle: 'Региональная' };
  const all = [...entries, regional];
  const groups = groupByRoadmap(dueInMonth(all, '2023-12').due, [regional, ...entries]);
  assert.deepStrictEqual(
    groups.map((g) => [g.roadmapId, g.list.map((d) => d.entry.anchor)]),
    [
      ['a-regional', ['regional']],
      ['r', ['quarterly', 'year']],
    ],
  );
  const twice = entry('twice', 'март, декабрь 2023 г.');
  assert.equal(countDistinct([...dueInMonth([twice], '2023-03').due, ...dueInMonth([twice], '2023-03').due]), 1);
  assert.deepStrictEqual(
    undated(entries).map((e) => e.anchor),
    ['plan'],
  );
});

test('month lists: what is due, what starts (spans only, named once) and how many spans go on', () => {
  const lists = monthLists(entries);
  assert.deepStrictEqual([...lists.keys()], monthsOf(period), 'months in order');
  const jan = lists.get('2023-01')!;
  assert.deepStrictEqual(show(jan.due), ['january 2023-01-30..2023-01-30']);
  assert.deepStrictEqual(
    show(jan.starting),
    ['year 2023-01-01..2023-12-31'],
    'a quarterly window is the rhythm of the work, not a span: not «starting»',
  );
  assert.equal(jan.continuing, 0);
  const march = lists.get('2023-03')!;
  assert.deepStrictEqual(show(march.due), ['quarterly 2023-01-01..2023-03-31']);
  assert.deepStrictEqual(show(march.starting), ['spring 2023-03-01..2023-11-30']);
  assert.equal(march.continuing, 1, '«в течение года», started in January');
  const july = lists.get('2023-07')!;
  assert.deepStrictEqual([july.due.length, july.starting.length, july.continuing], [0, 0, 2]);
  assert.deepStrictEqual(
    show(lists.get('2023-12')!.due),
    show(dueInMonth(entries, '2023-12').due),
    'due: the same as dueInMonth',
  );
  // Each span is named once as starting, whatever its length.
  const startingAll = [...lists.values()].flatMap((l) => l.starting.map((d) => d.entry.anchor));
  assert.deepStrictEqual(startingAll, ['year', 'spring']);
  // Starting + going on = what dueInMonth calls ongoing, for items that do not repeat.
  for (const [month, list] of lists) {
    const ongoing = dueInMonth(entries, month).ongoing.filter((d) => d.entry !== quarterly);
    assert.equal(list.starting.length + list.continuing, ongoing.length, month);
  }
});

test(
  "a calendar's months: roadmaps in the given order, lists shared, counts below; " + 'months with nothing left out',
  () => {
    const regional = {
      ...entry('regional', 'до 15 марта 2023 г.'),
      roadmapId: 'a-regional',
      roadmapTitle: 'Региональная',
    };
    const own = { roadmapId: 'r', roadmapTitle: 'Карта', months: monthLists(entries) };
    const top = { roadmapId: 'a-regional', roadmapTitle: 'Региональная', months: monthLists([regional]) };
    const below = [
      {
        id: 'school-1',
        due: new Map([
          ['2023-03', 4],
          ['2024-02', 2],
        ]),
      },
      { id: 'school-2', due: new Map([['2023-03', 1]]) },
    ];
    const months = calendarMonths([top, own], below);
    assert.deepStrictEqual(
      months.map((m) => m.month),
      [
        ...monthsOf(period).filter(
          (m) => !['2023-02', '2023-04', '2023-05', '2023-07', '2023-08', '2023-10'].includes(m),
        ),
        '2024-02',
      ],
    );
    const march = months.find((m) => m.month === '2023-03')!;
    assert.deepStrictEqual(
      march.due.map((g) => [g.roadmapId, g.list.map((d) => d.entry.anchor)]),
      [
        ['a-regional', ['regional']],
        ['r', ['quarterly']],
      ],
    );
    assert.equal(
      march.due[1]!.list,
      own.months.get('2023-03')!.due,
      "the roadmap's own list, so its HTML can be reused",
    );
    assert.deepStrictEqual(
      march.starting.map((g) => g.roadmapId),
      ['r'],
    );
    assert.equal(march.continuing, 1);
    assert.deepStrictEqual(march.below, [
      { id: 'school-1', due: 4 },
      { id: 'school-2', due: 1 },
    ]);
    const february2024 = months.at(-1)!;
    assert.deepStrictEqual(
      [february2024.due, february2024.starting, february2024.below],
      [[], [], [{ id: 'school-1', due: 2 }]],
    );
    assert.deepStrictEqual(calendarMonths([]), []);
  },
);

test('due counts of month lists: different items, added up over roadmaps', () => {
  const twice = entry('twice', 'до 1 марта 2023 г.');
  const counts = dueCounts(monthLists([...entries, twice]));
  assert.equal(counts.get('2023-03'), 2);
  assert.equal(counts.get('2023-12'), 2, 'quarterly and «в течение года»');
  assert.equal(counts.has('2023-02'), false);
  assert.deepStrictEqual(
    [...addCounts(new Map([['2023-03', 1]]), counts)].filter(([m]) => m === '2023-03'),
    [['2023-03', 3]],
  );
});

test('a window the period’s end cuts is never due: it goes on to the end of the period, named where it starts', () => {
  // «Октябрь-февраль» in a roadmap for 2023–2024: the season that starts in October 2024 ends in February 2025.
  const period = { start: '2023-01-01', end: '2024-12-31' };
  const entry: DeadlineEntry = {
    roadmapId: 'r',
    roadmapTitle: 'Карта',
    anchor: 'p-1',
    title: 'Олимпиада',
    deadline: parseDeadline('Октябрь-февраль', period),
  };
  const cut = entry.deadline.occurrences.at(-1)!;
  assert.deepStrictEqual(cut, { start: '2024-10-01', end: '2024-12-31', cutAtEnd: true });
  const december = dueInMonth([entry], '2024-12');
  assert.deepStrictEqual(december.due, [], 'not due on 31 December 2024');
  assert.deepStrictEqual(
    december.ongoing.map((d) => d.occurrence),
    [cut],
  );
  assert.deepStrictEqual(
    dueInMonth([entry], '2024-02').due.map((d) => d.occurrence.end),
    ['2024-02-29'],
    'a whole season is due',
  );
  const lists = monthLists([entry]);
  assert.deepStrictEqual(
    lists.get('2024-10')?.starting.map((d) => d.occurrence),
    [cut],
  );
  assert.equal(lists.get('2024-12')?.due.length ?? 0, 0);
  assert.equal(lists.get('2024-12')?.continuing, 1);
  assert.deepStrictEqual(timelineRows([entry], period).at(-1), { month: '2024-12', due: 0, ongoing: 1 });
});

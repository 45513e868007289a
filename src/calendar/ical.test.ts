// The iCalendar files read back with an independent parser (ical.js): events, their dates, RRULEs and RDATEs
// expanded by ical.js itself, titles, deadline texts and links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { dataById, loadContent } from '../content-model/load-content.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { entriesOf, type RoadmapRef } from './entries.ts';
import {
  entriesToIcs,
  hasEvent,
  icsEvents,
  icsFile,
  isRecurring,
  itemUid,
  organizationIcs,
  portalIcs,
  roadmapIcs,
  type IcsOptions,
} from './ical.ts';
import { icsProblems } from '../../tests/support/ics-strict.ts';

const lookups = dataById(loadContent(realContent));
const ref = (id: string): RoadmapRef => ({ id, roadmap: lookups.roadmaps.get(id)! });
const all = [...lookups.roadmaps.keys()].sort().map(ref);
const options = (name: string): IcsOptions => ({
  name,
  itemUrl: (roadmapId, anchor) => `https://portal.example/roadmaps/${roadmapId}/#${anchor}`,
  organizations: lookups.organizations,
  stamp: new Date('2024-05-01T10:00:00Z'),
});

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  start: string;
  /** Inclusive last day (DTEND of an all-day event is the day after). */
  last: string;
  allDay: boolean;
  transparent: boolean;
  rrule?: ICAL.Recur;
  /** Every date the event happens on, RRULE and RDATE expanded by ical.js. */
  dates: string[];
}

function parseIcs(text: string): { name: unknown; stamp: unknown[]; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  const vevents = root.getAllSubcomponents('vevent');
  const events = vevents.map((vevent) => {
    const event = new ICAL.Event(vevent);
    const last = event.endDate.clone();
    last.adjust(-1, 0, 0, 0);
    const dates: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && dates.length < 500; next = iterator.next()) dates.push(next.toString());
    const rrule = vevent.getFirstPropertyValue('rrule');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(vevent.getFirstPropertyValue('url')),
      start: event.startDate.toString(),
      last: last.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      transparent: vevent.getFirstPropertyValue('transp') === 'TRANSPARENT',
      ...(rrule instanceof ICAL.Recur ? { rrule } : {}),
      dates,
    };
  });
  return {
    name: root.getFirstPropertyValue('x-wr-calname'),
    stamp: vevents.map((v) => String(v.getFirstPropertyValue('dtstamp'))),
    events,
  };
}

const eventsAt = (events: ParsedEvent[], roadmapId: string, anchor: string) =>
  events.filter((e) => e.url === `https://portal.example/roadmaps/${roadmapId}/#${anchor}`);

test(
  'a roadmap calendar: a one-off deadline is an all-day event over its window, ' +
    'with title, deadline as written and link',
  () => {
    const { name, stamp, events } = parseIcs(roadmapIcs(ref('sochi-2023'), options('Дорожная карта Сочи')));
    assert.equal(name, 'Дорожная карта Сочи');
    assert.ok(
      stamp.every((s) => s === '2024-05-01T10:00:00Z'),
      'DTSTAMP is the build time',
    );
    assert.ok(events.every((e) => e.allDay && e.transparent));

    const [first, ...others] = eventsAt(events, 'sochi-2023', 'p-municipal-I-1');
    assert.equal(others.length, 0);
    assert.equal(
      first?.summary,
      'Разработка и утверждение муниципальной дорожной карты, направленной на повышение качества образовательных ' +
        'результатов в ШНОР',
    );
    assert.deepStrictEqual([first?.start, first?.last, first?.dates], ['2023-01-30', '2023-01-30', ['2023-01-30']]);
    assert.match(
      first!.description,
      /^Срок: до 30 января 2023 г\.\n.*пункт 1\.\nhttps:\/\/portal\.example\/roadmaps\/sochi-2023\/#p-municipal-I-1$/,
    );
    assert.equal(first?.uid, 'sochi-2023/p-municipal-I-1@karta', 'the UID names the item, not its date');

    const december = eventsAt(events, 'sochi-2023', 'p-school-II-8');
    assert.deepStrictEqual(
      december.map((e) => [e.start, e.last]),
      [['2023-12-01', '2023-12-31']],
      '«декабрь 2023 г.» spans the month',
    );
  },
);

test('recurring deadlines are one event each with an RRULE, which ical.js expands to the due dates', () => {
  const sochi = parseIcs(roadmapIcs(ref('sochi-2023'), options('Сочи'))).events;
  const quarterly = sochi.filter((e) => e.description.startsWith('Срок: ежеквартально\n'));
  assert.ok(quarterly.length >= 1);
  for (const event of quarterly) {
    assert.equal(event.rrule?.freq, 'MONTHLY');
    assert.equal(event.rrule?.interval, 3);
    assert.deepStrictEqual(event.rrule?.parts.BYMONTHDAY, [-1]);
    assert.equal(event.rrule?.until?.toString(), '2023-12-31');
    assert.deepStrictEqual(event.dates, ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  }

  // A two-month rhythm whose last window (December–January) is cut by the end of the period: its due date lies
  // after the period, so the event ends with the last whole window, not on 31 December.
  const apsheronsk = parseIcs(roadmapIcs(ref('apsheronsk-2021'), options('Апшеронский район'))).events;
  const bimonthly = apsheronsk.filter((e) => e.description.startsWith('Срок: не реже одного в два месяца\n'));
  assert.ok(bimonthly.length >= 1);
  for (const event of bimonthly) {
    assert.equal(event.rrule?.interval, 2);
    assert.deepStrictEqual(event.dates, [
      '2021-01-31',
      '2021-03-31',
      '2021-05-31',
      '2021-07-31',
      '2021-09-30',
      '2021-11-30',
    ]);
  }

  // Terms of the school year recur yearly in their months.
  const georgievsk = parseIcs(roadmapIcs(ref('georgievsk-2023-2024'), options('Георгиевский округ'))).events;
  const [halves] = eventsAt(georgievsk, 'georgievsk-2023-2024', 'control-4');
  assert.equal(halves?.rrule?.freq, 'YEARLY');
  assert.deepStrictEqual(halves?.rrule?.parts.BYMONTH, [5, 12]);
  assert.deepStrictEqual(halves?.dates, ['2023-05-31', '2023-12-31', '2024-05-31', '2024-12-31']);
});

test(
  'the portal calendar, read back, gives exactly the dates of every parsed deadline; ' + 'undated items have no event',
  () => {
    const { events } = parseIcs(portalIcs(all, options('Все дорожные карты')));
    const byUrl = new Map<string, ParsedEvent[]>();
    for (const event of events) byUrl.set(event.url, [...(byUrl.get(event.url) ?? []), event]);
    const entries = entriesOf(all, { organizations: lookups.organizations });
    let recurring = 0;
    for (const entry of entries) {
      const url = `https://portal.example/roadmaps/${entry.roadmapId}/#${entry.anchor}`;
      const found = byUrl.get(url) ?? [];
      byUrl.delete(url);
      const { occurrences, text } = entry.deadline;
      const dues = [...new Set(occurrences.filter((o) => !o.cutAtEnd).map((o) => o.end))].sort();
      if (!occurrences.length || (isRecurring(entry) && !dues.length)) {
        assert.deepStrictEqual(found, [], `${url} «${text}» has no due date and no event`);
        assert.equal(hasEvent(entry), false);
      } else if (isRecurring(entry)) {
        recurring++;
        assert.equal(found.length, 1, `${url} «${text}»: one recurring event`);
        assert.deepStrictEqual(found[0]!.dates, dues, `${url} «${text}»: the due dates, none the period's end cut`);
        assert.ok(found[0]!.start === found[0]!.last, 'a recurring event is one day');
      } else {
        assert.deepStrictEqual(
          found.map((e) => ({ start: e.start, end: e.last })),
          occurrences.map(({ start, end }) => ({ start, end })),
          `${url} «${text}»`,
        );
        assert.ok(found.every((e) => e.dates.length === 1 && !e.rrule));
      }
      for (const event of found) {
        assert.equal(event.summary, entry.title);
        assert.ok(event.description.startsWith(`Срок: ${text}\n`), event.description);
      }
    }
    assert.deepStrictEqual([...byUrl.keys()], [], 'no event without an item');
    assert.ok(recurring > 40, `${recurring} recurring deadlines`);
  },
);

test('an organisation calendar holds the events of all the roadmaps given for it', () => {
  const count = (text: string) => parseIcs(text).events.length;
  const krai = count(roadmapIcs(ref('krasnodar-krai-2023'), options('Краснодарский край')));
  const sochi = count(roadmapIcs(ref('sochi-2023'), options('Сочи')));
  const org = parseIcs(
    organizationIcs([ref('krasnodar-krai-2023'), ref('sochi-2023')], options('МОБУ СОШ № 12 г. Сочи')),
  );
  assert.equal(org.name, 'МОБУ СОШ № 12 г. Сочи');
  assert.equal(org.events.length, krai + sochi);
  assert.ok(krai > 100 && sochi > 30, `${krai}, ${sochi}`);
});

test(
  'a file of several roadmaps is their events written once each, one after another: ' +
    'the same as one calendar of all their entries',
  () => {
    const refs = [ref('krasnodar-krai-2023'), ref('sochi-2023')];
    const opts = options('Сроки дорожных карт: Сочи');
    const perRoadmap = refs.map((r) => icsEvents(entriesOf([r], opts), opts));
    assert.ok(
      perRoadmap.every((text) => text.startsWith('BEGIN:VEVENT\r\n') && text.endsWith('END:VEVENT\r\n')),
      'whole events, CRLF after every line',
    );
    const joined = icsFile(opts.name, perRoadmap);
    assert.equal(joined, entriesToIcs(entriesOf(refs, opts), opts));
    assert.equal(joined, organizationIcs(refs, opts));
    assert.ok(
      joined.startsWith('BEGIN:VCALENDAR\r\n') && joined.endsWith('\r\nEND:VCALENDAR\r\n'),
      'CRLF after every line, the last one too',
    );
    assert.equal(parseIcs(joined).name, 'Сроки дорожных карт: Сочи');
    assert.deepStrictEqual(icsProblems(joined), []);
    // A roadmap without dated items adds nothing; a calendar without events is not a valid file (sites write none).
    assert.equal(icsEvents([], opts), '');
    assert.deepStrictEqual(icsProblems(icsFile('Пусто', [''])), ['VCALENDAR without any component (RFC 5545, 3.6)']);
  },
);

test('every roadmap’s, organisation’s and the portal’s file passes the strict RFC 5545 checks', () => {
  for (const r of all) {
    const text = roadmapIcs(r, options(`Дорожная карта «${r.roadmap.title}»`));
    assert.deepStrictEqual(icsProblems(text), [], r.id);
  }
  assert.deepStrictEqual(icsProblems(portalIcs(all, options('Все дорожные карты; край, город'))), []);
});

test('the calendar’s name escapes «,», «;» and «\\» (RFC 5545, 3.3.11) and is folded at 75 octets', () => {
  const name =
    'МОБУ СОШ № 12 г. Сочи, корпус 2; сроки\\планы — длинное название, которое не помещается в одну строку файла';
  const text = roadmapIcs(ref('sochi-2023'), options(name));
  assert.deepStrictEqual(icsProblems(text), []);
  // ical.js keeps an X- property's value as it is: unescape it as a TEXT value.
  assert.equal(String(parseIcs(text).name).replace(/\\([\\;,])/g, '$1'), name, 'read back as written');
  assert.match(text, /\r\nX-WR-CALNAME:МОБУ СОШ № 12 г\. Сочи\\, корпус 2\\; /);
});

test('an item’s UID stays when its deadline changes: a subscribed calendar moves the event', () => {
  const sochi = lookups.roadmaps.get('sochi-2023')!;
  const moved = structuredClone(sochi);
  const item = moved.sections[0]!.sections![0]!.items![0]!;
  assert.equal(item.deadline, 'до 30 января 2023 г.');
  item.deadline = 'до 15 февраля 2023 г.';
  const uidOf = (roadmap: typeof sochi) =>
    parseIcs(roadmapIcs({ id: 'sochi-2023', roadmap }, options('Сочи'))).events.find((e) =>
      e.url.endsWith('#p-municipal-I-1'),
    )!;
  const before = uidOf(sochi);
  const after = uidOf(moved);
  assert.notEqual(before.start, after.start);
  assert.equal(after.uid, before.uid);
  assert.equal(itemUid('sochi-2023', 'p-municipal-I-1'), before.uid);
  assert.equal(
    itemUid('sochi-2023', 'p-municipal-I-1', { edition: '2024-02', part: 2 }),
    'sochi-2023/2024-02/p-municipal-I-1#2@karta',
  );
});

test('a region with irregular term dates gets RDATEs, which ical.js expands as well', () => {
  const organizations = new Map(lookups.organizations);
  organizations.set('krasnodar-krai', {
    ...organizations.get('krasnodar-krai')!,
    academicCalendar: {
      quarters: [
        { start: '09-01', end: '10-27' },
        { start: '11-06', end: '12-29' },
        { start: '01-09', end: '03-22' },
        { start: '04-01', end: '05-24' },
      ],
    },
  });
  const { events } = parseIcs(roadmapIcs(ref('sochi-2023'), { ...options('Сочи'), organizations }));
  const quarterEnds = events.filter((e) => e.description.startsWith('Срок: по итогам четверти\n'));
  assert.ok(quarterEnds.length >= 1);
  for (const event of quarterEnds) {
    assert.equal(event.rrule, undefined);
    assert.deepStrictEqual(event.dates, ['2023-03-22', '2023-05-24', '2023-10-27', '2023-12-29']);
  }
});

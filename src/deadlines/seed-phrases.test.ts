// Every distinct deadline phrase of the five seed roadmaps, phrase by phrase: the structure and the dates it gives
// in the period of each roadmap that uses it. The expectations were written by reading the phrases, not by running
// the parser; the last test makes sure this table and the seed content never drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content-model/load-content.ts';
import { walkItems } from '../content-model/roadmap-structure.ts';
import type { Item, Section } from '../content-model/schemas.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { parseDeadline } from './deadline.ts';
import type { DatePart, DeadlineStructure, Occurrence, Period, Point } from './types.ts';

// ─── The roadmaps and their periods ─────────────────────────────────────────────────────────────────────────

const roadmapIds = {
  A: 'apsheronsk-2021',
  B: 'belorechensk-2023-2024',
  G: 'georgievsk-2023-2024',
  K: 'krasnodar-krai-2023',
  S: 'sochi-2023',
} as const;
type Roadmap = keyof typeof roadmapIds;

/** Krasnodar and Sochi share the calendar year 2023 (Y). */
type PeriodKey = 'A' | 'B' | 'G' | 'Y';
const periodKey: Record<Roadmap, PeriodKey> = { A: 'A', B: 'B', G: 'G', K: 'Y', S: 'Y' };
const periods: Record<PeriodKey, Period> = {
  A: { start: '2020-12-01', end: '2021-12-31' },
  B: { start: '2023-01-09', end: '2024-08-31' },
  G: { start: '2023-01-01', end: '2024-12-31' },
  Y: { start: '2023-01-01', end: '2023-12-31' },
};

// ─── Shorthand for expectations ─────────────────────────────────────────────────────────────────────────────

const p = (year: number, month: number, day?: number): Point => ({ year, month, ...(day ? { day } : {}) });
const m = (month: number): Point => ({ month });
const one = (from: Point): DatePart => ({ from });
const span = (from: Point, to: Point): DatePart => ({ from, to });

const months = (...parts: DatePart[]): DeadlineStructure => ({ kind: 'months', parts });
const range = (from: Point, to: Point): DeadlineStructure => ({ kind: 'range', parts: [span(from, to)] });
const byDate = (year: number, month: number, day: number): DeadlineStructure => ({
  kind: 'date',
  by: true,
  parts: [one(p(year, month, day))],
});
const unscheduled = (type: 'schedule' | 'plan' | 'after', detail?: string): DeadlineStructure => ({
  kind: 'unscheduled',
  basis: { type, ...(detail ? { detail } : {}) },
});

/** Month lengths written out (2024 is a leap year), independent of any date library. */
const monthLength = (year: number, month: number) =>
  [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An occurrence written briefly: «2023-02» (the whole month), «2023-01-30» (one day), «2023-01/2023-04» (January 1
 * to April 30), «2023-01-09/2023-03-31» (exact days); «…» at the end: the period's end cut it (`cutAtEnd`).
 */
function occ(spec: string): Occurrence {
  const cut = spec.endsWith('…');
  const [a = '', b = a] = spec.replace(/…$/, '').split('/');
  const first = (s: string) => (s.length === 7 ? `${s}-01` : s);
  const last = (s: string) =>
    s.length === 7 ? `${s}-${pad(monthLength(Number(s.slice(0, 4)), Number(s.slice(5, 7))))}` : s;
  return { start: first(a), end: last(b), ...(cut ? { cutAtEnd: true as const } : {}) };
}

/** Every month from one to another, inclusive: «2023-01», «2023-02», … */
function everyMonth(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  while (`${year}-${pad(month)}` <= to) {
    out.push(`${year}-${pad(month)}`);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

interface Case {
  text: string;
  in: Roadmap[];
  structure: DeadlineStructure;
  /** The same for every roadmap listed, or per period. */
  occurrences: string[] | Partial<Record<PeriodKey, string[]>>;
}

// School quarters by default: 1 Sep–31 Oct, 1 Nov–31 Dec, 1 Jan–31 Mar, 1 Apr–31 May; half-years Sep–Dec, Jan–May.
const quarters2023 = ['2023-01/2023-03', '2023-04/2023-05', '2023-09/2023-10', '2023-11/2023-12'];
const quartersG = [...quarters2023, '2024-01/2024-03', '2024-04/2024-05', '2024-09/2024-10', '2024-11/2024-12'];
const quartersA = ['2020-12', '2021-01/2021-03', '2021-04/2021-05', '2021-09/2021-10', '2021-11/2021-12'];
const quarterEnds2023 = ['2023-03-31', '2023-05-31', '2023-10-31', '2023-12-31'];
const halvesA = ['2020-12', '2021-01/2021-05', '2021-09/2021-12'];
const twoMonths2023 = [
  '2023-01/2023-02',
  '2023-03/2023-04',
  '2023-05/2023-06',
  '2023-07/2023-08',
  '2023-09/2023-10',
  '2023-11/2023-12',
];

const cases: Case[] = [
  // ── Recurrences ──
  {
    text: '1 раз в месяц',
    in: ['G'],
    structure: { kind: 'recurrence', recurrence: { unit: 'month', interval: 1, times: 1, atLeast: false } },
    occurrences: everyMonth('2023-01', '2024-12'),
  },
  {
    text: 'ежемесячно',
    in: ['K'],
    structure: { kind: 'recurrence', recurrence: { unit: 'month', interval: 1, times: 1, atLeast: false } },
    occurrences: everyMonth('2023-01', '2023-12'),
  },
  {
    text: 'ежеквартально',
    in: ['K', 'S'],
    structure: { kind: 'recurrence', recurrence: { unit: 'quarter', interval: 1, times: 1, atLeast: false } },
    occurrences: ['2023-01/2023-03', '2023-04/2023-06', '2023-07/2023-09', '2023-10/2023-12'],
  },
  {
    text: '2 раза в год',
    in: ['K'],
    structure: { kind: 'recurrence', recurrence: { unit: 'year', interval: 1, times: 2, atLeast: false } },
    occurrences: ['2023-01/2023-06', '2023-07/2023-12'],
  },
  {
    text: '2 раза в год июнь, октябрь',
    in: ['K'],
    structure: {
      kind: 'recurrence',
      recurrence: { unit: 'year', interval: 1, times: 2, atLeast: false, months: [6, 10] },
    },
    occurrences: ['2023-06', '2023-10'],
  },
  {
    text: 'Каждую учебную четверть',
    in: ['B'],
    structure: { kind: 'recurrence', recurrence: { unit: 'school-quarter', interval: 1, times: 1, atLeast: false } },
    occurrences: [
      '2023-01-09/2023-03-31',
      '2023-04/2023-05',
      '2023-09/2023-10',
      '2023-11/2023-12',
      '2024-01/2024-03',
      '2024-04/2024-05',
    ],
  },
  {
    text: 'В течение учебного года с проведением мониторинга каждую четверть.',
    in: ['G'],
    // The quarters are inside the school year already: the scope changes no date.
    structure: {
      kind: 'recurrence',
      scope: 'school-year',
      recurrence: { unit: 'school-quarter', interval: 1, times: 1, atLeast: false },
    },
    occurrences: quartersG,
  },
  {
    text: 'Не реже 1 раза в четверть',
    in: ['G'],
    structure: { kind: 'recurrence', recurrence: { unit: 'school-quarter', interval: 1, times: 1, atLeast: true } },
    occurrences: quartersG,
  },
  {
    text: 'не реже одного в четверть',
    in: ['A', 'K', 'S'],
    structure: { kind: 'recurrence', recurrence: { unit: 'school-quarter', interval: 1, times: 1, atLeast: true } },
    occurrences: { A: quartersA, Y: quarters2023 },
  },
  {
    text: 'не реже одного раза в четверть',
    in: ['K', 'S'],
    structure: { kind: 'recurrence', recurrence: { unit: 'school-quarter', interval: 1, times: 1, atLeast: true } },
    occurrences: quarters2023,
  },
  {
    text: 'не реже одного в два месяца',
    in: ['A', 'K'],
    structure: { kind: 'recurrence', recurrence: { unit: 'month', interval: 2, times: 1, atLeast: true } },
    occurrences: {
      A: [
        '2020-12/2021-01',
        '2021-02/2021-03',
        '2021-04/2021-05',
        '2021-06/2021-07',
        '2021-08/2021-09',
        '2021-10/2021-11',
        '2021-12…',
      ],
      Y: twoMonths2023,
    },
  },
  {
    text: 'не реже одного раза в два месяца',
    in: ['S'],
    structure: { kind: 'recurrence', recurrence: { unit: 'month', interval: 2, times: 1, atLeast: true } },
    occurrences: twoMonths2023,
  },
  {
    text: 'не реже одного в полугодие',
    in: ['A'],
    structure: { kind: 'recurrence', recurrence: { unit: 'school-half', interval: 1, times: 1, atLeast: true } },
    occurrences: halvesA,
  },
  {
    text: 'не реже одной в полугодие',
    in: ['A'],
    structure: { kind: 'recurrence', recurrence: { unit: 'school-half', interval: 1, times: 1, atLeast: true } },
    occurrences: halvesA,
  },

  // ── Academic and calendar terms ──
  {
    text: 'в конце четверти',
    in: ['A', 'K'],
    structure: { kind: 'term', terms: [{ unit: 'school-quarter', position: 'end' }] },
    occurrences: { A: ['2020-12-31', '2021-03-31', '2021-05-31', '2021-10-31', '2021-12-31'], Y: quarterEnds2023 },
  },
  {
    text: 'по итогам четверти',
    in: ['S'],
    structure: { kind: 'term', terms: [{ unit: 'school-quarter', position: 'end' }] },
    occurrences: quarterEnds2023,
  },
  {
    text: 'до четвертой четверти',
    in: ['A', 'K', 'S'],
    structure: { kind: 'term', by: true, terms: [{ unit: 'school-quarter', number: 4, position: 'start' }] },
    occurrences: { A: ['2021-04-01'], Y: ['2023-04-01'] },
  },
  {
    text: 'Конец 1,2 полугодия',
    in: ['G'],
    structure: {
      kind: 'term',
      terms: [
        { unit: 'school-half', number: 1, position: 'end' },
        { unit: 'school-half', number: 2, position: 'end' },
      ],
    },
    occurrences: ['2023-05-31', '2023-12-31', '2024-05-31', '2024-12-31'],
  },
  {
    text: 'По итогам полугодия и учебного года',
    in: ['G'],
    structure: {
      kind: 'term',
      terms: [
        { unit: 'school-half', position: 'end' },
        { unit: 'school-year', position: 'end' },
      ],
    },
    occurrences: ['2023-05-31', '2023-12-31', '2024-05-31', '2024-12-31'],
  },
  {
    text: 'II квартал',
    in: ['K'],
    structure: { kind: 'term', terms: [{ unit: 'quarter', number: 2, position: 'whole' }] },
    occurrences: ['2023-04/2023-06'],
  },

  // ── The whole period ──
  {
    text: 'в течение года',
    in: ['A', 'K', 'S'],
    structure: { kind: 'period', scope: 'period' },
    occurrences: { A: ['2020-12-01/2021-12-31'], Y: ['2023-01-01/2023-12-31'] },
  },
  {
    text: 'В течение года (по отдельному графику)',
    in: ['G'],
    structure: { kind: 'period', scope: 'period', basis: { type: 'schedule' } },
    occurrences: ['2023-01-01/2024-12-31'],
  },

  // ── No fixed date ──
  { text: 'по отдельному графику', in: ['K', 'S'], structure: unscheduled('schedule'), occurrences: [] },
  { text: 'По отдельному графику', in: ['B', 'G'], structure: unscheduled('schedule'), occurrences: [] },
  { text: 'по отдельному плану', in: ['K'], structure: unscheduled('schedule'), occurrences: [] },
  { text: 'по отделному плану', in: ['K'], structure: unscheduled('schedule'), occurrences: [] },
  {
    text: 'В соответствии с план-графиком курсовой переподготовки СКИРО ПК и ПРО',
    in: ['G'],
    structure: unscheduled('schedule', 'курсовой переподготовки СКИРО ПК и ПРО'),
    occurrences: [],
  },
  { text: 'по плану работы', in: ['A', 'K', 'S'], structure: unscheduled('plan'), occurrences: [] },
  { text: 'по плану работу', in: ['K'], structure: unscheduled('plan'), occurrences: [] },
  { text: 'по плану работы ИРО КК', in: ['A', 'K', 'S'], structure: unscheduled('plan', 'ИРО КК'), occurrences: [] },
  { text: 'по плану работы МНЦ', in: ['A', 'K', 'S'], structure: unscheduled('plan', 'МНЦ'), occurrences: [] },
  { text: 'по плану работы МТКП', in: ['A', 'K', 'S'], structure: unscheduled('plan', 'МТКП'), occurrences: [] },
  { text: 'по плану изданий', in: ['A'], structure: unscheduled('plan', 'изданий'), occurrences: [] },
  {
    text: 'после проведения оценочной процедуры',
    in: ['A', 'K', 'S'],
    structure: unscheduled('after', 'проведения оценочной процедуры'),
    occurrences: [],
  },

  // ── Dates («до …») ──
  { text: 'до 30 января 2023 г.', in: ['K', 'S'], structure: byDate(2023, 1, 30), occurrences: ['2023-01-30'] },
  { text: 'до 1 апреля 2023 г.', in: ['K', 'S'], structure: byDate(2023, 4, 1), occurrences: ['2023-04-01'] },
  { text: 'до 1 декабря 2023 г.', in: ['K'], structure: byDate(2023, 12, 1), occurrences: ['2023-12-01'] },
  { text: 'до 1 декабря 2023 года', in: ['S'], structure: byDate(2023, 12, 1), occurrences: ['2023-12-01'] },
  { text: 'до 01 декабря 2020', in: ['A'], structure: byDate(2020, 12, 1), occurrences: ['2020-12-01'] },
  { text: 'до 15 декабря 2020', in: ['A'], structure: byDate(2020, 12, 15), occurrences: ['2020-12-15'] },

  // ── Whole years ──
  { text: '2023 г.', in: ['G'], structure: range(p(2023, 1), p(2023, 12)), occurrences: ['2023-01/2023-12'] },
  { text: '2023г.', in: ['G'], structure: range(p(2023, 1), p(2023, 12)), occurrences: ['2023-01/2023-12'] },
  { text: '2024 г.', in: ['G'], structure: range(p(2024, 1), p(2024, 12)), occurrences: ['2024-01/2024-12'] },

  // ── One month with its year ──
  { text: 'декабрь 2020', in: ['A'], structure: months(one(p(2020, 12))), occurrences: ['2020-12'] },
  { text: 'январь 2021', in: ['A'], structure: months(one(p(2021, 1))), occurrences: ['2021-01'] },
  { text: 'февраль 2021', in: ['A'], structure: months(one(p(2021, 2))), occurrences: ['2021-02'] },
  { text: 'август 2021', in: ['A'], structure: months(one(p(2021, 8))), occurrences: ['2021-08'] },
  { text: 'январь 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 1))), occurrences: ['2023-01'] },
  { text: 'февраль 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 2))), occurrences: ['2023-02'] },
  { text: 'март 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 3))), occurrences: ['2023-03'] },
  { text: 'Март 2023 г.', in: ['G'], structure: months(one(p(2023, 3))), occurrences: ['2023-03'] },
  { text: 'Март 2023', in: ['B'], structure: months(one(p(2023, 3))), occurrences: ['2023-03'] },
  { text: 'апрель 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 4))), occurrences: ['2023-04'] },
  { text: 'май 2023 г.', in: ['K'], structure: months(one(p(2023, 5))), occurrences: ['2023-05'] },
  { text: 'Май 2023', in: ['B'], structure: months(one(p(2023, 5))), occurrences: ['2023-05'] },
  { text: 'июнь 2023 г.', in: ['K'], structure: months(one(p(2023, 6))), occurrences: ['2023-06'] },
  { text: 'август 2023', in: ['G'], structure: months(one(p(2023, 8))), occurrences: ['2023-08'] },
  { text: 'Август 2023', in: ['B'], structure: months(one(p(2023, 8))), occurrences: ['2023-08'] },
  { text: 'август 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 8))), occurrences: ['2023-08'] },
  { text: 'сентябрь 2023 г.', in: ['K'], structure: months(one(p(2023, 9))), occurrences: ['2023-09'] },
  { text: 'Сентябрь 2023', in: ['B'], structure: months(one(p(2023, 9))), occurrences: ['2023-09'] },
  { text: 'октябрь 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 10))), occurrences: ['2023-10'] },
  { text: 'Октябрь 2023', in: ['B'], structure: months(one(p(2023, 10))), occurrences: ['2023-10'] },
  { text: 'ноябрь 2023 г.', in: ['K'], structure: months(one(p(2023, 11))), occurrences: ['2023-11'] },
  { text: 'Ноябрь 2023', in: ['B'], structure: months(one(p(2023, 11))), occurrences: ['2023-11'] },
  { text: 'декабрь 2023 г.', in: ['K', 'S'], structure: months(one(p(2023, 12))), occurrences: ['2023-12'] },
  { text: 'Декабрь 2023', in: ['B'], structure: months(one(p(2023, 12))), occurrences: ['2023-12'] },
  { text: 'Февраль 2024', in: ['B'], structure: months(one(p(2024, 2))), occurrences: ['2024-02'] },
  { text: 'Март 2024', in: ['B'], structure: months(one(p(2024, 3))), occurrences: ['2024-03'] },
  { text: 'Апрель 2024.', in: ['B'], structure: months(one(p(2024, 4))), occurrences: ['2024-04'] },

  // ── A month without a year: from the period, every academic year it covers ──
  { text: 'февраль', in: ['K', 'S'], structure: months(one(m(2))), occurrences: ['2023-02'] },
  { text: 'март', in: ['K'], structure: months(one(m(3))), occurrences: ['2023-03'] },
  { text: 'апрель', in: ['K'], structure: months(one(m(4))), occurrences: ['2023-04'] },

  // ── Lists of months ──
  {
    text: 'февраль, июнь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 6))),
    occurrences: ['2023-02', '2023-06'],
  },
  {
    text: 'февраль, август 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 8))),
    occurrences: ['2023-02', '2023-08'],
  },
  {
    text: 'февраль, октябрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 10))),
    occurrences: ['2023-02', '2023-10'],
  },
  {
    text: 'февраль, март, апрель 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 3)), one(p(2023, 4))),
    occurrences: ['2023-02', '2023-03', '2023-04'],
  },
  {
    text: 'март, апрель 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 3)), one(p(2023, 4))),
    occurrences: ['2023-03', '2023-04'],
  },
  {
    text: 'март, сентябрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 3)), one(p(2023, 9))),
    occurrences: ['2023-03', '2023-09'],
  },
  {
    text: 'март, ноябрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 3)), one(p(2023, 11))),
    occurrences: ['2023-03', '2023-11'],
  },
  {
    text: 'апрель, ноябрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 4)), one(p(2023, 11))),
    occurrences: ['2023-04', '2023-11'],
  },
  {
    text: 'август, декабрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 8)), one(p(2023, 12))),
    occurrences: ['2023-08', '2023-12'],
  },
  {
    text: 'январь, март, октябрь, декабрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 1)), one(p(2023, 3)), one(p(2023, 10)), one(p(2023, 12))),
    occurrences: ['2023-01', '2023-03', '2023-10', '2023-12'],
  },
  {
    text: 'апрель, сентябрь-декабрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 4)), span(p(2023, 9), p(2023, 12))),
    occurrences: ['2023-04', '2023-09/2023-12'],
  },
  {
    text: 'январь 2023 г. декабрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 1)), one(p(2023, 12))),
    occurrences: ['2023-01', '2023-12'],
  },
  {
    text: 'февраль 2023 г. март 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 3))),
    occurrences: ['2023-02', '2023-03'],
  },
  {
    text: 'февраль 2023 г. июнь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 6))),
    occurrences: ['2023-02', '2023-06'],
  },
  {
    text: 'март 2023 г. июль 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 3)), one(p(2023, 7))),
    occurrences: ['2023-03', '2023-07'],
  },
  {
    text: 'апрель 2023 г. октябрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 4)), one(p(2023, 10))),
    occurrences: ['2023-04', '2023-10'],
  },
  {
    text: 'май 2023 г. октябрь 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 5)), one(p(2023, 10))),
    occurrences: ['2023-05', '2023-10'],
  },
  {
    text: 'февраль 2023 г. март 2023 г. апрель 2023 г. май 2023 г.',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(p(2023, 3)), one(p(2023, 4)), one(p(2023, 5))),
    occurrences: ['2023-02', '2023-03', '2023-04', '2023-05'],
  },
  {
    text: 'февраль 2023 г. март 2023 г. апрель 2023 г. сентябрь 2023 г. октябрь 2023 г. ноябрь 2023 г.',
    in: ['K'],
    structure: months(
      one(p(2023, 2)),
      one(p(2023, 3)),
      one(p(2023, 4)),
      one(p(2023, 9)),
      one(p(2023, 10)),
      one(p(2023, 11)),
    ),
    occurrences: ['2023-02', '2023-03', '2023-04', '2023-09', '2023-10', '2023-11'],
  },
  {
    text: 'февраль 2023 г. ноябрь ежегодно',
    in: ['K'],
    structure: months(one(p(2023, 2)), one(m(11))),
    occurrences: ['2023-02', '2023-11'],
  },
  {
    text: 'Июль 2023 г.\nМай 2024 г.',
    in: ['G'],
    structure: months(one(p(2023, 7)), one(p(2024, 5))),
    occurrences: ['2023-07', '2024-05'],
  },
  {
    text: 'Май 2023, апрель 2024',
    in: ['B'],
    structure: months(one(p(2023, 5)), one(p(2024, 4))),
    occurrences: ['2023-05', '2024-04'],
  },
  {
    text: 'Май 2023 г., февраль 2024 г.',
    in: ['G'],
    structure: months(one(p(2023, 5)), one(p(2024, 2))),
    occurrences: ['2023-05', '2024-02'],
  },
  {
    text: 'Август 2023 г., август 2024 г.',
    in: ['G'],
    structure: months(one(p(2023, 8)), one(p(2024, 8))),
    occurrences: ['2023-08', '2024-08'],
  },
  {
    text: 'Октябрь 2023 г., Январь 2024 г.',
    in: ['G'],
    structure: months(one(p(2023, 10)), one(p(2024, 1))),
    occurrences: ['2023-10', '2024-01'],
  },
  {
    text: 'май 2023, 2024 г.г.',
    in: ['G'],
    structure: months(one(p(2023, 5)), one(p(2024, 5))),
    occurrences: ['2023-05', '2024-05'],
  },
  {
    text: 'Сентябрь 2023, 2024 г.г.',
    in: ['G'],
    structure: months(one(p(2023, 9)), one(p(2024, 9))),
    occurrences: ['2023-09', '2024-09'],
  },
  {
    text: 'Август-сентябрь 2023, 2024 г.г.',
    in: ['G'],
    structure: months(span(p(2023, 8), p(2023, 9)), span(p(2024, 8), p(2024, 9))),
    occurrences: ['2023-08/2023-09', '2024-08/2024-09'],
  },
  {
    text: 'Февраль- Апрель 2023, 2024 г.г.',
    in: ['G'],
    structure: months(span(p(2023, 2), p(2023, 4)), span(p(2024, 2), p(2024, 4))),
    occurrences: ['2023-02/2023-04', '2024-02/2024-04'],
  },
  {
    text: 'Январь, февраль, март, апрель, октябрь, ноябрь',
    in: ['S'],
    structure: months(one(m(1)), one(m(2)), one(m(3)), one(m(4)), one(m(10)), one(m(11))),
    occurrences: ['2023-01', '2023-02', '2023-03', '2023-04', '2023-10', '2023-11'],
  },
  {
    text: 'Март, декабрь',
    in: ['G'],
    structure: months(one(m(3)), one(m(12))),
    occurrences: ['2023-03', '2023-12', '2024-03', '2024-12'],
  },
  {
    text: 'декабрь, апрель',
    in: ['G'],
    structure: months(one(m(12)), one(m(4))),
    occurrences: ['2023-04', '2023-12', '2024-04', '2024-12'],
  },
  {
    text: 'Декабрь, май отчетного года',
    in: ['G'],
    structure: months(one(m(12)), one(m(5))),
    occurrences: ['2023-05', '2023-12', '2024-05', '2024-12'],
  },

  // ── Ranges ──
  { text: 'январь-апрель 2021', in: ['A'], structure: range(p(2021, 1), p(2021, 4)), occurrences: ['2021-01/2021-04'] },
  {
    text: 'январь - апрель 2023 г.',
    in: ['S'],
    structure: range(p(2023, 1), p(2023, 4)),
    occurrences: ['2023-01/2023-04'],
  },
  {
    text: 'январь-апрель 2023 г.',
    in: ['K'],
    structure: range(p(2023, 1), p(2023, 4)),
    occurrences: ['2023-01/2023-04'],
  },
  {
    text: 'январь - февраль 2023 г.',
    in: ['S'],
    structure: range(p(2023, 1), p(2023, 2)),
    occurrences: ['2023-01/2023-02'],
  },
  {
    text: 'январь-февраль 2023 г.',
    in: ['K'],
    structure: range(p(2023, 1), p(2023, 2)),
    occurrences: ['2023-01/2023-02'],
  },
  {
    text: 'январь-декабрь 2023 г.',
    in: ['K'],
    structure: range(p(2023, 1), p(2023, 12)),
    occurrences: ['2023-01/2023-12'],
  },
  {
    text: 'февраль-март 2023 г.',
    in: ['K'],
    structure: range(p(2023, 2), p(2023, 3)),
    occurrences: ['2023-02/2023-03'],
  },
  {
    text: 'февраль-сентябрь 2023 г.',
    in: ['K'],
    structure: range(p(2023, 2), p(2023, 9)),
    occurrences: ['2023-02/2023-09'],
  },
  { text: 'апрель-май 2023 г.', in: ['K'], structure: range(p(2023, 4), p(2023, 5)), occurrences: ['2023-04/2023-05'] },
  {
    text: 'март-ноябрь 2023 г.',
    in: ['K'],
    structure: range(p(2023, 3), p(2023, 11)),
    occurrences: ['2023-03/2023-11'],
  },
  {
    text: 'март - ноябрь 2023 г.',
    in: ['S'],
    structure: range(p(2023, 3), p(2023, 11)),
    occurrences: ['2023-03/2023-11'],
  },
  {
    text: 'сентябрь-декабрь 2023 г.',
    in: ['K'],
    structure: range(p(2023, 9), p(2023, 12)),
    occurrences: ['2023-09/2023-12'],
  },
  {
    text: 'сентябрь-ноябрь 2023 г.',
    in: ['K'],
    structure: range(p(2023, 9), p(2023, 11)),
    occurrences: ['2023-09/2023-11'],
  },
  {
    text: 'Март 2023 г. -декабрь 2024 г.',
    in: ['G'],
    structure: range(p(2023, 3), p(2024, 12)),
    occurrences: ['2023-03/2024-12'],
  },
  { text: 'март-ноябрь', in: ['K'], structure: range(m(3), m(11)), occurrences: ['2023-03/2023-11'] },
  { text: 'март - ноябрь', in: ['S'], structure: range(m(3), m(11)), occurrences: ['2023-03/2023-11'] },
  { text: 'март-декабрь', in: ['K'], structure: range(m(3), m(12)), occurrences: ['2023-03/2023-12'] },
  { text: 'Июнь-август', in: ['G'], structure: range(m(6), m(8)), occurrences: ['2023-06/2023-08', '2024-06/2024-08'] },
  {
    text: 'Август-сентябрь',
    in: ['G'],
    structure: range(m(8), m(9)),
    occurrences: ['2023-08/2023-09', '2024-08/2024-09'],
  },
  {
    text: 'Май-июнь текущего года',
    in: ['G'],
    structure: range(m(5), m(6)),
    occurrences: ['2023-05/2023-06', '2024-05/2024-06'],
  },
  // The olympiad season runs across New Year; the period cuts the first and the last season, and the last one's
  // deadline (February 2025) lies after the period: it is going on, not due, on 31 December 2024.
  {
    text: 'Октябрь-февраль',
    in: ['G'],
    structure: range(m(10), m(2)),
    occurrences: ['2023-01/2023-02', '2023-10/2024-02', '2024-10/2024-12…'],
  },
];

for (const c of cases) {
  test(`«${c.text.replace(/\n/g, '⏎')}» (${c.in.join(', ')})`, () => {
    for (const roadmap of c.in) {
      const key = periodKey[roadmap];
      const expected = Array.isArray(c.occurrences) ? c.occurrences : c.occurrences[key];
      assert.ok(expected, `expected occurrences for period ${key}`);
      const { text, understood, occurrences, ...structure } = parseDeadline(c.text, periods[key]);
      assert.equal(text, c.text);
      assert.equal(understood, true);
      assert.deepStrictEqual(structure, c.structure, roadmap);
      assert.deepStrictEqual(occurrences, expected.map(occ), roadmap);
    }
  });
}

test(
  'the table above holds exactly the deadline phrases of the seed roadmaps, ' + 'each with the roadmaps that use it',
  () => {
    const content = loadContent(realContent);
    const seen = new Map<string, Set<Roadmap>>();
    for (const [letter, id] of Object.entries(roadmapIds) as [Roadmap, string][]) {
      const roadmap = content.roadmaps.get(id)?.data;
      assert.ok(roadmap, id);
      assert.deepStrictEqual(
        { start: roadmap.period.start, end: roadmap.period.end },
        periods[periodKey[letter]],
        `period of ${id}`,
      );
      const items: Item[] = [...walkItems<Item, Section>(roadmap.sections)].map((v) => v.item);
      items.push(...(roadmap.controlPoints ?? []), ...(roadmap.mechanisms ?? []));
      for (const item of items) {
        if (!item.deadline) continue;
        const users = seen.get(item.deadline) ?? new Set<Roadmap>();
        users.add(letter);
        seen.set(item.deadline, users);
      }
    }
    const inSeeds = [...seen].map(([text, users]) => `${text} @ ${[...users].sort().join(',')}`).sort();
    const inTable = cases.map((c) => `${c.text} @ ${[...c.in].sort().join(',')}`).sort();
    assert.deepStrictEqual(inTable, inSeeds);
    assert.ok(cases.length >= 90, `${cases.length} distinct phrases`);
  },
);

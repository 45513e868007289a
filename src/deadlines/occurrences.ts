// From a deadline's structure to concrete date windows within a roadmap's period. Whatever names a year explicitly
// («февраль 2023 г.», «до 30 января 2023 г.») gives exactly those dates; whatever repeats or names no year
// («февраль», «ежеквартально», «в конце четверти», «в течение года») is laid out over the period and cut to it.
import {
  academicTerms,
  academicYearOf,
  academicYearsAround,
  countsSchoolYears,
  termsOfYears,
  yearInAcademicYear,
  type AcademicCalendar,
} from './academic-calendar.ts';
import {
  clip,
  dayExists,
  daysInMonth,
  isoDate,
  monthEnd,
  monthStart,
  normalizeOccurrences,
  parts,
  shiftMonth,
} from './dates.ts';
import type { DatePart, DeadlineStructure, Occurrence, Period, Point, Recurrence, TermRef } from './types.ts';

const pointStart = (p: Point, year: number) => isoDate(year, p.month, p.day ?? 1);
const pointEnd = (p: Point, year: number) =>
  p.day !== undefined ? isoDate(year, p.month, p.day) : monthEnd(year, p.month);
const exists = (p: Point, year: number) => p.day === undefined || dayExists(year, p.month, p.day);
const notAfter = (a: Point, b: Point) => a.month < b.month || (a.month === b.month && (a.day ?? 1) <= (b.day ?? 31));

function partOccurrences(part: DatePart, by: boolean, period: Period, calendar: AcademicCalendar): Occurrence[] {
  const { from } = part;
  const to = part.to ?? from;
  // By a day, that day; by a month («до конца мая»), its last day.
  const window = (fromYear: number, toYear: number): Occurrence =>
    by
      ? { start: pointEnd(from, fromYear), end: pointEnd(from, fromYear) }
      : { start: pointStart(from, fromYear), end: pointEnd(to, toYear) };

  if (from.year !== undefined) return [window(from.year, to.year ?? from.year)];

  // No year: the same months (or days) in every academic year, September–August.
  const out: Occurrence[] = [];
  for (const academicYear of academicYearsAround(calendar, period)) {
    const fromYear = yearInAcademicYear(calendar, academicYear, from.month);
    const toYear = part.to && !notAfter(from, part.to) ? fromYear + 1 : fromYear;
    if (!exists(from, fromYear) || !exists(to, toYear)) continue;
    const inside = clip(window(fromYear, toYear), period);
    if (inside) out.push(inside);
  }
  return out;
}

/** Consecutive windows of `length` months from (year, month) on, cut to the period. */
function monthWindows(length: number, year: number, month: number, period: Period): Occurrence[] {
  const out: Occurrence[] = [];
  let at = { year, month };
  while (monthStart(at.year, at.month) <= period.end) {
    const last = shiftMonth(at.year, at.month, length - 1);
    const inside = clip({ start: monthStart(at.year, at.month), end: monthEnd(last.year, last.month) }, period);
    if (inside) out.push(inside);
    at = shiftMonth(at.year, at.month, length);
  }
  return out;
}

/** The ISO date `days` days after `iso`. */
function addDays(iso: string, days: number): string {
  const { year, month, day } = parts(iso);
  return isoDate(year, month, day + days);
}

/** Weeks (Monday to Sunday, or `interval` weeks at a time) over the period, or one weekday of each. */
function weekWindows(r: Recurrence, period: Period): Occurrence[] {
  const { year, month, day } = parts(period.start);
  const dayOfWeek = (new Date(year, month - 1, day).getDay() + 6) % 7; // Monday 0 … Sunday 6
  const out: Occurrence[] = [];
  for (let monday = addDays(period.start, -dayOfWeek); monday <= period.end; monday = addDays(monday, 7 * r.interval)) {
    const window =
      r.weekday !== undefined
        ? { start: addDays(monday, r.weekday - 1), end: addDays(monday, r.weekday - 1) }
        : { start: monday, end: addDays(monday, 7 * r.interval - 1) };
    const inside = clip(window, period);
    if (inside) out.push(inside);
  }
  return out;
}

/** A day of a month as a window; the month's last day when the month is shorter («до 30 числа» in February). */
function dayWindow(year: number, month: number, day: number): Occurrence {
  const date = isoDate(year, month, Math.min(day, daysInMonth(year, month)));
  return { start: date, end: date };
}

/** One day of every month of the period («до 25 числа каждого месяца»). */
function dayEveryMonth(day: number, period: Period): Occurrence[] {
  const out: Occurrence[] = [];
  let at = { year: Number(period.start.slice(0, 4)), month: Number(period.start.slice(5, 7)) };
  while (monthStart(at.year, at.month) <= period.end) {
    const inside = clip(dayWindow(at.year, at.month, day), period);
    if (inside) out.push(inside);
    at = shiftMonth(at.year, at.month, 1);
  }
  return out;
}

/**
 * «ежегодно с 2023 года»: the windows from that year on. A school year that begins before it is not one of its years,
 * so a window is kept only when it begins in that year or later.
 */
function fromYearOn(windows: Occurrence[], r: Recurrence): Occurrence[] {
  if (r.fromYear === undefined) return windows;
  const from = isoDate(r.fromYear, 1, 1);
  return windows.filter((window) => window.start >= from);
}

function recurrenceOccurrences(r: Recurrence, period: Period, calendar: AcademicCalendar): Occurrence[] {
  const startYear = Number(period.start.slice(0, 4));
  const endYear = Number(period.end.slice(0, 4));
  if (r.unit === 'week') return weekWindows(r, period);
  if (r.unit === 'month' && r.day !== undefined) return dayEveryMonth(r.day, period);
  if (r.months) {
    const out: Occurrence[] = [];
    for (let year = startYear; year <= endYear; year++) {
      for (const month of r.months) {
        const window =
          r.day !== undefined
            ? dayWindow(year, month, r.day)
            : { start: monthStart(year, month), end: monthEnd(year, month) };
        const inside = clip(window, period);
        if (inside) out.push(inside);
      }
    }
    return out;
  }
  switch (r.unit) {
    case 'month':
      // «не реже одного в два месяца»: two-month windows counted from the start of the period.
      return monthWindows(r.interval, startYear, Number(period.start.slice(5, 7)), period);
    case 'quarter':
      return monthWindows(3 * r.interval, startYear, 1, period);
    case 'year': {
      // «2 раза в год»: the roadmap's year split into equal windows (half-years), when it divides evenly. A roadmap
      // for a school year counts its years from September, so its summer is not a window of a year after it.
      const months = 12 * r.interval;
      const length = months % r.times === 0 ? months / r.times : months;
      if (r.calendarYear || !countsSchoolYears(calendar, period)) return monthWindows(length, startYear, 1, period);
      return monthWindows(length, academicYearOf(calendar, period.start), calendar.yearStartMonth, period);
    }
    default: {
      const terms = academicTerms(calendar, r.unit, period).flatMap((t) => clip(t, period) ?? []);
      return terms.filter((_, index) => index % r.interval === 0);
    }
  }
}

/**
 * The unit a term means in the roadmap: «по итогам года» in a roadmap that counts school years is the school year,
 * as its reader understands it; a year written out («до конца 2023 года», «календарного года») stays the calendar's.
 */
function termUnitIn(ref: TermRef, period: Period, calendar: AcademicCalendar): TermRef['unit'] {
  const schoolYear = ref.unit === 'year' && ref.year === undefined && !ref.calendarYear;
  return schoolYear && countsSchoolYears(calendar, period) ? 'school-year' : ref.unit;
}

function termWindows(ref: TermRef, period: Period, calendar: AcademicCalendar): Occurrence[] {
  const unit = termUnitIn(ref, period, calendar);
  let list: Occurrence[];
  if (unit === 'quarter' || unit === 'year') {
    const years: number[] = [];
    if (ref.year !== undefined) years.push(ref.year);
    else for (let y = Number(period.start.slice(0, 4)); y <= Number(period.end.slice(0, 4)); y++) years.push(y);
    list = years.flatMap((year) =>
      unit === 'year'
        ? [{ start: monthStart(year, 1), end: monthEnd(year, 12) }]
        : [1, 2, 3, 4]
            .filter((n) => ref.number === undefined || n === ref.number)
            .map((n) => ({ start: monthStart(year, 3 * n - 2), end: monthEnd(year, 3 * n) })),
    );
  } else {
    // «в течение 2024-2025 учебного года» names its academic year; other school terms repeat in every one.
    const terms =
      ref.year !== undefined ? termsOfYears(calendar, unit, [ref.year]) : academicTerms(calendar, unit, period);
    list = terms.filter((t) => ref.number === undefined || t.number === ref.number);
  }
  const out: Occurrence[] = [];
  for (const term of list) {
    const window =
      ref.position === 'start'
        ? { start: term.start, end: term.start }
        : ref.position === 'end'
          ? { start: term.end, end: term.end }
          : { start: term.start, end: term.end };
    const kept = ref.year !== undefined ? window : clip(window, period);
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * The parts of windows inside the school years: «ежемесячно в течение учебного года» has no summer months. A school
 * year's end inside the period is a deadline of its own, so only a window the period's end cut stays `cutAtEnd`.
 */
function withinSchoolYears(windows: Occurrence[], period: Period, calendar: AcademicCalendar): Occurrence[] {
  const years = academicTerms(calendar, 'school-year', period);
  return windows.flatMap((window) =>
    years.flatMap((year) => {
      if (window.start > year.end || window.end < year.start) return [];
      const end = window.end < year.end ? window.end : year.end;
      const start = window.start > year.start ? window.start : year.start;
      return [{ start, end, ...(window.cutAtEnd && end === window.end ? { cutAtEnd: true as const } : {}) }];
    }),
  );
}

/** The windows a deadline gives within a period, sorted, without repeats. */
export function occurrencesOf(structure: DeadlineStructure, period: Period, calendar: AcademicCalendar): Occurrence[] {
  switch (structure.kind) {
    case 'date':
    case 'months':
    case 'range':
      return normalizeOccurrences(
        (structure.parts ?? []).flatMap((part) => partOccurrences(part, structure.by ?? false, period, calendar)),
      );
    case 'recurrence': {
      if (!structure.recurrence) return [];
      const windows = fromYearOn(recurrenceOccurrences(structure.recurrence, period, calendar), structure.recurrence);
      return normalizeOccurrences(
        structure.scope === 'school-year' ? withinSchoolYears(windows, period, calendar) : windows,
      );
    }
    case 'term':
      return normalizeOccurrences((structure.terms ?? []).flatMap((ref) => termWindows(ref, period, calendar)));
    case 'period':
      if (structure.scope === 'school-year') {
        return normalizeOccurrences(
          academicTerms(calendar, 'school-year', period).flatMap((t) => clip(t, period) ?? []),
        );
      }
      return [{ start: period.start, end: period.end }];
    case 'unscheduled':
      return [];
  }
}

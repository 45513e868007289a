// Calendar arithmetic on ISO dates (YYYY-MM-DD) through date-fns. Dates are built in local time, so no time zone
// ever shifts a day; ISO date strings compare correctly as plain strings.
// Per-function entry points: the package's index loads every one of its modules, which costs seconds at start-up.
// A date is written by hand rather than with date-fns `format`, which parses its pattern on every call: a build
// writes hundreds of thousands of dates, and `format` was the largest single cost of rendering calendars.
import { addMonths } from 'date-fns/addMonths';
import { isExists } from 'date-fns/isExists';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import type { Occurrence, Period } from './types.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** «YYYY-MM-DD» of a local date. */
export function formatIso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The ISO date of (year, month, day); out-of-range parts roll over as in `new Date` (day 0 is the month before's last).
 */
export function isoDate(year: number, month: number, day: number): string {
  // A day that exists is written as it is: a build asks for hundreds of thousands of dates.
  if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return formatIso(new Date(year, month - 1, day));
}

/** Whether the day exists (no 31 April, 29 February only in leap years). */
export function dayExists(year: number, month: number, day: number): boolean {
  return isExists(year, month - 1, day);
}

/** Days of each month asked for (year * 12 + month), from date-fns once: calendars ask for the same few hundred. */
const monthLengths = new Map<number, number>();

export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let days = monthLengths.get(key);
  if (days === undefined) {
    days = lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
    monthLengths.set(key, days);
  }
  return days;
}

export function monthStart(year: number, month: number): string {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The month `count` months after (year, month). */
export function shiftMonth(year: number, month: number, count: number): { year: number; month: number } {
  const date = addMonths(new Date(year, month - 1, 1), count);
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

export function parts(iso: string): { year: number; month: number; day: number } {
  if (iso.length === 10 && iso[4] === '-' && iso[7] === '-')
    return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8)) };
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = parts(value);
  return dayExists(year, month, day);
}

function overlaps(occurrence: Occurrence, period: Period): boolean {
  return occurrence.start <= period.end && occurrence.end >= period.start;
}

/**
 * The part of an occurrence inside the period, or undefined when it lies outside. A window the period's end cuts is
 * marked `cutAtEnd`: its last day inside is not the deadline the document sets.
 */
export function clip(occurrence: Occurrence, period: Period): Occurrence | undefined {
  if (!overlaps(occurrence, period)) return undefined;
  const cut = occurrence.cutAtEnd || occurrence.end > period.end;
  return {
    start: occurrence.start < period.start ? period.start : occurrence.start,
    end: occurrence.end > period.end ? period.end : occurrence.end,
    ...(cut ? { cutAtEnd: true as const } : {}),
  };
}

/** Sorted by start (then end), without repeats. */
export function normalizeOccurrences(list: readonly Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const o of [...list].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))) {
    const key = `${o.start}/${o.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ start: o.start, end: o.end, ...(o.cutAtEnd ? { cutAtEnd: true as const } : {}) });
    }
  }
  return out;
}

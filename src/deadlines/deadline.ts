// The deadline of one item: its words as written, what they mean, and the dates they give in the roadmap's period.
import { defaultAcademicCalendar, type AcademicCalendar } from './academic-calendar.ts';
import { isIsoDate } from './dates.ts';
import { occurrencesOf } from './occurrences.ts';
import { understandDeadline } from './parse.ts';
import type { Deadline, Period } from './types.ts';

export interface DeadlineOptions {
  /** The academic calendar of the roadmap's region (quarters, half-years); the defaults when omitted. */
  calendar?: AcademicCalendar;
}

export function isValidPeriod(period: Period): boolean {
  return isIsoDate(period.start) && isIsoDate(period.end) && period.start <= period.end;
}

/**
 * Parses a deadline phrase for a roadmap with the given period. A phrase that is not understood is kept as text,
 * kind `unscheduled`, `understood: false`, with no occurrences.
 */
export function parseDeadline(text: string, period: Period, options: DeadlineOptions = {}): Deadline {
  if (!isValidPeriod(period)) throw new RangeError(`Invalid period ${period.start}:${period.end}`);
  const structure = understandDeadline(text);
  if (!structure) return { text, kind: 'unscheduled', understood: false, occurrences: [] };
  const { kind, ...rest } = structure;
  return { text, kind, understood: true, ...rest, occurrences: occurrencesOf(structure, period, options.calendar ?? defaultAcademicCalendar) };
}

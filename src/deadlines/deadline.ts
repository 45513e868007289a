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

// Parsed deadlines by academic calendar, then by period and phrase. Roadmaps repeat phrases («ежеквартально», «в
// течение года») and a build reads every item several times (the check, search records, open data, pages,
// calendars): each phrase is parsed once per period and calendar. The cache holds strings and small plain objects.
const parsed = new WeakMap<AcademicCalendar, Map<string, Deadline>>();

/**
 * Parses a deadline phrase for a roadmap with the given period. A phrase that is not understood is kept as text,
 * kind `unscheduled`, `understood: false`, with no occurrences. The same phrase, period and calendar give the same
 * object: treat it as read-only.
 */
export function parseDeadline(text: string, period: Period, options: DeadlineOptions = {}): Deadline {
  const calendar = options.calendar ?? defaultAcademicCalendar;
  let byKey = parsed.get(calendar);
  if (!byKey) parsed.set(calendar, (byKey = new Map()));
  const key = `${period.start}:${period.end}:${text}`;
  let deadline = byKey.get(key);
  if (!deadline) {
    deadline = parseUncached(text, period, calendar);
    byKey.set(key, deadline);
  }
  return deadline;
}

function parseUncached(text: string, period: Period, calendar: AcademicCalendar): Deadline {
  if (!isValidPeriod(period)) throw new RangeError(`Invalid period ${period.start}:${period.end}`);
  const structure = understandDeadline(text);
  if (!structure) return { text, kind: 'unscheduled', understood: false, occurrences: [] };
  const { kind, ...rest } = structure;
  return { text, kind, understood: true, ...rest, occurrences: occurrencesOf(structure, period, calendar) };
}

// What is due in a month, recurrences expanded: the lists calendar pages and the home page show.
import { monthEnd } from '../deadlines/dates.ts';
import type { Occurrence, Period } from '../deadlines/types.ts';
import type { DeadlineEntry } from './entries.ts';

export interface DueEntry {
  entry: DeadlineEntry;
  occurrence: Occurrence;
}

export interface MonthAgenda {
  /** «YYYY-MM». */
  month: string;
  /** Items with a window that ends this month (their deadline falls in it), by date. */
  due: DueEntry[];
  /** Items with a window open this month that ends later (work in progress), by the date it ends. */
  ongoing: DueEntry[];
}

const byEnd = (a: DueEntry, b: DueEntry) => a.occurrence.end.localeCompare(b.occurrence.end);

/** The agenda of one month («2023-03»); entries keep their given order among equal dates. */
export function dueInMonth(entries: readonly DeadlineEntry[], month: string): MonthAgenda {
  const first = `${month}-01`;
  const last = monthEnd(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const due: DueEntry[] = [];
  const ongoing: DueEntry[] = [];
  for (const entry of entries) {
    for (const occurrence of entry.deadline.occurrences) {
      if (occurrence.end >= first && occurrence.end <= last) due.push({ entry, occurrence });
      else if (occurrence.start <= last && occurrence.end > last) ongoing.push({ entry, occurrence });
    }
  }
  return { month, due: due.sort(byEnd), ongoing: ongoing.sort(byEnd) };
}

/** Every month a period touches, «YYYY-MM». */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.start.slice(0, 4));
  let month = Number(period.start.slice(5, 7));
  const last = period.end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** One agenda per month of the period. */
export function agendaByMonth(entries: readonly DeadlineEntry[], period: Period): MonthAgenda[] {
  return monthsOf(period).map((month) => dueInMonth(entries, month));
}

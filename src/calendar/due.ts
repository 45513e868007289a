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

/** The first and last day of all the windows of the entries; undefined when none has a date. */
export function spanOf(entries: readonly DeadlineEntry[]): Period | undefined {
  let start: string | undefined;
  let end: string | undefined;
  for (const { deadline } of entries) {
    for (const o of deadline.occurrences) {
      if (start === undefined || o.start < start) start = o.start;
      if (end === undefined || o.end > end) end = o.end;
    }
  }
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

/** The agenda of every month something is due or going on in, from the first window to the last; empty months left out. */
export function activeAgenda(entries: readonly DeadlineEntry[]): MonthAgenda[] {
  const span = spanOf(entries);
  return span ? agendaByMonth(entries, span).filter((a) => a.due.length || a.ongoing.length) : [];
}

/** «YYYY-MM» of an ISO date and the `count - 1` months after it. */
export function monthsFrom(isoDate: string, count: number): string[] {
  const months: string[] = [];
  let year = Number(isoDate.slice(0, 4));
  let month = Number(isoDate.slice(5, 7));
  for (let i = 0; i < count; i++) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export interface ShortAgenda {
  month: string;
  /** The first `limit` items due this month, by date. */
  due: DueEntry[];
  /** How many more are due this month. */
  moreDue: number;
  /** How many items are going on this month with a later deadline (distinct items). */
  ongoing: number;
}

/**
 * What is due soon, for the home page: this month and the next ones (`months` in all) from `today`, at most
 * `limit` items per month, so the page stays the same size however many roadmaps the site has.
 */
export function dueSoon(entries: readonly DeadlineEntry[], today: string, months = 2, limit = 10): ShortAgenda[] {
  return monthsFrom(today, months).map((month) => {
    const agenda = dueInMonth(entries, month);
    return { month, due: agenda.due.slice(0, limit), moreDue: Math.max(0, agenda.due.length - limit), ongoing: countDistinct(agenda.ongoing) };
  });
}

/** How many different items a list names (an item may have several windows in one month). */
export function countDistinct(list: readonly DueEntry[]): number {
  return new Set(list.map((d) => d.entry)).size;
}

export interface RoadmapGroup {
  roadmapId: string;
  roadmapTitle: string;
  list: DueEntry[];
}

/** A month's list split by roadmap, roadmaps in the order they first come in `entries` (regional first, as given). */
export function groupByRoadmap(list: readonly DueEntry[], entries: readonly DeadlineEntry[]): RoadmapGroup[] {
  const order = new Map<string, number>();
  for (const entry of entries) if (!order.has(entry.roadmapId)) order.set(entry.roadmapId, order.size);
  const groups = new Map<string, RoadmapGroup>();
  for (const due of list) {
    let group = groups.get(due.entry.roadmapId);
    if (!group) {
      group = { roadmapId: due.entry.roadmapId, roadmapTitle: due.entry.roadmapTitle, list: [] };
      groups.set(due.entry.roadmapId, group);
    }
    group.list.push(due);
  }
  return [...groups.values()].sort((a, b) => (order.get(a.roadmapId) ?? 0) - (order.get(b.roadmapId) ?? 0));
}

/** Items whose deadline gives no date («по отдельному графику», or words not understood). */
export function undated(entries: readonly DeadlineEntry[]): DeadlineEntry[] {
  return entries.filter((e) => e.deadline.occurrences.length === 0);
}

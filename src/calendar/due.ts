// What is due in a month, recurrences expanded: the lists calendar pages and the home page show.
//
// Two views of a month:
// - `dueInMonth` / `agendaByMonth`: what is due in it and everything going on in it (the timeline and the home page);
// - `monthLists` / `calendarMonths`: what calendar pages show, so that an item is named in as few months as possible:
//   what is due in the month, what starts in it with a later deadline (named once, in the month it starts), and only
//   the number of items that started earlier and are still going on. A repeating deadline («ежеквартально», «не реже
//   одного раза в четверть») is named in every month it is due, never as starting or going on: its windows are the
//   rhythm of the work, not spans of it.
// A window the roadmap's period cut at its end (`cutAtEnd`) is never due: its deadline lies after the period. It is
// shown as going on, up to and including its last month.
import { monthEnd } from '../deadlines/dates.ts';
import type { Occurrence, Period } from '../deadlines/types.ts';
import { isRecurring, type DeadlineEntry } from './entries.ts';

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
      if (occurrence.cutAtEnd) {
        if (occurrence.start <= last && occurrence.end >= first) ongoing.push({ entry, occurrence });
      } else if (occurrence.end >= first && occurrence.end <= last) due.push({ entry, occurrence });
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
    return {
      month,
      due: agenda.due.slice(0, limit),
      moreDue: Math.max(0, agenda.due.length - limit),
      ongoing: countDistinct(agenda.ongoing),
    };
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

export interface MonthLists {
  /** Windows that end this month (their deadline falls in it), by date. */
  due: DueEntry[];
  /** Windows of non-repeating deadlines that start this month and end in a later one, by the day they end. */
  starting: DueEntry[];
  /** How many different items (non-repeating) have a window that began before this month and ends after it. */
  continuing: number;
}

/**
 * Every month a window of the entries touches, with what is due, what starts and how much goes on in it — in one
 * pass over the windows, months in order. Entries keep their given order among equal dates.
 */
export function monthLists(entries: readonly DeadlineEntry[]): Map<string, MonthLists> {
  const lists = new Map<string, MonthLists>();
  const through = new Map<string, Set<DeadlineEntry>>();
  const at = (month: string) => {
    let list = lists.get(month);
    if (!list) lists.set(month, (list = { due: [], starting: [], continuing: 0 }));
    return list;
  };
  for (const entry of entries) {
    const recurring = isRecurring(entry);
    for (const occurrence of entry.deadline.occurrences) {
      const first = occurrence.start.slice(0, 7);
      const last = occurrence.end.slice(0, 7);
      const span =
        12 * (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) +
        Number(last.slice(5, 7)) -
        Number(first.slice(5, 7));
      const cut = occurrence.cutAtEnd === true;
      if (!cut) at(last).due.push({ entry, occurrence });
      if (recurring && !cut) continue;
      if (!cut && first >= last) continue;
      // Named once, in the month it starts (a cut window too, however short: it is due after the period); a cut
      // recurring window only counts as going on.
      if (!recurring) at(first).starting.push({ entry, occurrence });
      const going = monthsFrom(occurrence.start, span + 1).slice(recurring ? 0 : 1, cut ? undefined : span);
      for (const month of going) {
        let items = through.get(month);
        if (!items) through.set(month, (items = new Set()));
        items.add(entry);
      }
    }
  }
  for (const [month, items] of through) at(month).continuing = items.size;
  const sorted = new Map([...lists].sort(([a], [b]) => a.localeCompare(b)));
  for (const list of sorted.values()) {
    list.due.sort(byEnd);
    list.starting.sort(byEnd);
  }
  return sorted;
}

/** One roadmap's month lists (from `monthLists`), as a calendar puts them together. */
export interface CalendarSource {
  roadmapId: string;
  roadmapTitle: string;
  months: ReadonlyMap<string, MonthLists>;
}

/** Organisations below the calendar's own (municipalities, schools): how many of their items are due each month. */
export interface CalendarBelow {
  id: string;
  /** «YYYY-MM» → different items due. */
  due: ReadonlyMap<string, number>;
}

export interface CalendarMonth {
  month: string;
  /** Due this month, by roadmap in the order of the sources; each list is the source's own array. */
  due: RoadmapGroup[];
  /** Starting this month with a later deadline, by roadmap. */
  starting: RoadmapGroup[];
  /** Items started earlier and still going on. */
  continuing: number;
  /** Organisations below with items due this month, in the order given. */
  below: { id: string; due: number }[];
}

/**
 * A calendar page's months: the roadmaps' own items (what is due, what starts, how many go on) and, for the
 * organisations below, only how many items are due. Months where nothing is due or starts are left out.
 */
export function calendarMonths(
  sources: readonly CalendarSource[],
  below: readonly CalendarBelow[] = [],
): CalendarMonth[] {
  const months = new Set<string>();
  for (const source of sources)
    for (const [month, list] of source.months) if (list.due.length || list.starting.length) months.add(month);
  for (const org of below) for (const [month, count] of org.due) if (count > 0) months.add(month);
  return [...months].sort().map((month) => {
    const due: RoadmapGroup[] = [];
    const starting: RoadmapGroup[] = [];
    let continuing = 0;
    for (const { roadmapId, roadmapTitle, months: lists } of sources) {
      const list = lists.get(month);
      if (!list) continue;
      if (list.due.length) due.push({ roadmapId, roadmapTitle, list: list.due });
      if (list.starting.length) starting.push({ roadmapId, roadmapTitle, list: list.starting });
      continuing += list.continuing;
    }
    const counts = below.map(({ id, due: byMonth }) => ({ id, due: byMonth.get(month) ?? 0 })).filter((c) => c.due > 0);
    return { month, due, starting, continuing, below: counts };
  });
}

/** Different items due in each month of the lists. */
export function dueCounts(lists: ReadonlyMap<string, MonthLists>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [month, list] of lists) if (list.due.length) counts.set(month, countDistinct(list.due));
  return counts;
}

/** The sum of several month counts. */
export function addCounts(into: Map<string, number>, counts: ReadonlyMap<string, number>): Map<string, number> {
  for (const [month, n] of counts) into.set(month, (into.get(month) ?? 0) + n);
  return into;
}

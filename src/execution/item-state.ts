// Whether an item is being carried out, as of a day: its current status (the latest report entry), whether its
// deadline has come, whether it is overdue or due soon. Every rule of it is here, in one place, so that the pages,
// the open data and anyone with the report files come to the same answer (docs/execution.md, «Как считается»).
//
// - The current status is that of the latest entry by date (entries of one day: the later in the file); entries dated
//   after the as-of day are not counted: the site shows the state of its day.
// - A window of a deadline has ended when its last day is before the as-of day. A window cut by the end of the
//   roadmap's period (`cutAtEnd`) never ends: the deadline the document sets lies after the period.
// - An item is due when one of its windows has ended. Items without dates are never due nor overdue.
// - A one-off item is overdue when it is due and its status is neither done nor cancelled.
// - A recurring item («ежемесячно», «в конце четверти») is overdue when its latest ended window has no entry, or
//   only an entry «не выполнено»; an entry belongs to the window from its first day to the next window's start.
// - Only items of a roadmap the organisation reports on (a report file exists) can be overdue: with no report at
//   all nothing is known, and nothing is claimed.
// - Due soon: a window that has not ended ends within 30 days, and the item is not done or cancelled (recurring: no
//   entry for that window yet).
import type { ExecutionStatus } from '../content-model/schemas.ts';

export interface Window {
  start: string;
  end: string;
  cutAtEnd?: true;
}

interface StatusEntry {
  date: string;
  status: ExecutionStatus;
}

/** One category per item; `untracked`: its organisation has no report on the roadmap. */
export const categories = [
  'done',
  'overdue',
  'not-done',
  'in-progress',
  'planned',
  'undated',
  'cancelled',
  'untracked',
] as const;
export type Category = (typeof categories)[number];

export interface ItemState {
  /** The latest entry's status; null when the item was never reported on. */
  status: ExecutionStatus | null;
  /** Date of the latest entry. */
  updated: string | null;
  dated: boolean;
  recurring: boolean;
  /** A window has ended: the item should show a result by now. */
  due: boolean;
  overdue: boolean;
  dueSoon: boolean;
  /** End of the next window that has not ended. */
  nextDue: string | null;
  category: Category;
}

export interface ItemInput {
  /** The deadline's windows, sorted by start; none for an item without dates. */
  windows: readonly Window[];
  recurring: boolean;
  /** Report entries on the item, oldest first. */
  entries: readonly StatusEntry[];
  /** Whether the organisation reports on the roadmap at all. */
  tracked: boolean;
  /** The day of the build, YYYY-MM-DD. */
  asOf: string;
}

const dueSoonDays = 30;

export function itemState({ windows, recurring, entries, tracked, asOf }: ItemInput): ItemState {
  const latest = entries.at(-1);
  const status = latest?.status ?? null;
  const counted = windows.filter((w) => !w.cutAtEnd);
  const ended = counted.filter((w) => w.end < asOf);
  const lastEnded = ended.at(-1);
  const finished = status === 'done' || status === 'cancelled';
  const soonLimit = addDays(asOf, dueSoonDays);
  const upcoming = counted.filter((w) => w.end >= asOf);
  const nextDue = upcoming.length ? upcoming.reduce((min, w) => (w.end < min ? w.end : min), upcoming[0]!.end) : null;

  let overdue = false;
  let dueSoon = false;
  if (recurring) {
    const covered = (w: Window) =>
      entries.some((e) => e.status !== 'not-done' && e.date >= w.start && e.date < nextStart(counted, w));
    overdue = tracked && lastEnded !== undefined && status !== 'cancelled' && !covered(lastEnded);
    dueSoon = status !== 'cancelled' && upcoming.some((w) => w.end <= soonLimit && !covered(w));
  } else {
    overdue = tracked && lastEnded !== undefined && !finished;
    dueSoon = !finished && upcoming.some((w) => w.end <= soonLimit);
  }

  return {
    status,
    updated: latest?.date ?? null,
    dated: windows.length > 0,
    recurring,
    due: lastEnded !== undefined,
    overdue,
    dueSoon,
    nextDue,
    category: categoryOf(status, tracked, overdue, windows.length > 0),
  };
}

function categoryOf(status: ExecutionStatus | null, tracked: boolean, overdue: boolean, dated: boolean): Category {
  if (status === 'cancelled') return 'cancelled';
  if (!tracked) return 'untracked';
  // A recurring item done last month and silent since is overdue: overdue comes before done.
  if (overdue) return 'overdue';
  if (status === 'done') return 'done';
  if (status === 'not-done') return 'not-done';
  if (status === 'in-progress') return 'in-progress';
  return dated ? 'planned' : 'undated';
}

/** The first day of the window after `window` (or the far future): an entry up to then is about `window`. */
function nextStart(windows: readonly Window[], window: Window): string {
  const next = windows.find((w) => w.start > window.start);
  return next?.start ?? '9999-12-31';
}

/** `date` + `days`, YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

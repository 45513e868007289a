// Progress of a set of items (a roadmap, an organisation's work), and of a set of organisations. The formula is
// written out on every page that shows a figure and in docs/execution.md, and the open data carries the counts,
// so that anyone can recompute it:
//
// - Items counted: those of roadmaps the organisation reports on, cancelled ones left out (counted apart).
// - Done = items whose current status is «выполнено»; progress = done / items counted.
// - Due by now = items with dates whose deadline has come; of them, done and overdue are given too.
// - Items without dates are never due; they are counted and shown apart.
// - An organisation above schools (a municipality, a region) is the mean of the progress of those below it that have
//   items counted: each counts once, whatever the number of its items, and one without items does not move it.
import type { Category, ItemState } from './item-state.ts';

export interface Progress {
  /** Items counted: tracked and not cancelled. */
  items: number;
  done: number;
  overdue: number;
  notDone: number;
  inProgress: number;
  planned: number;
  undated: number;
  cancelled: number;
  /** Dated items whose deadline has come. */
  due: number;
  /** Of the items due, those done. */
  doneOfDue: number;
  dueSoon: number;
  /** Date of the latest report entry. */
  lastReport: string | null;
  /** done / items; null when there are no items. */
  ratio: number | null;
}

const byCategory: Partial<Record<Category, keyof Progress>> = {
  done: 'done',
  overdue: 'overdue',
  'not-done': 'notDone',
  'in-progress': 'inProgress',
  planned: 'planned',
  undated: 'undated',
  cancelled: 'cancelled',
};

function emptyProgress(): Progress {
  return {
    items: 0,
    done: 0,
    overdue: 0,
    notDone: 0,
    inProgress: 0,
    planned: 0,
    undated: 0,
    cancelled: 0,
    due: 0,
    doneOfDue: 0,
    dueSoon: 0,
    lastReport: null,
    ratio: null,
  };
}

/** Progress of tracked items (untracked ones are left out). */
export function progressOf(states: Iterable<ItemState>): Progress {
  const p = emptyProgress();
  for (const state of states) {
    if (state.category === 'untracked') continue;
    const field = byCategory[state.category];
    if (field) (p[field] as number)++;
    if (state.updated && (!p.lastReport || state.updated > p.lastReport)) p.lastReport = state.updated;
    if (state.category === 'cancelled') continue;
    p.items++;
    if (state.dated && state.due) {
      p.due++;
      if (state.category === 'done') p.doneOfDue++;
    }
    if (state.dueSoon) p.dueSoon++;
  }
  p.ratio = p.items ? p.done / p.items : null;
  return p;
}

/** Progress of several sets of items taken together (an organisation's roadmaps). */
export function sumProgress(parts: Iterable<Progress>): Progress {
  const p = emptyProgress();
  for (const part of parts) {
    for (const key of [
      'items',
      'done',
      'overdue',
      'notDone',
      'inProgress',
      'planned',
      'undated',
      'cancelled',
      'due',
      'doneOfDue',
      'dueSoon',
    ] as const)
      p[key] += part[key];
    if (part.lastReport && (!p.lastReport || part.lastReport > p.lastReport)) p.lastReport = part.lastReport;
  }
  p.ratio = p.items ? p.done / p.items : null;
  return p;
}

export interface MeanProgress {
  /** Mean of the ratios of the members with items; null when none has. */
  ratio: number | null;
  /** Members counted in the mean. */
  counted: number;
  /** Members without items (not in the mean). */
  without: number;
  /**
   * Of those, the members that report but whose items are all cancelled: a reader told «без отчётов» would look for
   * a missing report.
   */
  allCancelled: number;
  /** Overdue items of all members together. */
  overdue: number;
  lastReport: string | null;
}

/** The progress of organisations above others: the mean of their members' progress. */
export function meanProgress(members: Iterable<Progress | MeanProgress | undefined>): MeanProgress {
  let sum = 0;
  let counted = 0;
  let without = 0;
  let allCancelled = 0;
  let overdue = 0;
  let lastReport: string | null = null;
  for (const member of members) {
    if (member?.ratio === null || member?.ratio === undefined) {
      without++;
      if (member && 'cancelled' in member && member.cancelled > 0) allCancelled++;
      continue;
    }
    sum += member.ratio;
    counted++;
    overdue += member.overdue;
    if (member.lastReport && (!lastReport || member.lastReport > lastReport)) lastReport = member.lastReport;
  }
  return { ratio: counted ? sum / counted : null, counted, without, allCancelled, overdue, lastReport };
}

/**
 * A ratio as whole percent, as pages show it: half up, as a reader rounds 23 of 40 (57.5 %) to 58. The product is
 * first taken to 12 digits, where 0.575 × 100 is 57.5 and not the 57.499… of binary fractions.
 */
export function percent(ratio: number): number {
  return Math.round(Number((ratio * 100).toPrecision(12)));
}

// What the search knows about each item of a roadmap page beyond its text: the months its deadline touches, its
// first due date and its form. Pagefind filters and sorts whole pages; the search page fetches this for the roadmaps
// it shows (one small file each, written with the open data) to keep, under each roadmap, only the items in the
// chosen month, quarter or form, and to order them by deadline. Shared by the build and the browser, so it imports
// nothing heavier than one string function.
import { quarterLabel } from '../ui/strings.ts';

export interface ItemFacet {
  /** The item's anchor on its page. */
  anchor: string;
  /** The first day a window of its deadline ends (ISO), when the deadline gives dates. */
  firstDue?: string;
  /** Every month («2023-03») a window of its deadline touches, in order. */
  months: string[];
  /** The form, as the form filter spells it (see formFilterValue). */
  form?: string;
  /** Its execution, as the execution filter spells it («просрочено»…), when its organisation reports on it. */
  execution?: string;
}

/** A form as a filter value: words of the document in lower case, spaces collapsed (Pagefind collapses them too). */
export function formFilterValue(form: string): string {
  return form.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The month («2023-03») of a month filter value («2023-03 март 2023»). */
function monthOfFilterValue(value: string): string {
  return value.slice(0, 7);
}

/** Consecutive months as runs: ['2023-01', '2023-02', '2023-03', '2023-05'] → '2023-01~2023-03 2023-05'. */
function monthRuns(months: readonly string[]): string {
  const runs: string[][] = [];
  for (const month of months) {
    const run = runs.at(-1);
    if (run && nextMonth(run.at(-1)!) === month) run.push(month);
    else runs.push([month]);
  }
  return runs.map((run) => (run.length > 1 ? `${run[0]}~${run.at(-1)}` : run[0])).join(' ');
}

function nextMonth(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function expandRuns(text: string): string[] {
  const months: string[] = [];
  for (const run of text.split(' ').filter(Boolean)) {
    const [from, to = from] = run.split('~') as [string, string?];
    for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  }
  return months;
}

/** The facets of a roadmap's items as one compact text (JSON): `[[anchor, firstDue, months, form, execution], …]`. */
export function encodeItemFacets(items: readonly ItemFacet[]): string {
  return JSON.stringify(
    items.map((item) => [
      item.anchor,
      item.firstDue ?? '',
      monthRuns(item.months),
      item.form ?? '',
      ...(item.execution ? [item.execution] : []),
    ]),
  );
}

export function decodeItemFacets(text: string | undefined): Map<string, ItemFacet> {
  const facets = new Map<string, ItemFacet>();
  if (!text) return facets;
  for (const [anchor, firstDue, months, form, execution] of JSON.parse(text) as [
    string,
    string,
    string,
    string,
    string?,
  ][]) {
    facets.set(anchor, {
      anchor,
      months: expandRuns(months),
      ...(firstDue ? { firstDue } : {}),
      ...(form ? { form } : {}),
      ...(execution ? { execution } : {}),
    });
  }
  return facets;
}

/** The filters the search page applies to items (values as Pagefind's filters spell them). */
export interface ItemFilters {
  month?: string;
  quarter?: string;
  form?: string;
  execution?: string;
}

/** Whether an item (its facets; undefined when it has none) is in the chosen month, quarter, form and execution. */
export function itemMatches(facet: ItemFacet | undefined, filters: ItemFilters): boolean {
  const month = filters.month && monthOfFilterValue(filters.month);
  if (month && !facet?.months.includes(month)) return false;
  if (filters.quarter && !facet?.months.some((m) => quarterLabel(m) === filters.quarter)) return false;
  if (filters.form && facet?.form !== filters.form) return false;
  if (filters.execution && facet?.execution !== filters.execution) return false;
  return true;
}

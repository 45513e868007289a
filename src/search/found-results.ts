// What the search page makes of Pagefind's results, without the page: the results of the several queries a visitor's
// query became put together (each document once), a document's items that match the filters in their order, the
// documents in order of their period, and excerpts without the words the build hid in the page's text. Pure, so
// tested without a browser (src/search/search-page.ts runs them).
import { itemMatches, type ItemFacet, type ItemFilters } from './item-facets.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The anchor the part starts at; none for the part of the page before its first anchor. */
  anchor?: { element: string; id: string; title?: string };
  weighted_locations: { balanced_score: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  /** The document's id in the index (the same in every search). */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
/** A document found by one or more of the queries a visitor's query became: each query's result for it. */
export interface Found {
  id: string;
  score: number;
  results: PagefindResult[];
}
export type Order = 'asc' | 'desc';

/**
 * Pagefind's excerpt (text with <mark>) without the words the build added unseen ({{…}}, src/search/search-text.ts;
 * an excerpt may begin or end within them).
 */
export function withoutHiddenWords(excerpt: string): string {
  return excerpt
    .replace(/\{\{(?:(?!\}\})[\s\S])*(?:\}\}\.?|$)/g, ' ')
    .replace(/^(?:(?!\{\{)[\s\S])*?\}\}\.?/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The items of a document that match the query and the chosen month, quarter and form (Pagefind filtered the
 * documents; their item facets say which items qualify): by relevance, or by first due date when sorting by date.
 */
export function matchingItems(
  data: PagefindResultData,
  facets: Map<string, ItemFacet>,
  filters: ItemFilters,
  order: Order | undefined,
): PagefindSubResult[] {
  const items = data.sub_results.filter((sub) => sub.anchor?.title && itemMatches(facets.get(sub.anchor.id), filters));
  if (!order) {
    const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
    return items.sort((a, b) => score(b) - score(a));
  }
  const due = (sub: PagefindSubResult) => facets.get(sub.anchor!.id)?.firstDue;
  return items.sort((a, b) => {
    const [x, y] = [due(a), due(b)];
    if (x === y) return 0;
    if (!x || !y) return x ? -1 : 1; // items without dates last
    return order === 'asc' ? x.localeCompare(y) : y.localeCompare(x);
  });
}

/**
 * A document's data with the sub-results of every query that found it: the items matched by any of them, each once
 * (with the scores of all).
 */
export async function dataOf(found: Found): Promise<PagefindResultData> {
  const all = await Promise.all(found.results.map((r) => r.data()));
  const first = all[0]!;
  if (all.length === 1) return first;
  const subs = new Map<string, PagefindSubResult>();
  for (const data of all) {
    for (const sub of data.sub_results) {
      const seen = subs.get(sub.url);
      if (seen)
        subs.set(sub.url, { ...seen, weighted_locations: [...seen.weighted_locations, ...sub.weighted_locations] });
      else subs.set(sub.url, sub);
    }
  }
  return { ...first, sub_results: [...subs.values()] };
}

/** The results of several queries as one list: each document once, by its best score. */
export function together(lists: PagefindResult[][]): Found[] {
  const byId = new Map<string, Found>();
  for (const list of lists) {
    for (const result of list) {
      const found = byId.get(result.id);
      if (found) {
        found.results.push(result);
        found.score = Math.max(found.score, result.score);
      } else {
        byId.set(result.id, { id: result.id, score: result.score, results: [result] });
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * The results in order of their period's start (`desc`: latest first), by relevance within one start; those without a
 * period are left out.
 */
export function byPeriod(results: Found[], starts: ReadonlyMap<string, string>, order: Order): Found[] {
  const sign = order === 'asc' ? 1 : -1;
  return results
    .filter((r) => starts.has(r.id))
    .sort((a, b) => sign * starts.get(a.id)!.localeCompare(starts.get(b.id)!));
}

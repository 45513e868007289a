// A school's site that searches its municipality's portal too (site.yaml `searchSites`) would find its own roadmap
// twice: on its own site and on the portal, which publishes it as well. The portal's copy is left out. Each roadmap
// page, organisation page and glossary term of an index names itself in the filter `page` (src/search/page-facets.ts,
// write-index.ts), the same on every site built from the same content; the other sites' indexes are merged with a
// mark of their own, and every search then leaves out a marked page whose name this site's index has too — except
// the pages this site publishes only in part (those of the organisations above a part of a portal), whose other
// copy is whole: both are shown. Pure: the search page (src/search/search-page.ts) does the fetching.

/** The filter in which each page names itself («roadmaps/sochi-2023»); page-facets.ts writes it. */
export const pageFilter = 'page';

/** A Pagefind filter: the values of keys, and Pagefind's compound `not`. */
export type PagefindFilters = Record<string, unknown>;

/** The filter Pagefind adds to every page of another site's index when it is merged (its `mergeFilter`). */
export const otherSiteMark: Readonly<Record<string, string>> = Object.freeze({ 'other-site': 'yes' });

/**
 * The names of the pages of an index, from its filters' values (Pagefind's `filters()`), but those of `partial`: the
 * pages the site publishes only in part, whose copy on another site is whole (src/search/page-facets.ts).
 */
export function wholePages(filterValues: Record<string, Record<string, number>>, partial: readonly string[]): string[] {
  const part = new Set(partial);
  return Object.keys(filterValues[pageFilter] ?? {}).filter((name) => !part.has(name));
}

/** Filter values and their counts, without the values no page has (those of the copies only). */
export function nonZeroCounts(counts: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(counts).map(([key, values]) => [
      key,
      Object.fromEntries(Object.entries(values).filter(([, n]) => n > 0)),
    ]),
  );
}

/** `filters` and: not a page of another site that this site has itself (`ownPages`). */
export function withoutOwnCopies(filters: PagefindFilters, ownPages: readonly string[]): PagefindFilters {
  if (!ownPages.length) return filters;
  return { ...filters, not: { ...otherSiteMark, [pageFilter]: { any: [...ownPages] } } };
}

// Which pages the search indexes, and how they reach the index during `karta build`: the process that renders the
// pages (src/build/render-pages-process.ts) hands over each batch as soon as it is written
// (src/build/astro-integration.ts), and the build's own process gives them to Pagefind (src/search/write-index.ts).

/** The pages that are searched (Astro route patterns); nothing else (calendars, lists, the glossary) is read. */
export const searchedRoutes: ReadonlySet<string> = new Set(['/roadmaps/[id]', '/organizations/[id]']);

/**
 * How many pages a site searches: a page for each roadmap it publishes and for each organisation (the paths of the
 * two routes). The search page counts them so to know the index's bundles; the build counts the routes' paths.
 */
export function searchedPageCount(content: { roadmaps: readonly unknown[]; published: ReadonlySet<string> }): number {
  return content.roadmaps.length + content.published.size;
}

/** The folders of those pages in the built site (each page is `<folder>/<id>/index.html`). */
export const searchedFolders = ['roadmaps', 'organizations'] as const;

/**
 * From this many searched pages on (a region of some 1,400 schools), the index is written as two Pagefind bundles,
 * each by a Pagefind process of its own: writing the index is almost all on one core and comes after the pages, so
 * two halves written at once end sooner (at a region's scale by seconds: docs/benchmark.md). The search page
 * merges them (src/search/search-page.ts). A smaller site keeps one, though it is written more slowly: a first query
 * fetches the metadata and a chunk of the word index from each bundle, often two chunks (a word that begins like the
 * last word of a chunk takes the chunk before it too), and a region of 1,100 schools would fetch some 50 KB more
 * from two bundles than from one.
 */
export const twoBundlesFrom = 3000;

/**
 * From this many searched pages on (a national portal of some 2,000 schools and more), a first query would fetch
 * the index of every school's roadmap that uses its words, and that grows with the portal. The index is then a
 * bundle of the portal (the roadmaps and pages of the regions and municipalities, and of every organisation that is
 * not a school) and a bundle for the schools of each municipality (their roadmaps and pages), which the search page
 * merges only on demand: for a municipality chosen or named in the query, or when asked to search every school
 * (src/search/search-page.ts). The number is site.yaml's `searchByMunicipalityFrom` (4,000 unless set).
 */

/** What the search page learns of a site indexed in municipal bundles (written by the build: `layoutFile`). */
export interface MunicipalLayout {
  /** Each municipality's bundle of school pages, relative to the site's root (ending in /). */
  municipalities: { name: string; bundle: string }[];
}
export const layoutFile = 'search/layout.json';

/** The folder of the `n`-th municipality's bundle (from 0, in the order their first page was written). */
export const municipalFolder = (n: number) => `pagefind-m${n + 1}`;

/**
 * The folders of the index's bundles in the built site, for a site of `searchedPages` searched pages (with municipal
 * bundles, the portal's only).
 */
export function searchBundles(searchedPages: number, municipalBundlesFrom: number): string[] {
  return searchedPages >= twoBundlesFrom && searchedPages < municipalBundlesFrom
    ? ['pagefind', 'pagefind-2']
    : ['pagefind'];
}

/** The bundle the `position`-th searched page (counted from 0, in the order they are written) goes to: in turn. */
export function bundleOf(position: number, bundles: number): number {
  return position % bundles;
}

/** Where the pages that the build writes while rendering are reported (src/build/astro-integration.ts). */
export interface WrittenPages {
  /**
   * Searched pages just written, as paths within the built site (e.g. roadmaps/x/index.html), and how many the site
   * has in all (which decides the index's bundles).
   */
  searched(files: readonly string[], total: number): void;
  /** A page written from the bytes Astro rendered, or (`false`) read back from its response. */
  written(fromRenderedBytes: boolean): void;
}

// The rendering process and Astro's configuration, which loads the integration, are different module instances,
// hence a global slot.
const slot = Symbol.for('karta.writtenPages');
type WithSlot = typeof globalThis & { [slot]?: WrittenPages };

/** Where written pages are reported during `karta build` (nowhere in other builds). */
export function writtenPagesSink(): WrittenPages | undefined {
  return (globalThis as WithSlot)[slot];
}

export function setWrittenPagesSink(sink: WrittenPages | undefined): void {
  (globalThis as WithSlot)[slot] = sink;
}

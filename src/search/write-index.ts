// The Pagefind search index of a built site: one entry per roadmap page and organisation page (their parts marked
// data-pagefind-body), whose item rows are titled anchors, so a result is a document with its matching items, each
// linking to the item's row. Filters, metadata and the sort key come from the hidden SearchData of each page
// (src/components/SearchData.astro). Russian stemming: «стажировки» finds «стажировка».
//
// Pagefind indexes in its own process. `karta build` starts it before the pages are rendered and hands it every
// searched page as soon as it is rendered, those first (src/integrations/search-index.ts), so that indexing runs on
// the second core while the other pages are being made, instead of reading the whole site again after the build.
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The pages that are searched (Astro route patterns); nothing else (calendars, lists, the glossary) is read. */
export const searchedRoutes: ReadonlySet<string> = new Set(['/roadmaps/[id]', '/organizations/[id]']);

/** What is on those pages but is not their words. */
const notIndexed = [
  '.cell-label', // the column name repeated in every cell for narrow screens
  '.dates', // the dates derived from a deadline's words (the month and quarter filters search them)
  'caption', // a table's caption repeats the heading of its section
  'thead', // column names
  '.no-print', // links to calendars and files, the timeline: not part of the document
];

export interface SearchIndex {
  /** Adds a rendered page; `url` is its address within the site (without the subfolder), e.g. /roadmaps/x/. */
  add(url: string, html: string): void;
  /** Waits for every page added, then writes the index into `siteDir/pagefind/`. */
  write(siteDir: string): Promise<void>;
  /** Ends Pagefind's process (also after a failure). */
  close(): Promise<void>;
}

export async function startSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', excludeSelectors: notIndexed });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pending: Promise<{ errors: string[] }>[] = [];
  return {
    add(url, html) {
      pending.push(index.addHTMLFile({ url, content: html }));
    },
    async write(siteDir) {
      const added = (await Promise.all(pending)).flatMap((r) => r.errors);
      if (added.length) throw new Error(`Pagefind: ${added.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    },
    close: async () => {
      await pagefind.close();
    },
  };
}

// The build and the rendered pages are different module instances (Astro bundles the pages), hence a global slot.
const slot = Symbol.for('karta.searchIndex');
type WithSlot = typeof globalThis & { [slot]?: SearchIndex };

/** The index that rendered pages go to during `karta build` (none in other builds). */
export function currentSearchIndex(): SearchIndex | undefined {
  return (globalThis as WithSlot)[slot];
}

export function setCurrentSearchIndex(index: SearchIndex | undefined): void {
  (globalThis as WithSlot)[slot] = index;
}

// The Pagefind search index of a built site: one entry per roadmap page and organisation page (their parts marked
// data-pagefind-body), whose item rows are titled anchors, so a result is a document with its matching items, each
// linking to the item's row. Filters, metadata and the sort key come from the hidden SearchData of each page
// (src/components/SearchData.astro). Russian stemming: «стажировки» finds «стажировка».
//
// Pagefind indexes in its own process, from the pages on disk. `karta build` starts it before the pages are
// rendered; Astro renders the searched pages first and hands them over in batches as they are written
// (src/integrations/search-index.ts), so that Pagefind reads them and then writes the index on the second core while
// Astro goes on rendering, instead of reading the whole site after it.
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
  /** Indexes these written pages (paths within the built site, e.g. roadmaps/x/index.html). */
  add(files: readonly string[]): void;
  /** Every searched page has been added: the index can be written. */
  allAdded(): void;
  /** Waits until the index is written into the site's `pagefind/` folder. */
  finish(): Promise<void>;
  /** Ends Pagefind's process (also after a failure). */
  close(): Promise<void>;
  /** How many pages were handed over with `add` (while rendering; the rest, if any, is read at the end). */
  handedOver(): number;
}

/** Pagefind's glob for exactly these files (its globs take {a,b} alternatives; commas and braces are escaped). */
function globOf(files: readonly string[]): string {
  const escaped = files.map((f) => f.replace(/[\\{}[\]*?,!()]/g, (c) => `\\${c}`));
  return escaped.length === 1 ? escaped[0]! : `{${escaped.join(',')}}`;
}

/** Starts Pagefind for the site being built in `siteDir`; without any `add`, `finish` indexes every searched page. */
export async function startSearchIndex(siteDir: string): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', excludeSelectors: notIndexed });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind: ${errors.join('; ')}`);
  }
  // One request after another, in the order given: Pagefind's process works through them while pages are rendered.
  let queue: Promise<void> = Promise.resolve();
  let added = false;
  let handedOver = 0;
  let written: Promise<void> | undefined;
  const then = (step: () => Promise<{ errors: string[]; page_count?: number }>, pages?: number) => {
    queue = queue.then(async () => {
      const result = await step();
      if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
      // A page that was not found would be missing from the search without an error.
      if (pages !== undefined && result.page_count !== pages) throw new Error(`Pagefind: проиндексировано страниц ${result.page_count} из ${pages}`);
    });
    queue.catch(() => {}); // reported by finish()
  };
  const allAdded = () => {
    if (written) return;
    if (!added) then(() => index.addDirectory({ path: siteDir, glob: '{roadmaps,organizations}/*/index.html' }));
    then(() => index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') }));
    written = queue;
  };
  return {
    add(files) {
      if (!files.length || written) return;
      added = true;
      handedOver += files.length;
      then(() => index.addDirectory({ path: siteDir, glob: globOf(files) }), files.length);
    },
    allAdded,
    finish() {
      allAdded();
      return written!;
    },
    close: async () => {
      await pagefind.close();
    },
    handedOver: () => handedOver,
  };
}

// `karta build` and Astro's configuration (which loads src/integrations/search-index.ts) are different module
// instances, hence a global slot.
const slot = Symbol.for('karta.searchIndex');
type WithSlot = typeof globalThis & { [slot]?: SearchIndex };

/** The index that rendered pages go to during `karta build` (none in other builds). */
export function currentSearchIndex(): SearchIndex | undefined {
  return (globalThis as WithSlot)[slot];
}

export function setCurrentSearchIndex(index: SearchIndex | undefined): void {
  (globalThis as WithSlot)[slot] = index;
}

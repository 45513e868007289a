// The Pagefind search index of a built site: one entry per roadmap page and organisation page (their parts marked
// data-pagefind-body), whose item rows are titled anchors, so a result is a document with its matching items, each
// linking to the item's row. Filters, metadata and the sort key come from the hidden SearchData of each page
// (src/components/SearchData.astro). Russian stemming: «стажировки» finds «стажировка».
//
// Pagefind indexes in its own process, from the pages on disk. `karta build` starts it before the pages are
// rendered, in another process (src/cli/render-pages.ts), which renders the searched pages first and hands them over
// in batches as they are written (src/search/searched-pages.ts): Pagefind reads them on the second core while the
// rest is rendered. It writes the index only when the rendering process has ended: writing takes Pagefind most of
// its memory, and the rendering process would add as much again.
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchedPagesGlob } from './searched-pages.ts';

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
  /** Writes the index into the site's `pagefind/` folder, once the pages added are indexed; waits until it is. */
  finish(): Promise<void>;
  /** Ends Pagefind's process (also after a failure). */
  close(): Promise<void>;
  /** How many pages were handed over with `add` (while rendering; the rest, if any, is read at the end). */
  handedOver(): number;
}

/** A path or part of one as a literal in Pagefind's globs (which take {a,b} alternatives, so commas and braces too). */
const literal = (part: string) => part.replace(/[\\{}[\]*?,!()]/g, (c) => `\\${c}`);

/**
 * Pagefind's globs for exactly these files, with how many files each is for: one per folder of folders they are
 * in, as `roadmaps/{a,b}/index.html`. Pagefind walks the site from the part of a glob before its first alternative,
 * so a batch of pages is looked for in its folder, not in the whole site (about a tenth of Pagefind's time at a
 * region's scale).
 */
export function globsOf(files: readonly string[]): { glob: string; files: number }[] {
  const groups = new Map<string, { before: string; after: string; names: string[] }>();
  for (const file of files) {
    const parts = file.split('/');
    const [before, name, after] = parts.length < 2 ? ['', file, ''] : [parts.slice(0, -2).map((p) => `${p}/`).join(''), parts.at(-2)!, `/${parts.at(-1)}`];
    const key = `${before}\0${after}`;
    const group = groups.get(key) ?? { before, after, names: [] };
    group.names.push(name);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ before, after, names }) => ({
    glob: `${literal(before)}${names.length === 1 ? literal(names[0]!) : `{${names.map(literal).join(',')}}`}${literal(after)}`,
    files: names.length,
  }));
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
  return {
    add(files) {
      if (!files.length || written) return;
      added = true;
      handedOver += files.length;
      for (const { glob, files: count } of globsOf(files)) then(() => index.addDirectory({ path: siteDir, glob }), count);
    },
    finish() {
      if (!written) {
        if (!added) then(() => index.addDirectory({ path: siteDir, glob: searchedPagesGlob }));
        then(() => index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') }));
        written = queue;
      }
      return written;
    },
    close: async () => {
      await pagefind.close();
    },
    handedOver: () => handedOver,
  };
}

// Writes the Pagefind search index of a built site from its HTML: one entry per roadmap page and organisation page
// (their parts marked data-pagefind-body), whose item rows are titled anchors, so a result is a document with its
// matching items, each linking to the item's row. Filters, metadata and the sort key come from the hidden
// SearchData of each page (src/components/SearchData.astro). Russian stemming: «стажировки» finds «стажировка».
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The pages that are searched; nothing else (calendars, lists, the glossary) is read at all. */
const searchedPages = '{roadmaps,organizations}/*/index.html';

/** What is on those pages but is not their words. */
const notIndexed = [
  '.cell-label', // the column name repeated in every cell for narrow screens
  '.dates', // the dates derived from a deadline's words (the month and quarter filters search them)
  'caption', // a table's caption repeats the heading of its section
  'thead', // column names
  '.no-print', // links to calendars and files, the timeline: not part of the document
];

/** Indexes the built site in `siteDir` and writes the index into its `pagefind/` folder. */
export async function writeSearchIndex(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', excludeSelectors: notIndexed });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: searchedPages });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

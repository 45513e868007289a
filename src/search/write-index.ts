// Writes the Pagefind search index of the site from structured records (no HTML crawling: faster, and every
// item links to its own anchor). Russian stemming: «стажировки» finds «стажировка».
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  // Fragments (the stored text of each record) are bundled into at most 1,000 files: a file per item would mean
  // tens of thousands of small files for a region.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', maxFragments: 1000 });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // All records at once: Pagefind's service takes them over one pipe, so waiting for each answer in turn
    // would leave it idle between records.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length);
    if (failed >= 0) throw new Error(`Pagefind: ${added[failed]!.errors.join('; ')} (${records[failed]!.url})`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

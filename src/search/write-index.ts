// Writes the Pagefind search index of the site from structured records (no HTML crawling: faster, and every
// item links to its own anchor). Russian stemming: «стажировки» finds «стажировка».
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')} (${record.url})`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

// Runs the importer in-process on a file, as `karta import` does, against the real content of the site.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glossaryAbbreviations } from '../../src/import/glossary-abbreviations.ts';
import { importDocument, type ImportResult } from '../../src/import/import-document.ts';
import { readDocument } from '../../src/import/read-document.ts';
import { renderReport } from '../../src/import/report.ts';
import { realContent } from './content-copy.ts';

const abbreviations = glossaryAbbreviations(realContent);

export async function importBytes(
  bytes: Uint8Array,
  fileName: string,
  owner?: string,
): Promise<{ result: ImportResult; report: string }> {
  const document = await readDocument(bytes, fileName);
  const id = 'imported-test';
  const result = importDocument(document, {
    owner,
    id,
    displayFile: `${id}.yaml`,
    contentDir: realContent,
    glossaryAbbreviations: abbreviations,
    sourceName: path.basename(fileName),
  });
  return { result, report: renderReport(result, `${id}.yaml`) };
}

export async function importFile(file: string, owner?: string) {
  return importBytes(readFileSync(file), file, owner);
}

// Reads any supported file into the common table model. The spreadsheet reader is loaded only for a spreadsheet:
// ExcelJS and its dependencies are some 800 modules, a quarter of the time `karta import` of a text or a Word file
// would otherwise take.
import path from 'node:path';
import { decodeText } from '../content-model/decode-text.ts';
import { detectFormat } from './detect-format.ts';
import type { SourceDocument } from './model.ts';
import { readCsv } from './read-csv.ts';
import { readDocx } from './read-docx.ts';
import { readOds } from './read-ods.ts';
import { readPlainText } from './read-plain-text.ts';

export async function readDocument(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const detected = detectFormat(bytes, fileName);
  const name = path.basename(fileName);
  switch (detected.format) {
    case 'docx':
      return readDocx(detected.files!);
    case 'xlsx':
      return (await import('./read-xlsx.ts')).readXlsx(detected.files!, name);
    case 'ods':
      return readOds(detected.files!);
    case 'csv':
    case 'tsv': {
      const { text, encoding } = decodeText(bytes);
      return readCsv(text, detected.format, encoding);
    }
    default: {
      const { text, encoding } = decodeText(bytes);
      return readPlainText(text, detected.format === 'markdown' ? 'markdown' : 'text', encoding);
    }
  }
}

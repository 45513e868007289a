// CSV and TSV: one table, rows and cells as written (quotes, line breaks inside quoted cells). The delimiter of a
// CSV is detected: «;» as Russian Excel writes it, «,» or a tab.
import { parse } from 'csv-parse/sync';
import { ImportError } from './import-error.ts';
import { checkRows, lineCount } from './limits.ts';
import type { SourceDocument } from './model.ts';

function detectDelimiter(text: string): string {
  const sample = text.split('\n').slice(0, 20).join('\n');
  const counts = [';', ',', '\t'].map((d) => ({ d, n: sample.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ';';
}

export function readCsv(text: string, format: 'csv' | 'tsv', encoding: string): SourceDocument {
  const rows = readCsvRecords(text, format)
    .map(({ cells, line }, r) => ({
      cells: cells.map((text, c) => ({ text: text.trim(), place: { table: 1, row: r + 1, cell: c + 1, line } })),
      place: { table: 1, row: r + 1, line },
    }))
    .filter((row) => row.cells.some((c) => c.text));
  return { format, encoding, tables: rows.length ? [{ index: 1, rows }] : [], text: [], notes: [] };
}

/**
 * Every record as written (empty ones too, so that record N is row N of the sheet the file was saved from), with
 * the line of the file it ends on.
 */
export function readCsvRecords(text: string, format: 'csv' | 'tsv'): { cells: string[]; line: number }[] {
  checkRows(`файл ${format.toUpperCase()}`, lineCount(text));
  const delimiter = format === 'tsv' ? '\t' : detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ImportError(
      `файл ${format.toUpperCase()} не читается: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
}

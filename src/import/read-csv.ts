// CSV and TSV: the text above the table, then one table, rows and cells as written (quotes, line breaks inside
// quoted cells). The delimiter of a CSV is detected: «;» as Russian Excel writes it, «,» or a tab.
import { parse } from 'csv-parse/sync';
import { ImportError } from './import-error.ts';
import { checkRows, lineCount } from './limits.ts';
import type { SourceDocument } from './model.ts';

/** Lines may end either way within one file: a title typed in one editor above a table saved from another. */
const lineEnds = ['\r\n', '\n', '\r'];

/**
 * The delimiter that reads the start of the file as the most cells in rows of one width (two cells or more): quotes
 * are honoured, so commas inside the cells of a «;» file do not count, and neither do lines of text above the table.
 */
function detectDelimiter(text: string): string {
  let best = { delimiter: ';', score: 0 };
  for (const delimiter of [';', ',', '\t']) {
    let records: string[][];
    try {
      // The first 60 lines, a cell broken over lines read whole (a cut sample would end inside one).
      records = parse(text, {
        delimiter,
        record_delimiter: lineEnds,
        to_line: 60,
        relax_column_count: true,
        relax_quotes: true,
        bom: true,
      }) as string[][];
    } catch {
      // not readable with this delimiter at all
      records = [];
    }
    const widths = new Map<number, number>();
    for (const record of records)
      if (record.length >= 2) widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
    // Delimiters between the cells of the rows of one width: a wrong delimiter that breaks quoted cells apart makes
    // more rows, but narrower ones.
    const score = Math.max(0, ...[...widths].map(([width, rows]) => rows * (width - 1)));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function readCsv(text: string, format: 'csv' | 'tsv', encoding: string): SourceDocument {
  const records = readCsvRecords(text, format).map(({ cells, line }) => ({ cells: cells.map((c) => c.trim()), line }));
  // As in a worksheet (spreadsheet-table.ts): the lines above the first with two or more filled cells are the
  // document's text — «Приложение к приказу … от … № …», «Дорожная карта …» — and the rest is its table.
  const start = records.findIndex((r) => r.cells.filter(Boolean).length >= 2);
  const above = start < 0 ? records : records.slice(0, start);
  const lines = above.flatMap(({ cells, line }) => cells.filter(Boolean).map((text) => ({ text, place: { line } })));
  const rows = (start < 0 ? [] : records.slice(start))
    .map(({ cells, line }, r) => ({
      cells: cells.map((text, c) => ({ text, place: { table: 1, row: r + 1, cell: c + 1, line } })),
      place: { table: 1, row: r + 1, line },
    }))
    .filter((row) => row.cells.some((c) => c.text));
  return { format, encoding, tables: rows.length ? [{ index: 1, rows }] : [], text: lines, notes: [] };
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
      record_delimiter: lineEnds,
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

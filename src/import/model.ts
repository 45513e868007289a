// The common table model every reader produces: tables of rows of cells, each cell with its place in the source
// (table, row and cell; and the line for text formats), plus the text outside the tables (for the title, the order's
// date and number, captions). Everything after the readers works on this model only.

/** Where something is in the source file; all numbers are 1-based. */
export interface Place {
  table?: number;
  row?: number;
  cell?: number;
  /** First line of the text file the thing comes from. */
  line?: number;
  /** A reader's own name for the place, e.g. «лист «План», ячейка C5». */
  label?: string;
}

export interface SourceCell {
  /** The cell's text; lines of the cell are separated by «\n». */
  text: string;
  place: Place;
  /** The cell is covered by a merged cell (DOCX/XLSX/ODS): its text is the merged cell's. */
  mergedFrom?: Place;
}

export interface SourceRow {
  cells: SourceCell[];
  place: Place;
  /** The row starts after a page break or a blank line (text extracted from PDF). */
  afterBreak?: boolean;
}

export interface SourceTable {
  /** 1-based number of the table in the document. */
  index: number;
  rows: SourceRow[];
  /** Text right before the table (a caption such as «План-график реализации мероприятий»). */
  caption?: { text: string; place: Place };
  /** Name of the sheet, for spreadsheets. */
  sheet?: string;
  /** Layout text (PDF text without column separators): columns were told apart by their contents. */
  layout?: boolean;
}

export interface TextLine {
  text: string;
  place: Place;
}

export type FormatName = 'docx' | 'xlsx' | 'ods' | 'csv' | 'tsv' | 'markdown' | 'text';

export interface SourceDocument {
  format: FormatName;
  /** How the text was decoded, for text formats (utf-8, windows-1251). */
  encoding?: string;
  tables: SourceTable[];
  /** Paragraphs or lines outside the tables, in document order. */
  text: TextLine[];
  /** Notes of the reader itself (merged cells spread, lines it could not place), each with its place. */
  notes: ReaderNote[];
}

export interface ReaderNote {
  kind: 'guess' | 'leftover' | 'repair';
  place: Place;
  message: string;
}

/** «таблица 2, строка 5, ячейка 3 (строка 182 файла)» — the place in words of the report. */
export function formatPlace(place: Place): string {
  if (place.label) return place.line ? `${place.label} (строка ${place.line} файла)` : place.label;
  const parts: string[] = [];
  if (place.table !== undefined) parts.push(`таблица ${place.table}`);
  if (place.row !== undefined) parts.push(`строка ${place.row}`);
  if (place.cell !== undefined) parts.push(`ячейка ${place.cell}`);
  const where = parts.join(', ');
  if (place.line !== undefined) return where ? `${where} (строка ${place.line} файла)` : `строка ${place.line} файла`;
  return where || 'начало файла';
}

export function isBlank(text: string | undefined): boolean {
  return !text?.trim();
}

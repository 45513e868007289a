// A worksheet's grid to the common model: rows above the first row with two or more filled cells are the sheet's
// text (title, order) and the title among them the table's caption, the rest is its table. Shared by the XLSX and
// ODS readers; the grids themselves are read by the report forms too (src/report-form/read-form.ts), which know where
// their cells are.
import { captionLines } from './captions.ts';
import type { Place, ReaderNote, SourceCell, SourceRow, SourceTable, TextLine } from './model.ts';

export interface GridCell {
  text: string;
  /** Address such as «C5», for the report. */
  address: string;
  /** The master cell of a merged area, when this cell is covered by it. */
  master?: { row: number; column: number };
  /** The day a date cell holds (YYYY-MM-DD), whatever format it is shown in. */
  date?: string;
  /** Where a hyperlink cell leads, when its text says something else. */
  link?: string;
}

/** One worksheet as read: its name and its rows of cells, row 1 first. */
export interface SheetGrid {
  name: string;
  grid: GridCell[][];
  /** Hidden in the workbook (in Excel also «very hidden»): often a draft or personal data, never published. */
  hidden?: boolean;
}

/** The note for a hidden sheet the import leaves out. */
export function hiddenSheetNote(name: string): ReaderNote {
  return {
    kind: 'leftover',
    place: { label: `лист «${name}»` },
    message:
      'лист скрыт в книге и не перенесён (скрытые листы часто — черновики или личные данные); ' +
      'если он нужен на сайте, покажите его в книге и запустите импорт снова',
  };
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function gridToTable(
  sheet: string,
  grid: GridCell[][],
  index: number,
): { table?: SourceTable; text: TextLine[] } {
  const label = (address: string) => `лист «${sheet}», ячейка ${address}`;
  const text: TextLine[] = [];
  let start = 0;
  while (start < grid.length && distinctFilled(grid[start] ?? []) < 2) {
    for (const cell of grid[start] ?? []) {
      if (cell.text.trim() && !cell.master)
        text.push({ text: cell.text.trim(), place: { line: start + 1, label: label(cell.address) } });
    }
    start++;
  }
  if (start >= grid.length) return { text };
  const rows: SourceRow[] = [];
  for (let r = start; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const rowNumber = rows.length + 1;
    const cells: SourceCell[] = row.map((cell, c): SourceCell => {
      const place: Place = { table: index, row: rowNumber, cell: c + 1, label: label(cell.address) };
      if (!cell.master) return { text: cell.text, place };
      const masterCell = grid[cell.master.row]?.[cell.master.column];
      const masterRow = cell.master.row - start + 1;
      return {
        text: masterCell?.text ?? '',
        place,
        mergedFrom: {
          table: index,
          row: masterRow,
          cell: cell.master.column + 1,
          label: label(masterCell?.address ?? ''),
        },
      };
    });
    rows.push({ cells, place: { table: index, row: rowNumber, label: `лист «${sheet}», строка ${r + 1}` } });
  }
  // The sheet's title above the table (one empty row between its lines at most) is the table's caption.
  const lines = captionLines(text, (upper, lower) => (lower.place.line ?? 0) - (upper.place.line ?? 0) <= 2);
  const caption = lines[0] && {
    text: lines.map((l) => l.text).join('\n'),
    place: { ...lines[0].place, table: index },
  };
  return { table: { index, rows, sheet, caption }, text: text.filter((l) => !lines.includes(l)) };
}

function distinctFilled(row: GridCell[]): number {
  return new Set(
    row.filter((c) => c.text.trim()).map((c) => (c.master ? `${c.master.row}:${c.master.column}` : c.address)),
  ).size;
}

// XLSX with exceljs: every worksheet with content is a table; merged cells are repeated into the cells they cover.
// A date cell's text is its day, YYYY-MM-DD, whatever format Excel shows it in.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { ImportError } from './import-error.ts';
import { checkRows, countOccurrences, importLimits } from './limits.ts';
import type { ReaderNote, SourceDocument, SourceTable, TextLine } from './model.ts';
import { gridToTable, hiddenSheetNote, type GridCell, type SheetGrid } from './spreadsheet-table.ts';

/** `files`: the unpacked package, within the limits (src/import/limits.ts). */
export async function readXlsx(files: Record<string, Uint8Array>, name: string): Promise<SourceDocument> {
  const tables: SourceTable[] = [];
  const text: TextLine[] = [];
  const notes: ReaderNote[] = [];
  for (const sheet of await readXlsxSheets(files, name)) {
    if (sheet.hidden) {
      notes.push(hiddenSheetNote(sheet.name));
      continue;
    }
    const read = gridToTable(sheet.name, sheet.grid, tables.length + 1);
    text.push(...read.text);
    if (read.table) tables.push(read.table);
  }
  return { format: 'xlsx', tables, text, notes };
}

/** Every worksheet with content, as a grid of cells (row 1 first), within the limits. */
export async function readXlsxSheets(files: Record<string, Uint8Array>, name: string): Promise<SheetGrid[]> {
  const sheets = Object.entries(files).filter(([part]) => /^xl\/worksheets\/[^/]+\.xml$/.test(part));
  checkRows(
    `файл «${name}»`,
    sheets.reduce((sum, [, bytes]) => sum + countOccurrences(bytes, '<row '), 0),
  );
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs unpacks the package itself, trusting no declared size: it gets the parts already unpacked within the
    // limits, packed again without compression.
    await workbook.xlsx.load(Buffer.from(zipSync(files, { level: 0 })) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(
      `файл «${name}» повреждён: таблица Excel не читается ` +
        `(${error instanceof Error ? error.message.split('\n')[0] : String(error)}); откройте и сохраните её заново`,
    );
  }
  const out: SheetGrid[] = [];
  workbook.eachSheet((sheet) => {
    const grid: GridCell[][] = [];
    const width = sheet.actualColumnCount > 0 ? Math.min(sheet.columnCount, importLimits.columns) : 0;
    for (let r = 1; r <= Math.min(sheet.rowCount, importLimits.rows); r++) {
      const row = sheet.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master =
          cell.isMerged && cell.master.address !== cell.address
            ? { row: Number(cell.master.row) - 1, column: Number(cell.master.col) - 1 }
            : undefined;
        const text = master ? '' : cellText(cell);
        const date =
          cell.value instanceof Date && !Number.isNaN(cell.value.getTime())
            ? cell.value.toISOString().slice(0, 10)
            : undefined;
        const value = cell.value as { hyperlink?: unknown } | null;
        const link =
          value && typeof value === 'object' && typeof value.hyperlink === 'string' && value.hyperlink !== text
            ? value.hyperlink
            : undefined;
        cells.push({
          text,
          address: cell.address,
          master,
          ...(date && !master ? { date } : {}),
          ...(link && !master ? { link } : {}),
        });
      }
      grid.push(cells);
    }
    while (grid.length && grid.at(-1)!.every((c) => !c.text.trim() && !c.master)) grid.pop();
    if (grid.length) out.push({ name: sheet.name, grid, ...(sheet.state !== 'visible' ? { hidden: true } : {}) });
  });
  return out;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return shownDate(value, cell.numFmt);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  if (typeof value === 'object' && 'result' in value)
    return value.result === undefined || value.result === null ? '' : String(value.result);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(cell.text ?? value);
}

/**
 * A date cell as Excel shows it, for a deadline read as written: «15.10.2024», «15 октября 2024 г.», with the
 * format's quoted words around it («"до "dd.mm.yyyy» → «до 15.10.2024»). Excel keeps only the day; the file's format
 * says how it was written.
 */
function shownDate(date: Date, numFmt = ''): string {
  // Excel's built-in short date (format 14, «mm-dd-yy» in the file) is shown in the computer's own way: in Russian,
  // «15.10.2024».
  const format = numFmt === 'mm-dd-yy' ? 'dd.mm.yyyy' : numFmt;
  const pad = (n: number) => String(n).padStart(2, '0');
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  // The format's parts: quoted words, and the codes between them.
  const parts = [...format.matchAll(/"([^"]*)"|([^"]+)/g)].map((m) => ({ words: m[1], codes: m[2] }));
  const dated = parts.map((p) => p.codes !== undefined && /[dmy]/i.test(p.codes));
  const first = dated.indexOf(true);
  const last = dated.lastIndexOf(true);
  const words = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((p) => p.words ?? '')
      .join('');
  const codes = parts
    .filter((_, i) => dated[i])
    .map((p) => p.codes)
    .join('')
    .toLowerCase();
  const shown = /mmmm/.test(codes)
    ? `${new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date)} ${year} г.`
    : `${pad(day)}.${pad(month)}.${/yyyy/.test(codes) || !/yy/.test(codes) ? year : String(year).slice(2)}`;
  return first < 0 ? shown : `${words(0, first)}${shown}${words(last + 1, parts.length)}`;
}

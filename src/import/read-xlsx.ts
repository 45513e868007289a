// XLSX with exceljs: every worksheet with content is a table; merged cells are repeated into the cells they cover.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { ImportError } from './import-error.ts';
import { checkRows, countOccurrences, importLimits } from './limits.ts';
import type { SourceDocument, SourceTable, TextLine } from './model.ts';
import { gridToTable, type GridCell } from './spreadsheet-table.ts';

/** `files`: the unpacked package, within the limits (src/import/limits.ts). */
export async function readXlsx(files: Record<string, Uint8Array>, name: string): Promise<SourceDocument> {
  const sheets = Object.entries(files).filter(([part]) => /^xl\/worksheets\/[^/]+\.xml$/.test(part));
  checkRows(`файл «${name}»`, sheets.reduce((sum, [, bytes]) => sum + countOccurrences(bytes, '<row '), 0));
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs unpacks the package itself, trusting no declared size: it gets the parts already unpacked within the
    // limits, packed again without compression.
    await workbook.xlsx.load(Buffer.from(zipSync(files, { level: 0 })) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(`файл «${name}» повреждён: таблица Excel не читается (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); откройте и сохраните её заново`);
  }
  const tables: SourceTable[] = [];
  const text: TextLine[] = [];
  workbook.eachSheet((sheet) => {
    const grid: GridCell[][] = [];
    const width = sheet.actualColumnCount > 0 ? Math.min(sheet.columnCount, importLimits.columns) : 0;
    for (let r = 1; r <= Math.min(sheet.rowCount, importLimits.rows); r++) {
      const row = sheet.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged && cell.master.address !== cell.address ? { row: Number(cell.master.row) - 1, column: Number(cell.master.col) - 1 } : undefined;
        cells.push({ text: master ? '' : cellText(cell), address: cell.address, master });
      }
      grid.push(cells);
    }
    while (grid.length && grid.at(-1)!.every((c) => !c.text.trim() && !c.master)) grid.pop();
    if (!grid.length) return;
    const read = gridToTable(sheet.name, grid, tables.length + 1);
    text.push(...read.text);
    if (read.table) tables.push(read.table);
  });
  return { format: 'xlsx', tables, text, notes: [] };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  if (typeof value === 'object' && 'result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(cell.text ?? value);
}

// A roadmap as an Excel workbook (XLSX, with exceljs): a sheet per table — the title and requisites above the plan,
// the header row frozen and repeated on printed pages, sections as rows merged across the table, text wrapped.
import ExcelJS from 'exceljs';
import type { LayoutTable, OfficeLayout } from './office-layout.ts';
import { coreDate, withZipDates } from './fixed-dates.ts';

/** Column widths in characters: № narrow, the activity wide, the rest in between. */
const widthOf = (heading: string, index: number) =>
  index === 0 ? 7 : index === 1 ? 50 : heading.length > 20 ? 30 : 22;

export async function roadmapXlsx(layout: OfficeLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Карта';
  workbook.title = layout.title;
  // Dated the day of the order, as the ZIP's entries are below (fixed-dates.ts).
  workbook.created = workbook.modified = new Date(coreDate(layout.date));
  const names = new Set<string>();
  layout.tables.forEach((spec, i) => {
    const name = sheetName(spec, i, names);
    const sheet = workbook.addWorksheet(name, {
      pageSetup: {
        orientation: layout.landscape ? 'landscape' : 'portrait',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    sheet.columns = spec.header.map((h, c) => ({ width: widthOf(h, c) }));
    // The document's own head above its first table only.
    const head: string[] = i === 0 ? [layout.title, ...layout.requisites] : [];
    if (spec.caption) head.push(spec.caption);
    for (const line of head) {
      const row = sheet.addRow([line]);
      sheet.mergeCells(row.number, 1, row.number, spec.header.length);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(1).font = { bold: line === layout.title || line === spec.caption };
    }
    const header = sheet.addRow(spec.header);
    header.font = { bold: true };
    header.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
    sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
    for (const entry of spec.rows) {
      if ('section' in entry) {
        const row = sheet.addRow([entry.section]);
        sheet.mergeCells(row.number, 1, row.number, spec.header.length);
        row.font = { bold: true };
        row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      } else {
        const row = sheet.addRow(entry.cells);
        row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
      }
    }
  });
  return withZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), layout.date);
}

function sheetName(spec: LayoutTable, index: number, taken: Set<string>): string {
  // Excel allows 31 characters and none of : \ / ? * [ ].
  let name = (spec.caption ?? `Таблица ${index + 1}`).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  while (taken.has(name)) name = `${name.slice(0, 28)} ${index + 1}`;
  taken.add(name);
  return name;
}

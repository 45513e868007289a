// Makes real office files of roadmap tables for the import tests: DOCX with the `docx` library (section rows as
// cells merged across the table, list lines as real bulleted paragraphs), XLSX with exceljs (merged section rows,
// line breaks inside cells), ODS by zipping an OpenDocument content.xml with fflate, and CSV/TSV/Markdown text; and
// any sheet as ODS or CSV the way LibreOffice and Excel save them (the report forms' tests).
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { ImportResult } from '../../src/import/import-document.ts';
import type { ItemDraft } from '../../src/import/item-fields.ts';

type RowSpec = { cells: string[] } | { section: string };
export interface TableSpec {
  caption?: string;
  header: string[];
  rows: RowSpec[];
}

/** The roadmap tables of an import, written back as tables a person would keep in Word or Excel. */
export function tablesOf(result: ImportResult): TableSpec[] {
  const specs: TableSpec[] = [];
  let next = 0;
  for (const { table } of result.body.tables) {
    const rows: RowSpec[] = [];
    for (const row of table.rows) {
      if (row.kind === 'section') {
        rows.push({ section: row.cells[0]!.text.replace(/\s+/g, ' ').trim() });
        continue;
      }
      const built = result.body.built[next];
      if (!built || built.place !== row.place) continue;
      next++;
      rows.push({
        cells: table.columns.fields.map((field, i) =>
          cellOf(built.item, field, table.columns.headings[i] ?? '', !table.columns.fields.includes('number')),
        ),
      });
    }
    specs.push({
      caption: table.caption?.text.replace(/\s+/g, ' ').trim(),
      header: table.columns.headings.map((h) => h.replace(/\s+/g, ' ').trim()),
      rows,
    });
  }
  return specs;
}

function cellOf(item: ItemDraft, field: string | undefined, heading: string, numberInTitle: boolean): string {
  switch (field) {
    case 'number':
      return item.number ?? '';
    case 'title':
      return numberInTitle && item.number ? `${item.number} ${item.title}` : item.title;
    case 'responsible':
      return (item.responsible ?? []).join(', ');
    case 'riskCodes':
      return (item.riskCodes ?? []).join(', ');
    case undefined:
      return item.extra?.[heading.replace(/\s+/g, ' ').trim()] ?? '';
    default:
      return (item[field as keyof ItemDraft] as string | undefined) ?? '';
  }
}

function paragraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((line) =>
      line.startsWith('• ')
        ? new Paragraph({ children: [new TextRun(line.slice(2))], numbering: { reference: 'bullets', level: 0 } })
        : new Paragraph({ children: [new TextRun(line)] }),
    );
}

export async function makeDocx(tables: TableSpec[], intro: string[] = []): Promise<Buffer> {
  const children: (Paragraph | Table)[] = intro.map((line) => new Paragraph({ children: [new TextRun(line)] }));
  for (const spec of tables) {
    if (spec.caption) children.push(new Paragraph({ children: [new TextRun(spec.caption)] }));
    const width = spec.header.length;
    const rows = [
      new TableRow({
        tableHeader: true,
        children: spec.header.map((h) => new TableCell({ children: [new Paragraph(h)] })),
      }),
      ...spec.rows.map((row) =>
        'section' in row
          ? new TableRow({
              children: [
                new TableCell({
                  columnSpan: width,
                  children: [new Paragraph({ children: [new TextRun({ text: row.section, bold: true })] })],
                }),
              ],
            })
          : new TableRow({ children: row.cells.map((text) => new TableCell({ children: paragraphs(text) })) }),
      ),
    ];
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph(''));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export async function makeXlsx(tables: TableSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  tables.forEach((spec, t) => {
    const sheet = workbook.addWorksheet(`Таблица ${t + 1}`);
    if (spec.caption) sheet.addRow([spec.caption]);
    sheet.addRow(spec.header);
    for (const row of spec.rows) {
      if ('section' in row) {
        const added = sheet.addRow([row.section]);
        sheet.mergeCells(added.number, 1, added.number, spec.header.length);
      } else {
        const added = sheet.addRow(row.cells);
        added.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
      }
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const emptyRowsTail =
  '<table:table-row table:number-rows-repeated="1048000">' +
  '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>';

export function makeOds(tables: TableSpec[]): Buffer {
  const cell = (text: string) =>
    `<table:table-cell office:value-type="string">${text
      .split('\n')
      .map((l) => `<text:p>${xmlEscape(l)}</text:p>`)
      .join('')}</table:table-cell>`;
  const sheets = tables.map((spec, t) => {
    const width = spec.header.length;
    const rows = [
      ...(spec.caption
        ? [
            `<table:table-row>${cell(spec.caption)}` +
              `<table:table-cell table:number-columns-repeated="${width - 1}"/></table:table-row>`,
          ]
        : []),
      `<table:table-row>${spec.header.map(cell).join('')}</table:table-row>`,
      ...spec.rows.map((row) =>
        'section' in row
          ? `<table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="${width}">` +
            `<text:p>${xmlEscape(row.section)}</text:p></table:table-cell>` +
            `<table:covered-table-cell table:number-columns-repeated="${width - 1}"/></table:table-row>`
          : `<table:table-row>${row.cells.map(cell).join('')}</table:table-row>`,
      ),
      emptyRowsTail,
    ];
    return `<table:table table:name="Таблица ${t + 1}">${rows.join('')}</table:table>`;
  });
  return odsPackage(sheets.join(''));
}

/** One table as delimited text; cells with the delimiter, quotes or line breaks are quoted. */
export function makeDelimited(spec: TableSpec, delimiter: string): string {
  const quote = (s: string) => (/[";\t,\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const width = spec.header.length;
  const lines = [
    spec.header,
    ...spec.rows.map((row) => ('section' in row ? [row.section, ...new Array<string>(width - 1).fill('')] : row.cells)),
  ];
  return `${lines.map((cells) => cells.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}

export function makeMarkdown(spec: TableSpec): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const width = spec.header.length;
  const line = (cells: string[]) => `| ${cells.map(esc).join(' | ')} |`;
  return [
    ...(spec.caption ? [`## ${spec.caption}`, ''] : []),
    line(spec.header),
    `|${' --- |'.repeat(width)}`,
    ...spec.rows.map((row) =>
      line('section' in row ? [row.section, ...new Array<string>(width - 1).fill('')] : row.cells),
    ),
    '',
  ].join('\n');
}

/** A cell of a sheet written as a person's program saves it: text, or a date cell with the text it shows. */
export type SheetValue = string | { date: string; shown: string };

/**
 * One sheet as an ODS file, as LibreOffice saves it: date cells as dates (office:date-value), hidden columns
 * collapsed, an empty tail of repeated rows.
 */
export function makeOdsSheet(name: string, rows: SheetValue[][], hiddenColumns = 0): Buffer {
  const cell = (value: SheetValue) =>
    typeof value === 'string'
      ? value === ''
        ? '<table:table-cell/>'
        : `<table:table-cell office:value-type="string">${value
            .split('\n')
            .map((l) => `<text:p>${xmlEscape(l)}</text:p>`)
            .join('')}</table:table-cell>`
      : `<table:table-cell office:value-type="date" office:date-value="${value.date}">` +
        `<text:p>${xmlEscape(value.shown)}</text:p></table:table-cell>`;
  const width = Math.max(...rows.map((r) => r.length));
  const hidden = hiddenColumns
    ? `<table:table-column table:number-columns-repeated="${hiddenColumns}" table:visibility="collapse"/>`
    : '';
  const columns = `${hidden}<table:table-column table:number-columns-repeated="${width - hiddenColumns}"/>`;
  const body = rows.map((row) => `<table:table-row>${row.map(cell).join('')}</table:table-row>`).join('');
  const sheet = `<table:table table:name="${xmlEscape(name)}">${columns}${body}${emptyRowsTail}</table:table>`;
  return odsPackage(sheet);
}

function odsPackage(sheets: string): Buffer {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content' +
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"' +
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
    `<office:body><office:spreadsheet>${sheets}</office:spreadsheet></office:body></office:document-content>`;
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    '<manifest:file-entry manifest:full-path="/"' +
    ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(content),
      'META-INF/manifest.xml': strToU8(manifest),
    }),
  );
}

/** One sheet as CSV the way Russian Excel saves «CSV UTF-8»: a BOM, «;», quotes where needed, CRLF; dates as shown. */
export function makeExcelCsv(rows: SheetValue[][]): Buffer {
  const quote = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = rows.map((row) => row.map((v) => quote(typeof v === 'string' ? v : v.shown)).join(';'));
  const text = `${lines.join('\r\n')}\r\n`;
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
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
  VerticalMergeType,
} from 'docx';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { readDocx } from './read-docx.ts';
import { readOds } from './read-ods.ts';
import { readXlsx } from './read-xlsx.ts';

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });

test('DOCX: merged cells are repeated into the cells they cover, list paragraphs keep their markers', async () => {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
        },
        {
          reference: 'numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          p('План мероприятий'),
          new Table({
            rows: [
              new TableRow({
                children: ['№', 'Мероприятие', 'Ответственные'].map((t) => new TableCell({ children: [p(t)] })),
              }),
              new TableRow({ children: [new TableCell({ columnSpan: 3, children: [p('I. Организация работы')] })] }),
              new TableRow({
                children: [
                  new TableCell({ children: [p('1.')] }),
                  new TableCell({
                    children: [
                      p('Внесение изменений в'),
                      new Paragraph({ text: 'рабочие программы;', numbering: { reference: 'bullets', level: 0 } }),
                      new Paragraph({ text: 'планы', numbering: { reference: 'bullets', level: 0 } }),
                    ],
                  }),
                  new TableCell({ verticalMerge: VerticalMergeType.RESTART, children: [p('Миронова Е.В.')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [p('2.')] }),
                  new TableCell({
                    children: [
                      new Paragraph({ text: 'первое', numbering: { reference: 'numbers', level: 0 } }),
                      new Paragraph({ text: 'второе', numbering: { reference: 'numbers', level: 0 } }),
                    ],
                  }),
                  new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [p('')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  const read = readDocx(unzipSync(new Uint8Array(await Packer.toBuffer(doc))));
  const [table] = read.tables;
  assert.ok(table);
  assert.equal(table.caption?.text, 'План мероприятий');
  const rows = table.rows.map((r) => r.cells.map((c) => c.text));
  assert.deepEqual(rows[1], ['I. Организация работы', 'I. Организация работы', 'I. Организация работы']);
  assert.deepEqual(table.rows[1]!.cells[1]!.mergedFrom, { table: 1, row: 2, cell: 1 });
  assert.deepEqual(rows[2], ['1.', 'Внесение изменений в\n• рабочие программы;\n• планы', 'Миронова Е.В.']);
  assert.deepEqual(rows[3], ['2.', '1. первое\n2. второе', 'Миронова Е.В.']);
  assert.deepEqual(table.rows[3]!.cells[2]!.mergedFrom, { table: 1, row: 3, cell: 3 });
});

test('DOCX: a «№» column numbered by Word itself (empty numbered paragraphs) is read with its numbers', async () => {
  const numbered = (level: number) =>
    new TableCell({ children: [new Paragraph({ numbering: { reference: 'items', level }, children: [] })] });
  const row = (first: TableCell, title: string) =>
    new TableRow({ children: [first, new TableCell({ children: [p(title)] })] });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Table({
            rows: [
              row(new TableCell({ children: [p('№')] }), 'Мероприятие'),
              row(numbered(0), 'Диагностика'),
              row(numbered(1), 'Входная работа'),
              row(numbered(1), 'Анализ'),
              row(numbered(0), 'Консультации'),
              row(new TableCell({ children: [p('')] }), 'Без номера'),
            ],
          }),
        ],
      },
    ],
  });
  const [table] = readDocx(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))).tables;
  assert.deepEqual(
    table!.rows.map((r) => r.cells[0]!.text),
    ['№', '1.', '1.1.', '1.2.', '2.', ''],
  );
});

test("XLSX: the rows above the table are the sheet's text, merged cells point at their master", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.addRow(['ПРИКАЗ от 06.03.2023']);
  sheet.addRow(['Дорожная карта на 2023 год']);
  sheet.addRow(['№', 'Мероприятие', 'Сроки']);
  sheet.addRow(['МУНИЦИПАЛЬНЫЙ УРОВЕНЬ']);
  sheet.mergeCells(4, 1, 4, 3);
  sheet.addRow(['1.', 'Семинар\nдля учителей', 'март']);
  const read = await readXlsx(unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer())), 'план.xlsx');
  assert.deepEqual(
    read.text.map((l) => l.text),
    ['ПРИКАЗ от 06.03.2023'],
  );
  const [table] = read.tables;
  assert.ok(table);
  assert.equal(table.caption?.text, 'Дорожная карта на 2023 год');
  assert.deepEqual(
    table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['№', 'Мероприятие', 'Сроки'],
      ['МУНИЦИПАЛЬНЫЙ УРОВЕНЬ', 'МУНИЦИПАЛЬНЫЙ УРОВЕНЬ', 'МУНИЦИПАЛЬНЫЙ УРОВЕНЬ'],
      ['1.', 'Семинар\nдля учителей', 'март'],
    ],
  );
  assert.equal(table.rows[2]!.cells[1]!.place.label, 'лист «План», ячейка B5');
});

test('XLSX: a date cell is read as Excel shows it, with the words of its format', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.addRow(['№', 'Мероприятие', 'Сроки']);
  const day = new Date(Date.UTC(2024, 9, 15));
  for (const [i, format] of ['"до "dd.mm.yyyy', 'dd.mm.yyyy', 'd mmmm yyyy', 'dd/mm/yy', ''].entries()) {
    sheet.addRow([`${i + 1}.`, 'Семинар', day]);
    if (format) sheet.getCell(i + 2, 3).numFmt = format;
  }
  const read = await readXlsx(unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer())), 'план.xlsx');
  assert.deepEqual(
    read.tables[0]!.rows.slice(1).map((r) => r.cells[2]!.text),
    ['до 15.10.2024', '15.10.2024', '15 октября 2024 г.', '15.10.24', '15.10.2024'],
  );
});

test('XLSX: an approval line right above the table is not its caption; it stays text, for the order', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.addRow(['Дорожная карта на 2025 год']);
  sheet.addRow(['Утверждена приказом от 02.09.2024 № 301']);
  sheet.addRow([]);
  sheet.addRow(['№', 'Мероприятие', 'Сроки']);
  sheet.addRow(['1.', 'Семинар', 'март']);
  const read = await readXlsx(unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer())), 'план.xlsx');
  assert.equal(read.tables[0]?.caption?.text, 'Дорожная карта на 2025 год');
  assert.deepEqual(
    read.text.map((l) => l.text),
    ['Утверждена приказом от 02.09.2024 № 301'],
  );
});

test('DOCX: a title over two paragraphs is the caption whole; a page number is no table’s caption', async () => {
  const header = () => new TableRow({ children: ['№', 'Мероприятие'].map((t) => new TableCell({ children: [p(t)] })) });
  const row = (n: string, title: string) =>
    new TableRow({ children: [n, title].map((t) => new TableCell({ children: [p(t)] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          p('УТВЕРЖДЕНА приказом от 29.08.2024 № 215-О'),
          p('Дорожная карта'),
          p('по переходу школы в эффективный режим функционирования'),
          new Table({ rows: [header(), row('1.', 'Семинар')] }),
          p('1'),
          new Table({ rows: [header(), row('2.', 'Педсовет')] }),
        ],
      },
    ],
  });
  const read = readDocx(unzipSync(new Uint8Array(await Packer.toBuffer(doc))));
  assert.equal(read.tables[0]?.caption?.text, 'Дорожная карта\nпо переходу школы в эффективный режим функционирования');
  assert.equal(read.tables[1]?.caption, undefined);
  assert.deepEqual(
    read.text.map((l) => l.text),
    ['УТВЕРЖДЕНА приказом от 29.08.2024 № 215-О', '1'],
  );
});

test('XLSX: hidden and very hidden sheets are left out, each with a note naming it', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('План').addRow(['№', 'Мероприятие', 'Сроки']);
  workbook.addWorksheet('Скрытый', { state: 'hidden' }).addRow(['Петров Б.Б.', '+7 900 000-00-00']);
  workbook.addWorksheet('Совсем скрытый', { state: 'veryHidden' }).addRow(['черновик']);
  const read = await readXlsx(unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer())), 'план.xlsx');
  assert.deepEqual(
    read.tables.map((t) => t.sheet),
    ['План'],
  );
  assert.deepEqual(
    read.notes.map((n) => [n.kind, n.place.label]),
    [
      ['leftover', 'лист «Скрытый»'],
      ['leftover', 'лист «Совсем скрытый»'],
    ],
  );
  assert.match(read.notes[0]!.message, /скрыт в книге и не перенесён/);
});

test('ODS: a sheet whose table style hides it is left out, with a note', () => {
  const sheet = (name: string, style: string) =>
    `<table:table table:name="${name}" table:style-name="${style}">` +
    ['№', 'Мероприятие', '1', 'Семинар']
      .map((text) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`)
      .reduce((rows, cell, i) => (i % 2 ? `${rows}${cell}</table:table-row>` : `${rows}<table:table-row>${cell}`), '') +
    '</table:table>';
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content' +
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"' +
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"' +
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:automatic-styles>' +
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>' +
    `</office:automatic-styles><office:body><office:spreadsheet>${sheet('План', 'ta1')}${sheet('Скрытый', 'ta2')}` +
    '</office:spreadsheet></office:body></office:document-content>';
  const read = readOds({ 'content.xml': new TextEncoder().encode(content) });
  assert.deepEqual(
    read.tables.map((t) => t.sheet),
    ['План'],
  );
  assert.deepEqual(
    read.notes.map((n) => n.place.label),
    ['лист «Скрытый»'],
  );
});

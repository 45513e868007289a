// The same tables saved as DOCX and XLSX (and ODS, CSV in Windows-1251, TSV, Markdown) import to the same items as
// the source text, and so match the hand-made roadmaps as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expectedItems, importedItems, matchItems } from './support/import-compare.ts';
import { importBytes, importFile } from './support/import-run.ts';
import { projectRoot } from './support/content-copy.ts';
import { seeds } from './support/import-seeds.ts';
import { makeDelimited, makeDocx, makeMarkdown, makeOds, makeXlsx, tablesOf } from './support/office-files.ts';

for (const seed of seeds) {
  test(`${seed.roadmap}: the tables saved as DOCX and XLSX import to the same items as the text`, async () => {
    const { result } = await importFile(path.join(projectRoot, 'sources', seed.file), seed.owner);
    const fromText = importedItems(result.body);
    const tables = tablesOf(result);

    const docx = await importBytes(
      await makeDocx(tables, ['ПРИКАЗ', 'от 06.03.2023', '№ 681']),
      'дорожная-карта.docx',
      seed.owner,
    );
    assert.equal(docx.result.document.format, 'docx');
    assert.deepEqual(importedItems(docx.result.body), fromText);

    const xlsx = await importBytes(await makeXlsx(tables), 'дорожная-карта.xlsx', seed.owner);
    assert.equal(xlsx.result.document.format, 'xlsx');
    assert.deepEqual(importedItems(xlsx.result.body), fromText);

    const expected = expectedItems(seed.roadmap);
    for (const imported of [docx, xlsx]) {
      const { matched } = matchItems(expected, importedItems(imported.result.body));
      assert.ok(
        matched.length / expected.length >= 0.95,
        `${imported.result.document.format}: ${matched.length} of ${expected.length}`,
      );
    }
  });
}

const belorechensk = seeds.find((s) => s.roadmap === 'belorechensk-2023-2024')!;

test('ODS, CSV in Windows-1251 and in UTF-8, TSV and Markdown import to the same items', async () => {
  const { result } = await importFile(path.join(projectRoot, 'sources', belorechensk.file), belorechensk.owner);
  const fromText = importedItems(result.body);
  const [table] = tablesOf(result);
  assert.ok(table);

  const ods = await importBytes(makeOds([table]), 'карта.ods', belorechensk.owner);
  assert.equal(ods.result.document.format, 'ods');
  assert.deepEqual(importedItems(ods.result.body), fromText);

  const cp1251 = await importBytes(
    iconv.encode(makeDelimited(table, ';'), 'windows-1251'),
    'карта.csv',
    belorechensk.owner,
  );
  assert.equal(cp1251.result.document.encoding, 'Windows-1251');
  assert.deepEqual(importedItems(cp1251.result.body), fromText);
  assert.match(cp1251.report, /кодировка Windows-1251/);

  const utf8 = await importBytes(Buffer.from(makeDelimited(table, ','), 'utf8'), 'карта.csv', belorechensk.owner);
  assert.equal(utf8.result.document.encoding, 'UTF-8');
  assert.deepEqual(importedItems(utf8.result.body), fromText);

  const tsv = await importBytes(
    iconv.encode(makeDelimited(table, '\t'), 'windows-1251'),
    'карта.tsv',
    belorechensk.owner,
  );
  assert.deepEqual(importedItems(tsv.result.body), fromText);

  const md = await importBytes(Buffer.from(makeMarkdown(table), 'utf8'), 'карта.md', belorechensk.owner);
  assert.equal(md.result.document.format, 'markdown');
  assert.deepEqual(importedItems(md.result.body), fromText);
});

test('the lines above a CSV table are its text, as above a sheet: the title and order come from them', async () => {
  const { result } = await importFile(path.join(projectRoot, 'sources', belorechensk.file), belorechensk.owner);
  const [table] = tablesOf(result);
  assert.ok(table);
  const above = [
    'Приложение к приказу управления образования от 15.01.2025 № 3-од',
    'Дорожная карта по повышению качества образования (пример) на 2025 год',
    '',
  ].join('\n');
  const csv = await importBytes(
    Buffer.from(`${above}\n${makeDelimited(table, ';')}`, 'utf8'),
    'карта.csv',
    belorechensk.owner,
  );
  assert.deepEqual(importedItems(csv.result.body), importedItems(result.body));
  const { data } = csv.result.roadmap;
  assert.equal(data.title, 'Дорожная карта по повышению качества образования (пример) на 2025 год');
  assert.equal(data.order.date, '2025-01-15');
  assert.equal(data.order.number, '3-од');
  assert.doesNotMatch(csv.report, /над шапкой таблицы/);
});

test('a Word table a page break split goes on in the section it was in; a table with a title is a part', async () => {
  const header = ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственные'];
  const item = (n: string, title: string) => ({ cells: [n, title, 'март 2025 г.', 'Директор'] });
  const first = {
    caption: 'Дорожная карта МБОУ «Школа № 0» на 2025 год',
    header,
    rows: [{ section: '1. Работа с педагогами' }, item('1.1.', 'Семинар'), item('1.2.', 'Педсовет')],
  };
  // The rest after the page break: the same header repeated, no title of its own.
  const rest = {
    header,
    rows: [item('1.3.', 'Открытые уроки'), { section: '2. Работа с родителями' }, item('2.1.', 'Собрание')],
  };
  const split = await importBytes(await makeDocx([first, rest]), 'карта.docx');
  const sections = split.result.roadmap.data.sections;
  assert.deepEqual(
    sections.map((s) => [s.title, (s.items ?? []).map((i) => i.number)]),
    [
      ['Работа с педагогами', ['1.1.', '1.2.', '1.3.']],
      ['Работа с родителями', ['2.1.']],
    ],
  );
  assert.match(split.report, /таблица 2, строка 1: повтор шапки таблицы \(после разрыва страницы\) пропущен/);

  // A second table under the same header but with a title of its own is a part of the roadmap of its own.
  const titled = { caption: 'Мероприятия второго полугодия', header, rows: [item('1.', 'Олимпиада')] };
  const parts = await importBytes(await makeDocx([first, titled]), 'карта.docx');
  assert.deepEqual(
    parts.result.roadmap.data.sections.map((s) => s.title),
    ['Дорожная карта МБОУ «Школа № 0» на 2025 год', 'Мероприятия второго полугодия'],
  );
});

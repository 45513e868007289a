import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceRow, SourceTable } from './model.ts';
import { readRoadmapTable } from './table-rows.ts';

function table(rows: (string[] | { cells: string[]; afterBreak: boolean })[]): SourceTable {
  return {
    index: 1,
    rows: rows.map((row, r): SourceRow => {
      const cells = Array.isArray(row) ? row : row.cells;
      return {
        cells: cells.map((text, c) => ({ text, place: { table: 1, row: r + 1, cell: c + 1, line: r + 10 } })),
        place: { table: 1, row: r + 1, line: r + 10 },
        afterBreak: Array.isArray(row) ? undefined : row.afterBreak,
      };
    }),
  };
}

const header = ['№', 'Наименование мероприятия', 'Форма', 'Сроки', 'Ответственные'];

test('repeated header and column numbering rows are dropped and reported', () => {
  const read = readRoadmapTable(
    table([
      header,
      ['1', '2', '3', '4', '5'],
      ['1', 'Семинар', 'вебинар', 'март', 'ЦРО'],
      header,
      ['2', 'Форум', 'форум', 'май', 'УО'],
    ]),
  );
  assert.ok(read);
  assert.deepEqual(
    read.rows.map((r) => r.cells[1]?.text),
    ['Семинар', 'Форум'],
  );
  assert.deepEqual(
    read.notes.filter((n) => n.kind === 'dropped').map((n) => n.place.row),
    [2, 4],
  );
});

test('a totals row under the table is dropped, a section that only begins like it is not', () => {
  const read = readRoadmapTable(
    table([
      header,
      ['1', 'Семинар', 'вебинар', 'март', 'ЦРО'],
      ['Всего мероприятий по плану', '', '', '', ''],
      ['2', 'Форум', 'форум', 'май', 'УО'],
      ['Итого: 2 мероприятия', 'Итого: 2 мероприятия', '', '', ''],
    ]),
  );
  assert.ok(read);
  assert.deepEqual(
    read.rows.map((r) => [r.kind, r.cells[0]?.text]),
    [
      ['item', '1'],
      ['section', 'Всего мероприятий по плану'],
      ['item', '2'],
    ],
  );
  assert.deepEqual(
    read.notes.filter((n) => n.kind === 'dropped').map((n) => [n.place.row, n.message]),
    [[5, 'строка итогов («Итого: 2 мероприятия») пропущена']],
  );
});

test('a row cut by a page break is joined to the row before; an unnumbered full row stays an item', () => {
  const read = readRoadmapTable(
    table([
      header,
      ['1', 'Мониторинг показателей:', 'мониторинг', 'февраль', 'МОИМП КК'],
      { cells: ['', '<p>доля обучающихся с ОВЗ;</p>', '', '', 'ЦОКО'], afterBreak: true },
      { cells: ['', 'Организация работы пунктов', 'план мероприятий', 'по плану работы', ''], afterBreak: true },
    ]),
  );
  assert.ok(read);
  assert.equal(read.rows.length, 2);
  assert.equal(read.rows[0]!.cells[1]!.text, 'Мониторинг показателей:\n<p>доля обучающихся с ОВЗ;</p>');
  assert.equal(read.rows[0]!.cells[4]!.continuation?.text, 'ЦОКО');
  assert.equal(read.rows[1]!.cells[1]!.text, 'Организация работы пунктов');
  assert.ok(read.notes.some((n) => n.kind === 'repair' && n.place.row === 3));
});

test('stray empty cells are dropped; extra filled cells are merged and reported as a guess', () => {
  const read = readRoadmapTable(
    table([
      header,
      ['18', 'Адресные рекомендации', 'письмо', '', '', '', 'ИРО КК'],
      ['13', 'Мониторинг', 'приказ мониторинга', 'о письмо', 'проведении', 'февраль', 'ЦОКО'],
    ]),
  );
  assert.ok(read);
  assert.deepEqual(
    read.rows[0]!.cells.map((c) => c.text),
    ['18', 'Адресные рекомендации', 'письмо', '', 'ИРО КК'],
  );
  assert.deepEqual(
    read.rows[1]!.cells.map((c) => c.text),
    ['13', 'Мониторинг', 'приказ мониторинга о письмо проведении', 'февраль', 'ЦОКО'],
  );
  assert.ok(read.notes.some((n) => n.kind === 'guess' && n.place.row === 3));
});

test('rows with one filled cell are sections; a table without a roadmap header is not read', () => {
  const read = readRoadmapTable(
    table([
      header,
      ['МУНИЦИПАЛЬНЫЙ УРОВЕНЬ', '', '', '', ''],
      ['', 'I. Мероприятия по профилактике', '', '', ''],
      ['1', 'Семинар', 'вебинар', 'март', 'ЦРО'],
    ]),
  );
  assert.deepEqual(
    read?.rows.map((r) => r.kind),
    ['section', 'section', 'item'],
  );
  assert.equal(
    readRoadmapTable(
      table([
        ['ФИО', 'Должность'],
        ['Иванова И.И.', 'учитель'],
      ]),
    ),
    undefined,
  );
});

test('«1.» in the number column with a title merged across the row is a numbered section', () => {
  const source = table([
    header,
    ['1.', 'Организационные мероприятия', '', '', ''],
    ['1.1.', 'Совещание', 'совещание', 'май', 'директор'],
  ]);
  // The title's cell spans the columns after it (Word, Excel): their copies point at it.
  const merged = source.rows[1]!;
  for (const cell of merged.cells.slice(2)) {
    cell.text = 'Организационные мероприятия';
    cell.mergedFrom = merged.cells[1]!.place;
  }
  const read = readRoadmapTable(source);
  assert.ok(read);
  assert.deepEqual(
    read.rows.map((r) => [r.kind, r.cells[0]?.text]),
    [
      ['section', '1. Организационные мероприятия'],
      ['item', '1.1.'],
    ],
  );
});

test('a numbered row with only a title, before rows numbered on from it, is a section; alone it is an item', () => {
  const read = readRoadmapTable(
    table([
      header,
      ['1.', 'Организационные мероприятия', '', '', ''],
      ['1.1.', 'Совещание', 'совещание', 'май', 'директор'],
      ['1.2.', 'Педсовет', '', 'июнь', 'директор'],
      ['2.', 'Консультации для родителей', '', '', ''],
      ['3.', 'Итоговый отчёт', '', 'май', 'директор'],
    ]),
  );
  assert.ok(read);
  assert.deepEqual(
    read.rows.map((r) => [r.kind, r.cells[0]?.text]),
    [
      ['section', '1. Организационные мероприятия'],
      ['item', '1.1.'],
      ['item', '1.2.'],
      ['item', '2.'],
      ['item', '3.'],
    ],
  );
  assert.match(read.notes.find((n) => n.kind === 'guess')!.message, /заголовок раздела/);
});

test('a title row merged across the table above its header is the caption, an approval row is not', () => {
  const titled = (title: string) => {
    const source = table([[title, '', '', '', ''], header, ['1', 'Семинар', 'вебинар', 'март', 'ЦРО']]);
    // Word and Excel repeat a merged cell's text into the cells it covers, pointing at it.
    for (const cell of source.rows[0]!.cells.slice(1)) {
      cell.text = title;
      cell.mergedFrom = source.rows[0]!.cells[0]!.place;
    }
    return readRoadmapTable(source);
  };
  const read = titled('План мероприятий дорожной карты на 2025 год');
  assert.equal(read?.caption?.text, 'План мероприятий дорожной карты на 2025 год');
  assert.deepEqual(read?.notes, []);
  const stamped = titled('Приложение 1 к приказу от 30.08.2024 № 188');
  assert.equal(stamped?.caption, undefined);
  assert.deepEqual(
    stamped?.notes.map((n) => n.kind),
    ['leftover'],
  );
});

test('a table with a title of its own keeps its first row, even in small letters, as its first item', () => {
  const before = readRoadmapTable(table([header, ['1.', 'Семинар', 'очно', 'март', 'Директор']]));
  assert.ok(before);
  const next = (caption?: string): SourceTable => ({
    ...table([header, ['', 'олимпиада по математике', 'очно', 'апрель', 'Учитель математики']]),
    index: 2,
    ...(caption ? { caption: { text: caption, place: { line: 30 } } } : {}),
  });
  const titled = readRoadmapTable(next('Мероприятия второго полугодия'), before);
  assert.deepEqual(
    titled?.rows.map((r) => r.cells[1]?.text),
    ['олимпиада по математике'],
  );
  assert.equal(before.rows[0]?.cells[1]?.text, 'Семинар');
  // Without a title, under the same header: the rest of the table a page break cut, joined to its last item.
  const rest = readRoadmapTable(next(), before);
  assert.deepEqual(rest?.rows, []);
  assert.equal(before.rows[0]?.cells[1]?.text, 'Семинар\nолимпиада по математике');
});

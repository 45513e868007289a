import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv } from './read-csv.ts';
import { lineCount } from './limits.ts';

const header = '№;Мероприятие;Сроки;Ответственные';
/** A row as Russian Excel saves it: «;» between cells, a cell with commas and a line break in quotes. */
const row = (n: number) => `${n}.;"Семинар, для учителей\nвторая строка";март 2025;"Иванова И.И., Петрова П.П."`;

test('the lines above a CSV table are text; the table starts at the first row of two cells or more', () => {
  const text = ['Приложение к приказу от 15.01.2025 № 3-од', 'Дорожная карта (пример)', '', header, row(1)].join('\n');
  const document = readCsv(text, 'csv', 'UTF-8');
  assert.deepEqual(
    document.text.map((line) => [line.text, line.place.line]),
    [
      ['Приложение к приказу от 15.01.2025 № 3-од', 1],
      ['Дорожная карта (пример)', 2],
    ],
  );
  const [table] = document.tables;
  assert.deepEqual(table?.rows[0]?.cells[1]?.text, 'Мероприятие');
  assert.deepEqual(table?.rows[1]?.cells[3]?.text, 'Иванова И.И., Петрова П.П.');
});

test('«;» is found past commas in quoted cells, also where line 60 falls inside a cell broken over lines', () => {
  for (const rows of [5, 29, 30, 100]) {
    const text = [header, ...Array.from({ length: rows }, (_, i) => row(i + 1))].join('\r\n');
    const [table] = readCsv(text, 'csv', 'UTF-8').tables;
    assert.equal(table?.rows.length, rows + 1, `${rows} rows`);
    assert.deepEqual(
      table?.rows.at(-1)?.cells.map((c) => c.text),
      [`${rows}.`, 'Семинар, для учителей\nвторая строка', 'март 2025', 'Иванова И.И., Петрова П.П.'],
    );
  }
  const commas = readCsv('Мероприятие,Сроки\n"Семинар; практикум",март 2025\n', 'csv', 'UTF-8').tables[0];
  assert.deepEqual(
    commas?.rows[1]?.cells.map((c) => c.text),
    ['Семинар; практикум', 'март 2025'],
  );
});

test('lines are counted however they end, for the limit on rows', () => {
  assert.equal(lineCount('a\r\nb\nc\rd'), 4);
  assert.equal(lineCount('a\rb\rc'), 3);
  assert.equal(lineCount(''), 1);
});

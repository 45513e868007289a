import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleRoadmapBody } from './assemble-roadmap-body.ts';
import type { SourceTable } from './model.ts';
import { readRoadmapTable } from './table-rows.ts';
import { buildVocabulary } from './vocabulary.ts';

function source(rows: string[][]): SourceTable {
  return {
    index: 1,
    rows: rows.map((cells, r) => ({
      cells: cells.map((text, c) => ({ text, place: { table: 1, row: r + 1, cell: c + 1 } })),
      place: { table: 1, row: r + 1 },
    })),
  };
}

const assemble = (rows: string[][]) => {
  const table = readRoadmapTable(source(rows));
  assert.ok(table);
  return assembleRoadmapBody([table], buildVocabulary([], []));
};
const guesses = (rows: string[][]) => assemble(rows).notes.filter((n) => n.kind === 'guess');

test('a table without a «№» column: one note says its items have no numbers, not one per item', () => {
  const notes = guesses([
    ['Мероприятие', 'Сроки', 'Ответственные'],
    ['Семинар для учителей', 'март 2025 г.', 'Директор'],
    ['Педагогический совет', 'апрель 2025 г.', 'Директор'],
    ['Родительское собрание', 'май 2025 г.', 'Классные руководители'],
  ]);
  assert.deepEqual(
    notes.map((n) => [n.place.row, n.message.split(';')[0]]),
    [[1, 'в таблице нет столбца «№», у пунктов (3) нет номеров']],
  );
});

test('an item without a number among numbered ones is a guess of its own', () => {
  const notes = guesses([
    ['№', 'Мероприятие', 'Сроки'],
    ['1.', 'Семинар для учителей', 'март 2025 г.'],
    ['', 'Педагогический совет', 'апрель 2025 г.'],
  ]);
  assert.deepEqual(
    notes.map((n) => [n.place.row, n.message.split(';')[0]]),
    [[3, 'пункт без номера: «Педагогический совет»']],
  );
  // Without a «№» column, numbers at the start of the activity count: the one without stands out.
  const inTitles = guesses([
    ['Мероприятие', 'Сроки'],
    ['1. Семинар для учителей', 'март 2025 г.'],
    ['Педагогический совет', 'апрель 2025 г.'],
  ]);
  assert.deepEqual(
    inTitles.map((n) => n.place.row),
    [3],
  );
});

const sheet = (index: number, name: string, caption: string | undefined, rows: string[][]) => {
  const table = readRoadmapTable({ ...source(rows), index, sheet: name });
  assert.ok(table);
  return caption ? { ...table, caption: { text: caption, place: { table: index, row: 1 } } } : table;
};
const rowsOf = (titles: string[]) => [['№', 'Мероприятие', 'Сроки'], ...titles.map((t, i) => [`${i + 1}`, t, 'май'])];

test('sheets of one roadmap under the same title or none: each part is named by its sheet', () => {
  const title = 'Дорожная карта МБОУ «Школа-пример № 1» на 2024–2025 учебный год';
  const vocabulary = buildVocabulary([], []);
  const body = assembleRoadmapBody(
    [sheet(1, 'I полугодие', title, rowsOf(['Диагностика'])), sheet(2, 'II полугодие', title, rowsOf(['Пробный ОГЭ']))],
    vocabulary,
  );
  assert.deepEqual(
    body.sections.map((s) => [s.title, s.items?.[0]?.title]),
    [
      ['I полугодие', 'Диагностика'],
      ['II полугодие', 'Пробный ОГЭ'],
    ],
  );
  assert.deepEqual(
    body.notes.filter((n) => n.kind === 'guess').map((n) => /по имени листа — «([^»]+)»/.exec(n.message)?.[1]),
    ['I полугодие', 'II полугодие'],
  );
  const untitled = assembleRoadmapBody(
    [sheet(1, 'Осень', undefined, rowsOf(['Диагностика'])), sheet(2, 'Весна', undefined, rowsOf(['Пробный ОГЭ']))],
    vocabulary,
  );
  assert.deepEqual(
    untitled.sections.map((s) => s.title),
    ['Осень', 'Весна'],
  );
  // Items before a section of the sheet belong to the part itself, not to a section of the same name under it.
  const withSection = assembleRoadmapBody(
    [
      sheet(1, 'I полугодие', title, [...rowsOf(['Диагностика']), ['', 'Работа с родителями', '']]),
      sheet(2, 'II полугодие', title, rowsOf(['Пробный ОГЭ'])),
    ],
    vocabulary,
  );
  assert.deepEqual(
    withSection.sections.map((s) => [s.title, s.items?.map((i) => i.title), s.sections?.map((t) => t.title)]),
    [
      ['I полугодие', ['Диагностика'], ['Работа с родителями']],
      ['II полугодие', ['Пробный ОГЭ'], undefined],
    ],
  );
  // A sheet's own title stays; a sheet named by the program («Лист2») names nothing.
  const own = assembleRoadmapBody(
    [sheet(1, 'I полугодие', 'План на осень', rowsOf(['Диагностика'])), sheet(2, 'Лист2', title, rowsOf(['ОГЭ']))],
    vocabulary,
  );
  assert.deepEqual(
    own.sections.map((s) => s.title),
    ['План на осень', title],
  );
});

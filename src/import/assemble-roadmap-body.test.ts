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

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noRoadmapTableMessage, skippedTableSummary } from './header-message.ts';
import type { SourceTable } from './model.ts';

function table(index: number, rows: string[][]): SourceTable {
  return {
    index,
    rows: rows.map((cells, r) => ({
      cells: cells.map((text, c) => ({ text, place: { table: index, row: r + 1, cell: c + 1 } })),
      place: { table: index, row: r + 1 },
    })),
  };
}

test('a file without a roadmap header: the message lists the headings seen and says how to rename them', () => {
  const message = noRoadmapTableMessage('план.docx', [
    table(1, [
      ['План работы на год', '', '', ''],
      ['№', 'Направления\nдеятельности', 'Когда', 'Кто отвечает'],
      ['1', 'Семинар', 'март', 'Котова А.Б.'],
    ]),
  ]);
  assert.match(message, /^в файле «план\.docx» нет таблицы мероприятий/);
  assert.ok(
    message.includes(
      'таблица 1, строка 2: «№», «Направления деятельности», «Когда», «Кто отвечает»; ' + 'нет столбца мероприятия',
    ),
    message,
  );
  assert.match(message, /узнаны: «№» — номер/);
  assert.match(message, /Переименуйте заголовки столбцов[\s\S]*«Мероприятие»[\s\S]*«Сроки», «Ответственные»/);
});

test('a wide table or many tables: the message stays short', () => {
  const long = 'Очень длинный заголовок столбца, который никто не узнает никогда';
  const wide = table(1, [Array.from({ length: 12 }, (_, i) => `Столбец ${i + 1}`)]);
  const others = [2, 3, 4, 5].map((n) => table(n, [[long, 'Примечание']]));
  const message = noRoadmapTableMessage('таблицы.docx', [wide, ...others]);
  assert.match(message, /«Столбец 8» и ещё 4; нет столбца мероприятия \(не узнан ни один заголовок\)/);
  assert.doesNotMatch(message, /Столбец 9/);
  assert.match(message, /«Очень длинный заголовок столбца…», «Примечание»/);
  assert.match(message, /и ещё таблиц: 2/);
});

test('a table left out is one line of the report: where, how many rows, why', () => {
  const signatures = {
    ...table(2, [
      ['Должность', 'ФИО', 'Подпись'],
      ['Директор', 'Котова А.Б.', ''],
    ]),
    caption: { text: 'Лист\nсогласования', place: { line: 9 } },
  };
  assert.equal(
    skippedTableSummary(signatures),
    'таблица 2 «Лист согласования» (2 строки) не перенесена: это не таблица мероприятий — заголовки ' +
      '(таблица 2, строка 1): «Должность», «ФИО», «Подпись»; нет столбца мероприятия (не узнан ни один заголовок)',
  );
  assert.match(skippedTableSummary({ ...signatures, sheet: 'Подписи' }), /^лист «Подписи» \(таблица 2, 2 строки\)/);
});

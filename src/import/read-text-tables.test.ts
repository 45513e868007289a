import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdownTables } from './read-markdown-tables.ts';
import { readPlainText } from './read-plain-text.ts';
import { readTabTables } from './read-tab-text.ts';

test('tab tables, one row per line, with a page break marked', () => {
  const [block] = readTabTables(['№\tМероприятие\tСроки', '1.\tСеминар\tмарт', '', '2.\tФорум\tмай']);
  assert.ok(block);
  assert.deepEqual(
    block.table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['№', 'Мероприятие', 'Сроки'],
      ['1.', 'Семинар', 'март'],
      ['2.', 'Форум', 'май'],
    ],
  );
  assert.equal(block.table.rows[2]!.afterBreak, true);
  assert.equal(block.table.rows[1]!.cells[1]!.place.line, 2);
});

test('tab tables, one cell per line: cells with their further lines, rows apart by blank lines', () => {
  const lines = [
    'Контрольные точки',
    '',
    '\t№',
    '\tКонтрольная точка',
    '\tОтветственный',
    '\tСроки',
    '',
    '\t1',
    '\tАнализ паспортов',
    '\tУрянская Т.В.',
    '',
    'Быстрицкая Л.А.',
    '\tМай',
    '',
    '\t2',
    '\tМониторинг',
    '\t',
    '\tИюнь',
  ];
  const blocks = readTabTables(lines);
  assert.equal(blocks.length, 1);
  const rows = blocks[0]!.table.rows.map((r) => r.cells.map((c) => c.text));
  assert.deepEqual(rows, [
    ['№', 'Контрольная точка', 'Ответственный', 'Сроки'],
    ['1', 'Анализ паспортов', 'Урянская Т.В.\nБыстрицкая Л.А.', 'Май'],
    ['2', 'Мониторинг', '', 'Июнь'],
  ]);
});

test('Markdown pipe tables, with cells broken over lines', () => {
  const [block] = readMarkdownTables([
    '| № | Мероприятие |',
    '|---|---|',
    '| 1 | «Школа',
    'руководителя» |',
    '| 2 | Форум \\| встреча |',
  ]);
  assert.ok(block);
  assert.deepEqual(
    block.table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['№', 'Мероприятие'],
      ['1', '«Школа\nруководителя»'],
      ['2', 'Форум | встреча'],
    ],
  );
});

test('plain text: the caption above a table and the text around it', () => {
  const doc = readPlainText(
    'ПРИКАЗ\nот 06.03.2023\n\nПлан-график мероприятий\n' +
      '№\tМероприятие\tСроки\n1.\tСеминар\tмарт\n\nНачальник управления',
    'text',
  );
  assert.equal(doc.tables.length, 1);
  assert.equal(doc.tables[0]!.caption?.text, 'План-график мероприятий');
  assert.deepEqual(
    doc.text.map((l) => l.text),
    ['ПРИКАЗ', 'от 06.03.2023', 'Начальник управления'],
  );
});

test('plain text: an approval line between the title and the table stays text; the title is the caption', () => {
  const doc = readPlainText(
    'Дорожная карта\nпо повышению качества образования\nУтверждена приказом от 30.08.2024 № 245\n\n' +
      '№\tМероприятие\tСроки\n1.\tСеминар\tмарт\n',
    'text',
  );
  assert.equal(doc.tables[0]?.caption?.text, 'Дорожная карта\nпо повышению качества образования');
  assert.deepEqual(
    doc.text.map((l) => l.text),
    ['Утверждена приказом от 30.08.2024 № 245'],
  );
});

test('plain text with its columns kept in place: a deadline and a responsible side by side stay apart', () => {
  const doc = readPlainText(
    [
      '              Дорожная карта на 2025 год',
      '',
      ' №    Мероприятие                      Сроки              Ответственные',
      ' 1.   Пробный экзамен по математике    декабрь 2024 г.    Учитель математики',
      ' 2.   Родительское собрание            январь 2025 г.     Классный руководитель',
      '',
      '                                 1',
    ].join('\n'),
    'text',
  );
  assert.equal(doc.tables[0]?.caption?.text, 'Дорожная карта на 2025 год');
  assert.deepEqual(
    doc.tables[0]?.rows.slice(1).map((r) => r.cells.slice(1).map((c) => c.text)),
    [
      ['Пробный экзамен по математике', 'декабрь 2024 г.', 'Учитель математики'],
      ['Родительское собрание', 'январь 2025 г.', 'Классный руководитель'],
    ],
  );
});

test('a line of whitespace with a tab does not make a text laid out with spaces a tab table', () => {
  const lines = [
    ' №    Мероприятие              Сроки            Ответственные',
    ' 1.   Анализ результатов ВПР   сентябрь 2024    Иванова А.А.',
    ' 2.   Педагогический совет     октябрь 2024     Петров Б.Б.',
    '\t',
    ' 3.   Методический семинар     ноябрь 2024      Сидорова В.В.',
    '\t\t   \t',
  ];
  assert.deepEqual(readTabTables(lines), []);
  const doc = readPlainText(lines.join('\n'), 'text');
  assert.equal(doc.tables.length, 1);
  assert.deepEqual(
    doc.tables[0]!.rows.map((r) => r.cells[1]?.text),
    ['Мероприятие', 'Анализ результатов ВПР', 'Педагогический совет', 'Методический семинар'],
  );
});

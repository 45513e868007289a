import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAlignedTable } from './read-aligned-text.ts';

// As pdftotext -layout writes a roadmap over two pages: the header repeated, page numbers under the activities.
const pages = [
  ' № п/п   Наименование мероприятия              Сроки               Ответственные',
  '',
  ' I. Организационные мероприятия',
  ' 1.      Анализ результатов ВПР                сентябрь 2024 г.    Заместитель директора',
  '                                                                   по УВР',
  ' 2.      Консультации для обучающихся          еженедельно         Учителя-предметники',
  '         группы риска',
  '',
  '                                        1',
  '\f № п/п   Наименование мероприятия              Сроки               Ответственные',
  '         (по графику)',
  ' 3.      Пробный экзамен по математике         декабрь 2024 г.     Учитель математики',
  '',
  '                                        2',
];

test('text with its columns kept in place: each piece goes to the column it stands under', () => {
  const block = readAlignedTable(pages);
  assert.ok(block);
  assert.deepEqual(
    block.table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['№ п/п', 'Наименование мероприятия', 'Сроки', 'Ответственные'],
      ['I. Организационные мероприятия'],
      ['1.', 'Анализ результатов ВПР', 'сентябрь 2024 г.', 'Заместитель директора\nпо УВР'],
      ['2.', 'Консультации для обучающихся\nгруппы риска\n(по графику)', 'еженедельно', 'Учителя-предметники'],
      ['3.', 'Пробный экзамен по математике', 'декабрь 2024 г.', 'Учитель математики'],
    ],
  );
  assert.deepEqual(
    block.notes.map((n) => [n.place.line, n.message]),
    [
      [9, 'номер страницы «1» пропущен'],
      [10, 'повтор шапки таблицы после разрыва страницы пропущен'],
      [11, 'строка, разорванная разрывом страницы, присоединена к предыдущей (строка 6 файла)'],
      [14, 'номер страницы «2» пропущен'],
    ],
  );
});

test('cells that nearly touch are cut where a column starts; text not kept to its columns is left alone', () => {
  const touching = readAlignedTable([
    '№   Мероприятие            Сроки        Ответственные',
    '1.  Семинар для учителей   март 2025 г. Директор школы',
  ]);
  assert.deepEqual(
    touching?.table.rows[1]?.cells.map((c) => c.text),
    ['1.', 'Семинар для учителей', 'март 2025 г.', 'Директор школы'],
  );
  // Pieces that start nowhere near a heading: another layout, for the reader by contents.
  const scattered = readAlignedTable([
    '№   Мероприятие            Сроки        Ответственные',
    '1.     Семинар   для      учителей    март    2025 г.',
    '         Директор   школы',
  ]);
  assert.equal(scattered, undefined);
});

test('a header written over two or three lines: the pieces of each column are its heading', () => {
  const twoLines = [
    ' №     Наименование               Сроки              Ответственные',
    ' п/п   мероприятия                выполнения         лица',
    ' 1.    Анализ результатов ВПР     сентябрь 2024 г.   Заместитель директора',
    ' 2.    Консультации для           еженедельно        Учителя-предметники',
    '       обучающихся группы риска',
    '\f №     Наименование               Сроки              Ответственные',
    ' п/п   мероприятия                выполнения         лица',
    ' 3.    Пробный экзамен            декабрь 2024 г.    Учитель математики',
  ];
  const block = readAlignedTable(twoLines);
  assert.ok(block);
  assert.deepEqual(
    block.table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['№\nп/п', 'Наименование\nмероприятия', 'Сроки\nвыполнения', 'Ответственные\nлица'],
      ['1.', 'Анализ результатов ВПР', 'сентябрь 2024 г.', 'Заместитель директора'],
      ['2.', 'Консультации для\nобучающихся группы риска', 'еженедельно', 'Учителя-предметники'],
      ['3.', 'Пробный экзамен', 'декабрь 2024 г.', 'Учитель математики'],
    ],
  );
  assert.deepEqual(
    block.notes.map((n) => [n.place.line, n.message]),
    [[6, 'повтор шапки таблицы после разрыва страницы пропущен']],
  );
  // Three lines, the «№» in the middle one, a title above that is not part of the header.
  const threeLines = readAlignedTable([
    '                   ДОРОЖНАЯ КАРТА ШКОЛЫ',
    '        Наименование                           Ответственные',
    ' № п/п  мероприятия          Сроки             исполнители',
    '        (содержание работы)',
    ' 1.     Семинар для учителей март 2025 г.      Директор школы',
  ]);
  assert.deepEqual(
    threeLines?.table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['№ п/п', 'Наименование\nмероприятия\n(содержание работы)', 'Сроки', 'Ответственные\nисполнители'],
      ['1.', 'Семинар для учителей', 'март 2025 г.', 'Директор школы'],
    ],
  );
  assert.equal(threeLines?.startLine, 1);
  // Lines whose pieces do not line up are no header: left to the reader by contents.
  const crooked = readAlignedTable([
    ' №     Наименование               Сроки              Ответственные',
    '   п/п     мероприятия        выполнения                лица',
    ' 1.    Анализ результатов ВПР     сентябрь 2024 г.   Заместитель директора',
  ]);
  assert.equal(crooked, undefined);
});

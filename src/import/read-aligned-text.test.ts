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

test('items numbered past 999 or with a parenthesis («4)») are items of their own', () => {
  const rows = Array.from({ length: 1001 }, (_, k) => ` ${`${k + 1}.`.padEnd(6)} Заседание кафедры ${k + 1}`);
  const long = readAlignedTable([' №      Мероприятие               Сроки       Ответственные', ...rows]);
  assert.equal(long?.table.rows.length, 1002);
  assert.deepEqual(
    long?.table.rows.slice(1000).map((r) => r.cells.map((c) => c.text)),
    [
      ['1000.', 'Заседание кафедры 1000', '', ''],
      ['1001.', 'Заседание кафедры 1001', '', ''],
    ],
  );
  const parenthesis = readAlignedTable([
    ' №    Мероприятие              Сроки          Ответственные',
    ' 3.   Курсы для учителей       в течение года  Громова Е.Е.',
    ' 4)   Взаимопосещение уроков   ежемесячно      Завуч',
    ' 5    Семинар                  ноябрь          Сидоров В.В.',
  ]);
  assert.deepEqual(
    parenthesis?.table.rows.slice(1).map((r) => r.cells[0]?.text),
    ['3.', '4)', '5'],
  );
});

test('a page number in words or between dashes is dropped, not glued onto an item', () => {
  const block = readAlignedTable([
    ' №    Мероприятие              Сроки          Ответственные',
    ' 1.   Курсы для учителей       в течение года  Громова Е.Е.',
    '                                  Страница 2 из 3',
    ' 2.   Взаимопосещение уроков   ежемесячно      Завуч',
    '                                  стр. 3',
    ' 3.   Семинар                  ноябрь          Сидоров В.В.',
    '                                  - 4 -',
  ]);
  assert.deepEqual(
    block?.table.rows.slice(1).map((r) => r.cells[1]?.text),
    ['Курсы для учителей', 'Взаимопосещение уроков', 'Семинар'],
  );
  assert.deepEqual(
    block?.notes.map((n) => [n.place.line, n.message]),
    [
      [3, 'номер страницы «Страница 2 из 3» пропущен'],
      [5, 'номер страницы «стр. 3» пропущен'],
      [7, 'номер страницы «- 4 -» пропущен'],
    ],
  );
});

test('a numbered section centred over the table is a section, not a line of the item above', () => {
  const block = readAlignedTable([
    ' №     Мероприятие                            Срок                Ответственный',
    '                              1. Организационный блок',
    ' 1.    Анализ результатов ВПР                 сентябрь 2024 г.    Лаврова А.А.',
    '                              2. Работа с педагогами',
    ' 2.    Курсы повышения квалификации           в течение года      Петров Б.Б.',
    '       2. по математике',
  ]);
  assert.deepEqual(
    block?.table.rows.slice(1).map((r) => r.cells.map((c) => c.text)),
    [
      ['1. Организационный блок'],
      ['1.', 'Анализ результатов ВПР', 'сентябрь 2024 г.', 'Лаврова А.А.'],
      ['2. Работа с педагогами'],
      ['2.', 'Курсы повышения квалификации\n2. по математике', 'в течение года', 'Петров Б.Б.'],
    ],
  );
});

test('lines that start with «№» but hold no number heading are passed over, however many there are', () => {
  const noise = Array.from({ length: 50 }, () => `№ x  ${'ы  '.repeat(30)}`);
  const block = readAlignedTable([
    ...noise,
    ' №    Мероприятие    Сроки     Ответственные',
    ' 1.   Семинар        ноябрь    Завуч',
  ]);
  assert.equal(block?.startLine, 50);
});

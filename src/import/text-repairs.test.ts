import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  joinLines,
  repairBrokenSurname,
  repairBrokenWords,
  repairCellText,
  repairHtmlLists,
  repairInitials,
  repairLetterSpacing,
  repairZeroOO,
  removeInvisible,
} from './text-repairs.ts';
import type { SourceDocument } from './model.ts';
import { buildVocabulary } from './vocabulary.ts';

const vocabulary = buildVocabulary(
  [
    'образования образования работе работе учителей-предметников приказываю ' +
      'ОБРАЗОВАТЕЛЬНЫХ образовательных результатов результатов',
  ],
  ['ВСОКО', 'УОН', 'ОО'],
);

test('«0 0» and «00» standing for «ОО» are mended, numbers are not', () => {
  assert.equal(repairZeroOO('параллели, 0 0').text, 'параллели, ОО');
  assert.equal(repairZeroOO('процесса 00 на основе').text, 'процесса ОО на основе');
  assert.equal(repairZeroOO('в 2000 году, 100 человек').text, 'в 2000 году, 100 человек');
  assert.equal(repairZeroOO('параллели, 0 0').repairs.length, 1);
});

test('spaced-out letters are joined into a known abbreviation or a word of the document', () => {
  assert.equal(repairLetterSpacing('в с о к о', vocabulary).text, 'ВСОКО');
  assert.equal(repairLetterSpacing('приказ У ОН', vocabulary).text, 'приказ УОН');
  assert.equal(repairLetterSpacing('п р и к а з ы в а ю', vocabulary).text, 'приказываю');
  assert.equal(repairLetterSpacing('о б р азо в ан и я', vocabulary).text, 'образования');
  assert.equal(repairLetterSpacing('у нас в О и Я', vocabulary).text, 'у нас в О и Я');
});

test('a word cut apart is joined only into a word the document uses', () => {
  assert.equal(repairBrokenWords('ОБРАЗОВА ТЕЛЬНЫХ РЕЗУЛЬ ТА ТОВ', vocabulary).text, 'ОБРАЗОВАТЕЛЬНЫХ РЕЗУЛЬТАТОВ');
  assert.equal(repairBrokenWords('успешных практик и иных', vocabulary).text, 'успешных практик и иных');
});

test('names: a cut-off capital and spaced initials', () => {
  assert.equal(repairBrokenSurname('У глава Я.М.').text, 'Углава Я.М.');
  assert.equal(repairInitials('Миронова Е.В, Шорохова Я. В.').text, 'Миронова Е.В, Шорохова Я.В.');
  assert.equal(repairInitials('Иванова\u00a0А.\u00a0А.').text, 'Иванова А.А.');
  assert.equal(repairCellText('Иванова\u00a0А. А.', vocabulary, { names: true }).text, 'Иванова А.А.');
});

test('HTML list fragments become lines', () => {
  const repaired = repairHtmlLists(
    'Внесение изменений в <ul style="x"> <li>• рабочие программы;</li> <li>программу УУД</li> </ul>',
  );
  assert.equal(repaired.text, 'Внесение изменений в\n• рабочие программы;\n• программу УУД');
  assert.equal(repairHtmlLists('<p>доля ОВЗ;</p> <p>доля других</p>').text, 'доля ОВЗ;\nдоля других');
});

test('lines of a cell: hyphenation mended where the whole word is known, compounds and ranges kept', () => {
  assert.equal(joinLines(['о ра-', 'боте'], vocabulary).text, 'о работе');
  assert.equal(joinLines(['для учителей-', 'предметников'], vocabulary).text, 'для учителей-предметников');
  assert.equal(joinLines(['Февраль-', 'Апрель 2023'], vocabulary).text, 'Февраль- Апрель 2023');
  assert.equal(
    joinLines(['по направлениям:', '- работа с обучающимися'], vocabulary).text,
    'по направлениям:\n- работа с обучающимися',
  );
  assert.equal(repairCellText('январь -  апрель ', vocabulary).text, 'январь - апрель');
});

test('a word hyphenated over several lines is found whole', () => {
  assert.equal(joinLines(['о р', 'а-', 'боте'], vocabulary).text, 'о р а-боте');
  const withPrefix = buildVocabulary(['работе рабо'], []);
  assert.equal(joinLines(['о ра-', 'бо-', 'те'], withPrefix).text, 'о работе');
  assert.equal(joinLines(['о ра-', 'бо-', 'те'], vocabulary).text, 'о ра-бо-те');
  assert.equal(joinLines(['о работ-', 'е'], vocabulary).text, 'о работе');
  assert.equal(joinLines(['учителей-', 'пред-', 'метников'], vocabulary).text, 'учителей-пред-метников');
});

test('a cell of many lines is joined at once', () => {
  // Looking the hyphen up in the whole text for each line took minutes here.
  const lines = [...Array.from({ length: 40_000 }, () => 'работа в школе'), 'о ра-', 'боте'];
  const joined = joinLines(lines, vocabulary);
  assert.equal(joined.text.length, 40_000 * 15 + 'о работе'.length);
  assert.ok(joined.text.endsWith(' о работе'));
  assert.equal(joinLines(['а'.repeat(100_000), 'б'], vocabulary).text.length, 100_002);
});

test('invisible and direction-changing characters are taken out of every text, with one note', () => {
  const document: SourceDocument = {
    format: 'csv',
    tables: [
      {
        index: 1,
        caption: { text: 'План\u200b', place: { line: 1 } },
        rows: [
          {
            place: { table: 1, row: 1 },
            cells: [
              { text: 'Анализ', place: { table: 1, row: 1, cell: 1 } },
              { text: '\u202eвонавИ\u202c', place: { table: 1, row: 1, cell: 2 } },
            ],
          },
          {
            place: { table: 1, row: 2 },
            cells: [
              { text: '\u200fСидоров\u2066\u2069\u200e\u200d\u200c\ufeff В.В.', place: { table: 1, row: 2, cell: 1 } },
            ],
          },
        ],
      },
    ],
    text: [{ text: 'Приказ\u2067', place: { line: 9 } }],
    notes: [],
  };
  const note = removeInvisible(document);
  const cells = document.tables[0]!.rows.flatMap((r) => r.cells.map((c) => c.text));
  assert.deepEqual(cells, ['Анализ', 'вонавИ', 'Сидоров В.В.']);
  assert.equal(document.tables[0]!.caption!.text, 'План');
  assert.equal(document.text[0]!.text, 'Приказ');
  assert.deepEqual(note?.place, { line: 1 });
  assert.match(note?.message ?? '', /: 11, первый \(U\+200B\)/);
  assert.equal(removeInvisible(document), undefined);
});

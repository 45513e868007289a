import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLayoutTables, splitTitleAndForm } from './read-layout-text.ts';

const sample = [
  '№',
  'п/п',
  '',
  'Наименование мероприятия Форма реализации ',
  'мероприятий',
  '',
  'Сроки выполнения Ответственные лица',
  '',
  'МУНИЦИПАЛЬНЫЙ УРОВЕНЬ',
  'I. МЕРОПРИЯТИЯ, НАПРАВЛЕННЫЕ НА ОРГАНИЗАЦИЮ РАБОТЫ',
  '',
  '1. Разработка и утверждение муниципальной ',
  'дорожной карты в ШНОР',
  '',
  'приказ У ОН до 30 января 2023 г. Лукашова И.Б., ',
  'Миронова Е.В.',
  '',
  '2. Эффективность работы МНЦ мониторинг август 2023 г. Миронова Е.В.',
  '3. Организация мастер-классов для ',
  'учителей-предметников',
  '',
  'мастер-классы не реже одного раза ',
  'в четверть',
  '',
  'Церекидзе В.Г.',
  '',
  'Начальник управления О.Н. Медведева',
];

test('a table laid out without separators: columns told apart by what the pieces are', () => {
  const [block] = readLayoutTables(sample);
  assert.ok(block);
  const rows = block.table.rows.map((r) => r.cells.map((c) => c.text.replace(/\s+/g, ' ')));
  assert.deepEqual(rows[0], [
    '№ п/п',
    'Наименование мероприятия',
    'Форма реализации мероприятий',
    'Сроки выполнения',
    'Ответственные лица',
  ]);
  assert.deepEqual(rows[1], ['МУНИЦИПАЛЬНЫЙ УРОВЕНЬ']);
  assert.deepEqual(rows[2], ['I. МЕРОПРИЯТИЯ, НАПРАВЛЕННЫЕ НА ОРГАНИЗАЦИЮ РАБОТЫ']);
  assert.deepEqual(rows[3], [
    '1.',
    'Разработка и утверждение муниципальной дорожной карты в ШНОР',
    'приказ У ОН',
    'до 30 января 2023 г.',
    'Лукашова И.Б., Миронова Е.В.',
  ]);
  assert.deepEqual(rows[4], ['2.', 'Эффективность работы МНЦ', 'мониторинг', 'август 2023 г.', 'Миронова Е.В.']);
  assert.deepEqual(rows[5], [
    '3.',
    'Организация мастер-классов для учителей-предметников',
    'мастер-классы',
    'не реже одного раза в четверть',
    'Церекидзе В.Г.',
  ]);
  assert.equal(block.endLine, sample.length - 2, 'the signature ends the table');
  assert.ok(block.notes.some((n) => n.kind === 'guess' && /одной строке/.test(n.message)));
});

test('the activity and the form on one line: by the column width, a known form, or the case of the words', () => {
  assert.deepEqual(splitTitleAndForm('Реализация проекта адресной поддержки ежеквартальный отчет', 40, new Set()), {
    title: 'Реализация проекта адресной поддержки',
    form: 'ежеквартальный отчет',
    how: 'width',
  });
  assert.deepEqual(splitTitleAndForm('Эффективность работы центра мониторинг', 40, new Set(['мониторинг'])), {
    title: 'Эффективность работы центра',
    form: 'мониторинг',
    how: 'known-form',
  });
  assert.deepEqual(splitTitleAndForm('Эффективность работы МНЦ мониторинг', 40, new Set()), {
    title: 'Эффективность работы МНЦ',
    form: 'мониторинг',
    how: 'case',
  });
  assert.deepEqual(splitTitleAndForm('Эффективность работы', 40, new Set()), { title: 'Эффективность работы' });
});

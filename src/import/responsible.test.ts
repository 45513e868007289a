import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readResponsible, splitResponsible } from './responsible.ts';
import { buildVocabulary } from './vocabulary.ts';

const vocabulary = buildVocabulary([], ['ЦОКО', 'ИРО КК', 'МОН и МП КК', 'МОИМП КК', 'УО', 'ТМС', 'ОО', 'ЦРО', 'КК']);
const split = (text: string) => splitResponsible(text, vocabulary);

test('people and bodies listed in one cell are separate entries', () => {
  assert.deepEqual(split('Лукашова И.Б., \nСапелкина Л.В.,\nМиронова Е.В.'), [
    'Лукашова И.Б.',
    'Сапелкина Л.В.',
    'Миронова Е.В.',
  ]);
  assert.deepEqual(split('Ловенецкая И.В. Руководители ОО'), ['Ловенецкая И.В.', 'Руководители ОО']);
  assert.deepEqual(split('Церекидзе В.Г. Козлова Д.Д.'), ['Церекидзе В.Г.', 'Козлова Д.Д.']);
  assert.deepEqual(split('Миронова Е.В, \nШорохова Я.В.'), ['Миронова Е.В', 'Шорохова Я.В.']);
  assert.deepEqual(split('УО, ЦРО, директор МБОУ СОШ № 2'), ['УО', 'ЦРО', 'директор МБОУ СОШ № 2']);
  assert.deepEqual(split('Руководители ОО,\nпедагогические\nработники'), [
    'Руководители ОО',
    'педагогические работники',
  ]);
});

test('known abbreviations written one after another are split', () => {
  assert.deepEqual(split('МОИМП КК ИРО КК ЦОКО'), ['МОИМП КК', 'ИРО КК', 'ЦОКО']);
  assert.deepEqual(split('ЦОКО МОН и МП КК ИРО КК'), ['ЦОКО', 'МОН и МП КК', 'ИРО КК']);
});

test('what belongs together stays one entry', () => {
  assert.deepEqual(split('Рогозин А.С., директор МБОУ СОШ №25 пос. Новоульяновского'), [
    'Рогозин А.С., директор МБОУ СОШ №25 пос. Новоульяновского',
  ]);
  assert.deepEqual(split('руководство, педагогические работники ОО'), ['руководство, педагогические работники ОО']);
  assert.deepEqual(split('руководители ТМС, ШНОР'), ['руководители ТМС, ШНОР']);
  assert.deepEqual(split('Руководители ОО \n(участники проекта \n«500+» 2022 года)'), [
    'Руководители ОО (участники проекта «500+» 2022 года)',
  ]);
  assert.deepEqual(split('4 управленческие команды школ-участников проекта (СОШ №18, №19, №25, №28)'), [
    '4 управленческие команды школ-участников проекта (СОШ №18, №19, №25, №28)',
  ]);
  assert.deepEqual(split('Углава Я.М.\n(по согласованию)'), ['Углава Я.М. (по согласованию)']);
  // A person and their position, whatever the position: one entry each.
  assert.deepEqual(split('Соколова И.Н., педагог-психолог; Орлова М.А., социальный педагог'), [
    'Соколова И.Н., педагог-психолог',
    'Орлова М.А., социальный педагог',
  ]);
  assert.deepEqual(split('Иванов П.С., ответственный за сайт'), ['Иванов П.С., ответственный за сайт']);
  assert.deepEqual(split('Петрова А.А., учитель-логопед, Сидоров Б.Б., классный руководитель 9 «А»'), [
    'Петрова А.А., учитель-логопед',
    'Сидоров Б.Б., классный руководитель 9 «А»',
  ]);
});

test('a position above the name of who holds it, on two lines of one cell, is one entry', () => {
  assert.deepEqual(split('Заместитель директора по УВР\nКотова А.Б.'), ['Заместитель директора по УВР Котова А.Б.']);
  assert.deepEqual(split('Руководитель методического совета\nЛебедев В.Г.'), [
    'Руководитель методического совета Лебедев В.Г.',
  ]);
  assert.deepEqual(split('Заместитель директора\nпо УВР\nКотова А.Б.\nЛебедев В.Г.'), [
    'Заместитель директора по УВР Котова А.Б.',
    'Лебедев В.Г.',
  ]);
  assert.deepEqual(split('Завуч\nКотова А.Б.'), ['Завуч Котова А.Б.']);
  // Two positions, or people one under another, stay apart.
  assert.deepEqual(split('Директор\nЗаместитель директора по УВР'), ['Директор', 'Заместитель директора по УВР']);
  assert.deepEqual(split('Учителя-предметники\nКотова А.Б.'), ['Учителя-предметники', 'Котова А.Б.']);
  assert.deepEqual(split('Директор Котова А.Б.\nЛебедев В.Г.'), ['Директор Котова А.Б.', 'Лебедев В.Г.']);
});

test('a comma inside a list of numbers does not split: «Классные руководители 9, 11 классов» is one entry', () => {
  assert.deepEqual(split('Классные руководители 9, 11 классов'), ['Классные руководители 9, 11 классов']);
  assert.deepEqual(split('Учителя-предметники 5, 6, 7 классов;\nЛукашова И.Б.'), [
    'Учителя-предметники 5, 6, 7 классов',
    'Лукашова И.Б.',
  ]);
});

test('a split at a comma between parts that are not names of people nor known bodies is reported as a guess', () => {
  const read = (text: string) => readResponsible(text, vocabulary);
  assert.deepEqual(read('Руководители ОО, педагогические работники'), {
    entries: ['Руководители ОО', 'педагогические работники'],
    guessed: [['Руководители ОО', 'педагогические работники']],
  });
  assert.deepEqual(read('Лукашова И.Б., Сапелкина Л.В.').guessed, [], 'people: no guess');
  assert.deepEqual(read('ЦОКО, ИРО КК').guessed, [], 'known bodies: no guess');
  assert.deepEqual(read('Рогозин А.С., директор МБОУ СОШ №25').guessed, [], 'one entry: nothing split');
  assert.deepEqual(read('Классные руководители 9, 11 классов').guessed, []);
});

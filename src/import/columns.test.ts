import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  extraKey,
  headerShortfall,
  isRoadmapHeader,
  mapColumns,
  mayBeNumberHeading,
  normalizeHeading,
  recognizeHeading,
} from './columns.ts';

test('headings are recognised whatever their case, spacing, line breaks and hyphenation', () => {
  assert.equal(recognizeHeading('№\nп/п'), 'number');
  assert.equal(recognizeHeading('НАИМЕНОВАНИЕ  МЕРОПРИЯТИЯ'), 'title');
  assert.equal(recognizeHeading('Форма реали-\nзации мероприятий'), 'form');
  assert.equal(recognizeHeading('Сроки выполнения:'), 'deadline');
  assert.equal(recognizeHeading('Дата проведения'), 'deadline');
  assert.equal(recognizeHeading('Ответственные\nлица'), 'responsible');
  assert.equal(recognizeHeading('Контрольная точка'), 'title');
  assert.equal(recognizeHeading('Код параметра'), 'riskCodes');
  assert.equal(recognizeHeading('Контингент'), 'audience');
  assert.equal(recognizeHeading('Место проведения'), 'venue');
  assert.equal(recognizeHeading('Показатель реализации'), 'result');
  assert.equal(recognizeHeading('Информационное сопровождение мероприятий'), 'reports');
  assert.equal(recognizeHeading('Формы отчетных документов'), 'reports');
  assert.equal(recognizeHeading('Примечание'), undefined);
  assert.equal(normalizeHeading('  Сроки   выполнения. '), 'сроки выполнения');
});

test('a roadmap header needs the activity and another known column, each once', () => {
  assert.ok(isRoadmapHeader(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Примечание']));
  assert.ok(!isRoadmapHeader(['№ п/п', 'ФИО специалиста', 'Место работы, должность', 'Ответственный за направление']));
  assert.ok(!isRoadmapHeader(['Мероприятие']));
  assert.ok(!isRoadmapHeader(['Мероприятие', 'Сроки', 'Сроки']));
  assert.ok(
    !isRoadmapHeader([
      'Мероприятие',
      'Проведение анализа паспортов качества и успеваемости обучающихся общеобразовательных организаций',
    ]),
  );
});

test('what keeps headings from being a roadmap header is said in words', () => {
  assert.equal(headerShortfall(['№', 'Мероприятие', 'Сроки']), undefined);
  assert.equal(headerShortfall(['№', 'Когда', 'Кто']), 'нет столбца мероприятия');
  assert.equal(headerShortfall(['Мероприятие', 'Примечание']), 'кроме мероприятия, нет ни одного известного столбца');
  assert.equal(
    headerShortfall(['Мероприятие', 'Сроки', 'Срок\nвыполнения']),
    'столбцы «Сроки» и «Срок выполнения» означают одно и то же (срок)',
  );
  assert.equal(
    headerShortfall(['Мероприятие', 'Сроки', 'Итог', 'Кто', 'Примечание']),
    'незнакомых столбцов больше, чем узнанных',
  );
});

test('an unknown column keeps its heading as the extra key', () => {
  assert.equal(extraKey('Приме-\nчание  (отметка)'), 'Примечание (отметка)');
});

test('headings worded otherwise in other schools’ roadmaps are known by their first words', () => {
  const cases: [string, string | undefined][] = [
    ['Форма представления результата', 'form'],
    ['Форма представления результатов', 'form'],
    ['Форма отчета', 'reports'],
    ['Ответственный за выполнение', 'responsible'],
    ['Ответственные за выполнение', 'responsible'],
    ['ФИО ответственного', 'responsible'],
    ['Сроки реализации мероприятия', 'deadline'],
    ['Содержание деятельности', 'title'],
    ['Содержание мероприятий', 'title'],
    ['Перечень мероприятий', 'title'],
    ['Показатели', 'result'],
    ['Планируемые результаты', 'result'],
    // Still unknown: kept in extra.
    ['Отметка о выполнении', undefined],
    ['Примечание', undefined],
    ['Задача', undefined],
  ];
  for (const [heading, field] of cases) assert.equal(recognizeHeading(heading), field, heading);
  assert.ok(
    isRoadmapHeader(['№ п/п', 'Содержание деятельности', 'Сроки реализации мероприятия', 'ФИО ответственного']),
  );
});

test('a heading known by its first words gives way to a column of the list with the same field', () => {
  const headings = ['№', 'Мероприятие', 'Сроки', 'Планируемый результат', 'Показатели'];
  assert.ok(isRoadmapHeader(headings));
  assert.deepEqual(mapColumns(headings).fields, ['number', 'title', 'deadline', 'result', undefined]);
  assert.deepEqual(mapColumns(['Мероприятие', 'Показатели']).fields, ['title', 'result']);
});

test('headings of other roadmaps: activities by direction, indicators, target groups', () => {
  const cases: [string, string | undefined][] = [
    ['Направления деятельности / мероприятия', 'title'],
    ['Направления деятельности/\nмероприятия', 'title'],
    ['Индикаторы', 'result'],
    ['Индикатор выполнения', 'result'],
    ['Целевые показатели', 'result'],
    ['Показатели / индикаторы', 'result'],
    ['Целевая группа', 'audience'],
    ['Целевые группы', 'audience'],
    ['Участники мероприятия', 'audience'],
    // Two names of different fields: neither, the column is kept whole in extra.
    ['Сроки / ответственные', undefined],
    ['Направления деятельности', undefined],
  ];
  for (const [heading, field] of cases) assert.equal(recognizeHeading(heading), field, heading);
  const headings = ['№', 'Направления деятельности / мероприятия', 'Целевая группа', 'Сроки', 'Индикаторы'];
  assert.deepEqual(mapColumns(headings).fields, ['number', 'title', 'audience', 'deadline', 'result']);
  // Beside an expected result of the list, the indicators stay a column of their own.
  const both = ['Мероприятие', 'Сроки', 'Ожидаемый результат', 'Целевые показатели'];
  assert.ok(isRoadmapHeader(both));
  assert.deepEqual(mapColumns(both).fields, ['title', 'deadline', 'result', undefined]);
});

test('a piece of text may be part of a number heading only when a heading of the list holds it', () => {
  assert.equal(mayBeNumberHeading('№'), true);
  assert.equal(mayBeNumberHeading('№ п/п'), true);
  assert.equal(mayBeNumberHeading('№п/п'), true);
  assert.equal(mayBeNumberHeading('№ x'), false);
  assert.equal(mayBeNumberHeading('№ Мероприятие'), false);
});

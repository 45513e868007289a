import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline } from '../deadlines/deadline.ts';
import { labelsText, occurrenceLabels, windowLabel } from './format.ts';

const period = { start: '2023-01-01', end: '2023-12-31' };
const shown = (text: string) => labelsText(occurrenceLabels(parseDeadline(text, period).occurrences));

test('a day, a month, a span of months, a span of days: text and datetime', () => {
  assert.deepStrictEqual(windowLabel({ start: '2023-01-30', end: '2023-01-30' }), [
    { datetime: '2023-01-30', text: '30.01.2023' },
  ]);
  assert.deepStrictEqual(windowLabel({ start: '2023-03-01', end: '2023-03-31' }), [
    { datetime: '2023-03', text: 'март 2023' },
  ]);
  assert.deepStrictEqual(windowLabel({ start: '2023-01-01', end: '2023-04-30' }), [
    { datetime: '2023-01', text: 'январь' },
    { datetime: '2023-04', text: 'апрель 2023' },
  ]);
  assert.deepStrictEqual(windowLabel({ start: '2023-11-01', end: '2024-02-29' }), [
    { datetime: '2023-11', text: 'ноябрь 2023' },
    { datetime: '2024-02', text: 'февраль 2024' },
  ]);
  assert.deepStrictEqual(windowLabel({ start: '2023-09-01', end: '2023-10-15' }), [
    { datetime: '2023-09-01', text: '01.09.2023' },
    { datetime: '2023-10-15', text: '15.10.2023' },
  ]);
});

test('seed phrases as shown beside their words; long series are shortened with a gap', () => {
  assert.equal(shown('до 30 января 2023 г.'), '30.01.2023');
  assert.equal(shown('февраль, июнь 2023 г.'), 'февраль 2023, июнь 2023');
  assert.equal(shown('в течение года'), 'январь — декабрь 2023');
  // Four windows are shown whole: «…» would stand for one window and save nothing.
  assert.equal(
    shown('ежеквартально'),
    'январь — март 2023, апрель — июнь 2023, июль — сентябрь 2023, октябрь — декабрь 2023',
  );
  assert.equal(shown('февраль, март, апрель, май 2023'), 'февраль 2023, март 2023, апрель 2023, май 2023');
  assert.equal(shown('февраль, март, апрель, май, июнь 2023'), 'февраль 2023, март 2023, …, июнь 2023');
  assert.equal(shown('ежемесячно'), 'январь 2023, февраль 2023, …, декабрь 2023');
  assert.equal(shown('по отдельному графику'), '');
  assert.equal(
    labelsText(occurrenceLabels(parseDeadline('ежемесячно', period).occurrences, 1)),
    'январь 2023, …, декабрь 2023',
  );
});

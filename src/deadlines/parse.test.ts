// The deadline parser beyond the seed phrases: the issue's own examples, what must not matter (case, «г.»/«года»,
// dashes, spaces, trailing dots), phrases it must refuse, and the academic calendar per region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { academicCalendarFor, defaultAcademicCalendar, resolveAcademicCalendar } from './academic-calendar.ts';
import { parseDeadline } from './deadline.ts';
import type { Deadline, Period } from './types.ts';

const year2023: Period = { start: '2023-01-01', end: '2023-12-31' };
const twoYears: Period = { start: '2023-01-01', end: '2024-12-31' };
const schoolYear: Period = { start: '2023-09-01', end: '2024-08-31' };

const withoutText = ({ text: _text, ...rest }: Deadline) => rest;

test('a numeric date «01.12.2023»', () => {
  assert.deepStrictEqual(parseDeadline('01.12.2023', year2023), {
    text: '01.12.2023',
    kind: 'date',
    understood: true,
    parts: [{ from: { year: 2023, month: 12, day: 1 } }],
    occurrences: [{ start: '2023-12-01', end: '2023-12-01' }],
  });
});

test('«с 1 сентября по 15 октября»: a range of days, every academic year of the period', () => {
  const parsed = parseDeadline('с 1 сентября по 15 октября', year2023);
  assert.equal(parsed.kind, 'range');
  assert.deepStrictEqual(parsed.parts, [{ from: { month: 9, day: 1 }, to: { month: 10, day: 15 } }]);
  assert.deepStrictEqual(parsed.occurrences, [{ start: '2023-09-01', end: '2023-10-15' }]);
  assert.deepStrictEqual(parseDeadline('с 1 сентября по 15 октября', twoYears).occurrences, [
    { start: '2023-09-01', end: '2023-10-15' },
    { start: '2024-09-01', end: '2024-10-15' },
  ]);
});

test('«в течение учебного года»: the school years inside the period, summer excluded', () => {
  const parsed = parseDeadline('в течение учебного года', year2023);
  assert.deepStrictEqual([parsed.kind, parsed.scope], ['period', 'school-year']);
  assert.deepStrictEqual(parsed.occurrences, [
    { start: '2023-01-01', end: '2023-05-31' },
    { start: '2023-09-01', end: '2023-12-31' },
  ]);
  assert.deepStrictEqual(parseDeadline('в течение учебного года', schoolYear).occurrences, [{ start: '2023-09-01', end: '2024-05-31' }]);
});

test('a month without a year takes it from the academic year of the period (September–August)', () => {
  assert.deepStrictEqual(parseDeadline('февраль', schoolYear).occurrences, [{ start: '2024-02-01', end: '2024-02-29' }]);
  assert.deepStrictEqual(parseDeadline('октябрь', schoolYear).occurrences, [{ start: '2023-10-01', end: '2023-10-31' }]);
  assert.deepStrictEqual(parseDeadline('ноябрь-март', schoolYear).occurrences, [{ start: '2023-11-01', end: '2024-03-31' }]);
  assert.deepStrictEqual(parseDeadline('февраль', { start: '2020-12-01', end: '2021-12-31' }).occurrences, [{ start: '2021-02-01', end: '2021-02-28' }]);
});

test('case, «ё», «г.»/«года»/«г.г.»/«гг.», hyphens and dashes, extra spaces and trailing dots do not matter', () => {
  const same: [string, string[]][] = [
    ['февраль, июнь 2023 г.', ['ФЕВРАЛЬ,  ИЮНЬ   2023 ГОДА.', 'Февраль,июнь 2023г', 'февраль, июнь 2023 года...', ' февраль ,\tиюнь 2023 г. ']],
    ['январь - апрель 2023 г.', ['январь — апрель 2023 г.', 'январь–апрель 2023г.', 'Январь -Апрель 2023 года', 'январь ‒ апрель 2023', 'январь\u2212апрель 2023 г']],
    ['Сентябрь 2023, 2024 г.г.', ['сентябрь 2023, 2024 гг.', 'СЕНТЯБРЬ 2023, 2024 годы', 'сентябрь 2023 г., 2024 г.']],
    ['до 30 января 2023 г.', ['До 30 января 2023 года.', 'до  30  января  2023г', 'ДО 30 ЯНВАРЯ 2023']],
    ['не реже одного раза в четверть', ['Не  реже одного раза в ЧЕТВЕРТЬ.', 'не реже одного раза в четверть;']],
    ['Декабрь, май отчетного года', ['декабрь, май отчётного года']],
    ['Май 2023, апрель 2024', ['май 2023 г., апрель 2024 г.', 'Май 2023,апрель 2024 гг.']],
  ];
  for (const [canonical, variants] of same) {
    const expected = withoutText(parseDeadline(canonical, twoYears));
    assert.equal(expected.understood, true, canonical);
    for (const variant of variants) {
      const parsed = parseDeadline(variant, twoYears);
      assert.equal(parsed.text, variant, 'the words as written are kept');
      assert.deepStrictEqual(withoutText(parsed), expected, variant);
    }
  }
});

test('more phrasings of the same kinds', () => {
  const check = (text: string, expected: Omit<Deadline, 'text' | 'understood'>) =>
    assert.deepStrictEqual(withoutText(parseDeadline(text, year2023)), { understood: true, ...expected }, text);
  check('не позднее 15 марта 2023 г.', { kind: 'date', by: true, parts: [{ from: { year: 2023, month: 3, day: 15 } }], occurrences: [{ start: '2023-03-15', end: '2023-03-15' }] });
  check('до марта 2023 г.', { kind: 'date', by: true, parts: [{ from: { year: 2023, month: 3, day: 1 } }], occurrences: [{ start: '2023-03-01', end: '2023-03-01' }] });
  check('1-15 сентября 2023 г.', {
    kind: 'range',
    parts: [{ from: { year: 2023, month: 9, day: 1 }, to: { year: 2023, month: 9, day: 15 } }],
    occurrences: [{ start: '2023-09-01', end: '2023-09-15' }],
  });
  check('в течение 2023 года', { kind: 'range', parts: [{ from: { year: 2023, month: 1 }, to: { year: 2023, month: 12 } }], occurrences: [{ start: '2023-01-01', end: '2023-12-31' }] });
  check('ноябрь 2023 - февраль 2024', {
    kind: 'range',
    parts: [{ from: { year: 2023, month: 11 }, to: { year: 2024, month: 2 } }],
    occurrences: [{ start: '2023-11-01', end: '2024-02-29' }],
  });
  check('III квартал 2023 г.', { kind: 'term', terms: [{ unit: 'quarter', number: 3, year: 2023, position: 'whole' }], occurrences: [{ start: '2023-07-01', end: '2023-09-30' }] });
  check('в I полугодии', { kind: 'term', terms: [{ unit: 'school-half', number: 1, position: 'whole' }], occurrences: [{ start: '2023-09-01', end: '2023-12-31' }] });
  check('в конце учебного года', { kind: 'term', terms: [{ unit: 'school-year', position: 'end' }], occurrences: [{ start: '2023-05-31', end: '2023-05-31' }] });
  check('до конца года', { kind: 'term', by: true, terms: [{ unit: 'year', position: 'end' }], occurrences: [{ start: '2023-12-31', end: '2023-12-31' }] });
  check('раз в полгода', {
    kind: 'recurrence',
    recurrence: { unit: 'year', interval: 1, times: 2, atLeast: false },
    occurrences: [{ start: '2023-01-01', end: '2023-06-30' }, { start: '2023-07-01', end: '2023-12-31' }],
  });
  check('не реже 2 раз в год', {
    kind: 'recurrence',
    recurrence: { unit: 'year', interval: 1, times: 2, atLeast: true },
    occurrences: [{ start: '2023-01-01', end: '2023-06-30' }, { start: '2023-07-01', end: '2023-12-31' }],
  });
  check('по мере необходимости', { kind: 'unscheduled', basis: { type: 'on-demand' }, occurrences: [] });
  check('постоянно', { kind: 'period', scope: 'period', occurrences: [{ start: '2023-01-01', end: '2023-12-31' }] });
});

test('a phrase it cannot understand is kept as text, unscheduled, understood: false, with no dates', () => {
  for (const text of ['по мере поступления средств', 'ежедневно', '30 февраля 2023 г.', 'март 2023 и далее', 'раз в неделю', 'до конца', '', 'декабрь 2023 ежегодно', '5 квартал']) {
    assert.deepStrictEqual(parseDeadline(text, year2023), { text, kind: 'unscheduled', understood: false, occurrences: [] }, text);
  }
});

test('an invalid period is refused', () => {
  assert.throws(() => parseDeadline('февраль', { start: '2023-12-31', end: '2023-01-01' }), RangeError);
  assert.throws(() => parseDeadline('февраль', { start: '2023-02-30', end: '2023-12-31' }), RangeError);
});

test('the academic calendar is configurable: another region’s quarters move «в конце четверти»', () => {
  const calendar = resolveAcademicCalendar({
    quarters: [
      { start: '09-01', end: '10-27' },
      { start: '11-06', end: '12-29' },
      { start: '01-09', end: '03-22' },
      { start: '04-01', end: '05-24' },
    ],
  });
  assert.deepStrictEqual(calendar.halves, defaultAcademicCalendar.halves, 'what the region leaves out comes from the defaults');
  assert.deepStrictEqual(parseDeadline('в конце четверти', year2023, { calendar }).occurrences.map((o) => o.start), ['2023-03-22', '2023-05-24', '2023-10-27', '2023-12-29']);
  assert.deepStrictEqual(parseDeadline('до четвертой четверти', year2023, { calendar }).occurrences, [{ start: '2023-04-01', end: '2023-04-01' }]);
  assert.deepStrictEqual(parseDeadline('Каждую учебную четверть', year2023, { calendar }).occurrences[0], { start: '2023-01-09', end: '2023-03-22' });
});

test('an organisation takes the academic calendar of the nearest organisation above it that sets one', () => {
  const regional = { quarters: [{ start: '09-01', end: '10-28' }, { start: '11-07', end: '12-28' }, { start: '01-09', end: '03-24' }, { start: '04-03', end: '05-26' }] };
  const organizations = new Map([
    ['region', { academicCalendar: regional }],
    ['town', { parent: 'region' }],
    ['school', { parent: 'town' }],
    ['elsewhere', {}],
  ]);
  assert.deepStrictEqual(academicCalendarFor('school', organizations).quarters, regional.quarters);
  assert.deepStrictEqual(academicCalendarFor('elsewhere', organizations), defaultAcademicCalendar);
  assert.deepStrictEqual(academicCalendarFor(undefined, organizations), defaultAcademicCalendar);
});

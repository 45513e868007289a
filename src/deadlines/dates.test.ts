// Calendar arithmetic written by hand (no date-fns `format`),
// and deadlines parsed once per phrase, period and calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIso, isoDate, monthEnd, monthStart, parts } from './dates.ts';
import { parseDeadline } from './deadline.ts';
import { defaultAcademicCalendar, resolveAcademicCalendar } from './academic-calendar.ts';

test('ISO dates: padded, and out-of-range days roll over as in Date', () => {
  assert.equal(isoDate(2023, 1, 5), '2023-01-05');
  assert.equal(isoDate(2023, 12, 31), '2023-12-31');
  assert.equal(isoDate(2023, 2, 29), '2023-03-01');
  assert.equal(isoDate(2024, 1, 0), '2023-12-31');
  assert.equal(isoDate(2023, 12, 32), '2024-01-01');
  assert.equal(monthEnd(2024, 2), '2024-02-29');
  assert.equal(monthEnd(2023, 2), '2023-02-28');
  assert.equal(monthEnd(2023, 4), '2023-04-30');
  assert.equal(monthStart(2023, 11), '2023-11-01');
  assert.equal(formatIso(new Date(2023, 0, 30)), '2023-01-30');
});

test('a phrase is parsed once per period and academic calendar; the result is shared', () => {
  const period = { start: '2023-01-01', end: '2023-12-31' };
  const first = parseDeadline('ежеквартально', period);
  assert.equal(parseDeadline('ежеквартально', { ...period }), first, 'same phrase, same period');
  assert.equal(
    parseDeadline('ежеквартально', period, { calendar: defaultAcademicCalendar }),
    first,
    'the default calendar',
  );
  const other = parseDeadline('ежеквартально', { start: '2024-01-01', end: '2024-12-31' });
  assert.notEqual(other, first);
  assert.equal(other.occurrences[0]!.start, '2024-01-01');
  const input = {
    quarters: [
      { start: '09-01', end: '10-27' },
      { start: '11-06', end: '12-29' },
      { start: '01-09', end: '03-22' },
      { start: '04-01', end: '05-24' },
    ],
  };
  const calendar = resolveAcademicCalendar(input);
  assert.equal(resolveAcademicCalendar(input), calendar, 'the same input gives the same calendar');
  const termEnd = parseDeadline('по итогам четверти', period, { calendar });
  assert.notEqual(termEnd, parseDeadline('по итогам четверти', period));
  assert.deepStrictEqual(
    termEnd.occurrences.map((o) => o.end),
    ['2023-03-22', '2023-05-24', '2023-10-27', '2023-12-29'],
  );
  assert.throws(
    () => parseDeadline('ежеквартально', { start: '2023-12-31', end: '2023-01-01' }),
    RangeError,
    'an invalid period is still refused',
  );
});

test(
  'month lengths and dates written directly agree with date-fns rollover ' +
    'for every month of a leap and a common year',
  () => {
    for (const year of [2023, 2024, 2100]) {
      for (let month = 1; month <= 12; month++) {
        const last = Number(monthEnd(year, month).slice(8));
        assert.equal(isoDate(year, month, last + 1), isoDate(year, month + 1, 1), `${year}-${month}`);
        assert.equal(formatIso(new Date(year, month - 1, last)), isoDate(year, month, last));
      }
    }
    assert.equal(monthEnd(2100, 2), '2100-02-28');
    assert.equal(isoDate(2024, 13, 1), '2025-01-01');
  },
);

test('parts of a date and of a month', () => {
  assert.deepEqual(parts('2023-01-05'), { year: 2023, month: 1, day: 5 });
  assert.deepEqual(parts('2023-12'), { year: 2023, month: 12, day: 0 });
});

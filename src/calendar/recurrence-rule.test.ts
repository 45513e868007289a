import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recurrenceFor } from './recurrence-rule.ts';

test('month ends every month: a monthly rule on the last day', () => {
  assert.deepStrictEqual(recurrenceFor(['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30']), {
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20230430',
    rdates: [],
  });
});

test('every two months, the last window cut by the period: the rule plus an RDATE', () => {
  const dates = ['2021-01-31', '2021-03-31', '2021-05-31', '2021-07-31', '2021-09-30', '2021-11-30', '2021-12-31'];
  assert.deepStrictEqual(recurrenceFor(dates, 'monthly'), {
    rrule: 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;UNTIL=20211130',
    rdates: ['2021-12-31'],
  });
  // Preferring the calendar, the same dates are months of the year.
  assert.deepStrictEqual(recurrenceFor(dates, 'yearly'), {
    rrule: 'FREQ=YEARLY;BYMONTH=1,3,5,7,9,11,12;BYMONTHDAY=-1;UNTIL=20211231',
    rdates: [],
  });
});

test('ends of school quarters: a yearly rule in their months', () => {
  assert.deepStrictEqual(
    recurrenceFor(['2023-03-31', '2023-05-31', '2023-10-31', '2023-12-31', '2024-03-31', '2024-05-31'], 'yearly'),
    {
      rrule: 'FREQ=YEARLY;BYMONTH=3,5,10,12;BYMONTHDAY=-1;UNTIL=20240531',
      rdates: [],
    },
  );
});

test('the same day of the month', () => {
  assert.deepStrictEqual(recurrenceFor(['2023-01-15', '2023-02-15', '2023-03-15']), {
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20230315',
    rdates: [],
  });
});

test('dates that follow no rule are RDATEs only; a rule never produces a date that is not due', () => {
  assert.deepStrictEqual(recurrenceFor(['2023-03-22', '2023-05-24', '2023-10-27'], 'yearly'), {
    rdates: ['2023-05-24', '2023-10-27'],
  });
  assert.deepStrictEqual(recurrenceFor(['2023-01-31', '2023-03-31', '2023-04-30'], 'monthly'), {
    rrule: 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;UNTIL=20230331',
    rdates: ['2023-04-30'],
  });
  assert.deepStrictEqual(recurrenceFor(['2023-06-30']), { rdates: [] });
});

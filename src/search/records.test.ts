import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataById, loadContent } from '../content-model/load-content.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { parseDeadline } from '../deadlines/deadline.ts';
import { deadlineFilters, searchRecords } from './records.ts';

const period = { start: '2023-01-01', end: '2023-12-31' };

test('deadline filters: every month and quarter the windows touch, and the first due date to sort by', () => {
  assert.deepStrictEqual(deadlineFilters(parseDeadline('до 30 января 2023 г.', period)), {
    filters: { month: ['2023-01 январь 2023'], quarter: ['2023, I квартал'] },
    sort: { deadline: '2023-01-30' },
  });
  const spring = deadlineFilters(parseDeadline('март - май 2023 г.', period));
  assert.deepStrictEqual(spring.filters, { month: ['2023-03 март 2023', '2023-04 апрель 2023', '2023-05 май 2023'], quarter: ['2023, I квартал', '2023, II квартал'] });
  assert.deepStrictEqual(deadlineFilters(parseDeadline('ежеквартально', period)).sort, { deadline: '2023-03-31' });
  assert.deepStrictEqual(deadlineFilters(parseDeadline('по отдельному графику', period)), { filters: {} });
});

test('item records of the seeds carry month and quarter filters and a sort key; records without dates do not', () => {
  const records = searchRecords(dataById(loadContent(realContent)));
  const sochi = records.find((r) => r.url === '/roadmaps/sochi-2023/#p-municipal-I-1')!;
  assert.deepStrictEqual(sochi.filters.month, ['2023-01 январь 2023']);
  assert.deepStrictEqual(sochi.filters.quarter, ['2023, I квартал']);
  assert.deepStrictEqual(sochi.sort, { deadline: '2023-01-30' });
  const page = records.find((r) => r.url === '/roadmaps/sochi-2023/')!;
  assert.equal(page.sort, undefined);
  assert.equal(page.filters.month, undefined);
  const dated = records.filter((r) => r.sort);
  assert.ok(dated.length > 250, `${dated.length} records with a deadline to sort by`);
  assert.ok(dated.every((r) => r.filters.month?.length && r.filters.quarter?.length && /^\d{4}-\d{2}-\d{2}$/.test(r.sort!.deadline!)));
});

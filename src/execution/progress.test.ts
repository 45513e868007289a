import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemState, type ItemInput } from './item-state.ts';
import { meanProgress, percent, progressOf, sumProgress } from './progress.ts';

const asOf = '2024-03-15';
const s = (input: Partial<ItemInput>) =>
  itemState({ windows: [], recurring: false, entries: [], tracked: true, asOf, ...input });
const past = [{ start: '2024-01-01', end: '2024-01-31' }];
const future = [{ start: '2024-05-01', end: '2024-05-31' }];

test('progress: done over items counted; cancelled and untracked left out; due by now and undated apart', () => {
  const p = progressOf([
    s({ windows: past, entries: [{ date: '2024-01-20', status: 'done' }] }),
    s({ windows: past }),
    s({ windows: future, entries: [{ date: '2024-03-01', status: 'in-progress' }] }),
    s({ windows: future }),
    s({}),
    s({ windows: past, entries: [{ date: '2024-01-20', status: 'cancelled' }] }),
    s({ windows: past, tracked: false }),
  ]);
  assert.deepEqual(
    {
      items: p.items,
      done: p.done,
      overdue: p.overdue,
      inProgress: p.inProgress,
      planned: p.planned,
      undated: p.undated,
      cancelled: p.cancelled,
      due: p.due,
      doneOfDue: p.doneOfDue,
      lastReport: p.lastReport,
    },
    {
      items: 5,
      done: 1,
      overdue: 1,
      inProgress: 1,
      planned: 1,
      undated: 1,
      cancelled: 1,
      due: 2,
      doneOfDue: 1,
      lastReport: '2024-03-01',
    },
  );
  assert.equal(p.ratio, 1 / 5);
  assert.equal(percent(p.ratio!), 20);
  assert.equal(progressOf([]).ratio, null);
});

test("an organisation's roadmaps together: counts add up, the ratio is of the sums", () => {
  const a = progressOf([s({ windows: past, entries: [{ date: '2024-01-02', status: 'done' }] })]);
  const b = progressOf([s({ windows: past }), s({ windows: future }), s({ windows: future })]);
  const sum = sumProgress([a, b]);
  assert.equal(sum.items, 4);
  assert.equal(sum.ratio, 1 / 4);
});

test('above schools: the mean of their ratios, each counted once; one without items does not move it', () => {
  const small = progressOf([s({ windows: past, entries: [{ date: '2024-01-02', status: 'done' }] })]);
  const large = progressOf(Array.from({ length: 9 }, () => s({ windows: future })));
  const mean = meanProgress([small, large, undefined, progressOf([])]);
  assert.equal(mean.ratio, (1 + 0) / 2, 'not 1 / 10, the ratio of the sums');
  assert.equal(mean.counted, 2);
  assert.equal(mean.without, 2);
  assert.equal(mean.allCancelled, 0, 'no report and no items are not «all cancelled»');
  assert.equal(meanProgress([mean, small]).ratio, (0.5 + 1) / 2);
  assert.equal(meanProgress([]).ratio, null);
});

test('above schools: a member that reports but has every item cancelled is told apart from one without reports', () => {
  const cancelled = progressOf([s({ windows: past, entries: [{ date: '2024-01-02', status: 'cancelled' }] })]);
  assert.equal(cancelled.ratio, null);
  const mean = meanProgress([cancelled, undefined]);
  assert.deepEqual([mean.without, mean.allCancelled], [2, 1]);
  assert.equal(meanProgress([mean]).allCancelled, 0, 'a municipality is not an organisation with cancelled items');
});

test('percent: half up, as a reader rounds, whatever binary fractions make of the ratio', () => {
  // 23 / 40 is 0.575, which times 100 is 57.49999999999999 in binary.
  assert.equal(percent(23 / 40), 58);
  assert.equal(percent(115 / 200), 58);
  assert.equal(percent((9 / 10 + 1 / 4) / 2), 58, 'a mean of two schools, 90 % and 25 %');
  assert.equal(percent(29 / 200), 15);
  assert.equal(percent(2 / 3), 67);
  assert.equal(percent(1 / 3), 33);
  assert.equal(percent(0), 0);
  assert.equal(percent(1), 100);
});

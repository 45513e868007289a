import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, itemState, type ItemInput } from './item-state.ts';

const asOf = '2024-03-15';
const state = (input: Partial<ItemInput>) =>
  itemState({ windows: [], recurring: false, entries: [], tracked: true, asOf, ...input });
const january = { start: '2024-01-01', end: '2024-01-31' };
const april = { start: '2024-04-01', end: '2024-04-10' };

test('the current status is the latest entry by date; entries of one day: the later in the file', () => {
  const s = state({
    windows: [april],
    entries: [
      { date: '2024-02-01', status: 'in-progress' },
      { date: '2024-03-01', status: 'done' },
      { date: '2024-03-01', status: 'not-done' },
    ],
  });
  assert.equal(s.status, 'not-done');
  assert.equal(s.updated, '2024-03-01');
  assert.equal(state({}).status, null);
});

test('a one-off item is overdue once its window has ended and it is neither done nor cancelled', () => {
  assert.equal(state({ windows: [january] }).overdue, true);
  assert.equal(
    state({ windows: [january], entries: [{ date: '2024-01-20', status: 'in-progress' }] }).category,
    'overdue',
  );
  assert.equal(state({ windows: [january], entries: [{ date: '2024-02-20', status: 'done' }] }).overdue, false);
  assert.equal(
    state({ windows: [january], entries: [{ date: '2024-02-20', status: 'cancelled' }] }).category,
    'cancelled',
  );
  assert.equal(
    state({ windows: [january], entries: [{ date: '2024-02-20', status: 'not-done' }] }).category,
    'overdue',
  );
});

test('the last day of a window is still in time: overdue from the day after', () => {
  assert.equal(state({ windows: [{ start: '2024-03-15', end: '2024-03-15' }] }).overdue, false);
  assert.equal(state({ windows: [{ start: '2024-03-14', end: '2024-03-14' }] }).overdue, true);
});

test('a window cut by the end of the period never ends: the document sets its deadline after the period', () => {
  const cut = { start: '2023-10-01', end: '2023-12-31', cutAtEnd: true as const };
  const s = state({ windows: [cut] });
  assert.equal(s.due, false);
  assert.equal(s.overdue, false);
  assert.equal(s.dueSoon, false);
  assert.equal(s.category, 'planned');
});

test('after the period has ended every window has ended: an item not done is overdue', () => {
  const s = itemState({
    windows: [{ start: '2023-02-01', end: '2023-02-28' }],
    recurring: false,
    entries: [{ date: '2023-02-10', status: 'in-progress' }],
    tracked: true,
    asOf: '2025-01-10',
  });
  assert.equal(s.overdue, true);
});

test('items without dates are never due nor overdue, and are their own category unless reported on', () => {
  const s = state({});
  assert.deepEqual([s.dated, s.due, s.overdue, s.category], [false, false, false, 'undated']);
  assert.equal(state({ entries: [{ date: '2024-01-10', status: 'in-progress' }] }).category, 'in-progress');
  assert.equal(state({ entries: [{ date: '2024-01-10', status: 'done' }] }).category, 'done');
});

test('without a report file nothing is overdue: the item is untracked, whatever its dates', () => {
  const s = state({ windows: [january], tracked: false });
  assert.equal(s.overdue, false);
  assert.equal(s.due, true);
  assert.equal(s.category, 'untracked');
});

const months = ['01', '02', '03', '04'].map((m) => ({
  start: `2024-${m}-01`,
  end: `2024-${m}-${m === '02' ? '29' : m === '04' ? '30' : '31'}`,
}));

test('a recurring item is on track when its latest ended window has an entry, overdue when it has none', () => {
  const onTrack = state({ windows: months, recurring: true, entries: [{ date: '2024-02-27', status: 'done' }] });
  assert.equal(onTrack.overdue, false);
  const late = state({ windows: months, recurring: true, entries: [{ date: '2024-01-27', status: 'done' }] });
  assert.equal(late.overdue, true);
  assert.equal(late.category, 'overdue', 'done for January does not cover February');
});

test('a recurring entry belongs to its window up to the next window start; «не выполнено» does not cover it', () => {
  assert.equal(
    state({ windows: months, recurring: true, entries: [{ date: '2024-02-01', status: 'in-progress' }] }).overdue,
    false,
  );
  assert.equal(
    state({ windows: months, recurring: true, entries: [{ date: '2024-02-10', status: 'not-done' }] }).overdue,
    true,
  );
  assert.equal(
    state({ windows: months, recurring: true, entries: [{ date: '2024-03-02', status: 'done' }] }).overdue,
    true,
    'an entry of March is not about February',
  );
  assert.equal(
    state({ windows: months, recurring: true, entries: [{ date: '2024-03-02', status: 'cancelled' }] }).overdue,
    false,
  );
});

test(
  'due soon: a window that has not ended ends within 30 days and the item is not finished; ' +
    'recurring: its window has no entry yet',
  () => {
    assert.equal(addDays(asOf, 30), '2024-04-14');
    assert.equal(state({ windows: [april] }).dueSoon, true);
    assert.equal(state({ windows: [{ start: '2024-04-01', end: '2024-04-15' }] }).dueSoon, false);
    assert.equal(state({ windows: [april], entries: [{ date: '2024-03-10', status: 'done' }] }).dueSoon, false);
    assert.equal(state({ windows: months, recurring: true }).dueSoon, true);
    assert.equal(
      state({ windows: months, recurring: true, entries: [{ date: '2024-03-10', status: 'done' }] }).dueSoon,
      false,
    );
    assert.equal(state({ windows: [april] }).nextDue, '2024-04-10');
  },
);

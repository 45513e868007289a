import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemState, type ItemInput } from '../execution/item-state.ts';
import { meanProgress, percent, progressOf } from '../execution/progress.ts';
import { ui } from '../ui/strings.ts';
import { progressCellHtml, progressHtml } from './execution-html.ts';

const asOf = '2024-03-15';
const s = (input: Partial<ItemInput>) =>
  itemState({ windows: [], recurring: false, entries: [], tracked: true, asOf, ...input });
const past = [{ start: '2024-01-01', end: '2024-01-31' }];
const cancelled = s({ windows: past, entries: [{ date: '2024-01-20', status: 'cancelled' }] });
const done = s({ windows: past, entries: [{ date: '2024-01-20', status: 'done' }] });

test('a figure: the bar, done of the items counted and the percent, half up', () => {
  const page = progressHtml(progressOf([...Array(23)].map(() => done).concat([...Array(17)].map(() => s({})))), asOf);
  assert.match(page, /<progress max="40" value="23"/);
  assert.match(page, /Выполнено 23 из 40 пунктов \(58 %\)/);
  assert.match(progressCellHtml(progressOf([done, s({})])), /50 %.*\(1 из 2\)/);
});

test('every item cancelled: no «0 из 0 (0 %)», but says so, on the page and in a table cell', () => {
  const progress = progressOf([cancelled, cancelled]);
  const page = progressHtml(progress, asOf);
  assert.doesNotMatch(page, /<progress|0 из 0|%\)/);
  assert.match(page, /Пунктов, которые считаются, нет: все пункты отменены \(2\)/);
  assert.match(progressCellHtml(progress), /все пункты отменены/);
  // No report at all, and a municipality without schools' figures: «нет отчёта».
  assert.match(progressCellHtml(undefined), /нет отчёта/);
  assert.match(progressCellHtml(meanProgress([undefined])), /нет отчёта/);
});

test('the monitoring total tells the schools without reports from those whose items are all cancelled', () => {
  const mean = meanProgress([progressOf([done]), progressOf([cancelled]), undefined]);
  assert.equal(
    ui.execution.monitoringTotal(percent(mean.ratio!), mean.counted, mean.without, mean.allCancelled),
    'Среднее выполнение: 100 % (по 1 организации с отчётами; без отчётов — 1; ' +
      'с отчётами, но все пункты отменены — 1).',
  );
  const none = meanProgress([progressOf([cancelled]), undefined, undefined]);
  assert.equal(
    ui.execution.monitoringNone(none.without, none.allCancelled),
    'Среднее выполнение не считается: у 1 организации с отчётами все пункты отменены, у остальных (2) отчётов нет.',
  );
  assert.equal(ui.execution.monitoringNone(2, 0), 'Отчётов о выполнении пока нет.');
});

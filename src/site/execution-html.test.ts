import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemState, type ItemInput } from '../execution/item-state.ts';
import { meanProgress, progressOf } from '../execution/progress.ts';
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

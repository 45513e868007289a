import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline } from '../deadlines/deadline.ts';
import type { DeadlineEntry } from './entries.ts';
import { timelineLayout, timelineRows } from './timeline.ts';

const period = { start: '2023-01-01', end: '2023-06-30' };
const entry = (anchor: string, text: string): DeadlineEntry => ({
  roadmapId: 'r',
  roadmapTitle: 'Карта',
  anchor,
  title: anchor,
  deadline: parseDeadline(text, period),
});
const entries = [
  entry('january', 'до 30 января 2023 г.'),
  entry('quarterly', 'ежеквартально'),
  entry('spring', 'январь - апрель 2023 г.'),
  entry('twice', 'март, апрель 2023 г.'),
  entry('plan', 'по отдельному графику'),
];

test('one row per month of the period: items due, and items going on with a later deadline, each counted once', () => {
  assert.deepStrictEqual(timelineRows(entries, period), [
    { month: '2023-01', due: 1, ongoing: 2 },
    { month: '2023-02', due: 0, ongoing: 2 },
    { month: '2023-03', due: 2, ongoing: 1 },
    { month: '2023-04', due: 2, ongoing: 1 },
    { month: '2023-05', due: 0, ongoing: 1 },
    { month: '2023-06', due: 1, ongoing: 0 },
  ]);
});

test(
  'the layout: a row per month under the legend, bars proportional to the counts, ' +
    'the fullest month fills the area',
  () => {
    const rows = timelineRows(entries, period);
    const layout = timelineLayout(rows);
    assert.equal(layout.bars.length, 6);
    assert.equal(layout.height, layout.bars.at(-1)!.y + 22);
    const unit = layout.bars[0]!.dueWidth;
    for (const bar of layout.bars) {
      assert.ok(Math.abs(bar.dueWidth - bar.row.due * unit) < 0.2, bar.row.month);
      assert.ok(Math.abs(bar.ongoingWidth - bar.row.ongoing * unit) < 0.2, bar.row.month);
      assert.equal(bar.ongoingX, Math.round((layout.barX + bar.dueWidth) * 10) / 10);
      assert.ok(bar.ongoingX + bar.ongoingWidth <= layout.countX, 'bars end before the counts');
    }
    const fullest = layout.bars[2]!;
    assert.equal(Math.round(fullest.dueWidth + fullest.ongoingWidth), Math.round(layout.countX - 6 - layout.barX));
    assert.deepStrictEqual(timelineLayout([{ month: '2023-01', due: 0, ongoing: 0 }]).bars[0]!.dueWidth, 0);
  },
);

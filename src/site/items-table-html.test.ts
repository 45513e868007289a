import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline } from '../deadlines/deadline.ts';
import { deadlineDatesHtml } from './items-table-html.ts';

test('a window the period’s end cuts is shown as due after the period, not on its last day', () => {
  const html = deadlineDatesHtml(
    parseDeadline('Октябрь-февраль', { start: '2023-01-01', end: '2024-12-31' }).occurrences,
  );
  assert.match(html, /<time datetime="2024-12">декабрь 2024<\/time>; срок — после окончания периода карты\)<\/span>$/);
  assert.doesNotMatch(
    deadlineDatesHtml(parseDeadline('Октябрь-февраль', { start: '2023-01-01', end: '2025-02-28' }).occurrences),
    /после окончания/,
  );
});

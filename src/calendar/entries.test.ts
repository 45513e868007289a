import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataById, loadContent } from '../content-model/load-content.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { deadlineEntries } from './entries.ts';

const lookups = dataById(loadContent(realContent));
const entries = (id: string) =>
  deadlineEntries({ id, roadmap: lookups.roadmaps.get(id)! }, { organizations: lookups.organizations });

test('entries: every item with a deadline, with its roadmap, anchor, number, title and parsed deadline', () => {
  const sochi = entries('sochi-2023');
  assert.equal(sochi.length, 52);
  const first = sochi[0]!;
  assert.deepStrictEqual(
    [first.roadmapId, first.anchor, first.number, first.deadline.text, first.deadline.kind, first.deadline.occurrences],
    [
      'sochi-2023',
      'p-municipal-I-1',
      '1.',
      'до 30 января 2023 г.',
      'date',
      [{ start: '2023-01-30', end: '2023-01-30' }],
    ],
  );
  assert.equal(first.roadmapTitle, lookups.roadmaps.get('sochi-2023')!.title);
});

test('entries include control points and mechanisms, after the sections', () => {
  const anchors = entries('georgievsk-2023-2024').map((e) => e.anchor);
  assert.deepStrictEqual(
    anchors.filter((a) => a.startsWith('control-')),
    ['control-1', 'control-2', 'control-3', 'control-4', 'control-5', 'control-6', 'control-7', 'control-8'],
  );
  assert.ok(anchors.indexOf('control-1') > anchors.indexOf('p-plan-5-5.3'));
});

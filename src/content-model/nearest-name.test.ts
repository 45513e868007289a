import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestName } from './nearest-name.ts';

test('the nearest name within a few edits, or none', () => {
  assert.equal(nearestName('uslovnyy', ['uslovny', 'uslovny-uo', 'sochi']), 'uslovny');
  assert.equal(nearestName('prot', ['port', 'out', 'help']), 'port');
  assert.equal(nearestName('sochi-school-12', ['sochi-example-school', 'sochi']), undefined);
  assert.equal(nearestName('titel', ['title'], 2), 'title');
  assert.equal(nearestName('title', ['title']), undefined, 'the same name is not a slip');
});

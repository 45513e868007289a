import { test } from 'node:test';
import assert from 'node:assert/strict';
import { today } from './build-date.ts';

test('today is the day of the computer’s time zone, not of UTC', () => {
  const zone = process.env.TZ;
  // 22:30 UTC on 14 March is 01:30 on the 15th in Moscow and 10:30 on the 15th in Kamchatka.
  const instant = new Date('2024-03-14T22:30:00Z');
  try {
    process.env.TZ = 'Europe/Moscow';
    assert.equal(today(instant), '2024-03-15');
    process.env.TZ = 'Asia/Kamchatka';
    assert.equal(today(instant), '2024-03-15');
    process.env.TZ = 'UTC';
    assert.equal(today(instant), '2024-03-14');
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

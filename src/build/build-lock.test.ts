import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { takeLockFile } from './build-lock.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

/** A process number no process has (above Linux's largest). */
const ended = 2_147_483_646;

test('a lock is held by the process that took it until it is released, then taken again', () => {
  const file = path.join(tempDir('karta-lock-'), 'build.lock');
  const first = takeLockFile(file);
  assert.ok('release' in first);
  assert.deepEqual(takeLockFile(file), { heldBy: { host: hostname(), pid: process.pid } });
  first.release();
  assert.equal(existsSync(file), false);
  const again = takeLockFile(file);
  assert.ok('release' in again);
  again.release();
});

test('the lock of a process that has ended is taken over; that of another machine is not', () => {
  const file = path.join(tempDir('karta-lock-'), 'build.lock');
  writeFileSync(file, `${hostname()}\n${ended}\n`);
  const taken = takeLockFile(file);
  assert.ok('release' in taken);
  taken.release();
  writeFileSync(file, `другая-машина\n${ended}\n`);
  assert.deepEqual(takeLockFile(file), { heldBy: { host: 'другая-машина', pid: ended } });
});

test('a lock file not yet written into is held while it is new, and taken over once it is old', () => {
  const file = path.join(tempDir('karta-lock-'), 'build.lock');
  writeFileSync(file, '');
  assert.deepEqual(takeLockFile(file), { heldBy: { host: hostname(), pid: 0 } });
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(file, minuteAgo, minuteAgo);
  const taken = takeLockFile(file);
  assert.ok('release' in taken);
  taken.release();
});

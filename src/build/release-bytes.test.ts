import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseBytes } from './release-bytes.ts';

test('a page encoded into bytes of its own has them released once written', () => {
  const bytes = new TextEncoder().encode('<p>Дорожная карта</p>');
  assert.ok(bytes.byteLength > 0);
  releaseBytes(bytes);
  assert.equal(bytes.byteLength, 0, 'the view is detached: its memory is freed now, not at the next collection');
  assert.equal(bytes.buffer.byteLength, 0);
});

test('bytes that share their memory are left alone: a slice of Node’s pool, a part of a larger buffer', () => {
  const pooled = Buffer.from('ШНОР');
  const neighbour = Buffer.from('ШССУ');
  assert.ok(pooled.buffer.byteLength > pooled.byteLength, 'small Buffers are slices of one pool');
  releaseBytes(pooled);
  assert.equal(pooled.toString(), 'ШНОР');
  assert.equal(neighbour.toString(), 'ШССУ');

  const whole = new TextEncoder().encode('пункт 1; пункт 2');
  const part = whole.subarray(0, 10);
  releaseBytes(part);
  assert.equal(whole.byteLength, new TextEncoder().encode('пункт 1; пункт 2').byteLength);
  assert.equal(part.byteLength, 10);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { contentFromBytes, internStrings } from './content-bytes.ts';

test('strings are made one everywhere the content keeps them, and nothing else changes', () => {
  const shared = { title: 'Общий' };
  const value = {
    list: ['руководители ОО', 'руководители ОО', { nested: ['руководители ОО'] }],
    map: new Map([['a', 'руководители ОО']]),
    set: new Set(['x', 'y']),
    date: new Date('2024-01-02'),
    bytes: new Uint8Array([1, 2, 3]),
    shared,
    again: shared,
    nothing: null,
    number: 7,
  };
  const copy = structuredClone(value);
  const interned = internStrings(copy);
  assert.equal(interned, copy, 'in place');
  assert.deepEqual(interned, value);
  assert.equal(interned.shared, interned.again, 'an object met twice stays one object');
});

test('a text repeated across the content is kept once after the bytes are read', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // 20,000 entries with the same 1,000-letter text: some 40 MB as separate strings, one string interned.
  const text = 'Организация работы по профилактике учебной неуспешности '.repeat(18).slice(0, 1000);
  const entries = Array.from({ length: 20_000 }, (_, i) => ({ id: `r${i}`, data: { text: `${text}` } }));
  const bytes = serialize({ collections: { roadmaps: entries }, site: {}, attachments: new Map() });
  gc();
  const before = process.memoryUsage().heapUsed;
  const content = contentFromBytes(bytes) as unknown as { collections: { roadmaps: typeof entries } };
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.equal(content.collections.roadmaps.length, 20_000);
  assert.equal(content.collections.roadmaps[19_999]!.data.text, text);
  assert.ok(grown < 10 * 2 ** 20, `the content takes ${(grown / 2 ** 20).toFixed(1)} MB`);
});

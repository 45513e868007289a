// Chaining the files of a roadmap into editions: the first file names the roadmap, each later one follows the one
// it amends; an amendment of a missing file, a circle and a second amendment of one edition are broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainEditions, sameDocument } from './edition-chain.ts';
import type { Roadmap } from './schemas.ts';

const file = (id: string, date: string, amends?: string) => ({
  id,
  data: { ...(amends ? { amends } : {}), order: { date } },
});

test('editions follow the edition they amend, whatever the order of the files', () => {
  const { chains, rootOf, broken } = chainEditions([
    file('r-2', '2024-03-01', 'r'),
    file('other', '2024-01-01'),
    file('r-3', '2024-06-01', 'r-2'),
    file('r', '2024-01-10'),
  ]);
  assert.deepEqual(
    [...chains].map(([id, chain]) => [id, chain.map((e) => e.id)]),
    [
      ['other', ['other']],
      ['r', ['r', 'r-2', 'r-3']],
    ],
  );
  assert.equal(rootOf.get('r-3'), 'r');
  assert.equal(broken.size, 0);
});

test('broken chains: a missing edition, a circle, two amendments of one edition', () => {
  const { chains, broken } = chainEditions([
    file('r', '2024-01-10'),
    file('r-a', '2024-02-01', 'r'),
    file('r-b', '2024-03-01', 'r'),
    file('lost', '2024-01-01', 'nowhere'),
    file('x', '2024-01-01', 'y'),
    file('y', '2024-01-01', 'x'),
  ]);
  assert.deepEqual(
    chains.get('r')!.map((e) => e.id),
    ['r', 'r-a'],
  );
  assert.deepEqual(Object.fromEntries(broken), {
    'r-b': { kind: 'branch', amends: 'r', by: 'r-a' },
    lost: { kind: 'missing', amends: 'nowhere' },
    x: { kind: 'circle' },
    y: { kind: 'circle' },
  });
});

test('two editions are the same document when only the order and the bookkeeping differ', () => {
  const a = {
    title: 'К',
    level: 'school',
    owner: 'o',
    order: { issuer: 'o', date: '2024-01-01', title: 'П' },
    period: { start: '2024-01-01', end: '2024-12-31' },
    sections: [{ title: 'Р' }],
  } as Roadmap;
  const b = {
    sections: a.sections,
    period: a.period,
    owner: 'o',
    level: 'school',
    title: 'К',
    amends: 'a',
    order: { issuer: 'o', date: '2024-05-01', title: 'О внесении изменений' },
    updated: '2024-05-02',
  } as Roadmap;
  assert.ok(sameDocument(a, b));
  assert.ok(!sameDocument(a, { ...b, period: { ...a.period, end: '2025-05-31' } }));
  assert.ok(!sameDocument(a, b, 'текст', 'другой текст'));
});

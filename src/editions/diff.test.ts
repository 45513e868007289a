// The diff of two editions, on plain roadmaps: every kind of change listed exactly, and nothing listed when the
// items are the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Roadmap } from '../content-model/schemas.ts';
import { roadmapToOpenData } from '../open-data/roadmap-json.ts';
import { diffEditions, wordDiff } from './diff.ts';

const lookups = { organizations: new Map(), people: new Map(), riskFactors: new Map() };
const base: Roadmap = {
  title: 'Дорожная карта',
  level: 'school',
  owner: 'school',
  order: { issuer: 'school', date: '2024-01-10', title: 'Об утверждении' },
  period: { start: '2024-01-01', end: '2024-12-31' },
  sections: [
    {
      id: 'I',
      number: 'I.',
      title: 'Организация работы',
      items: [
        {
          number: '1.',
          title: 'Анализ результатов ВПР по математике',
          deadline: 'до 30 апреля 2024 г.',
          responsible: ['Иванова И.И.'],
        },
        { number: '2.', title: 'Педагогический совет по итогам полугодия', deadline: 'январь 2024 г.' },
        { number: '3.', title: 'Собрание для родителей обучающихся пятых классов', deadline: 'сентябрь 2024 г.' },
        { number: '4.', title: 'Курсы повышения квалификации учителей', deadline: 'в течение года' },
      ],
    },
    {
      id: 'II',
      number: 'II.',
      title: 'Работа с обучающимися',
      items: [{ number: '1.', title: 'Консультации перед ВПР для обучающихся', deadline: 'март 2024 г.' }],
    },
  ],
};
const open = (roadmap: Roadmap) => roadmapToOpenData('r', roadmap, lookups);
const clone = (): Roadmap => structuredClone(base);

test('the same roadmap under another order: nothing changed', () => {
  const diff = diffEditions(open(base), open(clone()));
  assert.deepEqual(
    [diff.added, diff.removed, diff.changed, diff.sectionsAdded, diff.sectionsRemoved, diff.otherFields],
    [[], [], [], [], [], []],
  );
  assert.equal(diff.unchanged, 5);
  assert.equal(diff.period, undefined);
});

test('items added, removed, changed and moved, sections added and removed, the period: each listed exactly', () => {
  const next = clone();
  const [first, second] = next.sections as [
    NonNullable<Roadmap['sections'][number]>,
    NonNullable<Roadmap['sections'][number]>,
  ];
  // Changed: a deadline and a responsible person.
  first.items![0] = {
    ...first.items![0]!,
    deadline: 'до 15 мая 2024 г.',
    responsible: ['Иванова И.И.', 'Петров П.П.'],
  };
  // Removed: item 3; the courses renumbered from 4 to 3.
  first.items!.splice(2, 1);
  first.items![2] = { ...first.items![2]!, number: '3.' };
  // Moved: the council to section II.
  const council = first.items!.splice(1, 1)[0]!;
  second.items!.push({ ...council, number: '2.' });
  // Added: a new item in a new section; section II renamed; the period ends later.
  next.sections.push({
    id: 'III',
    number: 'III.',
    title: 'Работа с родителями',
    items: [{ number: '1.', title: 'Родительский лекторий о подготовке к экзаменам' }],
  });
  second.title = 'Работа с обучающимися и педагогами';
  next.period = { start: '2024-01-01', end: '2025-05-31' };

  const diff = diffEditions(open(base), open(next));
  assert.deepEqual(
    diff.added.map((i) => i.title),
    ['Родительский лекторий о подготовке к экзаменам'],
  );
  assert.deepEqual(
    diff.removed.map((i) => i.title),
    ['Собрание для родителей обучающихся пятых классов'],
  );
  const changed = Object.fromEntries(
    diff.changed.map((c) => [c.after.title, { moved: c.moved, fields: c.fields.map((f) => f.field) }]),
  );
  assert.deepEqual(changed, {
    'Анализ результатов ВПР по математике': { moved: false, fields: ['deadline', 'responsible'] },
    'Курсы повышения квалификации учителей': { moved: false, fields: ['number'] },
    'Педагогический совет по итогам полугодия': { moved: true, fields: [] },
  });
  assert.deepEqual(
    diff.sectionsAdded.map((s) => s.anchor),
    ['s-III'],
  );
  assert.deepEqual(diff.sectionsRemoved, []);
  assert.deepEqual(
    diff.sectionsRenamed.map((s) => s.after.title),
    ['Работа с обучающимися и педагогами'],
  );
  assert.deepEqual(diff.period, { before: base.period, after: next.period });
  assert.equal(diff.unchanged, 1);
  const deadline = diff.changed[0]!.fields[0]!;
  assert.deepEqual(
    deadline.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`),
    ['removed:30 апреля', 'added:15 мая'],
  );
});

test('an item whose activity is reworded stays one item changed, not one removed and one added', () => {
  const next = clone();
  next.sections[0]!.items![0]!.title = 'Анализ результатов ВПР по математике и русскому языку';
  const diff = diffEditions(open(base), open(next));
  assert.deepEqual([diff.added.length, diff.removed.length], [0, 0]);
  assert.deepEqual(
    diff.changed[0]!.fields[0]!.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim()),
    ['и русскому языку'],
  );
});

test('a section removed with its items, and an item order swapped inside a section', () => {
  const next = clone();
  next.sections.pop();
  const items = next.sections[0]!.items!;
  [items[2], items[3]] = [items[3]!, items[2]!];
  const diff = diffEditions(open(base), open(next));
  assert.deepEqual(
    diff.sectionsRemoved.map((s) => s.title),
    ['Работа с обучающимися'],
  );
  assert.deepEqual(
    diff.removed.map((i) => i.title),
    ['Консультации перед ВПР для обучающихся'],
  );
  assert.deepEqual(diff.changed.filter((c) => c.moved).length, 1, 'one of the two swapped items is the one that moved');
});

test('a word diff keeps every word of both texts in order', () => {
  const parts = wordDiff('до 30 апреля 2024 г.', 'до 15 мая 2024 г.');
  assert.equal(
    parts
      .filter((p) => p.kind !== 'added')
      .map((p) => p.text)
      .join(''),
    'до 30 апреля 2024 г.',
  );
  assert.equal(
    parts
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
    'до 15 мая 2024 г.',
  );
});

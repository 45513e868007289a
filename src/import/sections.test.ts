import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSectionHead } from './sections.ts';

test('levels, parts and numbered blocks', () => {
  assert.deepEqual(readSectionHead('КРАЕВОЙ УРОВЕНЬ'), {
    kind: 'level',
    id: 'regional',
    title: 'КРАЕВОЙ УРОВЕНЬ',
    rank: 0,
  });
  assert.equal(readSectionHead('МУНИЦИПАЛЬНЫЙ УРОВЕНЬ').id, 'municipal');
  assert.equal(readSectionHead('УРОВЕНЬ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ').id, 'school');
  assert.deepEqual(readSectionHead('II. Мероприятия по профилактике'), {
    kind: 'part',
    id: 'II',
    number: 'II',
    title: 'Мероприятия по профилактике',
    rank: 1,
  });
  assert.deepEqual(readSectionHead('1. Мероприятия, направленные на улучшение условий'), {
    kind: 'block',
    id: '1',
    number: '1.',
    title: 'Мероприятия, направленные на улучшение условий',
    rank: 2,
  });
});

test('a numeral eaten by the extraction is guessed from the part before', () => {
  const head = readSectionHead('илМЕРОПРИЯТИЯ ПО ПРОФИЛАКТИКЕ', 'I');
  assert.equal(head.number, 'II');
  assert.equal(head.title, 'МЕРОПРИЯТИЯ ПО ПРОФИЛАКТИКЕ');
  assert.match(head.guess ?? '', /искажён/);
  assert.equal(readSectionHead('II. лМЕРОПРИЯТИЯ ПО ПРОФИЛАКТИКЕ').title, 'МЕРОПРИЯТИЯ ПО ПРОФИЛАКТИКЕ');
});

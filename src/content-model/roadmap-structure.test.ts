import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemPathTitle, numberedTitle, numberToAnchor } from './roadmap-structure.ts';

test('a number goes before its title with one dot, as the document writes it', () => {
  assert.equal(numberedTitle('I', 'Краевой уровень'), 'I. Краевой уровень');
  assert.equal(numberedTitle('1.', 'Мероприятия'), '1. Мероприятия');
  assert.equal(numberedTitle('2)', 'Мониторинг'), '2) Мониторинг');
  assert.equal(numberedTitle(undefined, 'Без номера'), 'Без номера');
});

test('a number as an anchor part keeps letters, digits and inner dots', () => {
  assert.equal(numberToAnchor('1.'), '1');
  assert.equal(numberToAnchor('III.2'), 'III.2');
  assert.equal(numberToAnchor('4 (а)'), '4');
  assert.equal(numberToAnchor('—'), 'n');
});

test('an item out of its section is named with the path to it and its title', () => {
  assert.equal(
    itemPathTitle({ anchor: 'p-school-I-4', number: '4.', title: 'Актуализация паспорта', trail: ['УРОВЕНЬ ОО', 'I'] }),
    'УРОВЕНЬ ОО › I › п. 4. Актуализация паспорта',
  );
  assert.equal(itemPathTitle({ anchor: 'p-1-row2', title: 'Без номера', trail: ['I'] }), 'I › Без номера');
});

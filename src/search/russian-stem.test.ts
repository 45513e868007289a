import { test } from 'node:test';
import assert from 'node:assert/strict';
import { russianStem, withoutMarks } from './russian-stem.ts';

test('stems as Snowball makes them, with «й» read as «и» and «ё» as «е», as Pagefind does', () => {
  assert.equal(russianStem('стажировки'), 'стажировк');
  assert.equal(russianStem('стажировка'), 'стажировк');
  // A zero ending: Snowball does not join it to the others, the reason the search adds dictionary forms.
  assert.equal(russianStem('стажировок'), 'стажировок');
  assert.equal(russianStem(withoutMarks('район')), 'раион');
  assert.equal(russianStem(withoutMarks('краевой')), 'краево');
  assert.equal(russianStem('краевых'), 'краев');
  assert.equal(russianStem(withoutMarks('проведённых')), 'проведен');
  assert.equal(russianStem('мероприятие'), 'мероприят');
  assert.equal(russianStem('бдительность'), 'бдительн');
  assert.equal(russianStem('ночь'), 'ноч');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractionJunk } from './item-fields.ts';

test('remains of the extraction are found as the whole word or the letters around a digit', () => {
  assert.equal(extractionJunk('Программа ИДР-_____ утверждена'), 'ИДР-_____');
  assert.equal(extractionJunk('принятие управленческ4ихрешений в срок'), 'управленческ4ихрешений');
  assert.equal(extractionJunk('см. (план-2в) и «х1у»'), 'х1у');
  assert.equal(extractionJunk('а-б2в-г'), 'б2в');
  assert.equal(extractionJunk('на 2025 год, 10 классов, 5а класс'), undefined);
});

test('a cell that is one huge word is checked at once', () => {
  // With a backtracking pattern each of these takes minutes.
  const word = 'а'.repeat(100_000);
  assert.equal(extractionJunk(word), undefined);
  assert.equal(extractionJunk(`${word}1`), undefined);
  assert.equal(extractionJunk(`${word}1б`), `${word}1б`);
  assert.equal(extractionJunk(`${word}_`), undefined);
});

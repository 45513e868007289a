import { test } from 'node:test';
import assert from 'node:assert/strict';
import { softHyphens } from './hyphenate.ts';

test('long words get soft hyphens where Russian breaks them; short ones and the text itself do not change', () => {
  assert.equal(
    softHyphens('в общеобразовательных организациях').replaceAll('\u00ad', '-'),
    'в об-ще-об-ра-зо-ва-тель-ных ор-га-ни-за-ци-ях',
  );
  assert.equal(
    softHyphens('Дорожные карты школы'),
    'Дорожные карты школы',
    'words of less than ten letters fit any line',
  );
  assert.equal(
    softHyphens('г.Хадыженск, Ю.А.Гагарина').replaceAll('\u00ad', '-'),
    'г.Хады-женск, Ю.А.Га-га-ри-на',
    'a run without a space counts whole',
  );
});

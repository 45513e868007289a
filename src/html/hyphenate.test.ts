import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hyphenateHeadings, softHyphens } from './hyphenate.ts';

test('long words get soft hyphens where Russian breaks them; short ones and the text itself do not change', () => {
  assert.equal(softHyphens('в общеобразовательных организациях').replaceAll('\u00ad', '-'), 'в об-ще-об-ра-зо-ва-тель-ных ор-га-ни-за-ци-ях');
  assert.equal(softHyphens('Дорожные карты школы'), 'Дорожные карты школы', 'words of less than ten letters fit any line');
  assert.equal(softHyphens('г.Хадыженск, Ю.А.Гагарина').replaceAll('\u00ad', '-'), 'г.Хады-женск, Ю.А.Га-га-ри-на', 'a run without a space counts whole');
});

test('only headings, only their text: not tags, attributes or abbreviations', () => {
  const markup = '<p>общеобразовательных</p><h1 id="общеобразовательных" class="x">Работа <abbr title="образовательная организация">ОБРАЗОВАТЕЛЬНОЙ</abbr> общеобразовательных</h1>';
  const out = hyphenateHeadings(markup);
  assert.ok(out.startsWith('<p>общеобразовательных</p><h1 id="общеобразовательных" class="x">Работа <abbr title="образовательная организация">ОБРАЗОВАТЕЛЬНОЙ</abbr> '), out);
  assert.equal(out.replaceAll('\u00ad', ''), markup);
  assert.match(out, /об\u00adще/);
});

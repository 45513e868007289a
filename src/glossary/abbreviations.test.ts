import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviatorsByOrganization, createAbbreviator, focusFirstAbbreviations } from './abbreviations.ts';
import { escapeHtml } from '../html/html.ts';
import type { Organization } from '../content-model/schemas.ts';

const glossary = [
  { abbr: 'ШНОР', expansion: 'школы с низкими образовательными результатами' },
  { abbr: 'ОО', expansion: 'общеобразовательная организация' },
  { abbr: 'ФГОС', expansion: 'федеральный государственный образовательный стандарт' },
  { abbr: 'ФГОС НОО', expansion: 'ФГОС начального общего образования' },
  { abbr: 'РМО', expansion: 'районное методическое объединение', scope: 'belorechensk' },
  { abbr: 'РМО', expansion: 'региональное методическое объединение', scope: 'other-region' },
];

test('abbreviations become <abbr> with the expansion as title', () => {
  const html = createAbbreviator(glossary).toHtml('Аудит ОО и ШНОР.');
  assert.equal(
    html,
    'Аудит <abbr title="общеобразовательная организация">ОО</abbr> и ' +
      '<abbr title="школы с низкими образовательными результатами">ШНОР</abbr>.',
  );
});

test('the longest abbreviation wins and parts of words are left alone', () => {
  const html = createAbbreviator(glossary).toHtml('ФГОС НОО, ФГОС; ООО «ОО»; ШНОРы');
  assert.match(html, /<abbr title="ФГОС начального общего образования">ФГОС НОО<\/abbr>/);
  assert.match(html, /<abbr title="федеральный[^"]*">ФГОС<\/abbr>;/);
  assert.match(html, /; ООО «<abbr[^>]*>ОО<\/abbr>»; ШНОРы$/);
});

test('a scoped expansion applies only within its scope', () => {
  assert.match(createAbbreviator(glossary, ['krasnodar-krai', 'belorechensk']).toHtml('РМО'), /районное/);
  assert.equal(createAbbreviator(glossary, ['sochi']).toHtml('РМО'), 'РМО');
});

test('content cannot inject markup', () => {
  const html = createAbbreviator([{ abbr: 'ОО', expansion: '"><script>alert(1)</script>' }]).toHtml(
    '<img src=x onerror=alert(1)> ОО',
  );
  assert.ok(!html.includes('<img') && !html.includes('<script'), html);
  assert.equal(escapeHtml(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
});

test('line breaks inside a cell are kept', () => {
  assert.equal(createAbbreviator([]).toHtml('первая\nвторая'), 'первая<br>вторая');
});

test(
  'organisations share an abbreviator when the same scoped entries apply to them, ' + 'and keep their own otherwise',
  () => {
    const org = (parent?: string) =>
      ({ kind: 'school', name: 'Школа (пример)', ...(parent ? { parent } : {}) }) as unknown as Organization;
    const organizations = new Map<string, Organization>([
      ['region', org()],
      ['belorechensk', org('region')],
      ['school-a', org('belorechensk')],
      ['school-b', org('belorechensk')],
      ['school-c', org('region')],
      ['school-d', org('region')],
    ]);
    const abbreviatorFor = abbreviatorsByOrganization(glossary, organizations);
    assert.equal(abbreviatorFor('school-a'), abbreviatorFor('school-b'), 'both under belorechensk');
    assert.equal(abbreviatorFor('school-c'), abbreviatorFor('school-d'), 'no scoped entries');
    assert.notEqual(abbreviatorFor('school-a'), abbreviatorFor('school-c'));
    // The same text twice: the same marked-up result, from either abbreviator its own.
    for (let i = 0; i < 2; i++) {
      assert.match(abbreviatorFor('school-a').toHtml('РМО'), /районное методическое объединение/);
      assert.equal(abbreviatorFor('school-c').toHtml('РМО'), 'РМО');
    }
  },
);

test('only the first occurrence of each abbreviation in a block becomes a tab stop', () => {
  const a = createAbbreviator([
    { abbr: 'ШНОР', expansion: 'школы с низкими результатами' },
    { abbr: 'ОО', expansion: 'образовательная организация' },
  ]);
  const markup = focusFirstAbbreviations(`<p>${a.toHtml('ШНОР и ОО')}</p><p>${a.toHtml('ШНОР, ОО, ШНОР')}</p>`);
  assert.equal((markup.match(/tabindex="0"/g) ?? []).length, 2);
  assert.match(
    markup,
    new RegExp(
      String.raw`^<p><abbr tabindex="0" title="школы с низкими результатами">ШНОР<\/abbr> и ` +
        String.raw`<abbr tabindex="0" title="образовательная организация">ОО<\/abbr><\/p><p><abbr title=`,
    ),
  );
});

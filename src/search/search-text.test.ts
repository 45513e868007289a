import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realSiteContent } from '../../tests/support/site-content.ts';
import { glossaryPhrases, organizationWords, searchTextFor, wordForms } from './search-text.ts';
import { phraseVariants } from './glossary-phrases.ts';
import { stemKey } from './query-words.ts';
import { russianStem, withoutMarks } from './russian-stem.ts';

const content = realSiteContent('2026-01-15');
const stems = (words: string) =>
  new Set(
    words
      .split(/[\s{}]+/)
      .filter(Boolean)
      .map((w) => russianStem(withoutMarks(w.toLowerCase()))),
  );

test(
  'a word whose stem is not its lexeme’s main stem ' +
    'brings a word that has it; ' +
    'one the stems join brings nothing',
  async () => {
    const forms = await wordForms();
    assert.deepEqual(forms.additions('Организация стажировок'), ['стажировка']);
    assert.deepEqual(forms.additions('Организация стажировок и стажировки'), [], 'the text has the main stem already');
    assert.deepEqual(forms.additions('краевых стажировок'.replace('стажировок', 'семинарах')), []);
    // A surname in another case brings the main word of its lexeme: «Андроновой» is found as «Андронова».
    const surname = forms.additions('Андроновой О.Н.');
    assert.ok(stems(surname.join(' ')).has(russianStem('андронова')), surname.join(' '));
  },
);

test('abbreviations both ways, from the glossary entries that apply to the page’s organisation', async () => {
  const school = await searchTextFor(content, 'apsheronsk-sosh-7');
  // An expansion in any form brings its abbreviation.
  assert.match(school.words('Разработка индивидуальных образовательных маршрутов'), /(^| )ИОМ( |$)/);
  // An abbreviation brings its expansion only where asked (an organisation's name); in roadmaps the search page
  // searches an expansion in the query as its abbreviation.
  assert.doesNotMatch(school.words('Разработка ИОМ для обучающихся'), /маршрут/);
  const words = school.wordsWithExpansions('Разработка ИОМ для обучающихся');
  assert.ok(stems(words).has(russianStem('маршрут')), words);
  // «УОН» is Sochi's: expanded on a Sochi page, not on an Apsheronsk one.
  assert.match((await searchTextFor(content, 'sochi')).wordsWithExpansions('приказ УОН'), /образованию/);
  assert.doesNotMatch(school.wordsWithExpansions('приказ УОН'), /образованию/);
});

test('an organisation page adds its short name, municipality, the forms of its name', async () => {
  const words = organizationWords(await searchTextFor(content, 'apsheronsk-sosh-7'), content, 'apsheronsk-sosh-7');
  for (const word of ['СОШ', 'МБОУ', '№7', 'Апшеронский', 'школа'])
    assert.ok(words.includes(word), `${word}: ${words}`);
});

test(
  'an expansion in a query, in any form, is also searched as its abbreviation; ' +
    'one of an organisation within its documents',
  async () => {
    const phrases = await glossaryPhrases(content);
    const variants = (query: string, filters: Record<string, string> = {}) => {
      const words = query.split(' ');
      return phraseVariants(
        words,
        words.map((w) => new Set([stemKey(w)])),
        phrases,
        filters,
      ).map((v) => `${v.words.join(' ')} ${JSON.stringify(v.filters)}`);
    };
    assert.deepEqual(variants('сопровождение индивидуальных образовательных маршрутов'), ['сопровождение ИОМ {}']);
    assert.deepEqual(variants('краевые диагностические работы'), ['КДР {"region":"Краснодарский край"}']);
    assert.deepEqual(
      variants('краевые диагностические работы', { region: 'Ставропольский край' }),
      [],
      'not where the visitor chose another region',
    );
    assert.deepEqual(variants('индивидуальный маршрут'), []);
  },
);

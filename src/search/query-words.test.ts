import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexTerm, normalizeQuery, queryVariants, stemKey } from './query-words.ts';
import { fieldSeparator, itemFieldsOf, itemTitleForSearch } from './result-fields.ts';
import { partOf, splitFormsTable } from './forms-table.ts';

test('a school number is the number, however the sign is written', () => {
  for (const query of ['СОШ №7', 'СОШ № 7', 'СОШ N 7', 'СОШ N7', 'СОШ No. 7', 'СОШ #7', 'СОШ 7'])
    assert.equal(normalizeQuery(query), 'СОШ 7', query);
  assert.equal(normalizeQuery('  МБОУ   СОШ  №  18 '), 'МБОУ СОШ 18');
  // A letter N inside a word, or a sign without a number, stays.
  assert.equal(normalizeQuery('ЛИЦЕЙ N'), 'ЛИЦЕЙ N');
  assert.equal(normalizeQuery('ШНОР'), 'ШНОР');
});

test('each word is also searched as its alternatives: the queries multiply, at most eight', () => {
  assert.deepEqual(queryVariants(['стажировок'], [['стажировка']]), ['стажировок', 'стажировка']);
  assert.deepEqual(queryVariants(['краевых', 'стажировок'], [['краевого'], ['стажировка']]), [
    'краевых стажировок',
    'краевых стажировка',
    'краевого стажировок',
    'краевого стажировка',
  ]);
  assert.equal(
    queryVariants(
      ['а', 'б', 'в', 'г'],
      [
        ['1', '2'],
        ['1', '2'],
        ['1', '2'],
        ['1', '2'],
      ],
    ).length,
    8,
  );
  assert.equal(stemKey('Стажировок'), 'стажировок');
  // As Pagefind stems it: «й» read as «и», and then no ending is recognised.
  assert.equal(stemKey('районной'), 'раионно');
});

test('an item’s fields go into its title and come back out, with its status', () => {
  const item = {
    number: '1.',
    title: 'Организация стажировок',
    form: 'стажировка',
    deadline: { text: 'до 30 января 2023 г.' },
    responsible: [{ text: 'ИРО КК' }, { text: 'УО' }],
  };
  const title = itemTitleForSearch(item, 'просрочено');
  assert.equal(
    title,
    `1. Организация стажировок${fieldSeparator}до 30 января 2023 г.${fieldSeparator}ИРО КК, УО — просрочено`,
  );
  assert.deepEqual(itemFieldsOf(title, ['выполнено', 'просрочено']), {
    title: '1. Организация стажировок',
    deadline: 'до 30 января 2023 г.',
    responsible: 'ИРО КК, УО',
    status: 'просрочено',
  });
  assert.deepEqual(
    itemFieldsOf(itemTitleForSearch({ title: 'Без полей', deadline: { text: null }, responsible: [] }, ''), []),
    { title: 'Без полей' },
  );
});

test('the table of forms is split into parts, and a stem is looked up in the one it would be in', () => {
  const table = new Map(
    Array.from({ length: 400 }, (_, i) => [`стем${String(i).padStart(3, '0')}`, [`слово${i}`]] as const),
  );
  const { index, parts } = splitFormsTable(table);
  assert.ok(parts.length > 3, `${parts.length} parts`);
  assert.equal(index.parts.length, parts.length);
  for (const [stem, words] of table) assert.deepEqual(parts[partOf(index, stem)]![stem], words, stem);
  assert.equal(partOf(index, 'аааа'), -1);
  for (const part of parts) assert.ok(JSON.stringify(part).length <= 2048);
});

test('a word goes to Pagefind as its stem when that stem is its own, so the index part of the stem is fetched', () => {
  assert.equal(indexTerm('стажировки'), 'стажировк');
  assert.equal(indexTerm('Стажировка'), 'стажировк');
  assert.equal(indexTerm('школами'), 'школ');
  // «районной» → «раионно», whose own stem is shorter: as typed.
  assert.equal(indexTerm('районной'), 'районной');
  // «обучающихся» → «обуча», whose own stem is «обуч»: sent as typed, so that Pagefind matches the same words.
  assert.equal(stemKey('обучающихся'), 'обуча');
  assert.equal(indexTerm('обучающихся'), 'обучающихся');
  // Numbers, Latin and words with a hyphen go as typed.
  for (const word of ['7', '500+', 'ФИС-ОКО', 'school']) assert.equal(indexTerm(word), word);
});

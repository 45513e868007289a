import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { russianStem, withoutMarks } from './russian-stem.ts';
import { indexWords } from '../../tests/support/pagefind-index.ts';
import { realContent } from '../../tests/support/content-copy.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

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

/** Every Cyrillic word of the demo content, lower case. */
function contentWords(): string[] {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ya?ml|mdx)$/.test(entry.name))
        for (const w of readFileSync(file, 'utf8')
          .toLowerCase()
          .match(/[а-яё]+/g) ?? [])
          words.add(w);
    }
  };
  walk(realContent);
  return [...words];
}

test('every word of the demo content has the stem Pagefind gives it in a real index', async () => {
  const words = contentWords();
  assert.ok(words.length > 1500, `${words.length} words`);
  const { index } = await pagefind.createIndex({ forceLanguage: 'ru' });
  const dir = tempDir('karta-stems-');
  try {
    const { errors } = await index!.addCustomRecord({ url: '/words/', content: words.join(' '), language: 'ru' });
    assert.deepEqual(errors, []);
    await index!.writeFiles({ outputPath: dir });
  } finally {
    await pagefind.close();
  }
  const indexed = indexWords(dir);
  const wrong = words.filter((w) => !indexed.has(russianStem(withoutMarks(w))));
  assert.deepEqual(wrong, [], 'words whose stem is not the index’s');
});

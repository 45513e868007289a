// Карта's Russian stemmer (src/search/russian-stem.ts) against a real Pagefind index: the search page stems what a
// visitor types with it, so every word of the content must get the stem Pagefind's own process gave it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { russianStem, withoutMarks } from '../../src/search/russian-stem.ts';
import { indexWords } from '../support/pagefind-index.ts';
import { realContent } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';

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

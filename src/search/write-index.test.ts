import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globsOf, startSearchIndex } from './write-index.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

function site(pages: Record<string, string>): string {
  const dir = tempDir('karta-index-');
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `<!DOCTYPE html><html lang="ru"><head><title>${text}</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`);
  }
  return dir;
}

test('pages handed over in batches are indexed, and only those', async () => {
  const dir = site({
    'roadmaps/a/index.html': 'Стажировка учителей',
    'roadmaps/b.2/index.html': 'Семинар для руководителей',
    'organizations/c/index.html': 'Школа (пример)',
    'organizations/c/calendar/index.html': 'Календарь: не ищется',
  });
  const index = await startSearchIndex(dir);
  try {
    index.add(['roadmaps/a/index.html', 'roadmaps/b.2/index.html']);
    index.add(['organizations/c/index.html']);
    await index.finish();
  } finally {
    await index.close();
  }
  assert.equal(readdirSync(path.join(dir, 'pagefind', 'fragment')).length, 3);
});

test('a page handed over but not found fails the index instead of missing from the search', async () => {
  const dir = site({ 'roadmaps/a/index.html': 'Стажировка' });
  const index = await startSearchIndex(dir);
  try {
    index.add(['roadmaps/a/index.html', 'roadmaps/missing/index.html']);
    await assert.rejects(index.finish(), /проиндексировано страниц 1 из 2/);
  } finally {
    await index.close();
  }
});

test('without batches, finish indexes every roadmap and organisation page', async () => {
  const dir = site({ 'roadmaps/a/index.html': 'Стажировка', 'organizations/c/index.html': 'Школа', 'glossary/index.html': 'Сокращения' });
  const index = await startSearchIndex(dir);
  try {
    await index.finish();
  } finally {
    await index.close();
  }
  assert.equal(readdirSync(path.join(dir, 'pagefind', 'fragment')).length, 2);
});


test('a batch is looked for folder by folder, each name taken literally', () => {
  assert.deepEqual(globsOf(['roadmaps/a/index.html', 'organizations/c/index.html', 'roadmaps/b.2,{x}/index.html']), [
    { glob: 'roadmaps/{a,b.2\\,\\{x\\}}/index.html', files: 2 },
    { glob: 'organizations/c/index.html', files: 1 },
  ]);
});

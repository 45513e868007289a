import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { indexFiles, startSearchIndex } from './write-index.ts';
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
    index.allAdded();
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

async function writeIndex(dir: string): Promise<void> {
  const index = await startSearchIndex(dir);
  try {
    await index.finish();
  } finally {
    await index.close();
  }
}

test('indexFiles names the index files Pagefind leaves as they are when it writes over an earlier index, and not the stale ones', async () => {
  const dir = site({ 'roadmaps/a/index.html': 'Стажировка', 'roadmaps/b/index.html': 'Семинар', 'organizations/c/index.html': 'Школа' });
  await writeIndex(dir);
  const pagefindFiles = (kind: string) => readdirSync(path.join(dir, 'pagefind', kind)).map((f) => path.join(dir, 'pagefind', kind, f));
  const first = indexFiles(dir);
  assert.deepEqual(first.filter((f) => f.endsWith('.pf_fragment')).sort(), pagefindFiles('fragment').sort());
  assert.equal(first.filter((f) => f.endsWith('.pf_meta')).length, 1);
  assert.deepEqual(first.filter((f) => f.endsWith('.pf_index')).sort(), pagefindFiles('index').sort());

  // Page b goes: its fragment is still in the folder but no longer in the index.
  rmSync(path.join(dir, 'roadmaps', 'b'), { recursive: true });
  await writeIndex(dir);
  const second = new Set(indexFiles(dir));
  const fragments = pagefindFiles('fragment');
  assert.equal(fragments.length, 3, 'Pagefind does not remove the old fragment');
  assert.equal(fragments.filter((f) => second.has(f)).length, 2);
  for (const file of second) assert.ok(readdirSync(path.dirname(file)).includes(path.basename(file)), file);
});

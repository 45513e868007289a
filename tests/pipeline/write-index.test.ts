// The search index written by Pagefind's own process (src/search/write-index.ts): pages handed over in batches,
// pages missing or never handed over, one bundle or two, and the write that goes on while this process is busy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSearchIndex } from '../../src/search/write-index.ts';
import { searchBundles, twoBundlesFrom } from '../../src/search/searched-pages.ts';
import { termsFile } from '../../src/search/search-files.ts';
import { tempDir } from '../support/temp-dir.ts';

function site(pages: Record<string, string>): string {
  const dir = tempDir('karta-index-');
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(
      path.join(dir, file),
      `<!DOCTYPE html><html lang="ru"><head><title>${text}</title></head>` +
        `<body><main data-pagefind-body><p>${text}</p></main></body></html>`,
    );
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
  const index = await startSearchIndex(dir, () => 4000);
  try {
    index.add(['roadmaps/a/index.html', 'roadmaps/b.2/index.html'], 3);
    index.add(['organizations/c/index.html'], 3);
    await index.finish();
  } finally {
    await index.close();
  }
  assert.equal(readdirSync(path.join(dir, 'pagefind', 'fragment')).length, 3);
});

test('a page handed over but not found fails the index instead of missing from the search', async () => {
  const dir = site({ 'roadmaps/a/index.html': 'Стажировка' });
  const index = await startSearchIndex(dir, () => 4000);
  try {
    index.add(['roadmaps/a/index.html', 'roadmaps/missing/index.html'], 2);
    await assert.rejects(index.finish(), /проиндексировано страниц 1 из 2/);
  } finally {
    await index.close();
  }
});

test('a page of the site never handed over fails the index', async () => {
  const dir = site({ 'roadmaps/a/index.html': 'Стажировка', 'roadmaps/b/index.html': 'Семинар' });
  const index = await startSearchIndex(dir, () => 4000);
  try {
    index.add(['roadmaps/a/index.html'], 2);
    await assert.rejects(index.finish(), /передано 1 из 2/);
  } finally {
    await index.close();
  }
});

/** Pagefind processes started by this one (Linux: from /proc). */
function pagefindProcesses(): number {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // A process of an earlier test may not have been reaped yet (Z).
      return stat.includes('(pagefind') && state !== 'Z' && Number(parent) === process.pid;
    } catch {
      return false; // ended meanwhile
    }
  }).length;
}

/** `n` roadmap pages, each with a word of its own and a word they share. */
const manyPages = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`roadmaps/r${i}/index.html`, `Стажировка номер${i}`]));
const fragments = (dir: string, bundle: string) => readdirSync(path.join(dir, bundle, 'fragment')).length;

test(
  `a site of ${twoBundlesFrom} searched pages or more: ` +
    'two bundles of half the pages each, written by two Pagefind processes',
  async () => {
    const dir = site(manyPages(twoBundlesFrom + 1));
    const files = Object.keys(manyPages(twoBundlesFrom + 1));
    const index = await startSearchIndex(dir, () => 4000);
    try {
      for (let i = 0; i < files.length; i += 30) index.add(files.slice(i, i + 30), files.length);
      await index.finish();
      assert.equal(pagefindProcesses(), 2, 'a Pagefind process for each bundle');
    } finally {
      await index.close();
    }
    assert.deepEqual(searchBundles(files.length, 4000), ['pagefind', 'pagefind-2']);
    assert.equal(fragments(dir, 'pagefind'), Math.ceil(files.length / 2));
    assert.equal(fragments(dir, 'pagefind-2'), Math.floor(files.length / 2));
    // Each is a whole bundle of its own that the search page can load.
    for (const bundle of ['pagefind', 'pagefind-2']) {
      const entry = JSON.parse(readFileSync(path.join(dir, bundle, 'pagefind-entry.json'), 'utf8'));
      assert.ok(entry.languages.ru.page_count > 0, bundle);
    }
  },
);

test('a smaller site: one bundle', async () => {
  const dir = site(manyPages(twoBundlesFrom - 1));
  const index = await startSearchIndex(dir, () => 4000);
  try {
    await index.finish();
  } finally {
    await index.close();
  }
  assert.equal(fragments(dir, 'pagefind'), twoBundlesFrom - 1);
  assert.ok(!existsSync(path.join(dir, 'pagefind-2')));
});

test('without batches, finish indexes every roadmap and organisation page', async () => {
  const dir = site({
    'roadmaps/a/index.html': 'Стажировка',
    'organizations/c/index.html': 'Школа',
    'glossary/index.html': 'Сокращения',
  });
  const index = await startSearchIndex(dir, () => 4000);
  try {
    await index.finish();
  } finally {
    await index.close();
  }
  assert.equal(readdirSync(path.join(dir, 'pagefind', 'fragment')).length, 2);
});

test('once asked to write, Pagefind writes while this process is busy', async () => {
  const dir = site({ 'roadmaps/a/index.html': 'Стажировка', 'organizations/b/index.html': 'Школа (пример)' });
  // Glossary terms are added first, each a question and an answer through this process's event loop.
  const terms = ['ИОМ', 'ШНОР', 'ОО'].map((abbr) => ({ url: `/glossary/#${abbr}`, title: abbr, content: abbr }));
  mkdirSync(path.join(dir, 'search'), { recursive: true });
  writeFileSync(path.join(dir, termsFile), JSON.stringify(terms));
  const index = await startSearchIndex(dir, () => 4000);
  try {
    index.add(['roadmaps/a/index.html', 'organizations/b/index.html'], 2);
    const written = index.finish();
    await index.writing();
    // Busy without a turn of the event loop (as when the build puts the documents in place): the index appears.
    const entry = path.join(dir, 'pagefind', 'pagefind-entry.json');
    const until = Date.now() + 30_000;
    while (!existsSync(entry) && Date.now() < until);
    assert.ok(existsSync(entry), 'Pagefind wrote nothing while this process was busy');
    await written;
  } finally {
    await index.close();
  }
  const records = readdirSync(path.join(dir, 'pagefind', 'fragment')).length;
  assert.equal(records, 2 + 3);
});

// A portal too large for one index a first query could fetch (src/search/searched-pages.ts, `municipalBundlesFrom`;
// a small synthetic region stands in for one here): the portal's documents in one bundle, each municipality's schools
// in another, merged only when the visitor chooses or names the municipality, or asks for every school.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { loadContent } from '../../src/content-model/load-content.ts';
import { phraseBankFrom, writeSyntheticRegion } from '../../bench/synthetic-region.ts';
import { launchChromium } from '../../dev/browser.ts';
import { buildSite } from '../support/built-site.ts';
import { realContent } from '../support/content-copy.ts';
import { fragments } from '../support/pagefind-index.ts';
import { tempDir } from '../support/temp-dir.ts';
import { serveStatic, type StaticSite } from '../../src/build/static-server.ts';

let dist: string;
let site: StaticSite;
let browser: Browser;
let layout: { municipalities: { name: string; bundle: string }[] };

before(async () => {
  const content = path.join(tempDir('karta-municipal-'), 'content');
  writeSyntheticRegion(content, phraseBankFrom(loadContent(realContent)), {
    schools: 24,
    municipalities: 3,
    itemsPerSchool: 6,
  });
  // A small region indexed as a national portal is: each municipality's schools apart.
  appendFileSync(path.join(content, 'site.yaml'), 'searchByMunicipalityFrom: 20\n');
  // Without the roadmaps' documents: this is about search.
  dist = buildSite(['--content', content, '--documents', 'none']);
  layout = JSON.parse(readFileSync(path.join(dist, 'search', 'layout.json'), 'utf8')) as typeof layout;
  site = await serveStatic(dist);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test(
  'each municipality’s schools are a bundle of their own, without the engine; ' + 'everything else is the portal’s',
  () => {
    assert.equal(layout.municipalities.length, 3);
    const portal = [...fragments(path.join(dist, 'pagefind')).keys()];
    assert.ok(
      portal.some((url) => /^\/roadmaps\/bench-m\d+-2023\/$/.test(url)),
      'municipal roadmaps in the portal’s bundle',
    );
    assert.ok(!portal.some((url) => /bench-m\d+-s\d+/.test(url)), 'no school in the portal’s bundle');
    for (const { bundle } of layout.municipalities) {
      const dir = path.join(dist, bundle);
      const urls = [...fragments(dir).keys()];
      const municipalities = new Set(urls.map((url) => /bench-(m\d+)-s\d+/.exec(url)?.[1]));
      assert.equal(municipalities.size, 1, `${bundle}: one municipality’s schools, ${urls.join(' ')}`);
      assert.ok(urls.some((u) => u.startsWith('/roadmaps/')) && urls.some((u) => u.startsWith('/organizations/')));
      assert.ok(
        !existsSync(path.join(dir, 'pagefind.js')) && !readdirSync(dir).some((f) => f.startsWith('wasm.')),
        `${bundle}: no engine`,
      );
    }
  },
);

async function open(query: string, params = ''): Promise<{ page: Page; fetched: string[] }> {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(site.url(`search/?q=${encodeURIComponent(query)}${params}`));
  await page.waitForFunction(() => /найден|ничего/.test(document.getElementById('search-status')?.textContent ?? ''));
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
  return { page, fetched };
}

const links = (page: Page) =>
  page
    .locator('#search-results > li > a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test('a first query fetches the portal’s bundle only, and offers the schools', async () => {
  const { page, fetched } = await open('стажировки');
  assert.ok(fetched.some((f) => f.startsWith('/pagefind/')));
  assert.deepEqual(
    fetched.filter((f) => f.startsWith('/pagefind-m')),
    [],
  );
  assert.ok(!(await links(page)).some((l) => /bench-m\d+-s\d+/.test(l)));
  // Asked, it searches every school.
  await page.getByRole('button', { name: 'искать в документах всех школ' }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#search-results > li > a')].some((a) =>
      /bench-m\d+-s\d+/.test((a as HTMLAnchorElement).href),
    ),
  );
  for (const { bundle } of layout.municipalities)
    assert.ok(
      fetched.some((f) => f.startsWith(`/${bundle}`)),
      bundle,
    );
  await page.close();
});

test('a municipality chosen in the filters, or named in the query, brings its schools’ bundle only', async () => {
  const [first, second] = layout.municipalities;
  const chosen = await open('МБОУ СОШ', `&municipality=${encodeURIComponent(first!.name)}`);
  const found = await links(chosen.page);
  assert.ok(
    found.some((l) => /bench-m\d+-s\d+/.test(l)),
    found.join(' '),
  );
  assert.ok(chosen.fetched.some((f) => f.startsWith(`/${first!.bundle}`)));
  assert.ok(!chosen.fetched.some((f) => f.startsWith(`/${second!.bundle}`)));
  await chosen.page.close();
  // Named: the word of its name that is not «район».
  const word = first!.name.split(' ')[0]!;
  const named = await open(`СОШ ${word}`);
  assert.ok(
    named.fetched.some((f) => f.startsWith(`/${first!.bundle}`)),
    `«${word}» brings ${first!.bundle}`,
  );
  await named.page.close();
});

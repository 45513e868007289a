// The search of a region-sized site, whose index is two Pagefind bundles written side by side
// (src/search/searched-pages.ts): the search page merges them, so a query finds the documents of both, and the order
// «по сроку» runs across both. The site is the synthetic region of the benchmark (bench/synthetic-region.ts), with
// enough schools for two bundles and a third of the school roadmaps starting a term earlier, so that there is an order
// to keep.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { loadContent } from '../../src/content-model/load-content.ts';
import { phraseBankFrom, writeSyntheticRegion } from '../../bench/synthetic-region.ts';
import { searchBundles, twoBundlesFrom } from '../../src/search/searched-pages.ts';
import { russianStem, withoutMarks } from '../../src/search/russian-stem.ts';
import { launchChromium } from '../../dev/browser.ts';
import { karta, realContent } from '../support/content-copy.ts';
import { serveStatic, type StaticSite } from '../../src/build/static-server.ts';
import { tempDir } from '../support/temp-dir.ts';
import { showEveryResult } from '../support/search-results.ts';
import { parallelFrom } from '../../src/build/build.ts';

// A school brings two searched pages (its roadmap and its own), the region and each municipality a few.
const municipalities = 3;
const schools = Math.ceil((twoBundlesFrom - 3 * municipalities - 3) / 2) + 1;
const earlier = '2022-09-01';
/** A word of the schools' items that about one school roadmap in twelve has (worked out in `before`). */
let rarerWord = '';
let dist: string;
let buildOutput = '';
const timings = path.join(tempDir('karta-region-timings-'), 'timings.json');
let site: StaticSite;
let browser: Browser;

before(async () => {
  const content = path.join(tempDir('karta-region-search-'), 'content');
  writeSyntheticRegion(content, phraseBankFrom(loadContent(realContent)), {
    schools,
    municipalities,
    itemsPerSchool: 6,
  });
  const roadmaps = path.join(content, 'roadmaps');
  for (const file of readdirSync(roadmaps).filter((f, i) => /-s\d+-/.test(f) && i % 3 === 0)) {
    const yaml = readFileSync(path.join(roadmaps, file), 'utf8');
    writeFileSync(path.join(roadmaps, file), yaml.replace('start: 2023-01-01', `start: ${earlier}`));
  }
  rarerWord = wordOfSomeRoadmaps(roadmaps, 1 / 12);
  // Without the roadmaps' documents: this is about search, and on a fresh machine their making would take most of
  // the build (some 1,500 PDFs printed, 3,000 Word and Excel copies written).
  dist = path.join(tempDir('karta-region-site-'), 'dist');
  const built = karta(['build', '--content', content, '--out', dist, '--documents', 'none', '--timings', timings], {
    KARTA_BUILD_DATE: '2023-03-15',
  });
  assert.equal(built.code, 0, built.output);
  buildOutput = built.stdout;
  site = await serveStatic(dist);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * A word of the school roadmaps' titles whose stem (as the search stems it) is in about `share` of them: a query for
 * it in one municipality finds a few dozen documents, where a word of every roadmap finds some five hundred.
 */
function wordOfSomeRoadmaps(roadmaps: string, share: number): string {
  const files = readdirSync(roadmaps).filter((f) => /-s\d+-/.test(f));
  const byStem = new Map<string, { word: string; files: Set<string> }>();
  for (const file of files) {
    for (const [, title] of readFileSync(path.join(roadmaps, file), 'utf8').matchAll(/^\s+(?:- )?title: (.+)$/gm)) {
      for (const word of title!.toLowerCase().match(/[а-яё]{6,}/g) ?? []) {
        const stem = russianStem(withoutMarks(word));
        const entry = byStem.get(stem) ?? { word, files: new Set<string>() };
        entry.files.add(file);
        byStem.set(stem, entry);
      }
    }
  }
  const wanted = files.length * share;
  const [nearest] = [...byStem.values()].sort(
    (a, b) => Math.abs(a.files.size - wanted) - Math.abs(b.files.size - wanted),
  );
  return nearest!.word;
}

/**
 * The pages in a bundle of the built index, from its fragments (gzip of «pagefind_dcd» and JSON); not the glossary's
 * terms, records of their own in the first.
 */
function pagesOf(bundle: string): Set<string> {
  const dir = path.join(dist, bundle, 'fragment');
  const urls = readdirSync(dir).map(
    (f) =>
      (
        JSON.parse(
          gunzipSync(readFileSync(path.join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string }
      ).url,
  );
  return new Set(urls.filter((url) => !url.startsWith('/glossary/')));
}

const searchedPages = () =>
  ['roadmaps', 'organizations'].flatMap((folder) =>
    readdirSync(path.join(dist, folder), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${folder}/${d.name}/`),
  );

test(
  `a site of ${twoBundlesFrom} searched pages or more: two bundles, each page in one of them, ` +
    'the search page merges the second',
  () => {
    const pages = searchedPages();
    assert.ok(pages.length >= twoBundlesFrom, `${pages.length} searched pages`);
    assert.deepStrictEqual(searchBundles(pages.length, 4000), ['pagefind', 'pagefind-2']);
    const [first, second] = [pagesOf('pagefind'), pagesOf('pagefind-2')];
    assert.ok(Math.abs(first.size - second.size) <= 1, `${first.size} and ${second.size} pages: half each`);
    assert.deepStrictEqual([...first, ...second].sort(), [...pages].sort(), 'every searched page, once');
    assert.match(
      readFileSync(path.join(dist, 'search', 'index.html'), 'utf8'),
      /data-merge="\[&quot;\/pagefind-2\/&quot;\]"/,
    );
  },
);

test(`a site of ${parallelFrom} roadmaps or more is built the parallel way unless told otherwise`, () => {
  assert.ok(readdirSync(path.join(dist, 'roadmaps')).length >= parallelFrom);
  assert.equal(JSON.parse(readFileSync(timings, 'utf8')).way, 'parallel');
});

test('--documents none: no PDF, Word or Excel copy of any roadmap, no link to them, the build says so', () => {
  const documents = readdirSync(path.join(dist, 'roadmaps'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(pdf|docx|xlsx)$/.test(f),
  );
  assert.deepEqual(documents, []);
  assert.deepEqual(JSON.parse(readFileSync(path.join(dist, 'data', 'documents.json'), 'utf8')), { documents: [] });
  const school = readdirSync(path.join(dist, 'roadmaps')).find((id) => /-s\d+-/.test(id))!;
  const page = readFileSync(path.join(dist, 'roadmaps', school, 'index.html'), 'utf8');
  assert.match(page, /<li data-karta-document="pdf" hidden>/);
  assert.doesNotMatch(page, /<li data-karta-document="(pdf|docx|xlsx)">/);
  assert.match(buildOutput, /Документы карт \(PDF, Word, Excel\) не созданы \(--documents none\)/);
  assert.doesNotMatch(buildOutput, /DOCX \d+/);
});

const resultCount = async (page: Page) =>
  Number(/найден\S* (\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? NaN);

async function searchShown(page: Page) {
  await page.locator('#search-results li').first().waitFor();
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
}

/** How many documents a bundle finds for `query` on its own: Pagefind loaded from that bundle, in a page of its own. */
async function foundInBundle(bundle: string, query: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(site.url('glossary/'));
  const found = await page.evaluate(
    async ([bundle, query]) => {
      const pagefind = (await import(`/${bundle}/pagefind.js`)) as {
        search(q: string): Promise<{ results: unknown[] }>;
      };
      return (await pagefind.search(query)).results.length;
    },
    [bundle, query] as const,
  );
  await page.close();
  return found;
}

test('a query finds the documents of both bundles', async () => {
  const page = await browser.newPage();
  await page.goto(site.url('search/?q=мониторинг'));
  await searchShown(page);
  const [inFirst, inSecond] = [
    await foundInBundle('pagefind', 'мониторинг'),
    await foundInBundle('pagefind-2', 'мониторинг'),
  ];
  assert.ok(inFirst! > 0 && inSecond! > 0, `${inFirst} and ${inSecond}`);
  assert.equal(await resultCount(page), inFirst! + inSecond!);
  await page.close();
});

test(
  '«по сроку»: documents of both bundles in order of their period, earliest first, ' + 'organisations left out',
  async () => {
    const page = await browser.newPage();
    const data = JSON.parse(readFileSync(path.join(dist, 'data', 'roadmaps.json'), 'utf8')) as {
      roadmaps: { id: string; owner: { id: string }; period: { start: string } }[];
    };
    const periodStart = new Map(data.roadmaps.map((r) => [`/roadmaps/${r.id}/`, r.period.start]));
    // A rarer word in one municipality's roadmaps: a few dozen documents, all shown after a few «Показать ещё».
    await page.goto(site.url('search/'));
    await page.locator('#search-filters summary').click();
    const municipality = (await page.locator('select[name=municipality] option').nth(1).getAttribute('value'))!;
    await page.goto(
      site.url(`search/?q=${encodeURIComponent(rarerWord)}&municipality=${encodeURIComponent(municipality)}&sort=asc`),
    );
    await searchShown(page);
    const count = await resultCount(page);
    await showEveryResult(page);
    const documents = await page
      .locator('#search-results > li')
      .evaluateAll((lis) =>
        lis.map((li) =>
          decodeURIComponent(
            [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!).find((h) => !h.includes('#'))!,
          ),
        ),
      );
    assert.equal(documents.length, count, 'every document found is shown');
    assert.ok(
      documents.every((d) => periodStart.has(d)),
      'only roadmaps, which have a period',
    );
    const starts = documents.map((d) => periodStart.get(d)!);
    assert.deepStrictEqual(starts, [...starts].sort(), 'earliest period first');
    assert.ok(starts.includes(earlier) && starts.includes('2023-01-01'), starts.join(' '));
    const [first, second] = [pagesOf('pagefind'), pagesOf('pagefind-2')];
    assert.ok(documents.some((d) => first.has(d)) && documents.some((d) => second.has(d)), 'documents of both bundles');

    await page.selectOption('select[name=sort]', 'desc');
    await page.waitForURL(/sort=desc/);
    await searchShown(page);
    const latestFirst = await page
      .locator('#search-results > li')
      .first()
      .evaluate((li) =>
        decodeURIComponent(
          [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!).find((h) => !h.includes('#'))!,
        ),
      );
    assert.equal(periodStart.get(latestFirst), '2023-01-01', 'latest period first');
    await page.close();
  },
);

test('a bundle that cannot be had: the search page says search does not work now, and is not left busy', async () => {
  const page = await browser.newPage();
  await page.route('**/pagefind-2/**', (route) => route.abort());
  await page.goto(site.url('search/?q=мониторинг'));
  await page.waitForFunction(() => /не работает/.test(document.getElementById('search-status')!.textContent ?? ''));
  assert.equal(await page.locator('#search-results').getAttribute('aria-busy'), null);
  assert.equal(await page.locator('#search-results > li').count(), 0);
  await page.close();
});

test(
  'monitoring of a municipality: the status filter from the keyboard keeps the schools of that status, ' +
    'and says how many',
  async () => {
    const page = await browser.newPage();
    await page.goto(site.url('organizations/bench-m1/monitoring/'), { waitUntil: 'load' });
    const rows = page.locator('#monitoring tbody tr');
    const all = await rows.count();
    const statuses = await rows.evaluateAll((list) => list.map((r) => (r as HTMLElement).dataset.status));
    const sssu = statuses.filter((s) => s === 'sssu').length;
    assert.ok(sssu > 0 && sssu < all, `${sssu} of ${all} schools are ШССУ: the filter has something to do`);
    const filter = page.getByLabel('Статус');
    await filter.focus();
    await filter.selectOption({ label: 'ШССУ' });
    assert.equal(await page.locator('#monitoring tbody tr:not([hidden])').count(), sssu);
    assert.match(
      (await page.locator('#monitoring-count').textContent()) ?? '',
      new RegExp(`Показано ${sssu} из ${all}`),
    );
    await page.close();
  },
);

// Queries as parents and methodists type them, against the demo portal in real Chromium: every inflected form finds
// every other (zero endings, adjectives, verbs, surnames), abbreviations find their expansions and back, school numbers
// in every spelling find the school, and people are found by surname in any case. The expected hits were written by
// reading the content (src/content, with the made-up amendment of the Belorechensk roadmap that the shared build
// adds: its page shows the amending order's text), not the search's output: each names a document, and for an item
// the words of its title.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright';
import { axeViolations } from '../support/axe.ts';
import { servedSite } from '../support/served-site.ts';
import { showEveryResult } from '../support/search-results.ts';

interface Case {
  query: string;
  /** Documents among the results (paths). */
  docs?: string[];
  /** The first result. */
  first?: string;
  /** Items shown under a document: its path and words of the item's title. */
  items?: [string, RegExp][];
  /** A glossary term among the results (its abbreviation). */
  term?: string;
}

const krai = '/roadmaps/krasnodar-krai-2023/';
const apsheronsk = '/roadmaps/apsheronsk-2021/';
const sochi = '/roadmaps/sochi-2023/';
const georgievsk = '/roadmaps/georgievsk-2023-2024/';
const belorechensk = '/roadmaps/belorechensk-2023-2024/';
const sosh7 = '/organizations/apsheronsk-sosh-7/';

const cases: Case[] = [
  // Nouns: a zero ending («стажировок») and the others find each other.
  {
    query: 'стажировка',
    items: [
      [krai, /Организация краевых стажировок/],
      [apsheronsk, /Организация стажировок для управленческих команд/],
    ],
  },
  {
    query: 'стажировки',
    items: [
      [krai, /Организация краевых стажировок/],
      [apsheronsk, /Организация стажировок для педагогических работников/],
    ],
  },
  {
    query: 'стажировок',
    items: [
      [krai, /п\. 20\. Стажировка «Практика управления/],
      [krai, /п\. 29\. Стажировка «Развитие территориальных/],
    ],
  },
  {
    query: 'Стажировку',
    items: [
      [krai, /Организация краевых стажировок/],
      [krai, /п\. 23\. Стажировка «Развивающая/],
    ],
  },
  {
    query: 'вебинар',
    items: [
      [krai, /Школа будущего директора/],
      [krai, /«Школа успешного поколения»/],
    ],
  },
  { query: 'вебинаров', items: [[krai, /«Методический горизонт»/]] },
  { query: 'совещание', items: [[krai, /Проведение совещания с органами местного самоуправления/]] },
  {
    query: 'наставничество',
    items: [
      [krai, /региональный опыт наставничества/],
      [krai, /Организация наставничества/],
    ],
  },
  { query: 'консультация', items: [[krai, /Получение индивидуальных консультаций/]] },
  { query: 'квалификация', items: [[georgievsk, /Прохождение курсов повышения квалификации/]] },
  { query: 'курсы повышения квалификации', items: [[georgievsk, /Прохождение курсов повышения квалификации/]] },
  // Adjectives: Pagefind reads «й» as «и», so «краевой» and «краевых» have different stems.
  { query: 'краевой', items: [[krai, /Организация краевых стажировок/]] },
  { query: 'краевая стажировка', items: [[krai, /Организация краевых стажировок/]] },
  { query: 'муниципальный', items: [[sochi, /Организация муниципальных стажировок/]] },
  { query: 'педагогический работник', items: [[apsheronsk, /Организация стажировок для педагогических работников/]] },
  { query: 'профилактика учебной неуспешности', docs: [belorechensk] },
  { query: 'индивидуальная консультация', items: [[krai, /Получение индивидуальных консультаций/]] },
  // Verbs and participles.
  { query: 'утвержденный', items: [[krai, /Организация муниципальных стажировок/]] },
  { query: 'обеспечили', docs: [georgievsk] },
  // Belorechensk's page shows the made-up amending order, which has no «возложить».
  { query: 'возложит', docs: [apsheronsk, sochi, krai] },
  // Abbreviations both ways, from the glossary.
  {
    query: 'ИОМ',
    items: [[krai, /сопровождение индивидуальных образовательных маршрутов педагогических работников/]],
    term: 'ИОМ',
  },
  { query: 'индивидуальный образовательный маршрут', items: [[krai, /Сопровождение ИОМ учителей/]], term: 'ИОМ' },
  { query: 'МНЦ', items: [[apsheronsk, /Формирование состава муниципального наставнического центра/]] },
  { query: 'муниципальный наставнический центр', items: [[apsheronsk, /Утверждение Программы работы МНЦ/]] },
  { query: 'ВПР', items: [[krai, /Анализ результатов ВПР в 5-9 классах/]], term: 'ВПР' },
  { query: 'всероссийские проверочные работы', items: [[krai, /Анализ результатов ВПР в 5-9 классах/]] },
  {
    query: 'тьюторский консультационный пункт',
    items: [[krai, /Получение индивидуальных консультаций/]],
    term: 'МТКП',
  },
  { query: 'МТКП', term: 'МТКП' },
  {
    query: 'школы с низкими образовательными результатами',
    items: [[apsheronsk, /Организация семинаров\/вебинаров для ШНОР/]],
  },
  // School numbers in every spelling, the school's short and full name, its municipality.
  { query: 'СОШ №7', first: sosh7 },
  { query: 'СОШ № 7', first: sosh7 },
  { query: 'МБОУ СОШ №7', first: sosh7 },
  { query: 'МБОУ СОШ № 7', first: sosh7 },
  { query: 'СОШ 7', first: sosh7 },
  { query: 'СОШ N 7', first: sosh7 },
  { query: 'школа № 7', docs: [sosh7] },
  { query: 'средняя общеобразовательная школа 7', docs: [sosh7] },
  { query: 'школа 18', first: '/organizations/georgievsk-sosh-18/' },
  { query: 'СОШ 19 Нижнезольский', first: '/organizations/georgievsk-sosh-19/' },
  { query: 'Хадыженск', first: sosh7 },
  {
    query: 'СОШ Апшеронский район',
    docs: [
      sosh7,
      '/organizations/apsheronsk-sosh-20/',
      '/organizations/apsheronsk-sosh-27/',
      '/organizations/apsheronsk-sosh-28/',
    ],
  },
  { query: 'управление образования Апшеронского района', docs: ['/organizations/apsheronsk-uo/'] },
  // People by surname, in any case.
  { query: 'Андронова', items: [[georgievsk, /Анализ результатов участия школ/]] },
  { query: 'Андроновой', items: [[georgievsk, /Анализ результатов участия школ/]] },
  { query: 'Кобыляцкой', docs: ['/organizations/georgievsk-sosh-18/'] },
  { query: 'Кобыляцкая', docs: ['/organizations/georgievsk-sosh-18/'] },
  { query: 'Борисенко', docs: [apsheronsk] },
  { query: 'Михайлову', docs: [georgievsk, '/organizations/georgievsk-rc/'] },
];

const served = servedSite();
let shared: Page | undefined;
/** The one page the queries are made in, opened by the first. */
const sharedPage = async () => (shared ??= await (await served.newContext()).newPage());

interface Shown {
  docs: string[];
  items: [string, string][];
  terms: string[];
}

/**
 * Every result of a query on the search page, with all its items («Показать ещё» and «Ещё N пунктов» opened). The
 * queries are typed one after another into the one search page, as a visitor does: the page's state of a query must
 * not leak into the next one's results (opening the page with the query in its address is the states' tests below).
 */
async function search(query: string): Promise<Shown> {
  const page = await sharedPage();
  if (!page.url().startsWith(served.url('search/'))) await page.goto(served.url('search/'));
  await page.locator('#search-query').fill(query);
  await page.locator('#search-query').press('Enter');
  // The status names the query once its results are shown (the queries differ: see the test below).
  await page.waitForFunction((typed) => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status.includes(`«${typed}»`) && /найден|ничего/.test(status);
  }, query);
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
  await showEveryResult(page);
  // Each «Ещё N пунктов» shows the rest of its document's items and goes.
  while (await page.locator('#search-results > li > button').count())
    await page.locator('#search-results > li > button').first().click();
  return page.locator('#search-results > li').evaluateAll((lis) => {
    const shown: Shown = { docs: [], items: [], terms: [] };
    for (const li of lis) {
      const doc = li.querySelector(':scope > a') as HTMLAnchorElement;
      const path = decodeURIComponent(new URL(doc.href).pathname);
      if (new URL(doc.href).hash) shown.terms.push(doc.textContent!.split(' — ')[0]!);
      else shown.docs.push(path);
      for (const item of li.querySelectorAll('.search-items a')) shown.items.push([path, item.textContent!]);
    }
    return shown;
  });
}

for (const c of cases) {
  test(`«${c.query}»`, async () => {
    const shown = await search(c.query);
    for (const doc of [...(c.docs ?? []), ...(c.items ?? []).map(([d]) => d)])
      assert.ok(shown.docs.includes(doc), `${doc} among ${shown.docs.join(', ')}`);
    if (c.first) assert.equal(shown.docs[0], c.first, `first of ${shown.docs.join(', ')}`);
    for (const [doc, title] of c.items ?? []) {
      assert.ok(
        shown.items.some(([d, t]) => d === doc && title.test(t)),
        `${doc}: an item ${title} among ${shown.items
          .filter(([d]) => d === doc)
          .map(([, t]) => t.slice(0, 60))
          .join(' | ')}`,
      );
    }
    if (c.term) assert.ok(shown.terms.includes(c.term), `the term ${c.term} among ${shown.terms.join(', ')}`);
  });
}

test('there are at least 40 queries, each a different one', () => {
  assert.ok(cases.length >= 40, `${cases.length}`);
  assert.equal(new Set(cases.map((c) => c.query)).size, cases.length);
});

/**
 * The states of the result list a visitor meets: found (documents, items, a term), nothing with suggestions, filtered.
 */
const states = [
  'search/?q=стажировок',
  'search/?q=ИОМ',
  `search/?q=${encodeURIComponent('стажировки ксилофон')}`,
  `search/?q=стажировок&level=${encodeURIComponent('Уровень образовательной организации')}`,
];

describe('the result list in every colour scheme', () => {
  for (const scheme of [undefined, 'bw', 'wb', 'blue', 'brown'] as const) {
    const inScheme = scheme ? ` in the version for the visually impaired, ${scheme}` : '';
    test(`the results, suggestions included, pass axe-core${inScheme} and fit 320 px`, async () => {
      const context = await served.newContext(
        { viewport: { width: 320, height: 640 } },
        scheme && { on: true, scheme, font: '2' },
      );
      const page = await context.newPage();
      try {
        for (const state of states) {
          await page.goto(served.url(state));
          await page.waitForFunction(() =>
            /найден|ничего/.test(document.getElementById('search-status')?.textContent ?? ''),
          );
          await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
          // Suggestions come after «ничего не найдено», once the words nearest to the query are found.
          if (/ничего/.test((await page.locator('#search-status').textContent()) ?? ''))
            await page.locator('#search-hints p').first().waitFor();
          assert.deepEqual(await axeViolations(page), [], state);
          assert.ok(
            await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
            `${state}: no horizontal scrolling at 320 px`,
          );
        }
      } finally {
        await context.close();
      }
    });
  }
});

test('nothing found: said in the status, the list not left busy', async () => {
  const page = await sharedPage();
  await page.goto(served.url('search/'));
  await page.locator('#search-query').fill('qwertyuiop');
  await page.locator('#search-query').press('Enter');
  await page.waitForFunction(() =>
    /ничего не найдено/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  assert.equal(await page.locator('#search-status').getAttribute('role'), 'status');
  assert.equal(await page.locator('#search-results > li').count(), 0);
  assert.equal(await page.locator('#search-results').getAttribute('aria-busy'), null);
});

test('filters that leave nothing: the same query without them is offered, and reached from the keyboard', async () => {
  const page = await sharedPage();
  const level = encodeURIComponent('Уровень образовательной организации');
  await page.goto(served.url(`search/?q=${encodeURIComponent('краевых стажировок')}&level=${level}`));
  await page.waitForFunction(() =>
    /ничего не найдено/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  const clear = page.getByRole('button', { name: 'Искать без уточнений' });
  await clear.waitFor();
  assert.match((await page.locator('#search-hints').textContent()) ?? '', /Без уточнений найден/);
  await page.locator('#search-query').focus();
  for (let i = 0; i < 30 && !(await clear.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  assert.ok(await clear.evaluate((b) => b === document.activeElement), 'reached by Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /найден/.test(document.getElementById('search-status')?.textContent ?? ''));
  assert.ok((await page.locator('#search-results > li').count()) > 0);
  assert.doesNotMatch(page.url(), /level=/);
});

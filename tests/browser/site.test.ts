// The built site in real Chromium: phones and zoom without horizontal scrolling, keyboard use, JavaScript off,
// Russian search, and no request leaving the site's origin. Its accessibility by axe-core is in
// accessibility.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright';
import { pageTypes as pages, searchShown, servedSite } from '../support/served-site.ts';

const served = servedSite();
const { newContext, open } = served;

async function assertNoHorizontalScroll(page: Page, label: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${label}: page is ${scrollWidth}px wide in a ${clientWidth}px window`);
}

test(
  'no page scrolls horizontally: phones, tablets, laptops, 200 % zoom, ' +
    'the largest print of the visually impaired version',
  async () => {
    // Tables of six and more columns need more than a tablet's width (src/site/items-table-html.ts, wideFrom).
    // The widths of one device scale are checked on one load of each page, the window resized between them: no
    // script of the site looks at the window's width, so a page resized is laid out as one opened at that width.
    const configs: {
      label: string;
      options: Parameters<Browser['newContext']>[0];
      widths: { width: number; height: number }[];
      a11y?: Record<string, string | boolean>;
    }[] = [
      { label: '×1', options: {}, widths: [320, 900, 1024, 1280].map((width) => ({ width, height: 800 })) },
      { label: '×2', options: { deviceScaleFactor: 2 }, widths: [{ width: 640, height: 800 }] },
      {
        label: 'very large letters and spacing',
        options: {},
        widths: [{ width: 360, height: 740 }],
        a11y: { on: true, font: '3', spacing: 'wider' },
      },
    ];
    const checked = { ...pages, 'roadmap (order text with a table)': 'roadmaps/apsheronsk-2021/' };
    for (const { label, options, widths, a11y } of configs) {
      const context = await newContext({ ...options, viewport: widths[0] }, a11y);
      const page = await context.newPage();
      for (const [name, sitePath] of Object.entries(checked)) {
        await page.setViewportSize(widths[0]!);
        await open(page, sitePath);
        for (const viewport of widths) {
          await page.setViewportSize(viewport);
          await assertNoHorizontalScroll(page, `${name} at ${viewport.width}px ${label}`);
        }
      }
      await context.close();
    }
  },
);

test('at 320 px every item is a block with every column visible and labelled', async () => {
  const context = await newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await open(page, 'roadmaps/belorechensk-2023-2024/');
  const row = page.locator('#p-II-1');
  // The column's name is the cell's ::before (site.css, from its data-label): what is shown and read out
  // before the text.
  const cells = await row.locator('td').evaluateAll((tds) =>
    tds
      .filter((td) => td.textContent?.trim())
      .map((td) => {
        const box = td.getBoundingClientRect();
        const before = getComputedStyle(td, '::before').content;
        const label = before.startsWith('"') ? (JSON.parse(before) as string) : '';
        return { text: label + td.textContent!.trim(), label, left: box.left, right: box.right };
      }),
  );
  assert.equal(cells.length, 8, 'number, activity, form, deadline, responsible, audience, venue, risk code');
  for (const cell of cells) {
    assert.ok(cell.left >= 0 && cell.right <= 320, `${cell.text} fits the screen`);
    assert.ok(cell.label.trim(), `${cell.text} has its column label`);
  }
  assert.match(cells.map((c) => c.text).join(' | '), /Место проведения: МБОУ СОШ № 2/);
  // The cell's accessible name has the label before the text (CSS generated content is part of it, as the accname
  // rules have it; Playwright's snapshot computes it so).
  assert.match(await row.ariaSnapshot(), /Место проведения: МБОУ СОШ № 2/);
  await context.close();
});

test(
  'column names in the cells: in the largest print of the version for the visually impaired, ' + 'not on paper',
  async () => {
    const label = (page: Page) =>
      page
        .locator('#p-II-1 td[data-label]')
        .nth(2)
        .evaluate((td) => getComputedStyle(td, '::before').content);
    const large = await newContext(
      { viewport: { width: 1280, height: 800 } },
      { on: true, font: '3', scheme: 'bw', images: 'on', spacing: 'normal' },
    );
    const page = await large.newPage();
    await open(page, 'roadmaps/belorechensk-2023-2024/');
    assert.equal(
      await label(page),
      '"Форма: "',
      'the letters are so large that even a wide window shows each item as a card',
    );
    await large.close();
    const paper = await newContext({ viewport: { width: 320, height: 800 } });
    const printed = await paper.newPage();
    await printed.emulateMedia({ media: 'print' });
    await open(printed, 'roadmaps/belorechensk-2023-2024/');
    assert.equal(await label(printed), 'none', 'printed, the roadmap is a table like the approved document');
    await paper.close();
  },
);

test('on a wide screen the roadmap is a real table whose header row stays visible while scrolling', async () => {
  const context = await newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await open(page, 'roadmaps/krasnodar-krai-2023/');
  const table = page.locator('table.items').nth(1);
  assert.equal(await table.evaluate((t) => getComputedStyle(t).display), 'table');
  assert.equal(
    await table
      .locator('td[data-label]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content),
    'none',
    'the header row names the columns, not the cells',
  );
  const labelledBy = await table.getAttribute('aria-labelledby');
  const name = labelledBy
    ? await page.locator(`[id="${labelledBy}"]`).textContent()
    : await table.locator('caption').textContent();
  assert.ok(name?.trim(), 'the table is named by its section heading or its caption');
  assert.ok((await table.locator('thead th[scope=col]').count()) >= 4);
  await page.locator('#p-regional-II-40').scrollIntoViewIfNeeded();
  const headerTop = await table
    .locator('thead th')
    .first()
    .evaluate((th) => th.getBoundingClientRect().top);
  assert.ok(headerTop >= -1 && headerTop < 5, `sticky header at the top (${headerTop})`);
  await context.close();
});

test('on a phone a tap on an abbreviation writes its expansion after it, and a second tap takes it away', async () => {
  const context = await newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await open(page, 'roadmaps/sochi-2023/');
  const abbr = page.locator('main td abbr[title]').first();
  const title = (await abbr.getAttribute('title'))!;
  await abbr.scrollIntoViewIfNeeded();
  await abbr.tap();
  const expansion = abbr.locator('xpath=following-sibling::*[1][@class="abbr-expansion"]');
  assert.equal(await expansion.textContent(), ` (${title})`);
  assert.ok(await expansion.isVisible());
  await abbr.tap();
  assert.equal(await expansion.count(), 0);
  await context.close();
});

test('pages are readable with JavaScript off', async () => {
  const context = await newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page, 'roadmaps/sochi-2023/');
  assert.equal(await page.locator('tr[id^="p-"]').count(), 52);
  assert.ok(await page.getByText('Разработка и утверждение муниципальной дорожной карты').first().isVisible());
  await open(page, 'organizations/apsheronsk-sosh-7/');
  assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
  // Execution without the script: statuses, history, the monitoring table in full.
  await open(page, 'roadmaps/sochi-example-school-2023/');
  assert.ok(await page.locator('#p-I-5').getByText('просрочено').isVisible());
  await page.locator('#p-I-1 details.history summary').click();
  assert.ok(await page.locator('#p-I-1 details.history').getByText('Проект программы обсуждён').isVisible());
  await open(page, 'organizations/sochi/monitoring/');
  assert.equal(await page.locator('#monitoring tbody tr').count(), 1);
  assert.equal(await page.locator('#monitoring-controls select').count(), 0, 'no controls that could not work');
  await context.close();
});

test('monitoring: sorting from the keyboard, the count said to screen readers', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await open(page, 'organizations/krasnodar-krai/monitoring/');
  const names = () =>
    page
      .locator('#monitoring tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.name));
  assert.deepEqual(await names(), ['Апшеронский район', 'Белореченский район', 'Сочи']);
  await page.getByLabel('Порядок').focus();
  await page.keyboard.press('ArrowDown'); // по выполнению
  assert.equal(await page.getByLabel('Порядок').inputValue(), 'progress');
  assert.deepEqual((await names())[0], 'Сочи', 'the municipality with reports first');
  assert.match((await page.locator('#monitoring-count').textContent()) ?? '', /Показано 3 из 3/);
  assert.equal(await page.getByLabel('Статус').count(), 0, 'municipalities have no status to filter by');
  await context.close();
});

test(
  'keyboard: the skip link comes first, ' +
    'and the version for the visually impaired is switched on and kept across pages',
  async () => {
    const context = await newContext();
    const page = await context.newPage();
    await open(page, '');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Перейти к содержанию');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');
    await page.focus('#a11y-toggle');
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('#a11y-panel').isVisible());
    await page.getByRole('button', { name: 'белым по чёрному' }).press('Enter');
    await page.getByRole('button', { name: 'очень крупный' }).press('Enter');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(0, 0, 0)');
    await open(page, 'glossary/');
    assert.equal(await page.getAttribute('html', 'data-scheme'), 'wb', 'the choice persists');
    assert.equal(await page.getAttribute('html', 'data-font'), '3');
    // Once chosen, the settings fold away and stay folded on the next page; the way back stays in view.
    await page.locator('#a11y-settings summary').click();
    // The details' toggle event, which saves the choice, comes a task after the click: the next page is opened
    // after it.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('karta-a11y') ?? '{}').folded === true);
    await open(page, 'roadmaps/');
    assert.equal(await page.locator('#a11y-settings').getAttribute('open'), null, 'the settings stay folded');
    assert.equal(await page.getByRole('button', { name: 'очень крупный' }).isVisible(), false);
    await page.getByRole('button', { name: 'Обычная версия сайта' }).click();
    assert.equal(await page.getAttribute('html', 'data-a11y'), null);
    assert.deepEqual(await context.cookies(), [], 'no cookies');
    await context.close();
  },
);

test('a Russian inflected query finds the base form, and its link lands on the item', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await open(page, 'search/?q=стажировки');
  assert.equal(
    await page.getByRole('search').count(),
    1,
    'the search page has its own search box, not the header one too',
  );
  const first = page.locator('#search-results li').first();
  assert.match((await first.textContent()) ?? '', /стажировк/i);
  const results = await page
    .locator('#search-results li a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  assert.ok(
    results.some((href) => href.includes('#p-')),
    'results link to items',
  );
  const target = results.find((href) => href.includes('#p-'))!;
  await page
    .locator(`#search-results a[href="${new URL(target).pathname}${new URL(target).hash}"]`)
    .first()
    .click();
  await page.waitForURL(/#p-/);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const row = page.locator(`[id="${hash}"]`);
  assert.ok(await row.isVisible());
  assert.match((await row.textContent()) ?? '', /стажировк/i);
  // Within a pixel: rows have fractional heights, and the page scrolls by whole pixels.
  const inView = await row.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight;
  });
  assert.ok(inView, 'the item is scrolled into view');
  await context.close();
});

/** Opens «Уточнить» and waits for the filter values it fetches. */
async function openFilters(page: Page) {
  await page.locator('#search-filters summary').click();
  await page.locator('select[name=level] option').nth(1).waitFor({ state: 'attached' });
}

test('search filters narrow the results and the strings are Russian', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await open(page, 'search/?q=мониторинг');
  const status = (await page.locator('#search-status').textContent()) ?? '';
  assert.match(status, /^По запросу «мониторинг» найдено? \d+ результат/);
  const all = Number(/найден\S* (\d+)/.exec(status)![1]);
  await openFilters(page);
  const regional = await page
    .locator('select[name=level] option', { hasText: 'Региональный уровень' })
    .getAttribute('value');
  await page.selectOption('select[name=level]', regional!);
  await page.waitForFunction((before) => {
    const text = document.getElementById('search-status')!.textContent!;
    return /найден\S* \d+/.test(text) && !text.includes(` ${before} `);
  }, all);
  const filtered = Number(/найден\S* (\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')![1]);
  assert.ok(filtered > 0 && filtered < all, `${filtered} of ${all}`);
  await context.close();
});

const resultCount = async (page: Page) =>
  Number(/найден\S* (\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? NaN);

test(
  'search by month: the filter keeps the roadmaps with items due in it and, under each, only those items; ' +
    'sorting by deadline orders roadmaps by period and their items by date',
  async () => {
    const context = await newContext();
    const page = await context.newPage();
    await open(page, 'search/?q=мониторинг');
    const all = await resultCount(page);
    await openFilters(page);
    const months = await page.locator('select[name=month] option').allTextContents();
    assert.ok(
      months.some((m) => m.startsWith('2023-03 март 2023')),
      months.join(', '),
    );
    assert.ok(
      (await page.locator('select[name=quarter] option').allTextContents()).some((q) =>
        q.startsWith('2023, I квартал'),
      ),
    );

    // The period of every roadmap and the windows of every item, from the open data, to check what the search shows.
    const data = (await (await page.request.get(served.url('data/roadmaps.json'))).json()) as {
      roadmaps: {
        id: string;
        period: { start: string };
        sections: unknown[];
        controlPoints: unknown[];
        mechanisms: unknown[];
      }[];
    };
    const windows = new Map<string, { start: string; end: string }[]>();
    const walk = (id: string, list: unknown[]): void => {
      for (const node of list as {
        anchor: string;
        items?: unknown[];
        sections?: unknown[];
        deadline?: { occurrences: { start: string; end: string }[] };
      }[]) {
        if (node.deadline) windows.set(`/roadmaps/${id}/#${node.anchor}`, node.deadline.occurrences);
        walk(id, [...(node.items ?? []), ...(node.sections ?? [])]);
      }
    };
    for (const r of data.roadmaps) walk(r.id, [...r.sections, ...r.controlPoints, ...r.mechanisms]);
    const periodStart = new Map(data.roadmaps.map((r) => [`/roadmaps/${r.id}/`, r.period.start]));
    /** Each document shown: its own link and the links of the items under it. */
    const documents = async () =>
      await page.locator('#search-results > li').evaluateAll((lis) =>
        lis.map((li) => {
          const hrefs = [...li.querySelectorAll('a')].map((a) => decodeURIComponent(a.getAttribute('href')!));
          return {
            page: hrefs.find((h) => !h.includes('#'))!,
            items: [...li.querySelectorAll('.search-items a')].map((a) => decodeURIComponent(a.getAttribute('href')!)),
          };
        }),
      );

    await page.selectOption('select[name=month]', { label: months.find((m) => m.startsWith('2023-03'))! });
    await page.waitForFunction(
      (before) =>
        /найден\S* \d+/.test(document.getElementById('search-status')!.textContent!) &&
        !document.getElementById('search-status')!.textContent!.includes(` ${before} `),
      all,
    );
    await searchShown(page);
    const inMarch = await resultCount(page);
    assert.ok(inMarch > 0 && inMarch < all, `${inMarch} of ${all}`);
    assert.match(page.url(), /month=2023-03/);
    const items = (await documents()).flatMap((d) => d.items);
    assert.ok(items.length > 3, `${items.length} items shown`);
    for (const link of items) {
      const touches = (windows.get(link) ?? []).some((o) => o.start <= '2023-03-31' && o.end >= '2023-03-01');
      assert.ok(touches, `${link} has a window in March 2023`);
    }

    await page.selectOption('select[name=month]', '');
    await page.selectOption('select[name=sort]', 'asc');
    await page.waitForURL(/sort=asc/);
    await page.waitForFunction(
      () =>
        /найден/.test(document.getElementById('search-status')!.textContent!) && !location.search.includes('month='),
    );
    await searchShown(page);
    const sorted = await documents();
    assert.ok(sorted.length > 1 && sorted.every((d) => periodStart.has(d.page)), 'only roadmaps, which have a period');
    const starts = sorted.map((d) => periodStart.get(d.page)!);
    assert.deepStrictEqual(starts, [...starts].sort(), 'roadmaps with the earliest period first');
    for (const d of sorted) {
      const firstDue = d.items.map((link) => (windows.get(link) ?? []).map((o) => o.end).sort()[0]);
      const dated = firstDue.filter((due): due is string => Boolean(due));
      assert.deepStrictEqual(
        firstDue.slice(0, dated.length),
        dated,
        `${d.page}: items with dates before those without`,
      );
      assert.deepStrictEqual(dated, [...dated].sort(), `${d.page}: items due earliest first`);
    }
    assert.ok(
      sorted.some((d) => d.items.length > 1),
      'some roadmap has several items to order',
    );
    await context.close();
  },
);

test(
  'the first query fetches only the text of the documents shown — no filter values — ' +
    'and its items link to their rows',
  async () => {
    const context = await newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/')) fetched.push(pathname);
    });
    await page.goto(served.url('search/'));
    await page.locator('#search-query').fill('стажировки');
    await searchShown(page);
    assert.deepEqual(
      fetched.filter((f) => f.includes('/filter/')),
      [],
      'filter values are fetched only for «Уточнить»',
    );
    const documents = await page.locator('#search-results > li').count();
    assert.equal(
      fetched.filter((f) => f.includes('/fragment/')).length,
      documents,
      'the text of each document shown, once',
    );
    // The metadata of the page (SearchData.astro): before each document's title and items, what it is, its level,
    // organisation and district.
    const wheres = await page.locator('#search-results > li > p.search-kind').allTextContents();
    assert.ok(wheres.includes('Дорожная карта · Муниципальный уровень · УОН Сочи · Сочи'), wheres.join(' | '));
    assert.deepEqual(
      await page
        .locator('#search-results > li')
        .first()
        .evaluate((li) => [...li.children].slice(0, 2).map((c) => c.tagName)),
      ['P', 'A'],
      'the document line comes first',
    );

    const items = await page
      .locator('#search-results .search-items a')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
    assert.ok(items.length >= 3, `${items.length} items`);
    for (const item of items) {
      const [, pagePath, anchor] = /^(\/roadmaps\/[a-z0-9-]+\/)#([\w.-]+)$/.exec(item.href) ?? [];
      assert.ok(pagePath && anchor, `${item.href} links to an item of a roadmap`);
      const html = await (await page.request.get(served.url(pagePath))).text();
      const row = await page.evaluate(
        ([source, id]) => {
          const tr = new DOMParser().parseFromString(source, 'text/html').getElementById(id);
          return tr && { tag: tr.tagName, title: tr.dataset.pagefindTitle, text: tr.textContent };
        },
        [html, anchor] as const,
      );
      assert.equal(row?.tag, 'TR', `${item.href}: the item's row`);
      assert.ok(row?.title?.startsWith(`${item.text}␟`), `the link says the item's number and title: ${row?.title}`);
      assert.match(row?.text ?? '', /стажиров/i, `${item.href}: the row has a form of the word searched for`);
    }

    await openFilters(page);
    assert.ok(
      fetched.some((f) => f.includes('/filter/')),
      '«Уточнить» fetches the filter values',
    );
    await context.close();
  },
);

test(
  'a word of fewer than four letters is searched after a longer pause or on Enter: ' + 'its part of the index is large',
  async () => {
    const context = await newContext();
    const page = await context.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/pagefind/index/')) chunks.push(request.url());
    });
    await page.goto(served.url('search/'));
    await page.waitForLoadState('networkidle');
    // Typed at the pace of someone typing on: no search, no part of the index for «ст» or «сто».
    await page.locator('#search-query').pressSequentially('сто', { delay: 150 });
    await page.waitForTimeout(150);
    assert.deepEqual(chunks, []);
    assert.equal(await page.locator('#search-results > li').count(), 0);
    // Enter searches at once.
    await page.locator('#search-query').press('Enter');
    await searchShown(page);
    assert.ok(chunks.length > 0);
    assert.match((await page.locator('#search-status').textContent()) ?? '', /«сто»/);
    // And a short word left alone is searched too, after the pause.
    await page.locator('#search-query').fill('ВПР');
    await page.waitForFunction(
      () => /«ВПР»/.test(document.getElementById('search-status')!.textContent ?? ''),
      undefined,
      { timeout: 5000 },
    );
    assert.ok((await page.locator('#search-results > li').count()) > 0, 'ВПР is in the seed roadmaps');
    await context.close();
  },
);

test('five documents at a time: «Показать ещё» fetches and shows the next ones', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await open(page, 'search/?q=общеобразовательная школа');
  const total = await resultCount(page);
  assert.ok(total > 10, `${total} documents`);
  assert.equal(await page.locator('#search-results > li').count(), 5);
  assert.equal(fragments.length, 5);
  for (const shown of [10, 15]) {
    await page.getByRole('button', { name: 'Показать ещё' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results > li').length === n,
      Math.min(total, shown),
    );
    assert.equal(fragments.length, Math.min(total, shown));
  }
  assert.equal(
    await page.evaluate(
      () =>
        document.activeElement?.closest('#search-results > li') ===
        document.querySelectorAll('#search-results > li')[10],
    ),
    true,
    'focus moves to the first new document',
  );
  await context.close();
});

test(
  'the timeline is drawn in the text colour of each scheme, ' + 'and «images off» hides it but not its table',
  async () => {
    for (const [scheme, colour] of [
      ['wb', 'rgb(255, 255, 255)'],
      ['blue', 'rgb(6, 52, 98)'],
    ] as const) {
      const context = await newContext({}, { on: true, scheme, images: 'on' });
      const page = await context.newPage();
      await open(page, 'roadmaps/georgievsk-2023-2024/');
      const bar = page.locator('.timeline-chart rect.due').nth(1);
      assert.equal(await bar.evaluate((r) => getComputedStyle(r).fill), colour, scheme);
      assert.ok(await page.locator('.timeline-chart').isVisible());
      await context.close();
    }
    const context = await newContext({}, { on: true, scheme: 'bw', images: 'off' });
    const page = await context.newPage();
    await open(page, 'roadmaps/georgievsk-2023-2024/');
    assert.equal(await page.locator('.timeline-chart').isVisible(), false);
    await page.locator('.timeline summary').click();
    assert.ok(await page.locator('.timeline-table').isVisible());
    await context.close();
  },
);

test("no request leaves the site's origin", async () => {
  const context = await newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(served.origin()) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  for (const sitePath of Object.values(pages)) await open(page, sitePath);
  assert.deepEqual(foreign, []);
  await context.close();
});

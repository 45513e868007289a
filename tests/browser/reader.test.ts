// The reader's path in real Chromium: a long roadmap's contents and the jump to an item under the sticky header row,
// calendars opening at today, breadcrumbs and the lists between levels, no empty blocks, an abbreviation's
// expansion from the keyboard, the largest print on a phone, the filters of long lists, and the print of a roadmap
// as the approved document (page.pdf, A4 landscape, read back with pdftotext from poppler-utils).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright';
import { tempDir } from '../support/temp-dir.ts';
import { commandLimitMs } from '../support/content-copy.ts';
import { servedSite } from '../support/served-site.ts';

const served = servedSite();

async function newPage(
  options: Parameters<Browser['newContext']>[0] = {},
  a11y?: Record<string, string | boolean>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await served.newContext(options, a11y);
  return { context, page: await context.newPage() };
}

const laptop = { viewport: { width: 1366, height: 768 } };

test(
  'a long roadmap has a table of contents of its parts, levels and sections with item counts, ' + 'and a way back',
  async () => {
    const { context, page } = await newPage(laptop);
    await page.goto(served.url('roadmaps/krasnodar-krai-2023/'));
    const toc = page.locator('nav#toc');
    const entries = await toc
      .locator('a')
      .evaluateAll((links) => links.map((a) => `${a.textContent} ${a.nextElementSibling?.textContent ?? ''}`.trim()));
    for (const expected of [
      /^Текст приказа$/,
      /^Приложение 1\. СОСТАВ Координационного центра/,
      /^Приложение 2\. /,
      /^Принятые сокращения$/,
      /^КРАЕВОЙ УРОВЕНЬ \(102 пункта\)$/,
      /^МУНИЦИПАЛЬНЫЙ УРОВЕНЬ \(36 пунктов\)$/,
      /^УРОВЕНЬ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ \(18 пунктов\)$/,
      /^I\. .* \(31 пункт\)$/,
    ]) {
      assert.ok(
        entries.some((e) => expected.test(e.replaceAll('\u00ad', ''))),
        `${expected} in ${entries.join(' | ')}`,
      );
    }
    // The plan is not folded; what is not the plan is, one line each.
    assert.equal(await page.locator('details#order-text').getAttribute('open'), null);
    assert.equal(await page.locator('details#appendix-1').getAttribute('open'), null);
    assert.ok(await page.locator('#p-regional-I-1').isVisible());

    await toc.locator('a[href="#s-school"]').click();
    await page.waitForFunction(() => location.hash === '#s-school');
    const heading = await page.locator('#s-school').evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(heading >= -1 && heading < 80, `the level's heading at the top of the window (${heading})`);
    // Each section ends with the way back.
    await page.locator('#s-school-I ~ .to-toc a').first().click();
    await page.waitForFunction(() => location.hash === '#toc');
    assert.ok(await page.locator('#toc-heading').evaluate((h) => h.getBoundingClientRect().top < 80));
    await context.close();
  },
);

function paeth(a: number, b: number, c: number): number {
  const [pa, pb, pc] = [Math.abs(b - c), Math.abs(a - c), Math.abs(a + b - 2 * c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The pixels of a PNG screenshot (8-bit RGB or RGBA, not interlaced, as Chromium writes them): rows of [r, g, b]. */
function pixels(png: Buffer): number[][][] {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const rows: number[][][] = [];
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const line = new Uint8Array(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = previous[i]!;
      const c = i >= channels ? previous[i - channels]! : 0;
      const predictor =
        filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      line[i] = (line[i]! + predictor) & 0xff;
    }
    rows.push(
      Array.from({ length: width }, (_, x) => [line[x * channels]!, line[x * channels + 1]!, line[x * channels + 2]!]),
    );
    previous = line;
  }
  return rows;
}

test(
  'an item jumped to on a laptop stops below the sticky header row, ' + 'and no row shows above that header',
  async () => {
    const { context, page } = await newPage(laptop);
    await page.goto(served.url('roadmaps/krasnodar-krai-2023/#p-regional-II-40'));
    const row = page.locator('#p-regional-II-40');
    const header = row.locator('xpath=ancestor::table[1]/thead//th[1]');
    const [rowTop, headerBottom] = [
      await row.evaluate((r) => r.getBoundingClientRect().top),
      await header.evaluate((th) => th.getBoundingClientRect().bottom),
    ];
    assert.ok(rowTop >= headerBottom - 1, `the row (${rowTop}) is below the header row (${headerBottom})`);
    assert.ok(rowTop < 200, `and near the top (${rowTop})`);
    // Scroll so that a row's text passes right under the stuck header: the strip above the header's text is the
    // header's own background and border, no letter of the row under it.
    await page.evaluate(() =>
      window.scrollBy(0, document.getElementById('p-regional-II-40')!.getBoundingClientRect().top - 20),
    );
    await page.waitForTimeout(50);
    assert.ok(
      await header.evaluate((th) => Math.abs(th.getBoundingClientRect().top) < 1),
      'the header row is stuck at the top',
    );
    const strip = pixels(await page.screenshot({ clip: { x: 60, y: 0, width: 600, height: 4 } }));
    const dark = strip.flat().filter(([r, g, b]) => 0.3 * r! + 0.59 * g! + 0.11 * b! < 110).length;
    assert.equal(dark, 0, 'dark pixels (text of a row) above the header');
    await context.close();
  },
);

test(
  'calendars open at the current month with today marked; ' +
    'each line names its item by its path and its responsible',
  async () => {
    const { context, page } = await newPage();
    await page.goto(served.url('organizations/sochi-example-school/calendar/'));
    const first = page.locator('section.cal-month').first();
    assert.equal(
      await first.getAttribute('aria-labelledby'),
      'm-2023-11',
      "the first month shown is the build's (KARTA_BUILD_DATE 2023-11-20)",
    );
    assert.match((await first.locator('.today').textContent()) ?? '', /Сегодня: 20\.11\.2023/);
    assert.equal(await page.locator('.month-nav a[aria-current="date"]').textContent(), 'ноябрь 2023');
    assert.equal(await page.locator('details#past-months').getAttribute('open'), null, 'the months gone by are folded');
    assert.ok((await page.locator('details#past-months section.cal-month').count()) > 3);
    // The school's own items first; the levels above folded.
    const own = await first
      .locator(':scope > ul.cal-groups a[href*="#"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    assert.ok(
      own.length > 0 && own.every((href) => href.startsWith('/roadmaps/sochi-example-school-2023/#')),
      own.join(' '),
    );
    const higher = first.locator('details.cal-higher');
    assert.equal(await higher.getAttribute('open'), null);
    assert.ok((await higher.locator('a[href^="/roadmaps/krasnodar-krai-2023/#"]').count()) > 0);
    const line = (await first.locator('ul.cal-items > li').first().textContent()) ?? '';
    assert.match(line, /(I|II) › п\. \d+\. /, 'the section path with the number');
    assert.match(line, /ответственные: /);
    assert.match(
      (await first.locator('ul.cal-groups > li > .muted').first().textContent()) ?? '',
      /школьная дорожная карта/,
      'the level of each roadmap',
    );
    // The portal's calendar too opens at today.
    await page.goto(served.url('calendar/'));
    assert.equal(await page.locator('section.cal-month').first().getAttribute('aria-labelledby'), 'm-2023-11');
    await context.close();
  },
);

test(
  'breadcrumbs lead from a roadmap to its organisation, municipality and region; ' +
    'a region lists the roadmaps below it',
  async () => {
    const { context, page } = await newPage();
    await page.goto(served.url('roadmaps/sochi-2023/'));
    const crumbs = await page.locator('nav[aria-label^="Чья дорожная карта"] a').allTextContents();
    assert.deepEqual(crumbs, ['Краснодарский край', 'Сочи', 'УОН Сочи']);
    await page.goto(served.url('organizations/krasnodar-krai/'));
    const below = await page
      .locator('#roadmaps-below + ul a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(below.includes('/roadmaps/sochi-2023/') && below.includes('/roadmaps/apsheronsk-2021/'), below.join(' '));
    assert.match(
      (await page.locator('#roadmaps-below + ul').textContent()) ?? '',
      /завершена/,
      'an ended roadmap says so',
    );
    await context.close();
  },
);

test("no empty blocks: status and risk profile only on schools' pages", async () => {
  const { context, page } = await newPage();
  for (const id of ['krasnodar-krai', 'krasnodar-minobr', 'sochi']) {
    await page.goto(served.url(`organizations/${id}/`));
    const headings = (await page.locator('main h3').allTextContents()).map((h) => h.replaceAll('\u00ad', ''));
    assert.ok(!headings.includes('Статус') && !headings.includes('Рисковый профиль'), `${id}: ${headings.join(' | ')}`);
    assert.equal(await page.getByText('Сведений о статусе нет').count(), 0);
  }
  await page.goto(served.url('organizations/apsheronsk-sosh-7/'));
  const school = (await page.locator('main h3').allTextContents()).map((h) => h.replaceAll('\u00ad', ''));
  assert.ok(school.includes('Статус') && school.includes('Рисковый профиль'));
  assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /sch\d{6}/, 'no ФИС ОКО login');
  await context.close();
});

test(
  'keyboard: Tab reaches an abbreviation in a table and its focus shows the expansion; ' +
    'one stop per abbreviation and table',
  async () => {
    const { context, page } = await newPage(laptop);
    await page.goto(served.url('roadmaps/sochi-2023/'));
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        () => document.activeElement?.tagName === 'ABBR' && Boolean(document.activeElement.closest('table.items')),
      );
    }
    assert.ok(found, 'an abbreviation of a table was reached with Tab');
    const { title, after } = await page.evaluate(() => ({
      title: document.activeElement!.getAttribute('title')!,
      after: getComputedStyle(document.activeElement!, '::after').content,
    }));
    assert.equal(after, JSON.stringify(` (${title})`));
    await page.goto(served.url('roadmaps/krasnodar-krai-2023/'));
    const [stops, all] = await page.evaluate(() => [
      document.querySelectorAll('table.items abbr[tabindex="0"]').length,
      document.querySelectorAll('table.items abbr').length,
    ]);
    assert.ok(stops > 0 && stops * 5 < all, `${stops} tab stops for ${all} abbreviations`);
    await context.close();
  },
);

test(
  'the largest print at 360 px: the heading on the first screen, no word split without a hyphen, ' +
    'the timeline as its table',
  async () => {
    const { context, page } = await newPage(
      { viewport: { width: 360, height: 740 } },
      { on: true, font: '3', folded: true },
    );
    for (const sitePath of [
      'roadmaps/krasnodar-krai-2023/',
      'roadmaps/georgievsk-2023-2024/',
      'organizations/apsheronsk-sosh-7/',
      'glossary/',
    ]) {
      await page.goto(served.url(sitePath));
      await page.waitForSelector('html[data-hyphenated]');
      const top = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
      assert.ok(top < 740 - 60, `${sitePath}: the heading starts at ${top}`);
      // Every line break inside a heading's word falls after a soft hyphen (shown as a hyphen), never elsewhere.
      const splits = await page.locator('main h1, main h2, main h3').evaluateAll((headings) => {
        const out: string[] = [];
        for (const heading of headings) {
          if (!(heading as HTMLElement).checkVisibility()) continue;
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          const chars: { ch: string; top: number }[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              // A character at a break may have a box on each line: the last one is where it is.
              const rects = range.getClientRects();
              const rect = rects[rects.length - 1];
              chars.push({ ch: text[i]!, top: rect && rect.height > 0 ? Math.round(rect.top) : NaN });
            }
          }
          for (let i = 1; i < chars.length; i++) {
            const [a, b] = [chars[i - 1]!, chars[i]!];
            if (Number.isNaN(a.top) || Number.isNaN(b.top) || b.top <= a.top) continue;
            if (/\p{L}/u.test(a.ch) && /\p{L}/u.test(b.ch))
              out.push(`${heading.textContent!.replaceAll('\u00ad', '').slice(0, 40)}: …${a.ch}|${b.ch}…`);
          }
        }
        return out;
      });
      assert.deepEqual(splits, [], sitePath);
    }
    await page.goto(served.url('roadmaps/georgievsk-2023-2024/'));
    assert.equal(await page.locator('.timeline-chart').isVisible(), false, 'no chart whose text cannot grow');
    assert.ok(await page.locator('.timeline-table').isVisible(), 'its table instead');
    await context.close();
  },
);

test(
  "the organisations' tree and the glossary filter as one types; " + 'without JavaScript the whole list is there',
  async () => {
    const { context, page } = await newPage();
    await page.goto(served.url('organizations/'));
    assert.ok(await page.locator('#org-tree a[href="/organizations/sochi/"]').isVisible());
    await page.getByLabel('Найти в списке').fill('сочи');
    await page.waitForFunction(
      () => document.querySelector('#org-tree a[href="/organizations/apsheronsk/"]')!.closest('li')!.hidden,
    );
    assert.ok(
      await page.locator('#org-tree a[href="/organizations/sochi-uon/"]').isVisible(),
      'what is below a match stays',
    );
    assert.ok(
      await page.locator('#org-tree a[href="/organizations/krasnodar-krai/"]').isVisible(),
      'and what is above it',
    );
    await page.goto(served.url('glossary/'));
    const letters = await page.locator('nav ul.letters a').count();
    assert.ok(letters > 15, `${letters} letters`);
    await page.getByLabel('Найти сокращение или слово').fill('наставнический');
    await page.waitForFunction(
      () => [...document.querySelectorAll('#glossary .term')].filter((t) => !(t as HTMLElement).hidden).length === 1,
    );
    assert.match((await page.locator('#glossary .term:not([hidden])').textContent()) ?? '', /МНЦ/);
    assert.equal(await page.locator('.letter-group:not([hidden])').count(), 1, 'letters without a match are hidden');
    await context.close();
    const noScript = await newPage({ javaScriptEnabled: false });
    await noScript.page.goto(served.url('organizations/'));
    assert.equal(await noScript.page.getByLabel('Найти в списке').isVisible(), false, 'no filter that could not work');
    assert.ok(await noScript.page.locator('#org-tree a[href="/organizations/georgievsk/"]').isVisible());
    await noScript.context.close();
  },
);

test(
  '«Открытые данные» is a page that explains the files and links to them; ' +
    'search results say whether a roadmap is in force',
  async () => {
    const { context, page } = await newPage();
    await page.goto(served.url(''));
    await page
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Открытые данные' })
      .click();
    await page.waitForURL(/\/open-data\/$/);
    const links = await page
      .locator('main ul.data-files a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    assert.ok(links.includes('/data/items.csv') && links.includes('/data/roadmaps.json'), links.join(' '));
    for (const link of links) assert.equal((await page.request.get(served.url(link.slice(1)))).status(), 200, link);
    assert.match((await page.locator('main').textContent())?.replaceAll('\u00ad', '') ?? '', /Условия использования/);
    await page.goto(served.url('search/?q=стажировки'));
    await page.locator('#search-results li').first().waitFor();
    const titles = await page.locator('#search-results > li > a').allTextContents();
    assert.ok(
      titles.some((w) => /^Дорожная карта .*\((действует|завершена)\)$/.test(w.trim())),
      titles.join(' | '),
    );
    await context.close();
  },
);

/** A page printed as Chromium prints it (A4 landscape, the print stylesheet), its text read back by pdftotext. */
async function printed(sitePath: string): Promise<{ pages: string[]; count: number }> {
  const { context, page } = await newPage();
  await page.goto(served.url(sitePath));
  const file = path.join(tempDir('karta-print-'), 'roadmap.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true }));
  await context.close();
  const count = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', timeout: commandLimitMs.other }))![1],
  );
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', timeout: commandLimitMs.other }).replaceAll(
    '\u00ad',
    '',
  );
  return { pages: text.split('\f').slice(0, count), count };
}

test(
  'print: the Krasnodar roadmap as the approved document — the order, appendix 1, appendix 2 and its plan, ' +
    'header row on every page',
  async () => {
    const { pages, count } = await printed('roadmaps/krasnodar-krai-2023/');
    assert.ok(count >= 18 && count <= 26, `${count} pages`);
    const text = pages.join('\n');
    const order = [
      'ПРИКАЗ',
      'приказываю',
      'Министр',
      'Приложение 1',
      'УТВЕРЖДЕН',
      'СОСТАВ Координационного центра',
      'Воробьева Елена Викторовна',
      'Приложение 2',
      'УТВЕРЖДЕНА',
      'ДОРОЖНАЯ КАРТА по работе',
      'Принятые сокращения',
      'МОНиМП КК',
      'КРАЕВОЙ УРОВЕНЬ',
      'МУНИЦИПАЛЬНЫЙ УРОВЕНЬ',
      'УРОВЕНЬ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ',
    ];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      assert.ok(next > at, `«${part}» after the previous part (${at} → ${next})`);
      at = next;
    }
    for (const web of [
      /^Содержание$/m,
      /К содержанию/,
      /Период действия/,
      /^Выполнение$/m,
      /Эта карта как данные/,
      /Версия для слабовидящих/,
      /Действует:/,
    ]) {
      assert.doesNotMatch(text, web, 'a block of the site, not of the document');
    }
    // Appendix 2 starts a page, its stamp first; from there every page has the header row of its table.
    const start = pages.findIndex((p) => p.includes('УТВЕРЖДЕНА'));
    assert.ok(pages[start]!.trimStart().startsWith('Приложение 2'), pages[start]!.slice(0, 80));
    for (const [i, p] of pages.entries()) {
      if (i <= start) continue;
      assert.match(p, /№\s+Мероприятие\s+Форма/, `page ${i + 1} repeats the header row`);
    }
  },
);

test('print: a school roadmap starts with its stamp and title and fills its first page with rows', async () => {
  const { pages } = await printed('roadmaps/sochi-example-school-2023/');
  const first = pages[0]!;
  assert.ok(first.indexOf('УТВЕРЖДЕНА') < first.indexOf('Дорожная карта по работе со школой'), first.slice(0, 200));
  const rows = (first.match(/^\d+\.$/gm) ?? []).length;
  assert.ok(rows >= 3, `${rows} rows on the first page`);
  assert.doesNotMatch(first, /Выполняет:|просрочено|выполнено/, "execution is the site's, not the document's");
});

// A school publishes the site in a subfolder of its own site (/shnor/) and embeds a roadmap page in a page of its
// hosted site: styles, links, search and the version for the visually impaired keep working.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright';
import ICAL from 'ical.js';
import { launchChromium } from '../../dev/browser.ts';
import { buildSite } from '../support/built-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { serveStatic, type StaticSite } from '../../src/build/static-server.ts';

let browser: Browser;
let site: StaticSite;
let schoolSite: Server;
let schoolOrigin = '';

before(async () => {
  const content = copyContent();
  writeFileSync(
    path.join(content, 'site.yaml'),
    'title: ШНОР — МБОУ СОШ № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shnor/\n',
  );
  site = await serveStatic(buildSite(['--content', content]), '/shnor/');
  browser = await launchChromium();
  // Another origin: the school's own site that embeds the roadmap page.
  schoolSite = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    const roadmap = site.url('roadmaps/apsheronsk-2021/');
    response.end(`<!doctype html><html lang="ru"><title>Сайт школы</title><h1>Оценка качества образования</h1>
      <iframe title="Дорожная карта" src="${roadmap}" width="900" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => schoolSite.listen(0, '127.0.0.1', resolve));
  schoolOrigin = `http://127.0.0.1:${(schoolSite.address() as AddressInfo).port}`;
});
after(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => schoolSite?.close(resolve));
});

test('served from /shnor/: styles load and every link stays inside the subfolder', async () => {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(site.url('organizations/apsheronsk-sosh-7/'));
  assert.equal(
    await page.locator('.site-header').evaluate((e) => getComputedStyle(e).borderBottomStyle),
    'solid',
    'stylesheet applied',
  );
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  const internal = hrefs.filter((h) => h.startsWith('/'));
  assert.ok(internal.length > 3);
  for (const href of internal) assert.ok(href.startsWith('/shnor/'), href);
  await page
    .getByRole('link', { name: /ДОРОЖНАЯ КАРТА ПО МЕТОДИЧЕСКОМУ СОПРОВОЖДЕНИЮ/i })
    .first()
    .click();
  assert.match(page.url(), /\/shnor\/roadmaps\/apsheronsk-2021\/$/);
  assert.deepEqual(failed, []);
  await page.close();
});

test('the documents of a roadmap, printed and written under the subfolder, are linked and served there', async () => {
  const page = await browser.newPage();
  await page.goto(site.url('roadmaps/apsheronsk-2021/'));
  const links = await page
    .locator('li[data-karta-document]:not([hidden]) a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  assert.deepEqual(links.map((href) => path.extname(href)).sort(), ['.docx', '.pdf', '.xlsx']);
  for (const href of links) {
    assert.ok(href.startsWith('/shnor/roadmaps/apsheronsk-2021/'), href);
    const response = await page.request.get(new URL(href, page.url()).href);
    assert.equal(response.status(), 200, href);
    // PDF, or the zip that DOCX and XLSX are.
    assert.match((await response.body()).subarray(0, 4).toString('latin1'), /^(%PDF|PK\x03\x04)$/, href);
  }
  await page.close();
});

test('a school site publishes only its own organisation and the roadmaps that apply to it', async () => {
  const page = await browser.newPage();
  await page.goto(site.url(''));
  const roadmapLinks = await page
    .locator('main a[href*="/roadmaps/"]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  assert.deepEqual([...new Set(roadmapLinks)].sort(), [
    '/shnor/roadmaps/apsheronsk-2021/',
    '/shnor/roadmaps/krasnodar-krai-2023/',
  ]);
  const other = await page.goto(site.url('roadmaps/sochi-2023/'));
  assert.equal(other?.status(), 404);
  await page.close();
});

test('search works under the subfolder and lands on the item', async () => {
  const page = await browser.newPage();
  await page.goto(site.url(''));
  await page.fill('#site-search', 'тьюторов');
  await page.press('#site-search', 'Enter');
  await page.waitForURL(/\/shnor\/search\/\?q=/);
  // Every result links inside the subfolder (the glossary's term «МТКП» among them); the first item is clicked.
  await page.locator('#search-results li a').first().waitFor();
  const hrefs = await page
    .locator('#search-results li a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(
    hrefs.every((href) => href.startsWith('/shnor/')),
    hrefs.join(' '),
  );
  const first = page.locator('#search-results li a[href*="/roadmaps/"][href*="#p-"]').first();
  assert.match((await first.getAttribute('href')) ?? '', /^\/shnor\/roadmaps\/[a-z0-9-]+\/#p-/);
  await first.click();
  await page.waitForURL(/#p-/);
  assert.ok(await page.locator(':target').isVisible());
  await page.close();
});

test('without a public address, calendar files link to items from the site root, inside the subfolder', async () => {
  const page = await browser.newPage();
  await page.goto(site.url('roadmaps/apsheronsk-2021/'));
  const link = page.getByRole('link', { name: 'Добавить в календарь' });
  assert.equal(await link.getAttribute('href'), '/shnor/roadmaps/apsheronsk-2021/calendar.ics');
  const response = await page.request.get(site.url('roadmaps/apsheronsk-2021/calendar.ics'));
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const urls = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('url')));
  assert.ok(urls.length > 10);
  for (const url of urls) assert.match(url, /^\/shnor\/roadmaps\/apsheronsk-2021\/#[\w.-]+$/);
  await page.close();
});

test('a roadmap page embedded in a page of another site renders', async () => {
  const page = await browser.newPage();
  await page.goto(schoolOrigin);
  const frame = page.frameLocator('iframe');
  await frame.locator('h1').waitFor();
  assert.match((await frame.locator('h1').textContent()) ?? '', /ДОРОЖНАЯ КАРТА/i);
  assert.equal(await frame.locator('table.items tbody tr[id]').count(), 45);
  await page.close();
});

// One search across separate Карта sites (site.yaml `searchSites`): a school's own site searches its municipality's
// portal too, each result labelled with its site — from two origins (the portal's host sends the CORS header
// docs/search.md asks for) and from two subfolders of one origin; a site that does not answer, or whose host does not
// allow it, is left out with a note, and the search still works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { launchChromium } from '../../dev/browser.ts';
import { buildSite } from '../support/built-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';
import { serveStatic, type StaticSite } from '../../src/build/static-server.ts';

/** A host that takes connections and never answers (a server that hangs); closed with the others. */
async function silentHost(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on now (taken and given back). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function siteBuild(yaml: string): string {
  const content = copyContent();
  writeFileSync(path.join(content, 'site.yaml'), yaml);
  // Without the roadmaps' PDFs: this is about search.
  return buildSite(['--content', content, '--browser', 'none']);
}

const portalTitle = 'Портал Апшеронского района';
const deadTitle = 'Сайт, который не отвечает';
const cors = { 'Access-Control-Allow-Origin': '*' };
let browser: Browser;
const servers: StaticSite[] = [];
let school: StaticSite;
let schoolNoCors: StaticSite;
let oneOrigin: StaticSite;

let silent: Awaited<ReturnType<typeof silentHost>> | undefined;

before(async () => {
  const [portalPort, strictPort] = [await freePort(), await freePort()];
  silent = await silentHost();
  const deadPort = silent.port;
  const portal = siteBuild('title: Портал района (пример)\nhome: apsheronsk\nbase: /rayon/\n');
  // The school's site on another origin: the portal (CORS allowed), a site that takes the connection and never
  // answers, and the same portal served without the CORS header.
  const schoolDist = siteBuild(
    `title: Школа № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shkola/\nsearchSites:\n` +
      `  - { title: ${JSON.stringify(portalTitle)}, url: "http://127.0.0.1:${portalPort}/rayon/" }\n` +
      `  - { title: ${JSON.stringify(deadTitle)}, url: "http://127.0.0.1:${deadPort}/" }\n`,
  );
  const schoolStrictDist = siteBuild(
    `title: Школа № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shkola/\nsearchSites:\n` +
      `  - { title: ${JSON.stringify(portalTitle)}, url: "http://127.0.0.1:${strictPort}/rayon/" }\n`,
  );
  // Both in subfolders of one origin: the school names the portal by its path.
  const schoolHere = siteBuild(
    `title: Школа № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shkola/\nsearchSites:\n` +
      `  - { title: ${JSON.stringify(portalTitle)}, url: /rayon/ }\n`,
  );
  servers.push(await serveStatic(portal, '/rayon/', { port: portalPort, headers: cors }));
  servers.push(await serveStatic(portal, '/rayon/', { port: strictPort }));
  school = await serveStatic(schoolDist, '/shkola/');
  schoolNoCors = await serveStatic(schoolStrictDist, '/shkola/');
  const both = tempDir('karta-two-sites-');
  cpSync(portal, path.join(both, 'rayon'), { recursive: true });
  cpSync(schoolHere, path.join(both, 'shkola'), { recursive: true });
  oneOrigin = await serveStatic(both, '/');
  servers.push(school, schoolNoCors, oneOrigin);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  await silent?.close();
});

async function search(site: StaticSite, sitePath: string, query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(site.url(`${sitePath}search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() =>
    /найден|ничего|не работает/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
  return page;
}

/** Each result: its link and the line that says what and whose it is. */
const results = (page: Page) =>
  page.locator('#search-results > li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: (li.querySelector(':scope > a') as HTMLAnchorElement).href,
      line: li.querySelector('.search-kind')!.textContent!,
    })),
  );

test(
  'two origins: the other site’s results come labelled with it and link to it; ' + 'one that does not answer is noted',
  async () => {
    // A school of the portal, not published on the school's own site; and the school's own documents. Both pages
    // wait for the site that does not answer at the same time.
    const [page, ownPage] = await Promise.all([search(school, '', 'СОШ 20'), search(school, '', 'стажировок')]);
    const found = await results(page);
    const fromPortal = found.filter((r) => r.href.startsWith(servers[0]!.url('')));
    assert.ok(
      fromPortal.some((r) => r.href.endsWith('/rayon/organizations/apsheronsk-sosh-20/')),
      found.map((r) => r.href).join('\n'),
    );
    for (const r of fromPortal) assert.match(r.line, new RegExp(`сайт «${portalTitle}»`));
    assert.match(
      (await page.locator('#search-notes').textContent()) ?? '',
      new RegExp(`Сайт «${deadTitle}» не ответил`),
    );
    // The school's own documents are there too, unlabelled.
    const own = await results(ownPage);
    assert.ok(own.some((r) => r.href.startsWith(school.url('')) && !/сайт «/.test(r.line)));
    assert.ok(own.some((r) => r.href.startsWith(servers[0]!.url(''))));
    await page.close();
    await ownPage.close();
  },
);

test('two origins without the CORS header: the other site is left out with a note, the own search works', async () => {
  const page = await search(schoolNoCors, '', 'стажировок');
  const found = await results(page);
  assert.ok(found.length > 0);
  assert.ok(found.every((r) => r.href.startsWith(schoolNoCors.url(''))));
  assert.match(
    (await page.locator('#search-notes').textContent()) ?? '',
    new RegExp(`Сайт «${portalTitle}» не ответил`),
  );
  await page.close();
});

test('two subfolders of one origin: the school searches the portal beside it', async () => {
  const page = await search(oneOrigin, 'shkola/', 'СОШ 20');
  const found = await results(page);
  const portal = found.find((r) => r.href === oneOrigin.url('rayon/organizations/apsheronsk-sosh-20/'));
  assert.ok(portal, found.map((r) => r.href).join('\n'));
  assert.match(portal.line, new RegExp(`сайт «${portalTitle}»`));
  assert.equal(await page.locator('#search-notes').textContent(), '');
  await page.close();
});

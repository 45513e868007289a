// One search across separate Карта sites (site.yaml `searchSites`): a school's own site searches its municipality's
// portal too, each result labelled with its site — from two origins (the portal's host sends the CORS header
// docs/search.md asks for) and from two subfolders of one origin. The own results do not wait for the other sites: a
// site that answers later joins the search then; one that does not answer, or whose host does not allow it, is left
// out with a note, and the search still works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { launchChromium } from '../../dev/browser.ts';
import { buildSite } from '../support/built-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';
import { showEveryResult } from '../support/search-results.ts';
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

/**
 * A host in front of `site` that holds every request for another site's `search/site.json` until `open()` — a
 * site that answers late — and, once `breakIndex()` is called, answers 404 for the files of its index. It sends the
 * CORS header.
 */
async function lateHost(site: StaticSite, port: number) {
  let held: (() => void)[] | undefined = [];
  let broken = false;
  const server = createHttpServer(async (request, response) => {
    if (held && request.url?.endsWith('/search/site.json')) await new Promise<void>((resolve) => held?.push(resolve));
    const answer = await fetch(
      broken && /\/pagefind[^/]*\//.test(request.url ?? '') ? site.url('none/') : site.origin + request.url,
    );
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...cors,
    });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/rayon/`,
    open: () => {
      for (const resolve of held ?? []) resolve();
      held = undefined;
    },
    hold: () => {
      held ??= [];
    },
    breakIndex: () => {
      broken = true;
    },
    close: async () => {
      server.closeAllConnections();
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

/** `change`: to the content copy before the build. */
function siteBuild(yaml: string, change?: (content: string) => void): string {
  const content = copyContent();
  writeFileSync(path.join(content, 'site.yaml'), yaml);
  change?.(content);
  // Without the roadmaps' documents: this is about search.
  return buildSite(['--content', content, '--documents', 'none']);
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
let late: Awaited<ReturnType<typeof lateHost>> | undefined;

before(async () => {
  const [strictPort, latePort] = [await freePort(), await freePort()];
  silent = await silentHost();
  const deadPort = silent.port;
  // The portal's term «СОШ» differs from the school's (a later build with a description added), so that Pagefind
  // does not take the two for one record: it is still the same term, shown once.
  const portal = siteBuild('title: Портал района (пример)\nhome: apsheronsk\nbase: /rayon/\n', (content) =>
    appendFileSync(
      path.join(content, 'glossary', 'sosh.yaml'),
      'description: "Описание, которое добавил тест: портал собран позже школы."\n',
    ),
  );
  // The school's site on another origin: the portal answering late (CORS allowed), waited for a minute so that the
  // test opens it in time on any machine; and the same portal served without the CORS header beside a site that
  // takes the connection and never answers, waited for as long as a site waits unless told.
  const schoolDist = siteBuild(
    `title: Школа № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shkola/\nsearchSitesWait: 60\nsearchSites:\n` +
      `  - { title: ${JSON.stringify(portalTitle)}, url: "http://127.0.0.1:${latePort}/rayon/" }\n`,
  );
  const schoolStrictDist = siteBuild(
    `title: Школа № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shkola/\nsearchSites:\n` +
      `  - { title: ${JSON.stringify(portalTitle)}, url: "http://127.0.0.1:${strictPort}/rayon/" }\n` +
      `  - { title: ${JSON.stringify(deadTitle)}, url: "http://127.0.0.1:${deadPort}/" }\n`,
  );
  // Both in subfolders of one origin: the school names the portal by its path.
  const schoolHere = siteBuild(
    `title: Школа № 7 (пример)\nhome: apsheronsk-sosh-7\nbase: /shkola/\nsearchSites:\n` +
      `  - { title: ${JSON.stringify(portalTitle)}, url: /rayon/ }\n`,
  );
  servers.push(await serveStatic(portal, '/rayon/', { headers: cors }));
  late = await lateHost(servers[0]!, latePort);
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
  await late?.close();
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

/** The text of the notes above the results. */
const notesOf = async (page: Page) => (await page.locator('#search-notes').textContent()) ?? '';

test(
  'two origins: the own results come at once, the other site’s join when it answers, labelled with it and ' +
    'linking to it',
  async () => {
    // A school of the portal, not published on the school's own site; and the school's own documents, with the
    // visitor among them (a link focused) when the portal answers, which has the other schools' pages.
    const [page, ownPage] = await Promise.all([search(school, '', 'СОШ 20'), search(school, '', 'СОШ')]);
    for (const shown of [page, ownPage])
      assert.match(await notesOf(shown), new RegExp(`Сайт «${portalTitle}» ещё не ответил`));
    const own = await results(ownPage);
    assert.ok(own.length > 0);
    assert.ok(own.every((r) => r.href.startsWith(school.url('')) && !/сайт «/.test(r.line)));
    assert.ok(!(await results(page)).some((r) => r.href.startsWith(late!.url)));
    await ownPage.locator('#search-results a').first().focus();

    late!.open();
    // The search is made again with the portal, which now has no note.
    await page.locator('#search-results > li > a[href$="/rayon/organizations/apsheronsk-sosh-20/"]').waitFor();
    await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
    const found = await results(page);
    const fromPortal = found.filter((r) => r.href.startsWith(late!.url));
    assert.ok(fromPortal.length > 0, found.map((r) => r.href).join('\n'));
    for (const r of fromPortal) assert.match(r.line, new RegExp(`сайт «${portalTitle}»`));
    assert.equal(await notesOf(page), '');

    // The visitor among the results keeps them and the focus; the status says the portal answered, and a button
    // makes the search again with it, taking the visitor to its results.
    const again = ownPage.getByRole('button', { name: 'Искать и на нём' });
    await again.waitFor();
    assert.deepEqual(await results(ownPage), own);
    assert.ok(await ownPage.evaluate(() => document.activeElement?.closest('#search-results') !== null));
    assert.match((await ownPage.locator('#search-status').textContent()) ?? '', /Ответил ещё один сайт/);
    await again.click();
    await ownPage.waitForFunction(
      (portalUrl) =>
        [...document.querySelectorAll<HTMLAnchorElement>('#search-results > li > a')].some((a) =>
          a.href.startsWith(portalUrl),
        ),
      late!.url,
    );
    const both = await results(ownPage);
    assert.ok(both.some((r) => r.href.startsWith(school.url('')) && !/сайт «/.test(r.line)));
    assert.ok(both.some((r) => r.href.startsWith(late!.url) && r.line.includes(`сайт «${portalTitle}»`)));
    await ownPage.waitForFunction(() => document.activeElement?.closest('#search-results') !== null);
    await page.close();
    await ownPage.close();
  },
);

test(
  'a site that does not answer, and one whose host does not allow it (no CORS header), are left out with a note; ' +
    'the own search works',
  async () => {
    const page = await search(schoolNoCors, '', 'стажировок');
    const found = await results(page);
    assert.ok(found.length > 0);
    assert.ok(found.every((r) => r.href.startsWith(schoolNoCors.url(''))));
    // The refused one at once, the silent one after the 5 s a site has unless site.yaml says otherwise.
    for (const title of [portalTitle, deadTitle])
      await page.waitForFunction(
        (t) => document.getElementById('search-notes')?.textContent?.includes(`Сайт «${t}» не ответил:`),
        title,
      );
    assert.doesNotMatch(await notesOf(page), /ещё не ответил/);
    assert.deepEqual(await results(page), found);
    await page.close();
  },
);

test('a site that answers late but whose index cannot be read is left out with a note; own results stay', async () => {
  late!.hold();
  late!.breakIndex();
  const page = await search(school, '', 'стажировок');
  const own = await results(page);
  assert.ok(own.length > 0);
  assert.match(await notesOf(page), new RegExp(`Сайт «${portalTitle}» ещё не ответил`));
  late!.open();
  await page.waitForFunction(
    (title) => document.getElementById('search-notes')?.textContent?.includes(`Сайт «${title}» не ответил:`),
    portalTitle,
  );
  assert.deepEqual(await results(page), own);
  // The search still works.
  await page.locator('#search-query').fill('стажировка');
  await page.locator('#search-query').press('Enter');
  await page.waitForFunction(() =>
    /«стажировка» найден/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  await page.close();
});

test('two subfolders of one origin: the school searches the portal beside it', async () => {
  const page = await search(oneOrigin, 'shkola/', 'СОШ 20');
  // The portal may answer after the own index has arrived, and the search is then made again with it.
  await page.locator('#search-results > li > a[href$="/rayon/organizations/apsheronsk-sosh-20/"]').waitFor();
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
  const found = await results(page);
  const portal = found.find((r) => r.href === oneOrigin.url('rayon/organizations/apsheronsk-sosh-20/'));
  assert.ok(portal, found.map((r) => r.href).join('\n'));
  assert.match(portal.line, new RegExp(`сайт «${portalTitle}»`));
  assert.equal(await page.locator('#search-notes').textContent(), '');
  await page.close();
});

test(
  'a document of the school’s own site is shown once, as its own: the portal’s copy of it is left out; ' +
    'of the district’s and the region’s, which the portal publishes whole, both',
  async () => {
    // The school's page and the glossary's term «СОШ» are on both sites, the other schools' pages only on the portal.
    const page = await search(oneOrigin, 'shkola/', 'СОШ');
    await page.locator('#search-results > li > a[href*="/rayon/"]').first().waitFor();
    await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
    // Every document on the page, however many there are.
    await showEveryResult(page);
    const found = await results(page);
    const sitePath = (href: string) => href.replace(/^.*?\/(shkola|rayon)\//, '');
    const own = found.filter((r) => r.href.startsWith(oneOrigin.url('shkola/'))).map((r) => sitePath(r.href));
    const portal = found.filter((r) => r.href.startsWith(oneOrigin.url('rayon/'))).map((r) => sitePath(r.href));
    assert.ok(own.includes('organizations/apsheronsk-sosh-7/'), own.join('\n'));
    assert.ok(
      own.some((p) => p.startsWith('glossary/#')),
      `the term among ${own.join(', ')}`,
    );
    assert.ok(portal.length > 0, found.map((r) => r.href).join('\n'));
    // The district's and the region's documents, which the school's site shows in the school's part only.
    const above = new RegExp(
      '^(roadmaps/(apsheronsk-2021|krasnodar-krai-2023)|' +
        'organizations/(apsheronsk|apsheronsk-uo|krasnodar-krai|krasnodar-minobr))/$',
    );
    assert.deepEqual(
      portal.filter((p) => own.includes(p) && !above.test(p)),
      [],
      'no document of the school’s own is shown again from the portal',
    );
    assert.ok(
      portal.some((p) => above.test(p)),
      `the portal's whole documents among ${portal.join(', ')}`,
    );
    // The count said is that of the documents shown, and so are those of «Уточнить»: the school's one page.
    assert.match((await page.locator('#search-status').textContent()) ?? '', new RegExp(` ${found.length} результат`));
    await page.locator('#search-filters summary').click();
    const school = page.locator('select[name=organization] option', { hasText: 'СОШ №7' });
    await school.waitFor({ state: 'attached' });
    assert.match((await school.textContent()) ?? '', /\(1\)$/);
    await page.close();
  },
);

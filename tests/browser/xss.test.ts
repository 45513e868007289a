// Script payloads in every text field of a roadmap, its organisation, its people, a glossary entry, a risk-factor
// list and the site's settings, built for real and opened in real Chromium: no dialog opens, no element of a
// payload is on any page, and the payloads are there as text. While that build runs, a second build of the same
// project is refused with a clear message (two builds at once would break each other in Astro's .astro folder).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { launchChromium } from '../../dev/browser.ts';
import { commandLimitMs, copyContent, karta, projectRoot } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';
import { takeBuildTurn } from '../support/build-turn.ts';
import { serveStatic, type StaticSite } from '../../src/build/static-server.ts';
import { textualOrderTexts, xssPayloads } from '../security/hostile.ts';

/** Fields whose values are identifiers, references, dates, addresses or fixed words: not free text. */
const notText = new Set([
  'id',
  'owner',
  'issuer',
  'person',
  'organization',
  'parent',
  'scope',
  'riskFactors',
  'basedOn',
  'schools',
  'implements',
  'level',
  'kind',
  'status',
  'format',
  'date',
  'start',
  'end',
  'signedAt',
  'published',
  'updated',
  'url',
  'website',
  'base',
  'home',
  'year',
  'code',
  'codes',
  'riskCodes',
  'example',
  'sizeBytes',
  'yearStartMonth',
  'number',
  'item',
  'roadmap',
  'covers',
  'file',
]);

let payload = 0;
/** The YAML with a payload appended to every free-text value (a different payload in turn). */
function poison(yamlText: string): string {
  const doc = parseDocument(yamlText);
  const visit = (node: Node | null | undefined, key: string | undefined) => {
    if (isMap(node))
      for (const pair of node.items)
        if (isPair(pair) && isScalar(pair.key)) visit(pair.value as Node, String(pair.key.value));
    if (isSeq(node)) for (const item of node.items) visit(item as Node, key);
    if (isScalar(node) && typeof node.value === 'string' && !notText.has(key ?? '')) {
      node.value = `${node.value} ${xssPayloads[payload++ % xssPayloads.length]}`;
    }
  };
  visit(doc.contents as Node, undefined);
  return doc.toString({ lineWidth: 0 });
}

function poisonFile(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.mdx')) {
    const end = text.indexOf('\n---\n', 4);
    const body = textualOrderTexts(path.join(markerDir, 'code-ran'))
      .map((t) => t.text)
      .join('\n\n');
    writeFileSync(file, `---\n${poison(text.slice(4, end + 1))}---\n${text.slice(end + 5)}\n\n${body}\n`);
  } else {
    writeFileSync(file, poison(text));
  }
}

const markerDir = tempDir('karta-xss-marker-');
let browser: Browser;
let site: StaticSite;
let secondBuild: ReturnType<typeof karta> | undefined;

before(async () => {
  const content = copyContent();
  for (const file of [
    'site.yaml',
    'roadmaps/sochi-2023.mdx',
    'organizations/sochi-uon.yaml',
    'organizations/sochi.yaml',
    'people/sochi-medvedeva-on.yaml',
    'glossary/kdr.yaml',
    'risk-factors/fioko.yaml',
  ])
    poisonFile(path.join(content, file));
  const out = path.join(tempDir('karta-xss-site-'), 'dist');
  // Both builds in this file's turn at building (build-turn.ts): the second must meet the first, no other.
  const giveBack = takeBuildTurn();
  const first = spawn(
    process.execPath,
    [path.join(projectRoot, 'bin', 'karta.mjs'), 'build', '--content', content, '--out', out],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], timeout: commandLimitMs.build },
  );
  let output = '';
  first.stdout.on('data', (d) => (output += d));
  first.stderr.on('data', (d) => (output += d));
  // Once the first build has taken the project, a second one is refused.
  const lock = path.join(projectRoot, '.karta', 'build.lock');
  for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
  secondBuild = karta(['build', '--out', path.join(tempDir('karta-second-'), 'dist')]);
  const code = await new Promise<number | null>((resolve) => first.once('close', resolve));
  giveBack();
  assert.equal(code, 0, output);
  site = await serveStatic(out);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test(
  'a second build of the same project while one runs is refused at once, in Russian, ' + 'and the first one finishes',
  () => {
    assert.equal(secondBuild?.code, 1, secondBuild?.output);
    assert.match(secondBuild?.output ?? '', /уже идёт сборка \(процесс \d+\)/);
  },
);

const pages = [
  '',
  'roadmaps/',
  'roadmaps/sochi-2023/',
  'organizations/sochi-uon/',
  'organizations/sochi/',
  'organizations/sochi-uon/calendar/',
  'calendar/',
  'glossary/',
  'search/?q=onerror',
];

for (const page of pages) {
  test(`/${page}: payloads are text, not markup — no dialog, no element of theirs`, async () => {
    const tab = await browser.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(site.url(page), { waitUntil: 'networkidle' });
    if (page.startsWith('search')) {
      // Results whose excerpts hold the payloads.
      await tab.locator('#search-results li').first().waitFor();
      await tab.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
    }
    const found = await tab.evaluate(() => ({
      injected: document.querySelectorAll('[data-xss]').length,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      text: document.body.textContent + document.title,
    }));
    await tab.close();
    assert.deepEqual(dialogs, []);
    assert.equal(found.injected, 0);
    assert.equal(found.inlineScripts, 0);
    assert.match(found.text, /data-xss/, 'the payloads are shown as text');
  });
}

test('the order text that only looks hostile ran nothing at build time', () => {
  assert.equal(existsSync(path.join(markerDir, 'code-ran')), false);
});

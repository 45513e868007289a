// Every built page is valid HTML, and no internal link is broken (pages, files and #anchors).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { sharedSite } from './support/built-site.ts';
import { loadContent } from '../src/content-model/load-content.ts';
import { realContent } from './support/content-copy.ts';

let outDir = '';
let pages: string[] = [];

before(() => {
  // A build date inside the seeds' periods: the home page and calendars then list items due this month.
  outDir = sharedSite('2023-11-20');
  pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
});

test('every page passes html-validate (recommended rules)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Russian text is long; the document's own wording sometimes has the same link text for different targets.
      'long-title': 'off',
      // Astro writes void elements as <meta ... />.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      // Anchors keep the document's numbering («p-plan-1-1.1»); HTML5 allows any id without spaces.
      'valid-id': ['error', { relaxed: true }],
    },
  });
  assert.ok(pages.length > 30, `${pages.length} pages`);
  const failures: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(outDir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages.slice(0, 5))
        failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  assert.deepEqual(failures, []);
});

/** The file a site-absolute path refers to, as a static host would serve it. */
function fileFor(urlPath: string): string | undefined {
  const local = path.join(outDir, decodeURIComponent(urlPath));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = path.join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

test('no internal link or resource is broken, anchors included', () => {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const pageUrl = new URL(`http://site/${page.replace(/index\.html$/, '')}`);
    for (const [, , target] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const url = new URL(target!.replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== 'http://site') continue;
      checked++;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${page} → ${target}`);
      } else if (url.hash && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page} → ${target} (no such anchor)`);
      }
    }
  }
  assert.ok(checked > 300, `${checked} links checked`);
  assert.deepEqual(broken, []);
});

test("every general abbreviation of the glossary is marked up wherever it appears in a page's text", () => {
  const glossary = [...loadContent(realContent).glossary.values()].map((e) => e.data).filter((e) => !e.scope);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${glossary
      .map((e) => e.abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const unmarked: string[] = [];
  for (const page of pages.filter((p) => !p.startsWith('glossary'))) {
    const text = readFileSync(path.join(outDir, page), 'utf8')
      .replace(/<head>[\s\S]*?<\/head>/, '')
      .replace(/<abbr\b[^>]*>[\s\S]*?<\/abbr>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ')
      // Soft hyphens in headings' long words (src/html/hyphenate.ts) are not word boundaries.
      .replaceAll('\u00ad', '');
    for (const match of text.matchAll(pattern))
      unmarked.push(
        `${page}: «${match[0]}» …${text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' ')}…`,
      );
  }
  assert.deepEqual(unmarked.slice(0, 20), []);
});

// The order's text of an MDX roadmap is untrusted: no expression, JSX, import/export, raw HTML or unsafe link may
// run code at build time or reach the page. Every hostile text of the corpus would create a marker file if it
// ran; the check refuses each at its line, the build stops and keeps the previous site, and the renderer refuses
// them even when called without the check. Texts that only look hostile are published as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkOrderText } from '../../src/content-model/order-text.ts';
import { orderTextHtml } from '../../src/site/order-text-html.ts';
import { createAbbreviator } from '../../src/glossary/abbreviations.ts';
import { copyContent, karta } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';
import { refusedOrderTexts, textualOrderTexts } from './hostile.ts';

const marker = path.join(tempDir('karta-marker-'), 'code-ran');
const refused = refusedOrderTexts(marker);
const abbreviator = createAbbreviator([{ abbr: 'ОО', expansion: 'образовательная организация' }]);

test('every hostile order text is refused by the check, at the line where it stands', () => {
  for (const { name, text } of refused) {
    const problems = checkOrderText(`Первый абзац.\n\n${text}\n`, 10);
    assert.ok(problems.length > 0, `not refused: ${name}`);
    const lines = text.split('\n').map((_, i) => 12 + i);
    assert.ok(
      problems.every((p) => lines.includes(p.position.line)),
      `${name}: ${JSON.stringify(problems)}`,
    );
    assert.doesNotMatch(
      problems[0]!.message,
      /не разобран/,
      `${name} must be refused as what it is, not as broken text`,
    );
  }
});

test('the renderer refuses every hostile text itself, even without the check, and nothing runs', () => {
  for (const { name, text } of refused) {
    assert.throws(() => orderTextHtml(text, abbreviator, 'карта «x»'), /карта «x»/, name);
  }
  assert.equal(existsSync(marker), false);
});

test(
  'texts that only look hostile are published as text: no element but the allowed ones, ' +
    'braces and tags as characters',
  () => {
    for (const { name, text, shown } of textualOrderTexts(marker)) {
      assert.deepEqual(checkOrderText(text, 1), [], name);
      const html = orderTextHtml(text, abbreviator, 'x');
      const tags = [...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]);
      assert.ok(
        tags.every((tag) => ['p', 'code', 'a'].includes(tag!)),
        `${name}: ${html}`,
      );
      const published = html
        .replace(/<\/?(p|code|a)( [^>]*)?>/g, '')
        .replace(/&#x3C;/g, '<')
        .replace(/&lt;/g, '<')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      assert.ok(published.includes(shown), `${name}: ${html}`);
    }
    assert.equal(existsSync(marker), false);
  },
);

test(
  'a roadmap with hostile order texts: check reports each one at its line, the build stops, nothing runs, ' +
    'the previous site stays',
  () => {
    const content = copyContent();
    const file = path.join(content, 'roadmaps', 'sochi-2023.mdx');
    const source = readFileSync(file, 'utf8');
    const bodyStart = source.indexOf('\n---\n', 4) + 5;
    const header = source.slice(0, bodyStart);
    const headerLines = header.split('\n').length - 1;
    let line = headerLines + 1;
    const expected: number[] = [];
    const body = refused
      .map(({ text }) => {
        const at = line;
        line += text.split('\n').length + 1;
        expected.push(at);
        return text;
      })
      .join('\n\n');
    writeFileSync(file, `${header}${body}\n`);

    const check = karta(['check', '--content', content]);
    assert.equal(check.code, 1, check.output);
    const reported = new Set([...check.output.matchAll(/sochi-2023\.mdx:(\d+):\d+/g)].map((m) => Number(m[1])));
    for (const [i, { name, text }] of refused.entries()) {
      const lines = text.split('\n').map((_, k) => expected[i]! + k);
      assert.ok(
        lines.some((l) => reported.has(l)),
        `${name} (line ${expected[i]}) not reported:\n${check.output}`,
      );
    }

    const out = path.join(tempDir('karta-hostile-site-'), 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    const build = karta(['build', '--content', content, '--out', out]);
    assert.equal(build.code, 1, build.output);
    assert.match(build.output, /предыдущая сборка оставлена без изменений/i);
    assert.equal(readFileSync(path.join(out, 'index.html'), 'utf8'), 'previous site');
    assert.equal(existsSync(marker), false, 'a payload ran');
  },
);

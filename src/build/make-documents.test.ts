// The documents' cache and the page's links, on plain files: a document no build has used for a month goes, one
// in use stays; a page shows the links of the documents that were made, with their sizes, and no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fillSizes, pruneCache } from './make-documents.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

test('the cache keeps what is in use and what was used lately, and lets go of the rest', () => {
  const cache = tempDir('karta-cache-');
  const day = 86_400_000;
  const now = Date.now();
  const file = (key: string, ext: string, daysOld: number) => {
    const at = path.join(cache, key.slice(0, 2), `${key}.${ext}`);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, 'x');
    const when = new Date(now - daysOld * day);
    utimesSync(at, when, when);
    return at;
  };
  const used = file('aa11', 'pdf', 40);
  const recent = file('bb22', 'pdf', 3);
  const old = file('cc33', 'docx', 31);
  const oldHash = file('cc33', 'docx.sha256', 31);
  const torn = file('dd44', 'pdf.123.tmp', 2);
  pruneCache(cache, new Set(['aa11']), now);
  assert.ok(existsSync(used) && existsSync(recent));
  assert.ok(!existsSync(old) && !existsSync(oldHash) && !existsSync(torn));
  assert.ok(now - statSync(used).mtimeMs < day, 'marked as used');
});

test('a page shows the links of the documents made, with their sizes, and keeps the others hidden', () => {
  const page = path.join(tempDir('karta-page-'), 'index.html');
  const links = (['pdf', 'docx', 'xlsx'] as const)
    .map(
      (f) =>
        `<li data-karta-document="${f}" hidden>` +
        `<a href="x.${f}" download>${f}<span data-karta-size="${f}"></span>)</a></li>`,
    )
    .join('');
  writeFileSync(page, `<ul>${links}</ul><p class="muted" data-karta-document="note" hidden>…</p>`);
  fillSizes(page, { docx: 14_000, xlsx: 2_000_000 });
  const html = readFileSync(page, 'utf8');
  assert.ok(html.includes('<li data-karta-document="pdf" hidden>'));
  assert.ok(
    html.includes(
      '<li data-karta-document="docx"><a href="x.docx" download>docx<span data-karta-size="docx">, 14 КБ</span>)',
    ),
  );
  assert.ok(html.includes('<span data-karta-size="xlsx">, 1,9 МБ</span>'));
  assert.ok(html.includes('<p class="muted" data-karta-document="note">'));
});

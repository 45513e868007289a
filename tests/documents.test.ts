// The documents a build makes of every roadmap (src/build/make-documents.ts), read with PDF tools as a school's site
// and a screen reader would: poppler's pdfinfo and pdftotext, and the PDF's own catalog and structure tree read from
// its bytes (Chromium writes PDF 1.4: objects uncompressed, only page contents are). Then the cache, and a build
// without Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { dataById, loadContent } from '../src/content-model/load-content.ts';
import { walkItems, walkSections } from '../src/content-model/roadmap-structure.ts';
import type { Item, Section } from '../src/content-model/schemas.ts';
import { sharedSite } from './support/built-site.ts';
import { currentEditions } from '../src/content-model/check-editions.ts';
import { commandLimitMs, copyContent, edit, karta } from './support/content-copy.ts';
import { seeds } from './support/import-seeds.ts';
import { tempDir } from './support/temp-dir.ts';

const site = sharedSite('2023-11-20');
// The content the shared site is built of: the project's, with the example amendment.
const loaded = loadContent(path.join(site, '..', 'content'));
const content = dataById(loaded);
// The PDF is of the edition in force.
const current = currentEditions(loaded);
const roadmapOf = (id: string) => content.roadmaps.get(current.get(id) ?? id)!;
const pdfOf = (id: string) => path.join(site, 'roadmaps', id, `${id}.pdf`);
const pdfinfo = (file: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8', timeout: commandLimitMs.other })
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
// `-raw`: the text in the order the page draws it, which Chromium does in the document's order, cell by cell.
const pdftotext = (file: string, page?: number, raw = true) =>
  execFileSync(
    'pdftotext',
    [...(raw ? ['-raw'] : []), ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'],
    { encoding: 'utf8', timeout: commandLimitMs.other },
  );
/** Letters and digits only: pdftotext joins words hyphenated at a line's end and breaks lines as the page does. */
const letters = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The PDF's catalog, the roles of its structure elements, and its outline's titles. */
function structure(file: string) {
  const raw = readFileSync(file).toString('latin1');
  const catalogAt = raw.indexOf('/Type /Catalog');
  const start = raw.lastIndexOf(' obj', catalogAt);
  const catalog = raw.slice(start, raw.indexOf('endobj', catalogAt));
  const roles = new Map<string, number>();
  for (const m of raw.matchAll(/\/S \/([A-Za-z0-9]+)/g)) roles.set(m[1]!, (roles.get(m[1]!) ?? 0) + 1);
  const hex = (h: string) => Buffer.from(h.slice(4), 'hex').swap16().toString('utf16le');
  const outline = [...raw.matchAll(/\/Title <(FEFF[0-9A-F]*)>/g)].map((m) => hex(m[1]!));
  return { catalog, roles, outline };
}

const pdfChecks = "a tagged PDF in Russian with its title, outline, every item's text in order, under 15 MB";
for (const seed of seeds) {
  test(`${seed.roadmap}: ${pdfChecks}`, () => {
    const roadmap = roadmapOf(seed.roadmap);
    const file = pdfOf(seed.roadmap);
    assert.ok(existsSync(file), 'the PDF is in the site');
    const info = pdfinfo(file);
    assert.equal(info.Tagged, 'yes');
    assert.equal(info.Title, roadmap.title);
    assert.ok(Number(info.Pages) > 0);
    assert.ok(readFileSync(file).length <= 15 * 1024 * 1024, 'at most 15 MB');
    assert.ok(Number(info['File size']?.split(' ')[0]) > 0);

    const { catalog, roles, outline } = structure(file);
    assert.match(catalog, /\/Lang \(ru\)/);
    assert.match(catalog, /\/MarkInfo <<[^>]*\/Marked true/);
    assert.match(catalog, /\/StructTreeRoot \d+ 0 R/);
    assert.match(catalog, /\/Outlines \d+ 0 R/);
    assert.match(catalog, /\/DisplayDocTitle true/);
    for (const role of ['Document', 'H1', 'Table', 'TR', 'TH', 'TD'])
      assert.ok(roles.get(role), `structure elements ${role}`);
    assert.ok(
      ['H2', 'H3', 'H4'].some((role) => roles.get(role)),
      'headings below the first',
    );
    // Fonts embedded, with Cyrillic: pdffonts says «emb yes» and «uni yes» for each.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8', timeout: commandLimitMs.other })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    assert.ok(fonts.length > 0);
    for (const font of fonts) assert.match(font, /\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/, font);

    // An outline entry for the title and for every section.
    assert.ok(outline.includes(roadmap.title), 'the title is in the outline');
    for (const { section } of walkSections<Item, Section>(roadmap.sections)) {
      const heading = [section.number, section.title].filter(Boolean).join(' ');
      assert.ok(
        outline.some((entry) => letters(entry) === letters(heading)),
        `outline entry for «${heading.slice(0, 60)}»`,
      );
    }

    // Real text, every item's activity in document order (control points, plan, mechanisms); whole words, without
    // the soft hyphens the site's headings get in the largest print (src/html/hyphenate-page.ts).
    const raw = pdftotext(file);
    assert.ok(!raw.includes('\u00ad'), 'no soft hyphen in the text layer');
    const text = letters(raw);
    let at = 0;
    for (const { item } of walkItems<Item, Section>(roadmap.sections)) {
      const found = text.indexOf(letters(item.title), at);
      assert.ok(found >= 0, `«${item.title.slice(0, 60)}» after what came before`);
      at = found;
    }
  });
}

test('the plan table repeats its header row on every page it runs over', () => {
  const file = pdfOf('krasnodar-krai-2023');
  const pages = Number(pdfinfo(file).Pages);
  // A page whose table starts with the header row: its cells «№», «Мероприятие», «Форма» one after another at the
  // top (after a section's heading, if a section starts the page), and the rest of the header on the page.
  const hasHeader = (text: string) => {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 12)
      .join('|');
    return lines.includes('№|Мероприятие|Форма') && text.includes('Сроки') && text.includes('Ответственные');
  };
  const withHeader = Array.from({ length: pages }, (_, i) => hasHeader(pdftotext(file, i + 1, false)));
  const first = withHeader.indexOf(true);
  const last = withHeader.lastIndexOf(true);
  assert.ok(first >= 0 && last - first >= 5, 'the regional plan runs over many pages');
  // Between the first and the last page of the tables, every page starts with the header row.
  for (let page = first; page <= last; page++) assert.ok(withHeader[page], `page ${page + 1} has the header row`);
});

test('the signature mark is on the first page of a roadmap whose order file is signed', () => {
  const file = pdfOf('belorechensk-2023-2024');
  const first = pdftotext(file, 1).replace(/\s+/g, ' ');
  assert.match(first, /Документ подписан простой электронной подписью/);
  assert.match(first, /Дата и время подписания 15\.09\.2023 16:40/);
  assert.match(first, /Уникальный ключ 00A1B2C3D4E5F60718293A4B5C6D7E8F/);
  // A roadmap without a signed file has no mark.
  assert.doesNotMatch(pdftotext(pdfOf('sochi-2023')), /подписан простой электронной подписью/);
});

test('every document is dated the day of the order that approved its roadmap, not the moment it was made', () => {
  for (const { roadmap: id } of seeds) {
    const day = roadmapOf(id).order.date;
    const info = execFileSync('pdfinfo', ['-isodates', pdfOf(id)], { encoding: 'utf8', timeout: commandLimitMs.other });
    assert.match(info, new RegExp(`^CreationDate: +${day}T00:00:00`, 'm'), id);
    assert.match(info, new RegExp(`^ModDate: +${day}T00:00:00`, 'm'), id);
    for (const format of ['docx', 'xlsx']) {
      const bytes = readFileSync(path.join(site, 'roadmaps', id, `${id}.${format}`));
      const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!);
      for (const property of ['created', 'modified'])
        assert.match(core, new RegExp(`<dcterms:${property}[^>]*>${day}T00:00:00Z<`), `${id}.${format} ${property}`);
      // The ZIP's first entry: its DOS date (year − 1980, month, day) in the local file header.
      const dos = bytes.readUInt16LE(12);
      const [year, month, date] = day.split('-').map(Number);
      assert.deepEqual([(dos >> 9) + 1980, (dos >> 5) & 15, dos & 31], [year, month, date], `${id}.${format}`);
    }
  }
});

test('the page links its documents with their sizes; the open data lists them with their hashes', () => {
  const page = readFileSync(path.join(site, 'roadmaps', 'sochi-2023', 'index.html'), 'utf8');
  const size = Math.ceil(readFileSync(pdfOf('sochi-2023')).length / 1024).toLocaleString('ru-RU');
  assert.ok(
    page.includes(
      `<li data-karta-document="pdf"><a href="/roadmaps/sochi-2023/sochi-2023.pdf" download>` +
        `Скачать документ (PDF<span data-karta-size="pdf">, ${size} КБ</span>)</a></li>`,
    ),
  );
  assert.match(
    page,
    /<li data-karta-document="docx"><a [^>]+>Копия в Word \(DOCX<span data-karta-size="docx">, \d+ КБ<\/span>\)/,
  );
  const { documents } = JSON.parse(readFileSync(path.join(site, 'data', 'documents.json'), 'utf8'));
  const sochi = documents.find((d: { id: string }) => d.id === 'sochi-2023');
  assert.equal(sochi.pdf.url, 'roadmaps/sochi-2023/sochi-2023.pdf');
  assert.match(sochi.pdf.sha256, /^[0-9a-f]{64}$/);
  assert.equal(
    documents.length,
    readdirSync(path.join(site, 'data', 'roadmaps')).filter((f) => f.endsWith('.json')).length,
  );
});

test(
  'documents are made only for roadmaps that changed, the parallel way too; ' +
    'without Chromium the site is built and says which PDFs are missing',
  () => {
    const dir = copyContent();
    // A title no cache has seen, so that its documents are made now.
    const unique = `проверка кэша ${process.pid}-${Date.now()}`;
    edit(dir, 'roadmaps/apsheronsk-2021.mdx', 'title: "', `title: "(${unique}) `);
    const out = path.join(tempDir('karta-documents-'), 'dist');
    const env = { KARTA_BUILD_DATE: '2026-01-15' };
    // The parallel way renders the pages while the documents are made (the project's few roadmaps would be built
    // the plain way, which makes them first, as the shared site above is built).
    const first = karta(['build', '--parallel', '--content', dir, '--out', out], env);
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /Документы карт: PDF 6 \(новых [1-6]\), DOCX 6 \(новых [1-6]\)/);
    for (const seed of seeds)
      for (const format of ['pdf', 'docx', 'xlsx'])
        assert.ok(
          existsSync(path.join(out, 'roadmaps', seed.roadmap, `${seed.roadmap}.${format}`)),
          `${seed.roadmap}.${format}`,
        );
    const timings = path.join(path.dirname(out), 'timings.json');
    const again = karta(['build', '--parallel', '--content', dir, '--out', out, '--timings', timings], env);
    assert.match(again.output, /Документы карт: PDF 6 \(новых 0\), DOCX 6 \(новых 0\), XLSX 6 \(новых 0\)/);
    // Every page was written with its documents' sizes: none was read back and rewritten.
    const { way, counts } = JSON.parse(readFileSync(timings, 'utf8'));
    assert.equal(way, 'parallel');
    assert.equal(counts['documents: pages told their sizes after rendering'], 0);
    for (const id of readdirSync(path.join(out, 'roadmaps')).filter((name) => !name.endsWith('.html'))) {
      const page = readFileSync(path.join(out, 'roadmaps', id, 'index.html'), 'utf8');
      assert.match(
        page,
        new RegExp(
          '<li data-karta-document="pdf"><a [^>]+>' +
            String.raw`Скачать документ \(PDF<span data-karta-size="pdf">, [\d,]+ [КМ]Б<\/span>`,
        ),
        id,
      );
      assert.ok(page.includes('<p class="muted" data-karta-document="note">'), id);
    }

    // Another change, and no browser: the PDF of the changed roadmap is not made, the build says so and succeeds.
    edit(dir, 'roadmaps/apsheronsk-2021.mdx', `(${unique})`, `(${unique}, снова)`);
    const without = karta(['build', '--content', dir, '--out', out, '--browser', '/nonexistent/chromium'], env);
    assert.equal(without.code, 0, without.output);
    assert.match(
      without.output,
      /PDF не созданы для 1 карт \(apsheronsk-2021\): браузера \/nonexistent\/chromium нет.*sudo apt install chromium/s,
    );
    assert.ok(!existsSync(path.join(out, 'roadmaps', 'apsheronsk-2021', 'apsheronsk-2021.pdf')));
    const page = readFileSync(path.join(out, 'roadmaps', 'apsheronsk-2021', 'index.html'), 'utf8');
    assert.ok(page.includes('<li data-karta-document="pdf" hidden>'), 'no link to a PDF that is not there');
    assert.ok(page.includes('<li data-karta-document="docx">'), 'the Word copy is linked');
    // The others come from the cache.
    assert.ok(existsSync(path.join(out, 'roadmaps', 'sochi-2023', 'sochi-2023.pdf')));
  },
);

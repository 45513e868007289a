// Content and documents built to exhaust memory or time, and files that are not what they seem. Each command runs
// as a child with a small heap (as a crowded build machine would give it): it must end quickly with a Russian
// message that names the file and the place, and exit code 1 — not run out of memory, loop or print a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { copyContent, karta } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Node's heap for the children: enough for the real content, far too little for any of the bombs. */
const tight = { NODE_OPTIONS: '--max-old-space-size=256' };

function checkContent(content: string) {
  const result = karta(['check', '--content', content], tight);
  assert.doesNotMatch(result.output, /\n\s+at |heap out of memory|Maximum call stack/i, result.output);
  return result;
}

test('a YAML alias bomb of under a kilobyte is refused at its first alias, before anything expands it', () => {
  const content = copyContent();
  const lines = ['abbr: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'].map((p) => [...p]))
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  lines.push('expansion: *i');
  const text = lines.join('\n');
  assert.ok(text.length < 1024);
  writeFileSync(path.join(content, 'glossary', 'bomb.yaml'), text);
  const result = checkContent(content);
  assert.equal(result.code, 1);
  assert.match(result.output, /glossary\/bomb\.yaml:2:\d+ .*ссылка YAML «\*a» не допускается/);
});

test('nesting deep enough to exhaust a parser is refused at the file', () => {
  const content = copyContent();
  writeFileSync(path.join(content, 'glossary', 'deep.yaml'), `abbr: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`);
  writeFileSync(path.join(content, 'glossary', 'deeper.yaml'), `${'- '.repeat(300_000)}x\n`);
  const result = checkContent(content);
  assert.equal(result.code, 1);
  assert.match(result.output, /glossary\/deep\.yaml:1:1 .*вложены слишком глубоко/);
  assert.match(result.output, /glossary\/deeper\.yaml:1:1 .*вложены слишком глубоко/);
});

test(
  'a text field of 100,000 characters is refused at its line; ' + 'a file over 5 MB is refused without being read',
  () => {
    const content = copyContent();
    writeFileSync(path.join(content, 'glossary', 'long.yaml'), `abbr: ДЛН\nexpansion: ${'а'.repeat(100_000)}\n`);
    const huge = path.join(content, 'people', 'huge.yaml');
    writeFileSync(huge, 'name: x\n');
    truncateSync(huge, 6 * 1024 * 1024);
    const result = checkContent(content);
    assert.equal(result.code, 1);
    assert.match(
      result.output,
      /glossary\/long\.yaml:2:\d+ +ошибка в поле expansion: текст длиннее 5\s000 знаков \(здесь 100\s000\)/,
    );
    assert.match(result.output, /people\/huge\.yaml:1:1 .*файл больше 5 МБ \(6 МБ\)/);
  },
);

test(
  'links in the content folder: a folder link that loops, and file links that lead nowhere, ' +
    'to themselves or out of the folder',
  () => {
    const content = copyContent();
    symlinkSync('..', path.join(content, 'roadmaps', 'loop'));
    symlinkSync('nowhere.yaml', path.join(content, 'people', 'dangling.yaml'));
    symlinkSync('self.yaml', path.join(content, 'people', 'self.yaml'));
    const outside = path.join(tempDir('karta-outside-'), 'secret.yaml');
    writeFileSync(outside, 'name: Секрет\nshortName: Секрет\n');
    symlinkSync(outside, path.join(content, 'people', 'outside.yaml'));
    const result = checkContent(content);
    assert.equal(result.code, 1);
    assert.match(result.output, /roadmaps\/loop:1:1 .*ссылка на папку/);
    assert.match(result.output, /people\/dangling\.yaml:1:1 .*ведёт к файлу, которого нет/);
    assert.match(result.output, /people\/self\.yaml:1:1 .*замкнута сама на себя/);
    assert.match(result.output, /people\/outside\.yaml:1:1 .*вне папки содержимого/);
    assert.doesNotMatch(result.output, /Секрет/);
  },
);

test(
  'a file in Windows-1251 is refused with the fix; an MDX file with a byte order mark is read; ' +
    'direction overrides are taken out with a warning',
  () => {
    const content = copyContent();
    writeFileSync(
      path.join(content, 'glossary', 'cp1251.yaml'),
      iconv.encode('abbr: ТСТ\nexpansion: тестовая школа с низкими результатами обучения\n', 'windows-1251'),
    );
    const mdx = path.join(content, 'roadmaps', 'sochi-2023.mdx');
    writeFileSync(mdx, `\uFEFF${readFileSync(mdx, 'utf8')}`);
    writeFileSync(path.join(content, 'glossary', 'bidi.yaml'), 'abbr: "АБВ\u202Eгд"\nexpansion: перевёрнутый текст\n');
    const result = checkContent(content);
    assert.equal(result.code, 1);
    assert.match(
      result.output,
      /glossary\/cp1251\.yaml:1:1 .*не в кодировке UTF-8 \(похоже на Windows-1251\).*сохраните в UTF-8/,
    );
    assert.doesNotMatch(result.output, /sochi-2023\.mdx/);
    assert.match(result.output, /glossary\/bidi\.yaml:1:\d+ +предупреждение: .*U\+202E удалён/);
    assert.equal(result.output.match(/ошибка/g)?.length, 1, result.output);
  },
);

/** A DOCX whose document.xml is `xml`. */
function docx(xml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${xml}</w:body></w:document>`,
    ),
  });
}

/** The package with every part declared `size` bytes unpacked (a real bomb declares its true size). */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let i = 0; i < bytes.length - 30; i++) {
    if (bytes.readUInt32LE(i) === 0x02014b50) bytes.writeUInt32LE(size, i + 24);
    if (bytes.readUInt32LE(i) === 0x04034b50) bytes.writeUInt32LE(size, i + 22);
  }
  return bytes;
}

function importFile(name: string, bytes: Uint8Array | string) {
  const dir = tempDir('karta-import-bomb-');
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const out = path.join(dir, 'out.yaml');
  const result = karta(['import', file, '--owner', 'sochi-uon', '--out', out], tight);
  assert.doesNotMatch(
    result.output,
    /\n\s+at |heap out of memory|Maximum call stack|Cannot create a string/i,
    result.output,
  );
  assert.equal(existsSync(out), false, 'nothing is written');
  return result;
}

test('import: a package that unpacks to 400 MB is refused before it is unpacked', () => {
  const result = importFile('bomb.docx', declaring(docx('<w:p/>'), 400 * 1024 * 1024));
  assert.equal(result.code, 1);
  assert.match(result.output, /распаковывается в \d+ МБ — больше предела 100 МБ/);
});

test('import: tables nested 5,000 deep are refused before they are walked', () => {
  const result = importFile(
    'nested.docx',
    docx(`${'<w:tbl><w:tr><w:tc>'.repeat(5000)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(5000)}`),
  );
  assert.equal(result.code, 1);
  assert.match(result.output, /таблицы вложены друг в друга глубже 4 уровней/);
});

test('import: a CSV of a million lines is refused before it is parsed; a file over 15 MB before it is read', () => {
  const csv = importFile('rows.csv', `N;title;deadline\n${'1;a;b\n'.repeat(1_000_000)}`);
  assert.equal(csv.code, 1);
  assert.match(csv.output, /строк больше 10\s000 \(1\s000\s002\)/);
  const dir = tempDir('karta-import-large-');
  const large = path.join(dir, 'large.csv');
  writeFileSync(large, '№;Мероприятие\n');
  truncateSync(large, 16 * 1024 * 1024);
  const result = karta(['import', large, '--out', path.join(dir, 'x.yaml')], tight);
  assert.equal(result.code, 1);
  assert.match(result.output, /файл «large\.csv» больше 15 МБ \(16 МБ\)/);
});

test('import: an ODS whose cells span a million rows and columns is read within the limits', () => {
  const content =
    '<?xml version="1.0"?><office:document-content' +
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"' +
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
    '<office:body><office:spreadsheet><table:table table:name="План">\n' +
    '    <table:table-row><table:table-cell table:number-columns-spanned="1000000"' +
    ' table:number-rows-spanned="1000000"><text:p>№</text:p></table:table-cell></table:table-row>\n' +
    '    <table:table-row table:number-rows-repeated="1000000"><table:table-cell' +
    ' table:number-columns-repeated="1000000"><text:p>x</text:p></table:table-cell></table:table-row>\n' +
    '  </table:table></office:spreadsheet></office:body></office:document-content>';
  const ods = zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(content),
  });
  const result = importFile('spans.ods', ods);
  assert.equal(result.code, 1);
  assert.match(result.output, /karta import: в файле «spans\.ods» не найдено ни одной таблицы/);
});

test('content check: sections nested deeper than a document has are refused at the section', () => {
  const content = copyContent();
  let sections = '    items:\n      - title: Пункт\n';
  for (let depth = 0; depth < 8; depth++)
    sections = `    sections:\n      - title: Раздел ${depth}\n${sections.replace(/^/gm, '    ')}`;
  const roadmap =
    'title: Пример\nlevel: school\nowner: sochi-uon\nexample: true\n' +
    'order:\n  issuer: sochi-uon\n  date: 2023-03-01\n  title: Пример\n' +
    `period:\n  start: 2023-01-01\n  end: 2023-12-31\nsections:\n  - title: Верх\n${sections}`;
  mkdirSync(path.join(content, 'roadmaps', 'deep'), { recursive: true });
  writeFileSync(path.join(content, 'roadmaps', 'deep', 'deep-sections.yaml'), roadmap);
  const result = checkContent(content);
  assert.equal(result.code, 1);
  assert.match(
    result.output,
    new RegExp(
      String.raw`deep-sections\.yaml:\d+:\d+ +ошибка в поле sections\[0\](\.sections\[0\]){6}` +
        String.raw` \(раздел Верх › раздел Раздел 7 › [^)]*\): разделы вложены глубже 6 уровней`,
    ),
  );
});

import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { withPdfDates, withZipDates } from './fixed-dates.ts';
import { roadmapDocx } from './roadmap-docx.ts';
import { roadmapXlsx } from './roadmap-xlsx.ts';
import type { OfficeLayout } from './office-layout.ts';

const layout: OfficeLayout = {
  title: 'Дорожная карта (пример)',
  requisites: ['Утверждена: приказ от 06.03.2023 № 1'],
  tables: [
    { header: ['№', 'Мероприятие', 'Срок'], rows: [{ section: 'I. Раздел' }, { cells: ['1', 'Семинар', 'март'] }] },
  ],
  landscape: false,
  date: '2023-03-06',
};

/** What a writer makes with the clock at `now`. */
async function madeAt(now: string, write: (l: OfficeLayout) => Promise<Uint8Array>): Promise<Uint8Array> {
  mock.timers.enable({ apis: ['Date'], now: new Date(now) });
  try {
    return await write(layout);
  } finally {
    mock.timers.reset();
  }
}

for (const [format, write] of [
  ['DOCX', roadmapDocx],
  ['XLSX', roadmapXlsx],
] as const) {
  test(`a ${format} copy made on another day is the same bytes, dated the day of the order`, async () => {
    const earlier = await madeAt('2024-01-10T08:00:00Z', write);
    const later = await madeAt('2026-12-07T23:59:59Z', write);
    assert.ok(Buffer.from(earlier).equals(Buffer.from(later)));
    const files = unzipSync(later);
    const core = strFromU8(files['docProps/core.xml']!);
    assert.match(core, /<dcterms:created[^>]*>2023-03-06T00:00:00Z<\/dcterms:created>/);
    assert.match(core, /<dcterms:modified[^>]*>2023-03-06T00:00:00Z<\/dcterms:modified>/);
    assert.doesNotMatch(core, /2024-01-10|2026-12-07/);
  });
}

test('the ZIP entries are dated the given day, their contents and order kept', () => {
  const made = (mtime: Date) =>
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }, { mtime });
  const first = withZipDates(made(new Date(2024, 0, 10, 8, 0, 0)), '2023-03-06');
  const second = withZipDates(made(new Date(2026, 11, 7, 23, 59, 58)), '2023-03-06');
  assert.ok(Buffer.from(first).equals(Buffer.from(second)));
  assert.deepEqual(Object.keys(unzipSync(first)), ['[Content_Types].xml', 'word/document.xml']);
  assert.equal(strFromU8(unzipSync(first)['word/document.xml']!), '<w:document/>');
  // The DOS date of the first local header (offset 12): 2023 − 1980 = 43, March, the 6th.
  const dosDate = Buffer.from(first).readUInt16LE(12);
  assert.deepEqual([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31], [2023, 3, 6]);
});

test("a PDF's creation and modification dates become the day, at the same length; the rest is untouched", () => {
  const pdf = (created: string, modified: string) =>
    strToU8(
      `%PDF-1.4\n1 0 obj\n<</Creator (Chromium)\n/CreationDate (${created})\n/ModDate (${modified})>>\nendobj\n` +
        'xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n%%EOF\n',
    );
  const before = pdf("D:20261207012304+00'00'", "D:20261207012305+03'00'");
  const after = withPdfDates(before, '2023-03-06');
  assert.equal(after.length, before.length);
  assert.equal(strFromU8(after), strFromU8(pdf("D:20230306000000+00'00'", "D:20230306000000+00'00'")));
  // A date of another length is left as it is: rewriting it would move every offset after it.
  const short = pdf('D:20261207012304Z', "D:20261207012305+00'00'");
  assert.match(strFromU8(withPdfDates(short, '2023-03-06')), /CreationDate \(D:20261207012304Z\)/);
});

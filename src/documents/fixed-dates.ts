// The roadmaps' documents carry the day of the order that approved the roadmap as their own date, not the moment
// they were made: the same roadmap then gives the same bytes on any machine and at any time, and the open data's
// sizes and SHA-256 of the documents (data/documents.json) do not change with the machine that built the site.
// The libraries stamp the current time in three places: the ZIP entries of DOCX and XLSX, their core properties
// (docProps/core.xml) and the PDF's information dictionary, which Chromium writes with fixed-length dates.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A DOCX or XLSX whose ZIP entries and core properties are dated `day` (YYYY-MM-DD), its files as they were. */
export function withZipDates(bytes: Uint8Array, day: string): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // ZIP dates are local time (fflate reads the local fields), so a local midnight gives the same bytes in every zone.
  const mtime = new Date(year, month - 1, date);
  const files = unzipSync(bytes);
  const core = 'docProps/core.xml';
  if (files[core])
    files[core] = strToU8(
      strFromU8(files[core]).replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        `$1${day}T00:00:00Z$3`,
      ),
    );
  return zipSync(files, { mtime });
}

/** A PDF whose creation and modification dates are `day` (YYYY-MM-DD), rewritten in place at the same length. */
export function withPdfDates(bytes: Uint8Array, day: string): Uint8Array {
  const stamp = `D:${day.replaceAll('-', '')}000000+00'00'`;
  // Latin-1 maps each byte to one character and back: the offsets of the cross-reference table stay right.
  const text = Buffer.from(bytes).toString('latin1');
  const dated = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g, (match, key) =>
    `/${key} (${stamp})`.length === match.length ? `/${key} (${stamp})` : match,
  );
  return new Uint8Array(Buffer.from(dated, 'latin1'));
}

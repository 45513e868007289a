// The roadmaps' documents carry the day of the order that approved the roadmap as their own date, not the moment
// they were made: the same roadmap then gives the same bytes on any machine and at any time, and the open data's
// sizes and SHA-256 of the documents (data/documents.json) do not change with the machine that built the site.
// The libraries stamp the current time in three places: the core properties of DOCX and XLSX (docProps/core.xml,
// given their dates by roadmap-docx.ts and roadmap-xlsx.ts), the dates of their ZIP entries, and the PDF's
// information dictionary. The last two are rewritten here in place, at the same length: nothing is recompressed,
// and the PDF's cross-reference offsets stay right.

/** The core properties' form of the day (W3CDTF, as Word and Excel write it). */
export const coreDate = (day: string) => `${day}T00:00:00Z`;

/** A DOCX or XLSX (a ZIP) whose entries are dated `day` (YYYY-MM-DD), midnight; every other byte as it was. */
export function withZipDates(bytes: Uint8Array, day: string): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const dosDate = ((year - 1980) << 9) | (month << 5) | date;
  // A copy: the bytes given stay as they were.
  const zip = Buffer.from(bytes);
  // The end of the central directory: its signature, searched from the end (a comment may follow it).
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('не ZIP: нет конца центрального каталога');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`не ZIP: запись ${i + 1} каталога повреждена`);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`не ZIP: заголовок файла ${i + 1} повреждён`);
    // The time (00:00) and the date, in the directory's entry and in the file's own header.
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/** A PDF whose creation and modification dates are `day` (YYYY-MM-DD), rewritten in place at the same length. */
export function withPdfDates(bytes: Uint8Array, day: string): Uint8Array {
  const stamp = `D:${day.replaceAll('-', '')}000000+00'00'`;
  // Latin-1 maps each byte to one character and back: the offsets of the cross-reference table stay right.
  const text = Buffer.from(bytes).toString('latin1');
  const dated = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g, (match, key) =>
    `/${key} (${stamp})`.length === match.length ? `/${key} (${stamp})` : match,
  );
  return Buffer.from(dated, 'latin1');
}

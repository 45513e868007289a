// Limits of `karta import`: a school's document is untrusted input, and a small file can unpack into gigabytes, hold
// a million rows or nest tables thousands deep. Each limit is checked before the work it guards is done, far above
// what a roadmap needs (the largest seed: 160 rows), and named in Russian when it is hit (docs/security.md).
import { formatBytes } from '../content-model/content-files.ts';
import { ImportError } from './import-error.ts';

export const importLimits = {
  /** Bytes of the file imported: the limit for a document on a school's site. */
  fileBytes: 15 * 1024 * 1024,
  /** Bytes of a DOCX, XLSX or ODS package unpacked (all its parts, as the package declares them). */
  unpackedBytes: 100 * 1024 * 1024,
  /** Bytes of one XML part that is read as a whole (a document's text, a sheet). */
  xmlPartBytes: 30 * 1024 * 1024,
  /** Rows of all tables of a document, and lines of a text file. */
  rows: 10_000,
  /** Columns of a table. */
  columns: 100,
  /** Tables inside tables. */
  tableDepth: 4,
} as const;

const advice = 'Сохраните в отдельный файл только таблицу дорожной карты (без картинок и вложений) и повторите импорт';

export function checkFileSize(name: string, bytes: number): void {
  if (bytes > importLimits.fileBytes) {
    throw new ImportError(
      `файл «${name}» больше ${formatBytes(importLimits.fileBytes)} (${formatBytes(bytes)}): ` +
        `так много дорожная карта не занимает. ${advice}`,
    );
  }
}

export function checkUnpacked(name: string, parts: Map<string, number>): void {
  const total = [...parts.values()].reduce((sum, n) => sum + n, 0);
  if (total > importLimits.unpackedBytes) {
    throw new ImportError(
      `файл «${name}» распаковывается в ${formatBytes(total)} — ` +
        `больше предела ${formatBytes(importLimits.unpackedBytes)}. ${advice}`,
    );
  }
  for (const [part, size] of parts) {
    if (part.endsWith('.xml') && size > importLimits.xmlPartBytes) {
      throw new ImportError(
        `часть «${part}» файла «${name}» занимает ${formatBytes(size)} — ` +
          `больше предела ${formatBytes(importLimits.xmlPartBytes)}. ${advice}`,
      );
    }
  }
}

export function checkRows(what: string, rows: number): void {
  if (rows > importLimits.rows) {
    throw new ImportError(
      `${what}: строк больше ${importLimits.rows.toLocaleString('ru-RU')} (${rows.toLocaleString('ru-RU')}) — ` +
        `это не похоже на дорожную карту. ${advice}`,
    );
  }
}

export function checkTableDepth(what: string, depth: number): void {
  if (depth > importLimits.tableDepth) {
    throw new ImportError(
      `${what}: таблицы вложены друг в друга глубже ${importLimits.tableDepth} уровней. ` +
        'Уберите вложенные таблицы (в Word: «Макет» → «Преобразовать в текст») и повторите импорт',
    );
  }
}

/** How many times `needle` occurs in `bytes` (counting before parsing: cheap, and bounded by the file). */
export function countOccurrences(bytes: Uint8Array, needle: string): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** The deepest nesting of `<open…>` … `</close>` elements in an XML text, counted from the tags alone. */
export function maxNesting(bytes: Uint8Array, tag: string): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const pattern = new RegExp(`<(/?)${tag.replace(/[.:]/g, '\\$&')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  let depth = 0;
  let max = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) depth--;
    else if (!match[2]) max = Math.max(max, ++depth);
  }
  return max;
}

/** Lines of a text, however they end (\r\n, \n, or \r alone as old Mac files write them). */
export function lineCount(text: string): number {
  let lines = 1;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) lines++;
  }
  return lines;
}

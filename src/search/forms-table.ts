// The table of word forms the search page consults for each word of a query (src/search/word-forms.ts): for a stem
// that is not its lexeme's main stem, the main words to search as well. Written by the build into
// `search/forms/` as small parts sorted by stem, with a list of where each part starts (`index.json`): the search
// page fetches the list once and then only the part of each word typed — a few hundred bytes — never the whole
// table. Shared by the build and the browser (no Node imports here).

export interface FormsIndex {
  /** The first stem of each part (sorted); part `i` is `parts[i]`. */
  starts: string[];
  /** The file of each part, relative to the folder of the index. */
  parts: string[];
  /** For the figures (bench/bench.ts): words of the indexed texts, and words the build added to them unseen. */
  words?: number;
  added?: number;
}

/** A part of the table: stem → main words. */
export type FormsPart = Record<string, string[]>;

/** Bytes of JSON a part holds at most (about half of it compressed): one or two of them a query. */
const partBytes = 2048;

/** The table split into parts of about `partBytes`, each named by its number and a hash of the table. */
export function splitFormsTable(
  table: ReadonlyMap<string, readonly string[]>,
  counts: { words: number; added: number } = { words: 0, added: 0 },
): { index: FormsIndex; parts: FormsPart[] } {
  const parts: FormsPart[] = [];
  const starts: string[] = [];
  let current: FormsPart | undefined;
  let size = 0;
  for (const [stem, mains] of table) {
    const entry = JSON.stringify(stem).length + JSON.stringify(mains).length + 2;
    if (!current || size + entry > partBytes) {
      current = {};
      parts.push(current);
      starts.push(stem);
      size = 2;
    }
    current[stem] = [...mains];
    size += entry;
  }
  const hash = hashOf(JSON.stringify(parts));
  return { index: { starts, parts: parts.map((_, i) => `${hash}-${i}.json`), ...counts }, parts };
}

/** A short hash of a text (FNV-1a), so that a changed table gets new file names and nothing stale is cached. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The part of the table a stem would be in (-1: before the first). */
export function partOf(index: FormsIndex, stem: string): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! <= stem) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

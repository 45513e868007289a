// Abbreviations found from their expansions in a query: «индивидуальный образовательный маршрут» (in any form) is
// also searched as «ИОМ», so that the items that only say «ИОМ» are found. The build writes, for each glossary entry,
// the stems each word of its expansion may have (its own and its lexemes' main stems) and, for an entry of one
// organisation (`scope`), the filter that keeps that organisation's documents (`search/glossary.json`); the search page
// fetches it for queries of two words or more. The other way round — a query «ИОМ» finding the rows that spell the
// expansion out — the build has added «ИОМ» to those rows (src/search/search-text.ts). Shared by the build and the
// browser (no imports).

export interface GlossaryPhrase {
  abbr: string;
  /** For each word of the expansion, the stems it may have. */
  stems: string[][];
  /** A filter of the search that keeps the documents of the entry's organisation (an entry with a `scope`). */
  filters?: Record<string, string>;
}

export interface PhraseVariant {
  words: string[];
  filters: Record<string, string>;
}

/**
 * The queries a query also becomes: each run of its words that is an expansion, replaced with the abbreviation, with
 * the entry's filter (none when it contradicts one the visitor chose). `stems[i]`: the stems query word `i` may have.
 */
export function phraseVariants(
  words: readonly string[],
  stems: readonly ReadonlySet<string>[],
  phrases: readonly GlossaryPhrase[],
  filters: Readonly<Record<string, string>>,
): PhraseVariant[] {
  const out: PhraseVariant[] = [];
  for (const phrase of phrases) {
    const n = phrase.stems.length;
    for (let i = 0; i + n <= words.length; i++) {
      if (!phrase.stems.every((wanted, k) => wanted.some((s) => stems[i + k]!.has(s)))) continue;
      const extra = phrase.filters ?? {};
      if (Object.entries(extra).some(([key, value]) => filters[key] !== undefined && filters[key] !== value)) continue;
      out.push({
        words: [...words.slice(0, i), phrase.abbr, ...words.slice(i + n)],
        filters: { ...filters, ...extra },
      });
    }
  }
  return out;
}

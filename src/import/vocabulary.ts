// What the importer knows about words: the words of the document itself (to tell a word broken by the extraction
// from two real words) and the abbreviations it may meet (the site's glossary and the document's own list of
// «Принятые сокращения»), to split «ЦОКО ИРО КК» into two responsible bodies and mend «У ОН» into «УОН».

export interface Vocabulary {
  /** Lower-case words (letters and inner hyphens) that occur in the document, with their counts. */
  words: Map<string, number>;
  /** Known abbreviations as written («ИРО КК», «МОН и МП КК»), longest first. */
  abbreviations: string[];
}

const wordPattern = /\p{L}+(?:-\p{L}+)*/gu;

export function buildVocabulary(texts: Iterable<string>, abbreviations: Iterable<string>): Vocabulary {
  const words = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(wordPattern)) {
      const word = match[0].toLowerCase().replace(/ё/g, 'е');
      words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  const unique = [...new Set([...abbreviations].map((a) => a.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  return { words, abbreviations: unique };
}

export function knowsWord(vocabulary: Vocabulary, word: string, minCount = 1): boolean {
  return (vocabulary.words.get(word.toLowerCase().replace(/ё/g, 'е')) ?? 0) >= minCount;
}

/** The known abbreviation written with these letters, case and spaces aside («в с о к о» → «ВСОКО»). */
export function findAbbreviation(vocabulary: Vocabulary, letters: string): string | undefined {
  const key = letters.replace(/\s+/g, '').toLowerCase();
  return vocabulary.abbreviations.find((a) => a.replace(/\s+/g, '').toLowerCase() === key);
}

/**
 * Splits text made only of known abbreviations into them («ЦОКО МОН и МП КК ИРО КК» → three); undefined when any
 * part of the text is not a known abbreviation.
 */
export function splitAbbreviations(vocabulary: Vocabulary, text: string): string[] | undefined {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const abbr of vocabulary.abbreviations) {
      const parts = abbr.split(/\s+/);
      if (parts.length > tokens.length - i) continue;
      if (parts.every((p, k) => p === tokens[i + k])) {
        out.push(abbr);
        i += parts.length;
        continue outer;
      }
    }
    return undefined;
  }
  return out.length ? out : undefined;
}

/**
 * The document's own list of abbreviations: lines such as «ЦОКО – государственное казенное учреждение …;»
 * (abbreviation, a dash, the expansion).
 */
export function abbreviationsDefinedIn(lines: Iterable<string>): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const match = /^\s*([A-ZА-ЯЁ][A-ZА-ЯЁа-яё0-9 .+/-]{0,30}?)\s+[–—-]\s+\p{Ll}/u.exec(line);
    if (match?.[1] && /[A-ZА-ЯЁ]{2}/.test(match[1])) out.push(match[1].trim());
  }
  return out;
}

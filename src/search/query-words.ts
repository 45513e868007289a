// The words of a visitor's query as the search page sends them to Pagefind (docs/search.md, «Запрос»): numbers
// written «№7», «№ 7», «N 7», «No. 7» are all the number alone (Pagefind indexes «№7» as «7», and «№ 7» has no word
// «№»); and each word may stand for several: itself and the main words of the lexemes whose forms it is
// (src/search/word-forms.ts), so a query becomes a few queries whose results are put together. Shared with tests.
import { russianStem, withoutMarks } from './russian-stem.ts';

/** The query with number signs dropped before a number, whitespace collapsed. */
export function normalizeQuery(query: string): string {
  return query
    .replace(/(^|[^\p{L}\p{N}])(?:№|N[oº]?\.?|#)\s*(?=\d)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word as the forms table keys it: its stem as Pagefind makes it. */
export function stemKey(word: string): string {
  return russianStem(withoutMarks(word.toLowerCase()));
}

/**
 * A word as the search page sends it to Pagefind: its stem, when the stem is its own stem (Pagefind stems what it is
 * sent, so it then matches exactly the words it would have matched), otherwise the word. Pagefind fetches the part
 * of its index whose words the sent word falls between; a word as typed («стажировки») sorts after its stem
 * («стажировк»), and when the stem is the last word of a part, the word falls between two parts and Pagefind
 * fetches, instead, the first part that could hold a word beginning like it — another one (docs/search.md).
 */
export function indexTerm(word: string): string {
  if (!/^[А-ЯЁа-яё]+$/.test(word)) return word;
  const stem = stemKey(word);
  return stemKey(stem) === stem ? stem : word;
}

/** Words the forms table is consulted for: three Cyrillic letters or more. */
export const hasForms = (word: string) => /^[А-ЯЁа-яё][а-яё]{2,}$/.test(word);

/** At most this many queries for one (each word's alternatives multiplied). */
const maxVariants = 8;

/**
 * The queries to run for the words of a query, each word replaced in turn by its alternatives (the word itself
 * first): the product of the alternatives, the first `maxVariants` of them.
 */
export function queryVariants(words: readonly string[], alternatives: readonly (readonly string[])[]): string[] {
  let variants: string[][] = [[]];
  words.forEach((word, i) => {
    const options = [word, ...(alternatives[i] ?? []).filter((a) => a !== withoutMarks(word.toLowerCase()))];
    variants = variants.flatMap((v) => options.map((o) => [...v, o])).slice(0, maxVariants);
  });
  return variants.map((v) => v.join(' ')).filter(Boolean);
}

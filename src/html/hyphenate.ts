// Soft hyphens in headings. Chromium hyphenates only with a dictionary it downloads by itself (Android and macOS have
// theirs; Chromium on Linux and many embedded browsers have none), so `hyphens: auto` with lang="ru" does nothing
// there, and at the largest print of the version for the visually impaired a long word («общеобразовательных»)
// wider than a phone was split anywhere, without a hyphen. A soft hyphen (U+00AD) is invisible unless the line
// breaks at it, where the browser shows a hyphen; words are cut by the Russian TeX patterns (npm `hyphen`). The
// browser adds them, at that print only (src/html/hyphenate-page.ts).
import ru from 'hyphen/ru/index.js';

const cache = new Map<string, string>();
/**
 * Runs without a space ten characters long or longer get soft hyphens (in each of their words of five letters or
 * more): a shorter run fits a line of a heading even in the largest print on a 320 px phone (about ten bold
 * letters), and headings of everyday words stay as they are written. A run counts whole: «г.Хадыженск» or
 * «Ю.А.Гагарина» is as wide as a long word.
 */
const minWord = 5;

function hyphenateWord(word: string): string {
  let out = cache.get(word);
  if (out === undefined) {
    out = ru.hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: minWord });
    if (cache.size > 50_000) cache.clear();
    cache.set(word, out);
  }
  return out;
}

/** Plain text with soft hyphens in its long runs. */
export function softHyphens(text: string): string {
  return text.replace(/\S{10,}/gu, (run) => run.replace(/\p{L}{5,}/gu, hyphenateWord));
}

// Word forms for the search: what the build adds to the indexed text, hidden, so that every inflected form of a word
// finds every other, and the table from which the search page finds the forms of a query's words.
//
// Pagefind stems words (src/search/russian-stem.ts) and so already joins the forms that share a stem. For a word whose
// stem is not its lexeme's main stem («стажировок», «краевой», «провели»), the page is also given the lexeme's main
// word («стажировка», «краевого», «проведу») — unless the same text has a form with the main stem anyway. The search
// page looks the stem of each word of a query up in the table of the other stems (`стажировок → стажировка`) and
// searches the main word too: so «стажировок» finds «стажировки» and «стажировки» finds «стажировок».
import { asIndexed, type Lexeme, type Morphology } from './morphology.ts';
import { russianStem } from './russian-stem.ts';

/**
 * The words of a text as Pagefind indexes them: split at whitespace, and each run of letters and digits within a
 * word (Pagefind also indexes the parts of «ШНОР/ШССУ», «педагог-психолог»), in lower case, without marks.
 */
export function indexedWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words the analyser is asked about: three Cyrillic letters or more, not all capitals (abbreviations do not change).
 */
const cyrillic = /^[А-ЯЁа-яё][а-яё]{2,}$/;

export class WordForms {
  readonly #morphology: Morphology;
  /** Each word analysed once: its lexemes. */
  readonly #lexemes = new Map<string, Lexeme[]>();
  /** Every lexeme of an indexed word, by its main word: the table is written from them. */
  readonly #seen = new Map<string, Lexeme>();
  /** Each word stemmed once. */
  readonly #stems = new Map<string, string>();
  readonly #stemSets = new Map<string, readonly string[]>();
  /** Words of the texts given to the pages' search text, and words added to them (for the figures: bench/bench.ts). */
  added = 0;
  words = 0;

  constructor(morphology: Morphology) {
    this.#morphology = morphology;
  }

  /** A word's stem as Pagefind indexes it. */
  stem(word: string): string {
    let stem = this.#stems.get(word);
    if (stem === undefined) {
      stem = russianStem(asIndexed(word));
      this.#stems.set(word, stem);
    }
    return stem;
  }

  /**
   * The stems a word stands for: its own, and its lexemes' main stems (memoised: texts are matched against phrases).
   */
  stemsOf(word: string): readonly string[] {
    let stems = this.#stemSets.get(word);
    if (!stems) {
      stems = [...new Set([this.stem(word), ...this.lexemes(word).map((l) => l.mainStem)])];
      this.#stemSets.set(word, stems);
    }
    return stems;
  }

  /** A word's lexemes (as written: a capital allows a name); none for short words, numbers and function words. */
  lexemes(word: string): Lexeme[] {
    let lexemes = this.#lexemes.get(word);
    if (!lexemes) {
      lexemes = cyrillic.test(word) ? this.#morphology.lexemes(word) : [];
      this.#lexemes.set(word, lexemes);
      for (const lexeme of lexemes) this.#seen.set(lexeme.main, lexeme);
    }
    return lexemes;
  }

  /**
   * What to add, hidden, to a text for the search: the main word of each lexeme of its words whose main stem none of
   * its words has. `also`: words that are indexed with the text though not in it (they count as present).
   */
  additions(text: string, also: readonly string[] = []): string[] {
    return this.additionsOf(indexedWords(text), also);
  }

  /** The same, for the words of a text (`indexedWords`). */
  additionsOf(words: readonly string[], also: readonly string[] = []): string[] {
    const stems = new Set(words.map((w) => this.stem(w)));
    for (const word of also) stems.add(this.stem(word));
    const out: string[] = [];
    for (const word of words) {
      for (const lexeme of this.lexemes(word)) {
        if (stems.has(lexeme.mainStem)) continue;
        stems.add(lexeme.mainStem);
        out.push(lexeme.main);
      }
    }
    return out;
  }

  /**
   * The table for the search page: for each stem of an indexed lexeme that is not its main stem, the main words to
   * search as well (a stem may be a form of several lexemes), sorted.
   */
  table(): Map<string, string[]> {
    const table = new Map<string, string[]>();
    for (const lexeme of this.#seen.values()) {
      for (const stem of lexeme.otherStems()) {
        const mains = table.get(stem) ?? [];
        if (!mains.includes(lexeme.main)) mains.push(lexeme.main);
        table.set(stem, mains);
      }
    }
    return new Map(
      [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([stem, mains]) => [stem, mains.sort()]),
    );
  }
}

// Russian word forms for the search, at build time: Az.js (npm `az`), a port of pymorphy2 with the OpenCorpora
// dictionary, which knows inflected forms, surnames, place names and abbreviations and guesses unknown words from
// their endings (docs/search.md, «Словоформы», says why this one and not a Hunspell dictionary). It runs only in the
// build; the browser gets a small table written from it (src/search/word-forms.ts).
//
// A word belongs to one or more lexemes (its dictionary entries: «стали» is a form of «сталь» and of «стать»). What
// the search needs of a lexeme is how Pagefind sees its forms: Pagefind stems every word (src/search/russian-stem.ts),
// and most forms of a lexeme share one stem, its main stem, but some do not — a genitive plural with a zero ending
// («стажировок»), a fleeting vowel, a masculine adjective («краевой»: Pagefind reads «й» as «и», and the stemmer then
// keeps «краево»), the past tense of a verb. Each lexeme is named by its main word: a form of it whose stem is the
// main stem (the dictionary form when it has that stem).
import Az from 'az';
import { createRequire } from 'node:module';
import path from 'node:path';
import { russianStem, withoutMarks } from './russian-stem.ts';

export interface Lexeme {
  /** The form whose stem is the main stem (the dictionary form when it has it), lower case, as Pagefind reads it. */
  main: string;
  /** The stem most of its forms have. */
  mainStem: string;
  /** The stems of its other forms. */
  otherStems(): string[];
}

export interface Morphology {
  /**
   * The lexemes a word is a form of: its dictionary entries (the likely ones), or else the likeliest guess; none for
   * function words. A capitalised word may be a name («Михайловой»), a word in lower case may not.
   */
  lexemes(word: string): Lexeme[];
}

/** Parts of speech that are not inflected words worth joining (prepositions, conjunctions, pronouns, numbers…). */
const skipped = new Set(['PREP', 'CONJ', 'PRCL', 'INTJ', 'NPRO', 'PRED', 'NUMR']);

type Parse = ReturnType<typeof Az.Morph>[number];

/** A reading of a word is kept when at least this likely relative to its likeliest. */
const likely = 0.1;

/** Forms of letters only (a paradigm of a number has forms such as «1-го»). */
const letters = /^[а-я]+$/;

/**
 * Which forms of a paradigm make one lexeme for the search: OpenCorpora puts a verb's participles into the verb's
 * paradigm and an adjective's superlative into the adjective's; here each participle (by tense and voice) and each
 * superlative is a lexeme of its own, and gerunds go with the verb.
 */
function groupOf(parse: Parse): string {
  const { POS, TEns, VOic } = parse.tag;
  if (POS === 'PRTF' || POS === 'PRTS') return `participle ${TEns} ${VOic}`;
  if (POS === 'VERB' || POS === 'INFN' || POS === 'GRND') return 'verb';
  // An adjective's superlative («сложнейший») and comparative are words of their own to the search.
  if (parse.tag.Supr) return 'superlative';
  if (POS === 'COMP') return 'comparative';
  return 'word';
}

/** Normalised as Pagefind reads a word: lower case, without marks (ё → е, й → и). */
export const asIndexed = (word: string) => withoutMarks(word.toLowerCase());

function lexemeOf(parse: Parse): Lexeme | undefined {
  const count = parse.formCnt;
  if (count === undefined) return undefined;
  const group = groupOf(parse);
  const forms: string[] = [];
  for (let i = 0; i < count; i++) {
    const form = parse.inflect(i);
    if (!form || groupOf(form) !== group) continue;
    const indexed = asIndexed(form.word);
    if (letters.test(indexed)) forms.push(indexed);
  }
  if (!forms.length) return undefined;
  const stems = new Map<string, number>();
  for (const form of forms) stems.set(russianStem(form), (stems.get(russianStem(form)) ?? 0) + 1);
  const top = Math.max(...stems.values());
  const first = forms.find((f) => stems.get(russianStem(f)) === top)!;
  const mainStem = russianStem(first);
  return { main: first, mainStem, otherStems: () => [...stems.keys()].filter((s) => s !== mainStem) };
}

/** The Az.js dictionaries (about 11 MB, read once per process). */
async function loadAz(): Promise<typeof Az> {
  const dicts = path.join(path.dirname(createRequire(import.meta.url).resolve('az')), '..', 'dicts');
  await new Promise<void>((resolve, reject) =>
    Az.Morph.init(dicts, (error) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
    ),
  );
  return Az;
}

let loaded: Promise<Morphology> | undefined;

/** The analyser of this process: the dictionaries are read the first time it is asked for. */
export function morphology(): Promise<Morphology> {
  loaded ??= loadAz().then((az) => {
    const byParadigm = new Map<string, Lexeme | undefined>();
    return {
      lexemes(word) {
        const parses = az.Morph(word, { typos: 0, stutter: 0 });
        const known = parses.filter((p) => p.parser === 'Dictionary');
        // Readings much less likely than the likeliest are left out («для» is not read as a form of «длить»), and of
        // an unknown word only the likeliest guess is kept (the others are mostly noise).
        const top = known[0]?.score ?? 0;
        const chosen = known.length ? known.filter((p) => p.score >= top * likely) : parses.slice(0, 1);
        if (chosen.some((p) => skipped.has(p.tag.POS ?? ''))) return [];
        const out: Lexeme[] = [];
        for (const parse of chosen) {
          if (parse.formCnt === undefined) continue;
          const normal = parse.normalize();
          // One lexeme per paradigm, stem and group (the same entry is found from each of its forms).
          const key = `${parse.paradigmIdx} ${normal ? normal.word : ''} ${groupOf(parse)}`;
          if (!byParadigm.has(key)) byParadigm.set(key, lexemeOf(parse));
          const lexeme = byParadigm.get(key);
          if (lexeme && !out.some((l) => l.main === lexeme.main)) out.push(lexeme);
        }
        return out;
      },
    };
  });
  return loaded;
}

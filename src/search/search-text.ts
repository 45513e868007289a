// What a page adds, hidden, to the text the search indexes (docs/search.md, «Что добавляется к тексту»): the main
// word of each lexeme whose forms the stems would not join (src/search/word-forms.ts), and, from the glossary as it
// applies to the page's organisation (its `scope`), the abbreviation of each expansion the text uses: where it says
// «индивидуальных образовательных маршрутов», «ИОМ». The other way, a query with an expansion is searched with its
// abbreviation too (src/search/glossary-phrases.ts): an expansion added to every row with «ОО» or «ШНОР» would make
// the index and the texts a first query fetches a good deal larger. An organisation page gets both ways, its short
// name, its municipality and region.
//
// The words go into an attribute Pagefind indexes (`data-pagefind-index-attrs`) of an element already there — a
// table row's last cell, the page's hidden search data — so the reader never sees or hears them, and Pagefind parses
// no element more. Rendering is synchronous; the page awaits `searchTextFor` first, which loads the dictionary once
// per process (src/build/astro-integration.ts starts loading it while Astro starts).
import type { GlossaryEntry } from '../content-model/schemas.ts';
import { ancestorsOf } from '../content-model/organization-tree.ts';
import type { OpenItem, OpenRoadmap, OpenSection } from '../open-data/roadmap-json.ts';
import type { SiteContent } from '../site/site-content.ts';
import { morphology } from './morphology.ts';
import { WordForms, indexedWords } from './word-forms.ts';
import type { GlossaryPhrase } from './glossary-phrases.ts';
import { escapeHtml } from '../html/html.ts';

/** The attribute of the added words, and what tells Pagefind to index it. */
export const wordsAttribute = 'data-w';

/**
 * The added words as the attribute's value: in double braces, so that the search page can leave them out of the
 * text it shows (Pagefind keeps them in the page's text; braces, ASCII punctuation, are not part of its words).
 */
export const hiddenWords = (words: string) => (words ? `{{${words}}}` : '');

export const indexWordsAttributes = (words: string) =>
  words ? ` data-pagefind-index-attrs="${wordsAttribute}" ${wordsAttribute}="${escapeHtml(hiddenWords(words))}"` : '';

// The pages are rendered by another module instance than Astro's configuration (which loads the integration), hence
// a global slot: one analyser and one table of forms per process.
const slot = Symbol.for('karta.wordForms');
type WithSlot = typeof globalThis & { [slot]?: Promise<WordForms> };

/** The word forms of this process (starts loading the dictionary the first time). */
export function wordForms(): Promise<WordForms> {
  const global = globalThis as WithSlot;
  global[slot] ??= morphology().then((m) => new WordForms(m));
  return global[slot];
}

/** The word forms of this process, if anything has asked for them (the table is written from them). */
export function usedWordForms(): Promise<WordForms> | undefined {
  return (globalThis as WithSlot)[slot];
}

interface Pair {
  abbr: string;
  expansion: string;
}

/**
 * The glossary entries that apply to an organisation's pages: general ones, and those scoped to it or above it (a
 * scoped one wins).
 */
function pairsFor(glossary: Iterable<GlossaryEntry>, scopes: ReadonlySet<string>): Pair[] {
  const byAbbr = new Map<string, Pair>();
  for (const entry of glossary) {
    if (entry.scope && !scopes.has(entry.scope)) continue;
    if (!entry.scope && byAbbr.has(entry.abbr)) continue;
    byAbbr.set(entry.abbr, { abbr: entry.abbr, expansion: entry.expansion });
  }
  return [...byAbbr.values()];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

export interface PageSearchText {
  /**
   * The hidden words for these texts of the page (space-separated; '' when none): word forms, and the abbreviation
   * of each expansion the texts use.
   */
  words(...texts: (string | undefined | null)[]): string;
  /** The same, and the expansion of each abbreviation the texts use. */
  wordsWithExpansions(...texts: (string | undefined | null)[]): string;
}

/** Texts kept at most (a region's distinct cells are far fewer). */
const cacheLimit = 50_000;
/** Texts longer than this (a page's whole text) are not kept: they do not come back. */
const cachedLength = 2_000;

class ScopedSearchText implements PageSearchText {
  readonly #forms: WordForms;
  readonly #pairs: Pair[];
  readonly #abbreviations: RegExp | undefined;
  readonly #expansions = new Map<string, Pair>();
  /** Expansions by the main stems of their first word, each with the stems of its words. */
  readonly #byFirstStem = new Map<string, { pair: Pair; stems: readonly string[][] }[]>();
  readonly #cache = new Map<string, { words: readonly string[]; counts: [number, number] }>();

  constructor(forms: WordForms, pairs: Pair[]) {
    this.#forms = forms;
    this.#pairs = pairs;
    const alternatives = pairs
      .map((p) => p.abbr)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    this.#abbreviations = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined;
    for (const pair of pairs) {
      this.#expansions.set(pair.abbr, pair);
      const stems = indexedWords(pair.expansion).map((w) => [...forms.stemsOf(w)]);
      if (stems.length < 2) continue;
      for (const first of stems[0]!) {
        const list = this.#byFirstStem.get(first) ?? [];
        list.push({ pair, stems });
        this.#byFirstStem.set(first, list);
      }
    }
  }

  words(...texts: (string | undefined | null)[]): string {
    return this.#words(false, texts);
  }

  wordsWithExpansions(...texts: (string | undefined | null)[]): string {
    return this.#words(true, texts);
  }

  /**
   * Each text (a cell, a field) is worked out once and kept: titles, deadlines and the responsible come back in many
   * rows and roadmaps; a long one (an order's text) is not kept.
   */
  #words(expand: boolean, texts: (string | undefined | null)[]): string {
    const out = new Set<string>();
    for (const text of texts) {
      if (!text) continue;
      const cached = text.length <= cachedLength;
      const key = expand ? `+${text}` : text;
      let done = cached ? this.#cache.get(key) : undefined;
      if (done === undefined) {
        done = this.#work(text, expand);
        if (this.#cache.size >= cacheLimit) this.#cache.clear();
        if (cached) this.#cache.set(key, done);
      }
      this.#forms.words += done.counts[0];
      for (const word of done.words) out.add(word);
    }
    this.#forms.added += out.size;
    return [...out].join(' ');
  }

  #work(text: string, expand: boolean): { words: readonly string[]; counts: [number, number] } {
    const added: string[] = [];
    const tokens = indexedWords(text);
    // An abbreviation in the text: its expansion (an organisation's name; in roadmaps the search page finds an
    // abbreviation from its expansion in the query instead: src/search/glossary-phrases.ts).
    if (expand && this.#abbreviations) {
      for (const match of new Set(text.match(this.#abbreviations))) added.push(this.#expansions.get(match)!.expansion);
    }
    // An expansion in the text, in any form: its abbreviation.
    if (this.#byFirstStem.size) {
      const stems = tokens.map((t) => this.#forms.stemsOf(t));
      const found = new Set<string>();
      stems.forEach((first, i) => {
        for (const stem of first) {
          for (const { pair, stems: wanted } of this.#byFirstStem.get(stem) ?? []) {
            if (found.has(pair.abbr) || i + wanted.length > stems.length) continue;
            if (wanted.every((w, k) => w.some((s) => stems[i + k]!.includes(s)))) found.add(pair.abbr);
          }
        }
      });
      for (const abbr of found) if (!text.includes(abbr)) added.push(abbr);
    }
    const extra = added.flatMap((a) => a.split(' '));
    const words = [...extra, ...this.#forms.additionsOf(extra.length ? [...tokens, ...extra] : tokens)];
    return { words, counts: [tokens.length, words.length] };
  }

  get pairs(): readonly Pair[] {
    return this.#pairs;
  }
}

/**
 * The glossary's expansions for the search page (src/search/glossary-phrases.ts): the stems of each word, and for an
 * entry of one organisation the filter of its documents (by the names the filters use: src/search/page-facets.ts).
 */
export async function glossaryPhrases(content: SiteContent): Promise<GlossaryPhrase[]> {
  const forms = await wordForms();
  const stemsOf = (word: string) => [...forms.stemsOf(word)];
  return [...content.glossary.values()].flatMap((entry) => {
    const words = indexedWords(entry.expansion);
    if (words.length < 2) return [];
    const scope = entry.scope ? content.organizations.get(entry.scope) : undefined;
    const name = scope ? (scope.shortName ?? scope.name) : '';
    const key = scope?.kind === 'region' ? 'region' : scope?.kind === 'municipality' ? 'municipality' : 'organization';
    return [{ abbr: entry.abbr, stems: words.map(stemsOf), ...(scope ? { filters: { [key]: name } } : {}) }];
  });
}

/** The organisation and those above it: the scopes of its glossary entries. */
function scopesOf(content: SiteContent, organizationId: string): Set<string> {
  return new Set([organizationId, ...ancestorsOf(organizationId, content.organizations).map(([id]) => id)]);
}

/** One search text per set of glossary scopes that apply (most organisations share one), per content. */
const scoped = new WeakMap<SiteContent, { entryScopes: Set<string>; byScopes: Map<string, ScopedSearchText> }>();

/** The search text of the pages about an organisation (its glossary scope); loads the dictionary if need be. */
export async function searchTextFor(content: SiteContent, organizationId: string): Promise<PageSearchText> {
  const forms = await wordForms();
  let cache = scoped.get(content);
  if (!cache) {
    cache = {
      entryScopes: new Set([...content.glossary.values()].flatMap((g) => (g.scope ? [g.scope] : []))),
      byScopes: new Map(),
    };
    scoped.set(content, cache);
  }
  const scopes = scopesOf(content, organizationId);
  const key = [...scopes]
    .filter((s) => cache.entryScopes.has(s))
    .sort()
    .join(' ');
  let text = cache.byScopes.get(key);
  if (!text) cache.byScopes.set(key, (text = new ScopedSearchText(forms, pairsFor(content.glossary.values(), scopes))));
  return text;
}

/** The text of an item's row (every cell the search indexes). */
export function itemText(item: OpenItem): string[] {
  const texts: unknown[] = [
    item.title,
    item.form,
    item.deadline.text,
    ...item.responsible.map((r) => r.text),
    item.audience,
    item.venue,
    item.result,
    item.reports,
    ...Object.values(item.extra ?? {}),
  ];
  return texts.filter((t): t is string => typeof t === 'string' && t.length > 0);
}

function sectionTexts(sections: readonly OpenSection[]): string[] {
  return sections.flatMap((s) => [s.title ?? '', s.note ?? '', ...sectionTexts(s.sections ?? [])]);
}

/** What a roadmap page says besides its items (which their rows carry), for its hidden words. */
export function roadmapPageTexts(roadmap: OpenRoadmap, body?: string): string[] {
  const order = roadmap.order;
  const texts: (string | undefined | null)[] = [
    roadmap.title,
    order.title,
    order.issuer.name,
    order.issuer.shortName ?? '',
    order.signedBy ? `${order.signedBy.position} ${order.signedBy.name}` : '',
    roadmap.owner.name,
    roadmap.period.note ?? '',
    ...roadmap.appendices.map((a) => a.title),
    ...roadmap.legalBasis,
    roadmap.goal ?? '',
    ...roadmap.tasks,
    ...roadmap.indicators.map((i) => i.name),
    ...roadmap.directions.map((d) => d.title),
    ...roadmap.specialists.flatMap((s) => [s.name, s.position ?? '', s.responsibility ?? '']),
    ...roadmap.committees.flatMap((c) => [
      c.title,
      ...c.members.flatMap((m) => [m.name ?? '', m.position ?? '', m.role ?? '']),
    ]),
    ...roadmap.abbreviations.map((a) => a.expansion),
    ...(roadmap.audit?.rows ?? []).flatMap((r) => [r.factor ?? '', r.parameter ?? '']),
    ...roadmap.schools.map((s) => s.name),
    ...sectionTexts(roadmap.sections),
    body ?? '',
  ];
  return texts.filter((t): t is string => Boolean(t));
}

/**
 * The words an organisation page adds: its short name and the usual ways of naming it (the abbreviations of its
 * name both ways come from the glossary), its municipality and region, and the word forms of its name, head and
 * people. Its number is found by the number alone: «№7», «№ 7» and «N 7» are all «7» to the search (the search page
 * reads «N 7» so too).
 */
export function organizationWords(search: PageSearchText, content: SiteContent, id: string): string {
  const org = content.organizations.get(id);
  if (!org) return '';
  const places = ancestorsOf(id, content.organizations)
    .map(([, o]) => o)
    .filter((o) => o.kind === 'municipality' || o.kind === 'region')
    .flatMap((o) => [o.name, o.shortName ?? '']);
  const head = org.head
    ? [org.head.position, org.head.name ?? (org.head.person ? content.people.get(org.head.person)?.name : '')]
    : [];
  const people = content.peopleOf(id).flatMap(([, p]) => [p.name, p.position ?? '']);
  const school = org.kind === 'school' ? ['школа'] : [];
  const own = [org.shortName ?? '', ...places, ...school].filter(Boolean).join(' ');
  const words = search.wordsWithExpansions(org.name, org.shortName, ...places, ...head, ...people, own);
  return [own, words].filter(Boolean).join(' ');
}

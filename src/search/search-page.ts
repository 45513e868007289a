// The search page in the browser: runs Pagefind's JS API (loaded with the page, with the other bundles of a large
// site's index merged in) and renders its results with the site's own Russian strings. A result is a document — a
// roadmap or an organisation page — with its matching items (Pagefind's sub-results: the titled anchors of the item
// rows), each item linking to its row. Only what is shown is fetched: the text of five documents at a time
// («Показать ещё» for more), and the filter values only once the visitor opens «Уточнить» or orders by date (or, on
// a site that searches other sites too, once one has answered: they name this site's pages, src/search/own-copies.ts).
// Excerpts are rebuilt from text nodes, so no markup from the index is inserted as HTML.
//
// A query is read as Russian is written (src/search/query-words.ts): «№ 7» and «N 7» are «7», and each word is also
// searched as the main word of its lexemes, from the table of word forms the build wrote (src/search/forms-table.ts,
// fetched a part at a time); the results of those queries are put together. Other Карта sites named in site.yaml
// (`searchSites`) are searched too, each result labelled with its site: this site's results do not wait for them,
// and a site that answers later joins the search then; one that does not answer is left out with a note. A result
// says what it is (roadmap, item, organisation, term), whose, which level, and an item's deadline, responsible, form
// and status, each labelled.
import { plural } from '../ui/strings.ts';
import { decodeItemFacets, type ItemFacet, type ItemFilters } from './item-facets.ts';
import {
  byPeriod,
  dataOf,
  matchingItems,
  together,
  withoutHiddenWords,
  type Found,
  type Order,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSubResult,
} from './found-results.ts';
import { partOf, type FormsIndex, type FormsPart } from './forms-table.ts';
import { hasForms, indexTerm, normalizeQuery, queryVariants, stemKey } from './query-words.ts';
import { itemFieldsOf } from './result-fields.ts';
import { phraseVariants, type GlossaryPhrase } from './glossary-phrases.ts';
import { nonZeroCounts, otherSiteMark, wholePages, withoutOwnCopies, type PagefindFilters } from './own-copies.ts';

interface SearchOptions {
  filters: Record<string, string>;
}
type FilterCounts = Record<string, Record<string, number>>;
/** The index the page searches: this site's, with the other sites' merged in and their copies of its pages left out. */
interface Pagefind {
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** `null`: every document the filters keep. */
  search(query: string | null, options: SearchOptions): Promise<{ results: PagefindResult[] }>;
  preload(query: string, options: SearchOptions): Promise<void>;
}
/** Pagefind's own instance (what of its JS API the page uses). */
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options?: { mergeFilter?: Record<string, string> }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string | null,
    options: { filters: PagefindFilters },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  preload(query: string, options: { filters: PagefindFilters }): Promise<void>;
}
interface PagefindModule {
  createInstance(options: { noWorker?: boolean }): PagefindInstance;
}

/** This site and the other Карта sites whose indexes the page merges (written by src/pages/search.astro). */
interface Sites {
  /**
   * This site's bundles after the first (from which Pagefind is loaded), its table of forms and glossary's
   * expansions, and for a portal indexed in municipal bundles the list of them (src/search/searched-pages.ts).
   */
  own: { merge: string[]; forms: string; glossary: string; layout?: string; partial?: string[] };
  /** Other sites: title and address (ending in /). */
  others: { title: string; url: string }[];
  /** How long another site has to answer (site.yaml `searchSitesWait`). */
  waitMs: number;
}
/** What a Карта site says of its search (`search/site.json`): its bundles and table of forms, relative to its root. */
interface SiteSearch {
  bundles: string[];
  forms: string;
  glossary: string;
}

/**
 * Documents whose text is fetched at a time. The text of a school's roadmap is about 6 KB; the first query of a
 * region also fetches Pagefind itself and the index of its words (docs/benchmark.md, «Цифры и бюджеты»).
 */
const pageSize = 5;
/** Items shown under a document before «Ещё N пунктов». */
const itemsShown = 3;
/**
 * Pause after a keystroke before searching. Only then is the index of the words fetched: Pagefind's own debounced
 * search would fetch it for every prefix typed on the way («с», «ст», …), which at a region's scale is most of it.
 */
const debounceMs = 60;
/**
 * A last word shorter than this begins a great many words (at a region's scale the index of «ста» alone is two
 * chunks, about 70 KB): it is searched after a longer pause, in which someone typing a longer word goes on typing,
 * or at once on Enter. Abbreviations of three letters (ВПР, ОГЭ) are found the same way.
 */
const shortWord = 4;
const shortWordPauseMs = 400;
/**
 * From this many letters of the last word, the part of the index it needs is fetched while the visitor is still
 * typing: the stem of a shorter beginning («стаж») often lies in another part than the word being typed
 * («стажировк»), which would be fetched for nothing.
 */
const preloadFrom = 6;

/** The query as Pagefind is sent it: each word as `indexTerm` says (src/search/query-words.ts). */
const indexQuery = (query: string) => query.split(' ').map(indexTerm).join(' ');

type Plural = Record<'one' | 'few' | 'many', string>;
interface Strings {
  loading: string;
  nothing: string;
  found: Plural;
  moreItems: Plural;
  noMatchingItems: string;
  failed: string;
  kinds: Record<'roadmap' | 'item' | 'organization' | 'term', string>;
  fields: Record<'deadline' | 'responsible' | 'status', string>;
  site: string;
  siteFailed: string;
  siteWaiting: string;
  othersAnswered: string;
  searchAgain: string;
  didYouMean: string;
  withoutFilters: Plural;
  clearFilters: string;
  schoolsNotSearched: string;
  searchAllSchools: string;
  /** The execution statuses an item's title may end with («просрочено»…). */
  statuses: string[];
}

const pluralOf = (forms: Plural, n: number) => forms[plural(n, 'one', 'few', 'many')].replace('%n', String(n));

/** Pagefind's excerpt (text with <mark>) as DOM nodes, keeping only text and the marks. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${withoutHiddenWords(excerpt)}</p>`, 'text/html').body.firstChild;
  const out: Node[] = [];
  parsed?.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  });
  return out;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(url: string, text: string): HTMLAnchorElement {
  const a = element('a', undefined, text);
  a.href = url;
  return a;
}

/**
 * The start of each roadmap's period (the filter `key`) by its id in the index: a search by the filter alone for each
 * start there is. Made once per page, so that ordering «по сроку» sorts the results of one search: Pagefind's own
 * sort orders each bundle of the index only within itself, and the results of the bundles are merged by score.
 */
async function periodStarts(pagefind: Pagefind, key: string): Promise<Map<string, string>> {
  const starts = Object.keys((await pagefind.filters())[key] ?? {});
  const found = await Promise.all(starts.map((start) => pagefind.search(null, { filters: { [key]: start } })));
  return new Map(found.flatMap((f, i) => f.results.map((r) => [r.id, starts[i]!] as const)));
}

/** JSON from an address, or undefined when it cannot be had. */
async function json<T>(url: string, withinMs = answerWithinMs): Promise<T | undefined> {
  try {
    // A host that takes the connection and never answers must not leave the search waiting.
    const response = await fetch(url, { signal: AbortSignal.timeout(withinMs) });
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** How long a file of this site has to answer before the search goes on without it (another site: `waitMs`). */
const answerWithinMs = 5000;

/** A table of word forms (src/search/forms-table.ts): its index fetched once, each part when a word needs it. */
function formsTable(indexUrl: string) {
  let index: Promise<FormsIndex | undefined> | undefined;
  const parts = new Map<string, Promise<FormsPart | undefined>>();
  return async (stem: string): Promise<string[]> => {
    index ??= json<FormsIndex>(indexUrl);
    const loaded = await index;
    if (!loaded) return [];
    const part = partOf(loaded, stem);
    if (part < 0) return [];
    const url = new URL(loaded.parts[part]!, new URL(indexUrl, location.href)).href;
    let words = parts.get(url);
    if (!words) parts.set(url, (words = json<FormsPart>(url)));
    return (await words)?.[stem] ?? [];
  };
}

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const panel = document.getElementById('search-filters') as HTMLDetailsElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const notes = document.getElementById('search-notes');
  const hints = document.getElementById('search-hints');
  if (!form || !input || !status || !list || !panel || !more || !notes || !hints) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const sites = JSON.parse(
    form.dataset.sites ?? '{"own":{"merge":[],"forms":"","glossary":""},"others":[],"waitMs":5000}',
  ) as Sites;
  // Other sites' addresses in full (site.yaml may give a path on this host: /rayon/).
  for (const site of sites.others) site.url = new URL(site.url, location.href).href;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  // Documents in order of the start of a roadmap's period (organisations, without one, are left out); the items under
  // a roadmap are then ordered by their first due date.
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
  /** Every choice kept in the address: the filters and the order. */
  const controls = sortSelect ? [...selects, sortSelect] : selects;
  panel.hidden = false;

  /** The tables of word forms of this site and of each other site merged, and their glossaries' expansions. */
  let tables: ReturnType<typeof formsTable>[] = [];
  let glossaries: string[] = [];
  let phrases: Promise<GlossaryPhrase[]> | undefined;
  /** Other sites whose index is merged, with the address their results' links begin with. */
  let merged: { title: string; url: string }[] = [];

  /** A portal's municipal bundles of school pages, each merged into an index the first time it is needed there. */
  type Municipal = { name: string; url: string; stems: string[]; merged?: Promise<void> }[];
  const municipalOf = new WeakMap<Pagefind, Promise<Municipal>>();
  /** Whether the visitor asked to search every school's documents. */
  let allSchools = false;

  /**
   * What each other site says it has (`search/site.json`): not there yet while it has not answered, `null` once it
   * did not (or its index could not be read). Asked as the page opens, beside this site's own index.
   */
  const answers = new Map<number, SiteSearch | null>();
  let asked = false;
  const askOthers = () => {
    if (asked) return;
    asked = true;
    sites.others.forEach((site, i) => {
      void json<SiteSearch>(new URL('search/site.json', site.url).href, sites.waitMs).then((search) => {
        answers.set(i, search ?? null);
        if (inUse) showNotes();
        // A site that answers after this site's own index was ready joins the search then.
        if (pagefind)
          void pagefind.then(
            () => refresh(),
            () => {},
          );
      });
    });
  };
  const answeredNow = () => sites.others.flatMap((_, i) => (answers.get(i) ? [i] : []));

  /**
   * Notes under the search box: another site still awaited (its documents join the results when it answers), or one
   * that did not answer.
   */
  const showNotes = () =>
    notes.replaceChildren(
      ...sites.others.flatMap((site, i) => {
        if (included.includes(i)) return [];
        const note = answers.get(i) === null ? strings.siteFailed : strings.siteWaiting;
        return [element('p', 'muted', note.replace('%s', site.title))];
      }),
    );

  let pagefindModule: Promise<PagefindModule> | undefined;
  const loadModule = () => {
    if (!pagefindModule) {
      pagefindModule = import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<PagefindModule>;
      // Fetched again by the next search if it could not be had.
      pagefindModule.catch(() => (pagefindModule = undefined));
    }
    return pagefindModule;
  };
  /**
   * This site's index with the other sites in `sitesIn` merged in. Another site's index has as long as the site had to
   * answer: one that said what it has and then does not send it must not hold the search.
   */
  const make = async (sitesIn: number[]): Promise<Pagefind> => {
    const module = await loadModule();
    // In the page itself: searching an index of this size takes milliseconds, and Pagefind's worker would be one
    // more script to fetch.
    const instance = module.createInstance({ noWorker: true });
    await instance.init();
    for (const bundle of sites.own.merge) await instance.mergeIndex(bundle);
    // The names of this site's pages, whose copies on the other sites are left out (src/search/own-copies.ts): those
    // of the bundles merged so far (a portal's municipal bundles are merged later, on demand, and do not count), but
    // not of the pages it publishes only in part.
    const ownPages = sitesIn.length ? wholePages(await instance.filters(), sites.own.partial ?? []) : [];
    const others = (async () => {
      for (const i of sitesIn)
        for (const bundle of answers.get(i)!.bundles)
          await instance.mergeIndex(new URL(bundle, sites.others[i]!.url).href, { mergeFilter: otherSiteMark });
    })();
    let late: ReturnType<typeof setTimeout> | undefined;
    const timeUp = new Promise<never>((_, reject) => {
      if (sitesIn.length) late = setTimeout(() => reject(new Error('other sites too slow')), sites.waitMs);
    });
    try {
      await Promise.race([others, timeUp]);
    } finally {
      clearTimeout(late);
    }
    const withoutCopies = (filters: Record<string, string>) => ({ filters: withoutOwnCopies(filters, ownPages) });
    return {
      mergeIndex: (path) => instance.mergeIndex(path),
      filters: async () => {
        const all = await instance.filters();
        if (!ownPages.length) return all;
        // Without the copies: the counts among every page but them, which Pagefind gives for each filter whose values
        // it has fetched (all of them, just now); a value only the copies have is left out.
        return nonZeroCounts((await instance.search(null, withoutCopies({}))).filters);
      },
      search: (query, options) => instance.search(query, withoutCopies(options.filters)),
      preload: (query, options) => instance.preload(query, withoutCopies(options.filters)),
    };
  };

  /** The index the searches use (replaced by a larger one when another site answers late), and its other sites. */
  let pagefind: Promise<Pagefind> | undefined;
  let inUse: Pagefind | undefined;
  let included: number[] = [];
  /** Searches from now on go to `instance`, which has this site and the other sites `sitesIn`. */
  const use = (instance: Pagefind, sitesIn: number[]): Pagefind => {
    inUse = instance;
    included = sitesIn;
    merged = sitesIn.map((i) => sites.others[i]!);
    const other = (i: number, file: string) => new URL(file, sites.others[i]!.url).href;
    tables = [formsTable(sites.own.forms), ...sitesIn.map((i) => formsTable(other(i, answers.get(i)!.forms)))];
    glossaries = [
      sites.own.glossary,
      ...sitesIn.flatMap((i) => (answers.get(i)!.glossary ? [other(i, answers.get(i)!.glossary)] : [])),
    ];
    phrases = undefined;
    if (sites.own.layout) {
      const layoutUrl = new URL(sites.own.layout, location.href);
      municipalOf.set(
        instance,
        json<{ municipalities: { name: string; bundle: string }[] }>(layoutUrl.href).then((layout) =>
          (layout?.municipalities ?? []).map((m) => ({
            name: m.name,
            url: new URL(m.bundle, new URL('..', layoutUrl)).href,
            stems: (m.name.match(/[\p{L}]{4,}/gu) ?? []).map(stemKey),
          })),
        ),
      );
    }
    showNotes();
    return instance;
  };

  const load = () => {
    askOthers();
    pagefind ??= (async () => {
      // The other sites that have answered by the time Pagefind itself has arrived are searched from the start.
      await loadModule();
      const answered = answeredNow();
      try {
        return use(await make(answered), answered);
      } catch (error) {
        if (!answered.length) throw error;
        // Another site's index that could not be read, or not in time: without it rather than no search.
        const own = await make([]);
        for (const i of answered) answers.set(i, null);
        return use(own, []);
      }
    })();
    // A search after a failure tries again (and says so if it fails again: `run`).
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  /** Whether the visitor is among the results: has moved into them, or asked for more of them. */
  const amongResults = () =>
    [list, more, hints].some((part) => part.contains(document.activeElement)) || (current?.count ?? 0) > pageSize;

  /**
   * Another site answered, or did not, after the search began: the index of the sites that have answered replaces
   * the one in use. The search shown is then made again with them, unless the visitor is among its results: the
   * status says so then, and a button makes it again.
   */
  let refreshing = Promise.resolve();
  const refresh = () => {
    refreshing = refreshing.then(update).catch(() => {});
  };
  const update = async () => {
    const wanted = answeredNow();
    if (wanted.every((i) => included.includes(i))) return;
    let instance: Pagefind;
    try {
      instance = await make(wanted);
    } catch {
      // The index of a site that answered could not be read, or not in time: the search goes on without it.
      for (const i of wanted) if (!included.includes(i)) answers.set(i, null);
      return showNotes();
    }
    pagefind = Promise.resolve(use(instance, wanted));
    starts = undefined;
    if (filterValues) {
      filterValues = undefined;
      void loadFilters();
    }
    if (!input.value.trim()) return;
    if (!amongResults()) return void run(false);
    const again = element('button', 'button', strings.searchAgain);
    again.type = 'button';
    again.addEventListener('click', async () => {
      await run(false);
      // The button has gone with the hints: the visitor is taken to the results made again.
      list.querySelector('a')?.focus();
    });
    hints.querySelector('.search-others')?.remove();
    hints.append(element('p', 'search-others', `${strings.othersAnswered} `, again));
    status.textContent = `${status.textContent} ${strings.othersAnswered}`;
  };

  /** The main words of the lexemes a word is a form of, from every table. */
  const alternativesOf = async (word: string): Promise<string[]> => {
    if (!hasForms(word)) return [];
    const stem = stemKey(word);
    return [...new Set((await Promise.all(tables.map((table) => table(stem).catch(() => [])))).flat())].slice(0, 3);
  };

  /**
   * The facets of a roadmap's items (the file its `facets` metadata names), fetched once and only when the items are
   * narrowed or ordered; none for a document without them, or when the file cannot be had.
   */
  const facetFiles = new Map<string, Promise<Map<string, ItemFacet>>>();
  const facetsOf = (data: PagefindResultData): Promise<Map<string, ItemFacet>> => {
    const url = data.meta.facets;
    if (!url) return Promise.resolve(new Map());
    const absolute = new URL(url, data.url.startsWith('http') ? data.url : location.href).href;
    let facets = facetFiles.get(absolute);
    if (!facets) {
      facets = fetch(absolute)
        .then((response) => (response.ok ? response.text() : undefined))
        .then(decodeItemFacets, () => new Map());
      facetFiles.set(absolute, facets);
    }
    return facets;
  };

  /** The start of each roadmap's period, fetched the first time the visitor orders by it. */
  let starts: Promise<Map<string, string>> | undefined;
  const loadStarts = async (key: string) => {
    starts ??= load().then((module) => periodStarts(module, key));
    const loaded = await starts;
    if (!loaded.size) starts = undefined; // nothing could be had: tried again next time
    return loaded;
  };

  /** The values of every filter with their counts, fetched the first time the visitor opens «Уточнить». */
  let filterValues: Promise<void> | undefined;
  const loadFilters = () => {
    if (filterValues) return filterValues;
    const loading = (async () => {
      const instance = await load();
      const available = await instance.filters();
      // Filled again when another site joins the search (from its index only), the visitor's choice kept.
      if (instance !== inUse) return;
      for (const select of selects) {
        const values = available[select.dataset.filter!] ?? {};
        const chosen = select.value;
        const options = Object.keys(values)
          .sort((a, b) => a.localeCompare(b, 'ru'))
          .map((value) => {
            const option = element('option', undefined, `${value} (${values[value]})`);
            option.value = value;
            return option;
          });
        select.replaceChildren(select.options[0]!, ...options);
        select.value = chosen;
      }
    })();
    filterValues = loading;
    // What could not be had is asked for again the next time.
    loading.catch(() => {
      if (filterValues === loading) filterValues = undefined;
    });
    return loading;
  };

  /** The other site a result is from (by the address its link begins with), if any. */
  const siteOf = (url: string) => merged.find((site) => new URL(url, location.href).href.startsWith(site.url));

  const itemNode = (sub: PagefindSubResult) => {
    const fields = itemFieldsOf(sub.anchor?.title ?? sub.title, strings.statuses);
    const labelled = (
      [
        ['deadline', fields.deadline],
        ['responsible', fields.responsible],
      ] as const
    )
      .filter(([, value]) => value)
      .map(([key, value]) => `${strings.fields[key]}: ${value}`);
    const kind = [strings.kinds.item, ...(fields.status ? [`${strings.fields.status}: ${fields.status}`] : [])].join(
      ' · ',
    );
    return element(
      'li',
      undefined,
      element('p', 'muted search-kind', kind),
      link(sub.url, fields.title),
      ...(labelled.length ? [element('p', undefined, labelled.join('; '))] : []),
    );
  };

  const documentNode = (data: PagefindResultData, items: PagefindSubResult[], narrowed: boolean) => {
    const title = data.meta.title ?? data.url;
    const filters = (data as PagefindResultData & { filters?: Record<string, string[]> }).filters ?? {};
    const level = filters.level?.[0];
    const kind =
      data.meta.kind === 'term'
        ? strings.kinds.term
        : level
          ? strings.kinds.roadmap
          : (data.meta.kind ?? strings.kinds.organization);
    const site = siteOf(data.url);
    const where = [
      kind,
      level,
      data.meta.organization !== title ? data.meta.organization : undefined,
      data.meta.scope ?? data.meta.place,
      site ? strings.site.replace('%s', site.title) : undefined,
    ].filter((w): w is string => Boolean(w));
    // The document first (what it is, whose, where), then its items.
    const node = element('li', undefined, element('p', 'muted search-kind', where.join(' · ')), link(data.url, title));
    if (!items.length) {
      const excerpt = excerptNodes(data.excerpt);
      if (excerpt.some((n) => n.textContent?.trim())) node.append(element('p', undefined, ...excerpt));
      if (narrowed) node.append(element('p', 'muted', strings.noMatchingItems));
      return node;
    }
    const shown = element('ul', 'search-items', ...items.slice(0, itemsShown).map(itemNode));
    node.append(shown);
    const rest = items.slice(itemsShown);
    if (rest.length) {
      const button = element('button', 'button', pluralOf(strings.moreItems, rest.length));
      button.type = 'button';
      button.addEventListener('click', () => {
        const added = rest.map(itemNode);
        shown.append(...added);
        button.remove();
        added[0]?.querySelector('a')?.focus();
      });
      node.append(button);
    }
    return node;
  };

  /** The search being shown: its documents, how many of them are on the page, and what narrows their items. */
  interface Shown {
    results: Found[];
    count: number;
    filters: ItemFilters;
    order: Order | undefined;
  }
  let current: Shown | undefined;

  /**
   * Shows the next documents of a search, each as soon as its text has arrived, in order: `place` puts them on the
   * page. Stops when a newer search has begun.
   */
  const showNext = async (
    shown: Shown,
    search: number,
    place: (node: HTMLLIElement, first: boolean) => void,
  ): Promise<void> => {
    const batch = shown.results.slice(shown.count, shown.count + pageSize);
    shown.count += batch.length;
    const narrowed = Boolean(
      shown.filters.month || shown.filters.quarter || shown.filters.form || shown.filters.execution,
    );
    const none = Promise.resolve(new Map<string, ItemFacet>());
    const texts = batch.map((result) =>
      dataOf(result).then(async (data) => ({ data, facets: await (narrowed || shown.order ? facetsOf(data) : none) })),
    );
    for (const [index, text] of texts.entries()) {
      const { data, facets } = await text;
      if (search !== searches) return;
      place(documentNode(data, matchingItems(data, facets, shown.filters, shown.order), narrowed), index === 0);
    }
    more.hidden = shown.count >= shown.results.length;
  };

  /**
   * Runs the queries a query becomes — its words' forms, and an expansion replaced with its abbreviation — with these
   * options, and puts their results together.
   */
  const searchAll = async (module: Pagefind, query: string, options: SearchOptions): Promise<Found[]> => {
    const words = query.split(' ').filter(Boolean);
    const alternatives = await Promise.all(words.map(alternativesOf));
    const runs = queryVariants(words, alternatives).map((variant) => ({ query: variant, filters: options.filters }));
    if (words.length >= 2) {
      // The glossaries' expansions are fetched for the first query of two words or more.
      phrases ??= Promise.all(glossaries.map((url) => json<GlossaryPhrase[]>(url))).then((lists) =>
        lists.flatMap((l) => l ?? []),
      );
      const stems = words.map((word, i) => new Set([stemKey(word), ...(alternatives[i] ?? []).map(stemKey)]));
      for (const variant of phraseVariants(words, stems, await phrases, options.filters))
        runs.push({ query: variant.words.join(' '), filters: variant.filters });
    }
    return together(
      await Promise.all(
        runs.map(async (run) => (await module.search(indexQuery(run.query), { filters: run.filters })).results),
      ),
    );
  };

  /**
   * When nothing is found: the same query without the filters, if they were what left nothing; and for a word of the
   * query that finds nothing by itself, the words of the index nearest to it (found by searching ever shorter
   * beginnings of it) in its place, or the query without it.
   */
  const suggest = async (module: Pagefind, query: string, filters: Record<string, string>, search: number) => {
    const out: Node[] = [];
    if (Object.keys(filters).length) {
      const all = await searchAll(module, query, { filters: {} });
      if (all.length) {
        const clear = element('button', 'button', strings.clearFilters);
        clear.type = 'button';
        clear.addEventListener('click', () => {
          for (const select of controls) select.value = '';
          void run(false);
        });
        out.push(element('p', undefined, `${pluralOf(strings.withoutFilters, all.length)} `, clear));
      }
    }
    const words = query.split(' ');
    const suggestions = new Set<string>();
    for (const [i, word] of words.slice(0, 4).entries()) {
      if ((await module.search(indexTerm(word), { filters })).results.length) continue;
      const nearest = new Set<string>();
      for (let length = word.length - 1; length >= 3 && !nearest.size; length--) {
        const start = word.slice(0, length).toLowerCase();
        for (const result of (await module.search(start, { filters })).results.slice(0, 3)) {
          const text = withoutHiddenWords((await result.data()).excerpt.replace(/<[^>]+>/g, ''));
          for (const found of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
            if (found.startsWith(start) && found !== word.toLowerCase()) nearest.add(found);
        }
      }
      for (const found of [...nearest].slice(0, 3))
        suggestions.add(words.map((w, k) => (k === i ? found : w)).join(' '));
      if (words.length > 1) suggestions.add(words.filter((_, k) => k !== i).join(' '));
    }
    if (suggestions.size) {
      const buttons = [...suggestions].slice(0, 5).map((suggestion) => {
        const button = element('button', 'button', suggestion);
        button.type = 'button';
        button.addEventListener('click', () => {
          input.value = suggestion;
          void run(false);
        });
        return button;
      });
      out.push(element('p', undefined, `${strings.didYouMean} `, ...buttons.flatMap((b, i) => (i ? [' ', b] : [b]))));
    }
    if (search === searches) hints.append(...out);
  };

  let searches = 0;
  /** Searches for what is typed; `pause` after the last keystroke first (none on Enter or from the address). */
  const run = async (pause: boolean) => {
    const search = ++searches;
    try {
      await searchFor(search, pause);
    } catch {
      // Pagefind's files could not be had (a network error, a site half copied): say so.
      starts = undefined;
      if (search !== searches) return;
      list.replaceChildren();
      hints.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = strings.failed;
    }
  };
  const searchFor = async (search: number, pause: boolean) => {
    const typed = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', typed);
    for (const select of controls) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
    const query = normalizeQuery(typed);
    if (!query) {
      current = undefined;
      list.replaceChildren();
      hints.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    // Until every document of this search is on the page (assistive technology waits for the whole list).
    list.setAttribute('aria-busy', 'true');
    const module = await load();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = select.value;
    const direction = sortSelect?.value;
    const order = direction === 'asc' || direction === 'desc' ? direction : undefined;
    const options: SearchOptions = { filters };
    // Pagefind takes the last word as the beginning of a word; from four letters on, the words it can begin are
    // few, so their table of forms (and, a little later, their part of the index) is fetched while the visitor is
    // still typing.
    const lastWord = /\S*$/.exec(query)?.[0] ?? '';
    if (lastWord.length >= shortWord) void alternativesOf(lastWord);
    if (lastWord.length >= preloadFrom) void module.preload(indexQuery(query), options);
    if (pause) {
      await new Promise((resolve) => setTimeout(resolve, lastWord.length >= shortWord ? debounceMs : shortWordPauseMs));
      // Keystrokes that came while the page was busy (reading the index) are handled first.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (search !== searches) return; // a newer keystroke superseded this search
    // A portal in municipal bundles: the schools' bundles of a municipality chosen or named, or of all if asked.
    const bundles = (await municipalOf.get(module)) ?? [];
    const queryStems = new Set(query.split(' ').map(stemKey));
    const needed = bundles.filter(
      (m) => allSchools || m.name === filters.municipality || m.stems.some((s) => queryStems.has(s)),
    );
    await Promise.all(needed.map((m) => (m.merged ??= module.mergeIndex(m.url))));
    if (search !== searches) return;
    const found = await searchAll(module, query, options);
    // Another site joined while this search ran: made again with it.
    if (module !== inUse && search === searches) return void run(false);
    const periods = order ? await loadStarts(sortSelect!.dataset.sort!) : undefined;
    // Without the periods (they could not be had), in order of relevance rather than none at all.
    const results = order && periods?.size ? byPeriod(found, periods, order) : found;
    if (search !== searches) return;
    const { month, quarter, form: formValue, execution } = filters;
    const itemFilters: ItemFilters = {
      ...(month ? { month } : {}),
      ...(quarter ? { quarter } : {}),
      ...(formValue ? { form: formValue } : {}),
      ...(execution ? { execution } : {}),
    };
    const shown: Shown = { results, count: 0, filters: itemFilters, order };
    current = shown;
    const n = results.length;
    const said = (n === 0 ? strings.nothing : pluralOf(strings.found, n)).replace('%q', typed);
    hints.replaceChildren();
    if (bundles.some((m) => !m.merged)) {
      const all = element('button', 'button', strings.searchAllSchools);
      all.type = 'button';
      all.addEventListener('click', () => {
        allSchools = true;
        void run(false);
      });
      hints.append(element('p', undefined, `${strings.schoolsNotSearched} `, all));
    }
    if (n === 0) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = said;
      await suggest(module, query, filters, search);
      return;
    }
    await showNext(shown, search, (node, first) => {
      if (first) {
        list.replaceChildren(node);
        status.textContent = said;
      } else {
        list.append(node);
      }
    });
    if (search === searches) list.removeAttribute('aria-busy');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  input.addEventListener('input', () => void run(true));
  for (const select of controls) select.addEventListener('change', () => void run(false));
  panel.addEventListener('toggle', () => {
    if (panel.open) void loadFilters();
  });
  more.addEventListener('click', async () => {
    if (!current) return;
    const search = searches;
    more.disabled = true;
    list.setAttribute('aria-busy', 'true');
    await showNext(current, search, (node, first) => {
      list.append(node);
      if (first) node.querySelector('a')?.focus();
    });
    more.disabled = false;
    if (search === searches) list.removeAttribute('aria-busy');
  });

  // Whoever opens the search page searches: Pagefind and the list of pages are fetched at once, not with the first
  // keystrokes, which would wait behind them and be searched one by one as they come.
  void load().catch(() => {});

  // A search opened from an address (the search box of every page, a shared link) with its choices.
  const params = new URLSearchParams(location.search);
  const chosen = controls.some((select) => params.get(select.name));
  if (chosen) panel.open = true;
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    // Also when Pagefind could not be loaded: the search then says so.
    void (chosen ? loadFilters() : load())
      .catch(() => {})
      .then(() => {
        for (const select of controls) {
          const value = params.get(select.name);
          if (value) select.value = value;
        }
        return run(false);
      });
  }
}

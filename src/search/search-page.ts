// The search page in the browser: runs Pagefind's JS API (loaded with the page, with the other bundles of a large
// site's index merged in) and renders its results with the site's own Russian strings. A result is a document — a
// roadmap or an organisation page — with its matching items (Pagefind's sub-results: the titled anchors of the item
// rows), each item linking to its row. Only what is shown is fetched: the text of five documents at a time
// («Показать ещё» for more), and the filter values only once the visitor opens «Уточнить» or orders by date.
// Excerpts are rebuilt from text nodes, so no markup from the index is inserted as HTML.
import { plural } from '../ui/strings.ts';
import { decodeItemFacets, itemMatches, type ItemFacet, type ItemFilters } from './item-facets.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The anchor the part starts at; none for the part of the page before its first anchor. */
  anchor?: { element: string; id: string; title?: string };
  weighted_locations: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  /** The document's id in the index (the same in every search). */
  id: string;
  data(): Promise<PagefindResultData>;
}
type Order = 'asc' | 'desc';
interface SearchOptions {
  filters: Record<string, string>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** `null`: every document the filters keep. */
  search(query: string | null, options: SearchOptions): Promise<{ results: PagefindResult[] }>;
  preload(query: string, options: SearchOptions): Promise<void>;
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

type Plural = Record<'one' | 'few' | 'many', string>;
interface Strings {
  loading: string;
  in: string;
  nothing: string;
  found: Plural;
  moreItems: Plural;
  noMatchingItems: string;
  failed: string;
}

const pluralOf = (forms: Plural, n: number) => forms[plural(n, 'one', 'few', 'many')].replace('%n', String(n));

/** Pagefind's excerpt (text with <mark>) as DOM nodes, keeping only text and the marks. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
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
 * The items of a document that match the query and the chosen month, quarter and form (Pagefind filtered the
 * documents; their item facets say which items qualify): by relevance, or by first due date when sorting by date.
 */
function matchingItems(data: PagefindResultData, facets: Map<string, ItemFacet>, filters: ItemFilters, order: Order | undefined): PagefindSubResult[] {
  const items = data.sub_results.filter((sub) => sub.anchor?.title && itemMatches(facets.get(sub.anchor.id), filters));
  if (!order) {
    const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
    return items.sort((a, b) => score(b) - score(a));
  }
  const due = (sub: PagefindSubResult) => facets.get(sub.anchor!.id)?.firstDue;
  return items.sort((a, b) => {
    const [x, y] = [due(a), due(b)];
    if (x === y) return 0;
    if (!x || !y) return x ? -1 : 1; // items without dates last
    return order === 'asc' ? x.localeCompare(y) : y.localeCompare(x);
  });
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

/** The results in order of their period's start (`desc`: latest first), by relevance within one start; those without a period are left out. */
function byPeriod(results: PagefindResult[], starts: ReadonlyMap<string, string>, order: Order): PagefindResult[] {
  const sign = order === 'asc' ? 1 : -1;
  return results.filter((r) => starts.has(r.id)).sort((a, b) => sign * starts.get(a.id)!.localeCompare(starts.get(b.id)!));
}

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const panel = document.getElementById('search-filters') as HTMLDetailsElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !input || !status || !list || !panel || !more) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  // Documents in order of the start of a roadmap's period (organisations, without one, are left out); the items under
  // a roadmap are then ordered by their first due date.
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
  /** Every choice kept in the address: the filters and the order. */
  const controls = sortSelect ? [...selects, sortSelect] : selects;
  panel.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
      // In the page itself: searching an index of this size takes milliseconds, and Pagefind's worker would be
      // one more script to fetch.
      await module.options({ noWorker: true });
      await module.init();
      for (const bundle of JSON.parse(form.dataset.merge ?? '[]') as string[]) await module.mergeIndex(bundle);
      return module;
    })();
    // A search after a failure tries again (and says so if it fails again: `run`).
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  /**
   * The facets of a roadmap's items (the file its `facets` metadata names), fetched once and only when the items are
   * narrowed or ordered; none for a document without them, or when the file cannot be had.
   */
  const facetFiles = new Map<string, Promise<Map<string, ItemFacet>>>();
  const facetsOf = (data: PagefindResultData): Promise<Map<string, ItemFacet>> => {
    const url = data.meta.facets;
    if (!url) return Promise.resolve(new Map());
    let facets = facetFiles.get(url);
    if (!facets) {
      facets = fetch(url)
        .then((response) => (response.ok ? response.text() : undefined))
        .then(decodeItemFacets, () => new Map());
      facetFiles.set(url, facets);
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
    filterValues ??= (async () => {
      const available = await (await load()).filters();
      for (const select of selects) {
        if (select.options.length > 1) continue; // filled by an earlier attempt
        const values = available[select.dataset.filter!] ?? {};
        for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'ru'))) {
          const option = element('option', undefined, `${value} (${values[value]})`);
          option.value = value;
          select.append(option);
        }
      }
    })();
    // What could not be had is asked for again the next time.
    filterValues.catch(() => (filterValues = undefined));
    return filterValues;
  };

  const itemNode = (sub: PagefindSubResult) => element('li', undefined, link(sub.url, sub.anchor?.title ?? sub.title), element('p', undefined, ...excerptNodes(sub.excerpt)));

  const documentNode = (data: PagefindResultData, items: PagefindSubResult[], narrowed: boolean) => {
    const title = data.meta.title ?? data.url;
    const where = [data.meta.organization !== title ? data.meta.organization : undefined, data.meta.place].filter((w): w is string => Boolean(w));
    const node = element('li');
    if (!items.length) {
      node.append(link(data.url, title));
      if (where.length) node.append(element('p', 'muted', where.join(' · ')));
      node.append(element('p', undefined, ...excerptNodes(data.excerpt)));
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
    node.append(element('p', 'muted', `${strings.in} «`, link(data.url, title), '»', ...(where.length ? [` · ${where.join(' · ')}`] : [])));
    return node;
  };

  /** The search being shown: its documents, how many of them are on the page, and what narrows their items. */
  interface Shown {
    results: PagefindResult[];
    count: number;
    filters: ItemFilters;
    order: Order | undefined;
  }
  let current: Shown | undefined;

  /**
   * Shows the next documents of a search, each as soon as its text has arrived, in order: `place` puts them on the
   * page. Stops when a newer search has begun.
   */
  const showNext = async (shown: Shown, search: number, place: (node: HTMLLIElement, first: boolean) => void): Promise<void> => {
    const batch = shown.results.slice(shown.count, shown.count + pageSize);
    shown.count += batch.length;
    const narrowed = Boolean(shown.filters.month || shown.filters.quarter || shown.filters.form || shown.filters.execution);
    const none = Promise.resolve(new Map<string, ItemFacet>());
    const texts = batch.map((result) =>
      result.data().then(async (data) => ({ data, facets: await (narrowed || shown.order ? facetsOf(data) : none) })),
    );
    for (const [index, text] of texts.entries()) {
      const { data, facets } = await text;
      if (search !== searches) return;
      place(documentNode(data, matchingItems(data, facets, shown.filters, shown.order), narrowed), index === 0);
    }
    more.hidden = shown.count >= shown.results.length;
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
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = strings.failed;
    }
  };
  const searchFor = async (search: number, pause: boolean) => {
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    for (const select of controls) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
    if (!query) {
      current = undefined;
      list.replaceChildren();
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
    // few, so their part of the index is fetched while the visitor is still typing.
    const lastWord = /\S*$/.exec(query)?.[0].length ?? 0;
    if (lastWord >= shortWord) void module.preload(query, options);
    if (pause) {
      await new Promise((resolve) => setTimeout(resolve, lastWord >= shortWord ? debounceMs : shortWordPauseMs));
      // Keystrokes that came while the page was busy (reading the index) are handled first.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (search !== searches) return; // a newer keystroke superseded this search
    const found = (await module.search(query, options)).results;
    const periods = order ? await loadStarts(sortSelect!.dataset.sort!) : undefined;
    // Without the periods (they could not be had), in order of relevance rather than none at all.
    const results = order && periods?.size ? byPeriod(found, periods, order) : found;
    if (search !== searches) return;
    const { month, quarter, form: formValue, execution } = filters;
    const itemFilters: ItemFilters = { ...(month ? { month } : {}), ...(quarter ? { quarter } : {}), ...(formValue ? { form: formValue } : {}), ...(execution ? { execution } : {}) };
    const shown: Shown = { results, count: 0, filters: itemFilters, order };
    current = shown;
    const n = results.length;
    const said = (n === 0 ? strings.nothing : pluralOf(strings.found, n)).replace('%q', query);
    if (n === 0) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = said;
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
  void load();

  // A search opened from an address (the search box of every page, a shared link) with its choices.
  const params = new URLSearchParams(location.search);
  const chosen = controls.some((select) => params.get(select.name));
  if (chosen) panel.open = true;
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    // Also when Pagefind could not be loaded: the search then says so.
    void (chosen ? loadFilters() : load()).catch(() => {}).then(() => {
      for (const select of controls) {
        const value = params.get(select.name);
        if (value) select.value = value;
      }
      return run(false);
    });
  }
}

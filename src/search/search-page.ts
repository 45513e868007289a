// The search page in the browser: runs Pagefind's JS API (loaded on first use) and renders its results with the
// site's own Russian strings. A result is a document — a roadmap or an organisation page — with its matching items
// (Pagefind's sub-results: the titled anchors of the item rows), each item linking to its row. Only what is shown
// is fetched: the text of ten documents at a time («Показать ещё» for more), and the filter values only once the
// visitor opens «Уточнить». Excerpts are rebuilt from text nodes, so no markup from the index is inserted as HTML.
import { plural } from '../ui/strings.ts';
import { decodeItemFacets, itemMatches, type ItemFilters } from './item-facets.ts';

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
  data(): Promise<PagefindResultData>;
}
type Order = 'asc' | 'desc';
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string, options: { filters: Record<string, string>; sort?: Record<string, Order> }, timeout?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Documents whose text is fetched at a time. */
const pageSize = 10;
/** Items shown under a document before «Ещё N пунктов». */
const itemsShown = 3;
/** Pause after a keystroke before searching (Pagefind starts loading the words' index at once). */
const debounceMs = 60;

type Plural = Record<'one' | 'few' | 'many', string>;
interface Strings {
  loading: string;
  in: string;
  nothing: string;
  found: Plural;
  moreItems: Plural;
  noMatchingItems: string;
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
function matchingItems(data: PagefindResultData, filters: ItemFilters, order: Order | undefined): PagefindSubResult[] {
  const facets = decodeItemFacets(data.meta.items);
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
  // Pagefind sorts documents (by the start of a roadmap's period; documents without it are left out); the items
  // under a roadmap are then ordered by their first due date.
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
  /** Every choice kept in the address: the filters and the order. */
  const controls = sortSelect ? [...selects, sortSelect] : selects;
  panel.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
      await module.init();
      return module;
    })();
    return pagefind;
  };

  /** The values of every filter with their counts, fetched the first time the visitor opens «Уточнить». */
  let filterValues: Promise<void> | undefined;
  const loadFilters = () => {
    filterValues ??= (async () => {
      const available = await (await load()).filters();
      for (const select of selects) {
        const values = available[select.dataset.filter!] ?? {};
        for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'ru'))) {
          const option = element('option', undefined, `${value} (${values[value]})`);
          option.value = value;
          select.append(option);
        }
      }
    })();
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

  /** The next documents of the search being shown; none when a newer search replaced it meanwhile. */
  const nextDocuments = async (shown: Shown): Promise<HTMLLIElement[]> => {
    const batch = shown.results.slice(shown.count, shown.count + pageSize);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (shown !== current) return [];
    shown.count += batch.length;
    more.hidden = shown.count >= shown.results.length;
    const narrowed = Boolean(shown.filters.month || shown.filters.quarter || shown.filters.form);
    return data.map((d) => documentNode(d, matchingItems(d, shown.filters, shown.order), narrowed));
  };

  let searches = 0;
  const run = async () => {
    const search = ++searches;
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
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    const module = await load();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = select.value;
    const direction = sortSelect?.value;
    const order = direction === 'asc' || direction === 'desc' ? direction : undefined;
    const found = await module.debouncedSearch(query, { filters, ...(order ? { sort: { [sortSelect!.dataset.sort!]: order } } : {}) }, debounceMs);
    if (!found || search !== searches) return; // a newer keystroke superseded this search
    const { month, quarter, form: formValue } = filters;
    current = { results: found.results, count: 0, filters: { ...(month ? { month } : {}), ...(quarter ? { quarter } : {}), ...(formValue ? { form: formValue } : {}) }, order };
    const nodes = await nextDocuments(current);
    if (search !== searches) return;
    list.replaceChildren(...nodes);
    const n = found.results.length;
    status.textContent = (n === 0 ? strings.nothing : pluralOf(strings.found, n)).replace('%q', query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => void load(), { once: true });
  for (const select of controls) select.addEventListener('change', () => void run());
  panel.addEventListener('toggle', () => {
    if (panel.open) void loadFilters();
  });
  more.addEventListener('click', async () => {
    if (!current) return;
    const nodes = await nextDocuments(current);
    list.append(...nodes);
    nodes[0]?.querySelector('a')?.focus();
  });

  // A search opened from an address (the search box of every page, a shared link) with its choices.
  const params = new URLSearchParams(location.search);
  const chosen = controls.some((select) => params.get(select.name));
  if (chosen) panel.open = true;
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    void (chosen ? loadFilters() : load()).then(() => {
      for (const select of controls) {
        const value = params.get(select.name);
        if (value) select.value = value;
      }
      return run();
    });
  }
}

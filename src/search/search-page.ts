// The search page in the browser: runs Pagefind's JS API (loaded on first use) and renders results and filters
// with the site's own Russian strings. Result excerpts are rebuilt from text nodes, so no markup from the index is
// ever inserted as HTML.
import { plural } from '../ui/strings.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string, options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }, timeout?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

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

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const filterBox = document.getElementById('search-filters') as HTMLFieldSetElement | null;
  if (!form || !input || !status || !list || !filterBox) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as {
    loading: string;
    in: string;
    nothing: string;
    found: Record<'one' | 'few' | 'many', string>;
    deadline: string;
  };
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  // Sorting by a key (the first due date) keeps only the results that have it, by Pagefind's design.
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
  /** Every choice kept in the address: the filters and the order. */
  const controls = sortSelect ? [...selects, sortSelect] : selects;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () => {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
      await module.init();
      const available = await module.filters();
      for (const select of selects) {
        const values = available[select.dataset.filter!] ?? {};
        for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'ru'))) {
          const option = document.createElement('option');
          option.value = value;
          option.textContent = `${value} (${values[value]})`;
          select.append(option);
        }
      }
      filterBox.hidden = false;
      return module;
    })();
    return pagefind;
  };

  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    for (const select of controls) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const module = await load();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = select.value;
    const direction = sortSelect?.value;
    const order: Record<string, 'asc' | 'desc'> | undefined = sortSelect && (direction === 'asc' || direction === 'desc') ? { [sortSelect.dataset.sort!]: direction } : undefined;
    const search = await module.debouncedSearch(query, { filters, ...(order ? { sort: order } : {}) }, 100);
    if (!search) return; // a newer keystroke superseded this search
    const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    const items = results.map((result) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const where = document.createElement('p');
      where.className = 'muted';
      where.textContent = [
        result.meta.roadmap && result.meta.roadmap !== result.meta.title ? `${strings.in} «${result.meta.roadmap}»` : '',
        result.meta.organization,
        result.meta.section,
        result.meta.deadline ? `${strings.deadline}: ${result.meta.deadline}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(result.excerpt));
      li.append(link, where, excerpt);
      return li;
    });
    list.replaceChildren(...items);
    const n = search.results.length;
    const template = n === 0 ? strings.nothing : strings.found[plural(n, 'one', 'few', 'many')];
    status.textContent = template.replace('%n', String(n)).replace('%q', query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => void load(), { once: true });
  for (const select of controls) select.addEventListener('change', () => void run());

  const params = new URLSearchParams(location.search);
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    void load().then(() => {
      for (const select of controls) {
        const value = params.get(select.name);
        if (value) select.value = value;
      }
      return run();
    });
  }
}

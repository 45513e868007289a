// The Pagefind search index of a built site: one entry per roadmap page and organisation page (their parts marked
// data-pagefind-body), whose item rows are titled anchors, so a result is a document with its matching items, each
// linking to the item's row. Filters and metadata come from the hidden SearchData of each page
// (src/components/SearchData.astro). Russian stemming: «стажировки» finds «стажировка».
//
// Pagefind indexes in its own process, from the pages on disk. `karta build` starts it before the pages are
// rendered, in another process (src/build/render-pages.ts), which renders the searched pages first and hands them over
// in batches as they are written (src/search/searched-pages.ts): Pagefind reads them on the second core while the
// rest is rendered. It writes the index only when the rendering process has ended: writing takes Pagefind most of
// its memory, and the rendering process would add as much again. A large site's index is two bundles, each indexed
// and written by a Pagefind process of its own (src/search/searched-pages.ts, `searchBundles`), so that the two
// halves are written at once, on both cores.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  bundleOf,
  layoutFile,
  municipalFolder,
  searchBundles,
  searchedFolders,
  type MunicipalLayout,
} from './searched-pages.ts';
import { ui } from '../ui/strings.ts';
import { termsFile, type TermRecord } from './search-files.ts';
import { pageFilter } from './own-copies.ts';

/** What is on those pages but is not their words. */
const notIndexed = [
  '.dates', // the dates derived from a deadline's words (the month and quarter filters search them)
  'caption', // a table's caption repeats the heading of its section
  'thead', // column names
  '.no-print', // links to calendars and files, the timeline: not part of the document
  // An item's execution is searched by its status (the badge, and the execution filter); the date of the last entry,
  // the history of the reports and the list of organisations that carry a higher item out are dates and the same
  // words again — on a regional roadmap, every school's name under each item.
  '.last-entry',
  '.history',
  '.contributions',
];

export interface SearchIndex {
  /** Indexes these written pages (paths within the built site, e.g. roadmaps/x/index.html) of the site's `total`. */
  add(files: readonly string[], total: number): void;
  /** Writes the index into the site's bundle folders, once the pages added are indexed; waits until it is. */
  finish(): Promise<void>;
  /**
   * Settles once `finish` has asked every Pagefind process to write: from then on they need nothing of this process,
   * which may be busy without holding them up (their questions and answers go through its event loop).
   */
  writing(): Promise<void>;
  /** Ends Pagefind's processes (also after a failure). */
  close(): Promise<void>;
  /**
   * How many pages were handed over with `add` (while rendering; without any, every searched page is read at the end).
   */
  handedOver(): number;
}

/** A path or part of one as a literal in Pagefind's globs (which take {a,b} alternatives, so commas and braces too). */
const literal = (part: string) => part.replace(/[\\{}[\]*?,!()]/g, (c) => `\\${c}`);

/**
 * Pagefind's globs for exactly these files, with how many files each is for: one per folder of folders they are
 * in, as `roadmaps/{a,b}/index.html`. Pagefind walks the site from the part of a glob before its first alternative,
 * so a batch of pages is looked for in its folder, not in the whole site (about a tenth of Pagefind's time at a
 * region's scale).
 */
export function globsOf(files: readonly string[]): { glob: string; files: number }[] {
  const groups = new Map<string, { before: string; after: string; names: string[] }>();
  for (const file of files) {
    const parts = file.split('/');
    const [before, name, after] =
      parts.length < 2
        ? ['', file, '']
        : [
            parts
              .slice(0, -2)
              .map((p) => `${p}/`)
              .join(''),
            parts.at(-2)!,
            `/${parts.at(-1)}`,
          ];
    const key = `${before}\0${after}`;
    const group = groups.get(key) ?? { before, after, names: [] };
    group.names.push(name);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ before, after, names }) => {
    const name = names.length === 1 ? literal(names[0]!) : `{${names.map(literal).join(',')}}`;
    return { glob: `${literal(before)}${name}${literal(after)}`, files: names.length };
  });
}

type PagefindModule = typeof pagefind;
type Result = { errors: string[]; page_count?: number };

/**
 * Pagefind's module with a Pagefind process of its own: the module keeps one process, so each bundle after the
 * first imports it anew under another address (Node keeps a module instance per address).
 */
async function pagefindProcess(bundle: number): Promise<PagefindModule> {
  // Pagefind's binary allocates with jemalloc, which gives each thread an arena of its own: when Pagefind writes a
  // region's index on two threads, what one frees stays in its arena, and the process's peak is some 150 MB higher
  // than with one arena, which writes as fast. Pagefind's npm package starts the binary with this environment.
  process.env._RJEM_MALLOC_CONF ??= 'narenas:1';
  if (bundle === 0) return pagefind;
  return (await import(`${import.meta.resolve('pagefind')}?bundle=${bundle}`)) as PagefindModule;
}

/** One bundle: its Pagefind process, and the requests to it, one after another in the order given. */
interface Bundle {
  /** Settles when Pagefind has started (rejects when it cannot). */
  started: Promise<unknown>;
  /** Returns when the step has been asked of Pagefind. */
  enqueue(step: (index: pagefind.PagefindIndex) => Promise<Result>, pages?: number): Promise<void>;
  /** Settles when every request so far has been answered (rejects with the first failure). */
  done(): Promise<void>;
  close(): Promise<void>;
}

/** Pagefind modules already ended (municipal bundles share a process). */
const closed = new WeakSet<PagefindModule>();

/** A bundle's index, in the Pagefind process `process` (by default its own). */
function startBundle(bundle: number, process = bundle): Bundle {
  const module = pagefindProcess(process);
  const started = module.then(async (pagefind) => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', excludeSelectors: notIndexed });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return index;
  });
  let queue: Promise<unknown> = started;
  queue.catch(() => {}); // reported by done()
  return {
    started,
    enqueue(step, pages) {
      let asked!: () => void;
      const askedOf = new Promise<void>((resolve) => {
        asked = resolve;
      });
      queue = queue.then(async () => {
        const answer = step(await started);
        asked();
        const result = await answer;
        if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
        // A page that was not found would be missing from the search without an error.
        if (pages !== undefined && result.page_count !== pages)
          throw new Error(`Pagefind: проиндексировано страниц ${result.page_count} из ${pages}`);
      });
      queue.catch(() => {});
      // A failure before the step was asked settles it too (done() reports the failure).
      queue.then(asked, asked);
      return askedOf;
    },
    done: () => queue.then(() => {}),
    close: async () => {
      // A module that could not be loaded has no process to end; one shared by bundles is ended once.
      const loaded = await module.catch(() => undefined);
      if (!loaded || closed.has(loaded)) return;
      closed.add(loaded);
      await loaded.close();
    },
  };
}

/** What the search page needs of a merged bundle: not Pagefind's script, WebAssembly or interfaces (from the first). */
const engineFiles = /^(pagefind(-[a-z-]+)?\.(js|css)|wasm\..*\.pagefind)$/;

/** Bytes of the beginning of a page read to find its search data (src/components/SearchData.astro). */
const headBytes = 48 * 1024;

/**
 * The municipality whose schools' bundle a written page goes to, from its search data: a school's roadmap or
 * page, by its municipality filter; none for everything else (the portal's bundle).
 */
function schoolMunicipality(html: string): string | undefined {
  const attribute = (name: string) => {
    const value = new RegExp(` ${name}="([^"]*)"`).exec(html)?.[1];
    return value
      ?.replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  };
  const school =
    attribute('data-flevel0') === ui.levels.school || attribute('data-mkind0') === ui.organizationKinds.school;
  return school ? attribute('data-fmunicipality0') : undefined;
}

function pageHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(headBytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, headBytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The glossary's terms the build wrote for the index (none in a build without them). */
function termsOf(siteDir: string): TermRecord[] {
  const file = path.join(siteDir, termsFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TermRecord[]) : [];
}

/** Each term as a record of its own: found by its words, shown as a term (meta `kind`). */
async function addTerms(index: pagefind.PagefindIndex, terms: readonly TermRecord[]): Promise<Result> {
  const errors: string[] = [];
  for (const term of terms) {
    const meta: Record<string, string> = {
      title: term.title,
      kind: 'term',
      ...(term.scope ? { scope: term.scope } : {}),
    };
    // Named like a page (own-copies.ts): «glossary/#kdr».
    const filters = { [pageFilter]: [term.url.replace(/^\//, '')] };
    const added = await index.addCustomRecord({ url: term.url, content: term.content, language: 'ru', meta, filters });
    errors.push(...added.errors);
  }
  return { errors };
}

/** The searched pages of a built site, as written (when they did not come in batches). */
function searchedPagesIn(siteDir: string): string[] {
  return searchedFolders.flatMap((folder) => {
    const dir = path.join(siteDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .sort()
      .map((id) => `${folder}/${id}/index.html`)
      .filter((file) => existsSync(path.join(siteDir, file)));
  });
}

/**
 * Starts Pagefind for the site being built in `siteDir` (the first bundle's process at once, the second's with the
 * first page for it); without any `add`, `finish` indexes every searched page. `municipalBundlesFrom`: site.yaml's
 * `searchByMunicipalityFrom`, asked for when the first pages come (the content has been checked by then).
 */
export async function startSearchIndex(siteDir: string, municipalBundlesFrom: () => number): Promise<SearchIndex> {
  const bundles: Bundle[] = [startBundle(0)];
  try {
    await bundles[0]!.started;
  } catch (error) {
    await bundles[0]!.close();
    throw error;
  }
  let folders: string[] | undefined;
  let municipalFrom = Infinity;
  let total = 0;
  let position = 0;
  let handedOver = 0;
  let written: Promise<void> | undefined;
  let writing: Promise<void> | undefined;
  /** With municipal bundles: each municipality's bundle number, in the order its first page came. */
  const municipalities = new Map<string, number>();
  /** The bundle of each page: in turn, or with municipal bundles by the page's municipality. */
  const bundleOfPage = (file: string): number => {
    if (total < municipalFrom) return bundleOf(position++, folders!.length);
    const municipality = schoolMunicipality(pageHead(path.join(siteDir, file)));
    if (municipality === undefined) return 0;
    let bundle = municipalities.get(municipality);
    if (bundle === undefined) {
      bundle = municipalities.size + 1;
      municipalities.set(municipality, bundle);
      folders!.push(municipalFolder(bundle - 1));
    }
    return bundle;
  };
  const add = (files: readonly string[], of: number) => {
    total = of;
    if (!folders) {
      municipalFrom = municipalBundlesFrom();
      folders = searchBundles(total, municipalFrom);
    }
    const parts: string[][] = [];
    for (const file of files) (parts[bundleOfPage(file)] ??= []).push(file);
    parts.forEach((part, bundle) => {
      if (!part?.length) return;
      // Municipal bundles share the two Pagefind processes (the portal's is the first's).
      const target = (bundles[bundle] ??= startBundle(bundle, total < municipalFrom ? bundle : bundle % 2));
      for (const { glob, files: count } of globsOf(part))
        void target.enqueue((index) => index.addDirectory({ path: siteDir, glob }), count);
    });
  };
  return {
    add(files, total) {
      if (!files.length || written) return;
      handedOver += files.length;
      add(files, total);
    },
    finish() {
      if (!written) {
        if (!handedOver) {
          const files = searchedPagesIn(siteDir);
          add(files, files.length);
        } else if (handedOver !== total) {
          // Pages missing from the search, and perhaps a bundle without pages, which the search page could not load.
          written = Promise.reject(new Error(`Pagefind: страниц для поиска передано ${handedOver} из ${total}`));
          return written;
        }
        // The glossary's terms, results of their own (written by the pages' process: src/search/search-files.ts).
        const terms = termsOf(siteDir);
        if (terms.length) void (bundles[0] ??= startBundle(0)).enqueue((index) => addTerms(index, terms));
        // Every bundle of the site has pages (they go to each in turn), and each is written by its own process.
        const asked = (folders ?? ['pagefind']).map((folder, bundle) =>
          (bundles[bundle] ??= startBundle(bundle)).enqueue((index) =>
            index.writeFiles({ outputPath: path.join(siteDir, folder) }),
          ),
        );
        writing = Promise.all(asked).then(() => {});
        written = Promise.all(bundles.map((b) => b.done())).then(() => {
          if (!municipalities.size) return;
          // A municipal bundle is only ever merged: the engine comes from the portal's.
          for (const bundle of municipalities.values()) {
            const dir = path.join(siteDir, municipalFolder(bundle - 1));
            for (const file of readdirSync(dir)) if (engineFiles.test(file)) rmSync(path.join(dir, file));
          }
          const layout: MunicipalLayout = {
            municipalities: [...municipalities].map(([name, bundle]) => ({
              name,
              bundle: `${municipalFolder(bundle - 1)}/`,
            })),
          };
          writeFileSync(path.join(siteDir, layoutFile), JSON.stringify(layout));
        });
      }
      return written;
    },
    writing: () => writing ?? Promise.resolve(),
    close: async () => {
      await Promise.all(bundles.map((b) => b.close()));
    },
    handedOver: () => handedOver,
  };
}

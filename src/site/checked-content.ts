// How the pages get the content: the entries `karta check` has just read and validated, with the site's settings
// and the build's day, handed over in memory by `karta build` (limited to what the site publishes: a school's site
// from a region's content gets its own roadmap and those above it, not a thousand others), not a second reading of
// every file. The pages take them from here (src/site/page-content.ts). Astro's content layer is not used: passing
// the data through its data store would serialise a region's content, bundle it as a module and read it back. Runs
// of Astro without `karta build` (`astro sync`) read the project's own content folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../content-model/build-date.ts';
import type { CollectionName, SiteConfig } from '../content-model/schemas.ts';
import { loadContent } from '../content-model/load-content.ts';
import type { ContentEntry } from '../content-model/loaded-content.ts';
import type { DocumentSizes } from './document-files.ts';

export interface CheckedEntry {
  id: string;
  data: unknown;
  /** Absolute path of the file. */
  file: string;
  /** MDX body, for roadmaps written as MDX. */
  body?: string;
}

/** What the pages keep of an entry the check has read: not its file text or source positions. */
export function checkedEntryOf<T>({ id, data, absoluteFile, body }: ContentEntry<T>): CheckedEntry & { data: T } {
  return { id, data, file: absoluteFile, ...(body === undefined ? {} : { body }) };
}

type CheckedCollections = Record<CollectionName, CheckedEntry[]>;

/** What a build's pages are made of. */
export interface PagesContent {
  collections: CheckedCollections;
  /** site.yaml with what the command line says instead (`--home`, `--base`, `--title`, `--description`, `--url`). */
  site: SiteConfig;
  /** The build's day (YYYY-MM-DD). */
  builtAt: string;
  /**
   * The sizes of the roadmaps' documents already made (their pages link to them with their sizes), once the build
   * knows them (src/build/make-documents.ts, documentJobs).
   */
  documentSizes?: Promise<DocumentSizes | undefined>;
}

// `karta build` and the pages are different module instances (Astro bundles the pages), hence a global slot. The
// content comes while Astro starts (it is checked in another process, src/build/check-aside.ts): the pages wait for it.
const slot = Symbol.for('karta.checkedContent');
interface HandedOver {
  ready: Promise<void>;
  content?: PagesContent;
}
type WithSlot = typeof globalThis & { [slot]?: HandedOver };

/** What `karta build` gives the pages, once it is there; content with errors never comes. */
export function handOverCheckedContent(content: Promise<PagesContent> | undefined): void {
  if (!content) {
    delete (globalThis as WithSlot)[slot];
    return;
  }
  // Content with errors never comes: the process that started the build reports it and ends
  // (src/build/render-pages-process.ts), rather than have Astro fail in its own words while waiting for it.
  const handed: HandedOver = {
    ready: content.then(
      (c) => void (handed.content = c),
      () => new Promise<void>(() => {}),
    ),
  };
  (globalThis as WithSlot)[slot] = handed;
}

/** Waits until the content handed over is there (at once when nothing was handed over). */
export async function checkedContentReady(): Promise<void> {
  await (globalThis as WithSlot)[slot]?.ready;
}

let readHere: PagesContent | undefined;

/** The content handed over by `karta build`, or else the project's own content folder as it is today. */
export function pagesContent(): PagesContent {
  const handed = (globalThis as WithSlot)[slot];
  if (handed) {
    if (!handed.content) throw new Error('проверенное содержимое ещё не передано сборке');
    return handed.content;
  }
  if (!readHere) {
    const loaded = loadContent(path.resolve(fileURLToPath(new URL('../content', import.meta.url))));
    const entries = (name: CollectionName) =>
      [...(loaded[name] as Map<string, ContentEntry<unknown>>).values()].map(checkedEntryOf);
    const collections = Object.fromEntries(
      (['organizations', 'people', 'glossary', 'riskFactors', 'roadmaps', 'reports'] as const).map((n) => [
        n,
        entries(n),
      ]),
    ) as CheckedCollections;
    readHere = { collections, site: loaded.site, builtAt: buildDate() };
  }
  return readHere;
}

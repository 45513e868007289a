// How the pages get the content: the entries `karta check` has just read and validated, handed over in memory by
// `karta build` (limited to what the site publishes: a school's site from a region's content gets its own roadmap
// and those above it, not a thousand others), not a second reading of every file; runs without `karta build` read
// the content folder themselves. The pages take the data from here (src/site/content.ts). Astro's content layer is
// not used: passing the data through its data store would serialise a region's content, bundle it as a module and
// read it back.
import type { CollectionName } from './schemas.ts';
import { loadContent, type ContentEntry } from './load-content.ts';
import { contentDir } from './site-config.ts';

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

// `karta build` and the pages are different module instances (Astro bundles the pages), hence a global slot. The
// content comes while Astro starts (it is checked in another process, src/cli/check-aside.ts): the pages wait for it.
const slot = Symbol.for('karta.checkedContent');
interface HandedOver {
  ready: Promise<void>;
  collections?: CheckedCollections;
}
type WithSlot = typeof globalThis & { [slot]?: HandedOver };

/** What `karta build` gives the pages: the checked collections, once they are there; a rejection stops the build. */
export function handOverCheckedContent(collections: Promise<CheckedCollections> | undefined): void {
  if (!collections) {
    delete (globalThis as WithSlot)[slot];
    return;
  }
  // Content with errors never comes: the process that started the build reports it and ends
  // (src/cli/render-pages-process.ts), rather than have Astro fail in its own words while waiting for it.
  const handed: HandedOver = { ready: collections.then((c) => void (handed.collections = c), () => new Promise<void>(() => {})) };
  (globalThis as WithSlot)[slot] = handed;
}

/** Waits until the content handed over is there (at once when nothing was handed over). */
export async function checkedContentReady(): Promise<void> {
  await (globalThis as WithSlot)[slot]?.ready;
}

let readHere: ReturnType<typeof loadContent> | undefined;

/** The checked entries of a collection: those `karta build` handed over, or else read from the content folder. */
export function checkedEntries(collection: CollectionName): CheckedEntry[] {
  const handed = (globalThis as WithSlot)[slot];
  if (handed) {
    if (!handed.collections) throw new Error('проверенное содержимое ещё не передано сборке');
    return handed.collections[collection];
  }
  readHere ??= loadContent(contentDir());
  return [...(readHere[collection] as Map<string, ContentEntry<unknown>>).values()].map(checkedEntryOf);
}

// How Astro gets the content: the entries `karta check` has just read and validated, not a second reading of every
// file. `karta build` hands them over (limited to what the site publishes: a school's site from a region's content
// gets its own roadmap and those above it, not a thousand others); `astro sync` and other runs without a build read
// the content folder themselves. MDX roadmaps keep their body and file, so that Astro renders the order's text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from './schemas.ts';
import { loadContent } from './load-content.ts';
import { contentDir } from './site-config.ts';

export interface CheckedEntry {
  id: string;
  data: unknown;
  /** Absolute path of the file. */
  file: string;
  /** MDX body, for roadmaps written as MDX. */
  body?: string;
}

export type CheckedCollections = Record<CollectionName, CheckedEntry[]>;

// `karta build` and Astro's content loaders are different module instances (Astro bundles its config), hence a
// global slot.
const slot = Symbol.for('karta.checkedContent');
type WithSlot = typeof globalThis & { [slot]?: CheckedCollections };

export function handOverCheckedContent(collections: CheckedCollections | undefined): void {
  (globalThis as WithSlot)[slot] = collections;
}

let readHere: ReturnType<typeof loadContent> | undefined;

function checkedEntries(collection: CollectionName): CheckedEntry[] {
  const handed = (globalThis as WithSlot)[slot];
  if (handed) return handed[collection];
  readHere ??= loadContent(contentDir());
  return [...readHere[collection].values()].map((e) => ({ id: e.id, data: e.data, file: e.absoluteFile, body: e.body }));
}

export function checkedContentLoader(collection: CollectionName): Loader {
  return {
    name: 'karta-checked-content',
    load: async ({ store, config }) => {
      const root = fileURLToPath(config.root);
      store.clear();
      for (const entry of checkedEntries(collection)) {
        const filePath = path.relative(root, entry.file).split(path.sep).join('/');
        const mdx = entry.file.endsWith('.mdx');
        store.set({ id: entry.id, data: entry.data as Record<string, unknown>, filePath, ...(mdx ? { body: entry.body, deferredRender: true } : {}) });
      }
    },
  };
}

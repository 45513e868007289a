// Which pages the search indexes, and how they reach the index during `karta build`: the process that renders the
// pages (src/cli/render-pages-process.ts) hands over each batch as soon as it is written
// (src/integrations/search-index.ts), and the build's own process gives them to Pagefind (src/search/write-index.ts).

/** The pages that are searched (Astro route patterns); nothing else (calendars, lists, the glossary) is read. */
export const searchedRoutes: ReadonlySet<string> = new Set(['/roadmaps/[id]', '/organizations/[id]']);

/** The same pages in the built site, as a glob. */
export const searchedPagesGlob = '{roadmaps,organizations}/*/index.html';

/** Where the pages that the build writes while rendering are reported (src/integrations/search-index.ts). */
export interface WrittenPages {
  /** Searched pages just written, as paths within the built site (e.g. roadmaps/x/index.html). */
  searched(files: readonly string[]): void;
  /** A page written from the bytes Astro rendered, or (`false`) read back from its response. */
  written(fromRenderedBytes: boolean): void;
}

// The rendering process and Astro's configuration, which loads the integration, are different module instances,
// hence a global slot.
const slot = Symbol.for('karta.writtenPages');
type WithSlot = typeof globalThis & { [slot]?: WrittenPages };

/** Where written pages are reported during `karta build` (nowhere in other builds). */
export function writtenPagesSink(): WrittenPages | undefined {
  return (globalThis as WithSlot)[slot];
}

export function setWrittenPagesSink(sink: WrittenPages | undefined): void {
  (globalThis as WithSlot)[slot] = sink;
}

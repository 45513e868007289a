// The site's content for the pages: what `karta build` handed over (src/site/checked-content.ts), made into what the
// site publishes once per build (src/site/site-content.ts).
import { checkedContentReady, pagesContent } from './checked-content.ts';
import { siteContentFrom, type Collections, type SiteContent } from './site-content.ts';
import type { DocumentSizes } from './document-files.ts';

export type { RoadmapEntry, SiteContent } from './site-content.ts';

let cached: Promise<SiteContent> | undefined;

/** Made once per build and shared by every page. */
export function siteContent(): Promise<SiteContent> {
  cached ??= checkedContentReady().then(() => {
    const { collections, site, builtAt } = pagesContent();
    return siteContentFrom(collections as unknown as Collections, site, builtAt);
  });
  return cached;
}

/** The sizes of the roadmaps' documents already made, by roadmap (none outside `karta build`). */
export async function documentSizes(): Promise<DocumentSizes> {
  return (await pagesContent().documentSizes) ?? {};
}

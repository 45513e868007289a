// The site's content for the pages: the collections `karta check` validated (src/content-model/astro-loader.ts),
// made into what the site publishes once per build (src/site/site-content.ts).
import { checkedContentReady, checkedEntries } from '../content-model/astro-loader.ts';
import type { CollectionData } from '../content-model/load-content.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { siteContentFrom, type Entry, type SiteContent } from './site-content.ts';

export type { RoadmapEntry, SiteContent } from './site-content.ts';

let cached: Promise<SiteContent> | undefined;

function entries<K extends keyof CollectionData>(collection: K): Entry<CollectionData[K]>[] {
  return checkedEntries(collection) as Entry<CollectionData[K]>[];
}

/** Made once per build and shared by every page. */
export function siteContent(): Promise<SiteContent> {
  cached ??= checkedContentReady().then(() =>
    siteContentFrom(
      {
        organizations: entries('organizations'),
        people: entries('people'),
        riskFactors: entries('riskFactors'),
        glossary: entries('glossary'),
        roadmaps: entries('roadmaps'),
        reports: entries('reports'),
      },
      readSiteConfig(),
    ),
  );
  return cached;
}

// The site's content for the pages: the collections as Astro loaded them (the same files `karta check` validated),
// made into what the site publishes once per build (src/site/site-content.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import { readSiteConfig } from '../content-model/site-config.ts';
import { siteContentFrom, type SiteContent } from './site-content.ts';

export type { SiteContent } from './site-content.ts';
export type RoadmapEntry = CollectionEntry<'roadmaps'>;

let cached: Promise<SiteContent & { roadmaps: RoadmapEntry[] }> | undefined;

async function load() {
  const [organizations, people, riskFactors, glossary, roadmaps] = await Promise.all([
    getCollection('organizations'),
    getCollection('people'),
    getCollection('riskFactors'),
    getCollection('glossary'),
    getCollection('roadmaps'),
  ]);
  return siteContentFrom({ organizations, people, riskFactors, glossary, roadmaps }, readSiteConfig());
}

/** Loaded once per build and shared by every page. */
export function siteContent() {
  cached ??= load();
  return cached;
}

// The site's content as Astro loaded it (the same files `karta check` validated), limited to what this site
// publishes (site.yaml `home`), with lookups by id and one abbreviation marker per organisation.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lookups } from '../open-data/roadmap-json.ts';
import type { GlossaryEntry, Organization, Person, RiskFactorList, SiteConfig } from '../content-model/schemas.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { abbreviatorsByOrganization, type Abbreviator } from '../glossary/abbreviations.ts';
import { publishedScope } from '../content-model/organization-tree.ts';

export type RoadmapEntry = CollectionEntry<'roadmaps'>;

export interface SiteContent extends Lookups {
  site: SiteConfig;
  /** The build's date (YYYY-MM-DD): KARTA_BUILD_DATE, or today. */
  builtAt: string;
  organizations: Map<string, Organization>;
  people: Map<string, Person>;
  riskFactors: Map<string, RiskFactorList>;
  glossary: Map<string, GlossaryEntry>;
  /** Roadmaps this site publishes, regional first. */
  roadmaps: RoadmapEntry[];
  /** Organisations that get a page on this site. */
  published: Set<string>;
  /** Marks up abbreviations for a page about `organizationId` (its own and its ancestors' glossary scopes). */
  abbreviatorFor(organizationId: string | undefined): Abbreviator;
}

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((e) => [e.id, e.data]));
  const [organizationEntries, people, riskFactors, glossary, allRoadmaps] = await Promise.all([
    getCollection('organizations'),
    getCollection('people'),
    getCollection('riskFactors'),
    getCollection('glossary'),
    getCollection('roadmaps'),
  ]);
  const organizations = byId(organizationEntries);
  const site = readSiteConfig();
  const scope = publishedScope(site.home, organizations, allRoadmaps);
  const levelOrder = { regional: 0, municipal: 1, school: 2 } as const;
  const roadmaps = allRoadmaps
    .filter((r) => scope.roadmaps.has(r.id))
    .sort((a, b) => levelOrder[a.data.level] - levelOrder[b.data.level] || a.data.title.localeCompare(b.data.title, 'ru'));

  return {
    site,
    builtAt: process.env.KARTA_BUILD_DATE ?? new Date().toISOString().slice(0, 10),
    organizations,
    people: byId(people),
    riskFactors: byId(riskFactors),
    glossary: byId(glossary),
    roadmaps,
    published: scope.organizations,
    abbreviatorFor: abbreviatorsByOrganization(glossary.map((g) => g.data), organizations),
  };
}

/** Loaded once per build and shared by every page. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

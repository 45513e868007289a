// The site's content as Astro loaded it (the same files `karta check` validated), with lookups by id.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lookups } from '../open-data/roadmap-json.ts';
import type { GlossaryEntry, Organization, Person, RiskFactorList } from '../content-model/schemas.ts';

export type RoadmapEntry = CollectionEntry<'roadmaps'>;

export interface SiteContent extends Lookups {
  organizations: Map<string, Organization>;
  people: Map<string, Person>;
  riskFactors: Map<string, RiskFactorList>;
  glossary: Map<string, GlossaryEntry>;
  roadmaps: RoadmapEntry[];
}

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((e) => [e.id, e.data]));
  const [organizations, people, riskFactors, glossary, roadmaps] = await Promise.all([
    getCollection('organizations'),
    getCollection('people'),
    getCollection('riskFactors'),
    getCollection('glossary'),
    getCollection('roadmaps'),
  ]);
  const levelOrder = { regional: 0, municipal: 1, school: 2 } as const;
  roadmaps.sort((a, b) => levelOrder[a.data.level] - levelOrder[b.data.level] || a.data.title.localeCompare(b.data.title, 'ru'));
  return {
    organizations: byId(organizations),
    people: byId(people),
    riskFactors: byId(riskFactors),
    glossary: byId(glossary),
    roadmaps,
  };
}

/** Loaded once per build and shared by every page. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

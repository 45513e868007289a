// What a build publishes, made from the validated collections (site.yaml `home` limits it to one part of a portal),
// with lookups by id and an abbreviation marker for each organisation. Pure: made once for the pages
// (src/site/page-content.ts) and once for the files `karta build` writes itself (open data and iCalendar,
// src/build/write-data-files.ts), both from the content `karta check` has just validated.
import type { Lookups } from '../open-data/roadmap-json.ts';
import type { GlossaryEntry, Organization, Person, Report, RiskFactorList, Roadmap, SiteConfig } from '../content-model/schemas.ts';
import { abbreviatorsByOrganization, type Abbreviator } from '../glossary/abbreviations.ts';
import { publishedScope } from '../content-model/organization-tree.ts';

/** One entry of a collection: its id (the file name) and its validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** A roadmap; one written in MDX also has the order's text (rendered by Astro, see src/pages/roadmaps/[id].astro). */
export type RoadmapEntry = Entry<Roadmap> & { body?: string };

export interface Collections {
  organizations: Entry<Organization>[];
  people: Entry<Person>[];
  riskFactors: Entry<RiskFactorList>[];
  glossary: Entry<GlossaryEntry>[];
  roadmaps: RoadmapEntry[];
  reports: Entry<Report>[];
}

export interface SiteContent extends Lookups {
  site: SiteConfig;
  /** The build's date (YYYY-MM-DD). */
  builtAt: string;
  organizations: Map<string, Organization>;
  people: Map<string, Person>;
  riskFactors: Map<string, RiskFactorList>;
  glossary: Map<string, GlossaryEntry>;
  /** Roadmaps this site publishes, regional first. */
  roadmaps: RoadmapEntry[];
  /** Reports on them by organisations it publishes. */
  reports: Entry<Report>[];
  /** Organisations that get a page on this site. */
  published: Set<string>;
  /** Marks up abbreviations for a page about `organizationId` (its own and its ancestors' glossary scopes). */
  abbreviatorFor(organizationId: string | undefined): Abbreviator;
  /** The people of an organisation (id and person), in the order of the collection. */
  peopleOf(organizationId: string): [string, Person][];
}

/** Whether the site's organisation (`home`, from site.yaml or `karta build --home`) is not among the organisations. */
export function unknownHome(collections: Collections, site: SiteConfig): boolean {
  return Boolean(site.home) && !collections.organizations.some((o) => o.id === site.home);
}

const levelOrder = { regional: 0, municipal: 1, school: 2 } as const;

/** `builtAt`: the build's day (YYYY-MM-DD), which calendars, execution and .ics files are «as of». */
export function siteContentFrom(collections: Collections, site: SiteConfig, builtAt: string): SiteContent {
  const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e.data]));
  const organizations = byId(collections.organizations);
  const scope = publishedScope(site.home, organizations, collections.roadmaps);
  // Looked up once per organisation page: grouped once, not searched through a region's people on every page.
  let peopleByOrganization: Map<string, [string, Person][]> | undefined;
  const roadmaps = collections.roadmaps
    .filter((r) => scope.roadmaps.has(r.id))
    .sort((a, b) => levelOrder[a.data.level] - levelOrder[b.data.level] || a.data.title.localeCompare(b.data.title, 'ru'));
  return {
    site,
    builtAt,
    organizations,
    people: byId(collections.people),
    riskFactors: byId(collections.riskFactors),
    glossary: byId(collections.glossary),
    roadmaps,
    reports: collections.reports.filter((r) => scope.roadmaps.has(r.data.roadmap) && scope.organizations.has(r.data.organization)),
    published: scope.organizations,
    abbreviatorFor: abbreviatorsByOrganization(collections.glossary.map((g) => g.data), organizations),
    peopleOf(organizationId) {
      if (!peopleByOrganization) {
        peopleByOrganization = new Map();
        for (const { id, data } of collections.people) {
          if (!data.organization) continue;
          const list = peopleByOrganization.get(data.organization) ?? [];
          list.push([id, data]);
          peopleByOrganization.set(data.organization, list);
        }
      }
      return peopleByOrganization.get(organizationId) ?? [];
    },
  };
}

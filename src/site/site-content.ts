// What a build publishes, made from the validated collections (site.yaml `home` limits it to one part of a portal),
// with lookups by id and an abbreviation marker for each organisation. Pure: made once for the pages
// (src/site/page-content.ts) and once for the files `karta build` writes itself (open data and iCalendar,
// src/build/write-data-files.ts), both from the content `karta check` has just validated.
import type { Lookups } from '../open-data/roadmap-json.ts';
import type {
  GlossaryEntry,
  Organization,
  Person,
  Report,
  RiskFactorList,
  Roadmap,
  SiteConfig,
} from '../content-model/schemas.ts';
import { abbreviatorsByOrganization, type Abbreviator } from '../glossary/abbreviations.ts';
import { publishedScope } from '../content-model/organization-tree.ts';
import { chainEditions } from '../content-model/edition-chain.ts';

/** One entry of a collection: its id (the file name) and its validated data. */
interface Entry<T> {
  id: string;
  data: T;
}

/** A roadmap; one written in MDX also has the order's text (rendered by Astro, see src/pages/roadmaps/[id].astro). */
export type RoadmapEntry = Entry<Roadmap> & { body?: string };

/** One edition of a roadmap that has several (src/content-model/edition-chain.ts). */
export interface RoadmapEdition {
  /** The id of the edition's own file. */
  file: string;
  /** The roadmap's id (its first file's). */
  roadmapId: string;
  /** The day of the order that approved this edition: its stable name in URLs. */
  date: string;
  data: Roadmap;
  body?: string;
  /** 1 for the first edition. */
  number: number;
  current: boolean;
}

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
  /** Roadmaps this site publishes, regional first, each as in force (its latest edition) under its own id. */
  roadmaps: RoadmapEntry[];
  /** The editions of the published roadmaps that have more than one, oldest first, by roadmap id. */
  editions: Map<string, RoadmapEdition[]>;
  /** Reports on them by organisations it publishes. */
  reports: Entry<Report>[];
  /** Organisations that get a page on this site. */
  published: Set<string>;
  /**
   * Published organisations whose whole territory is published too: all of them, except on a part of a portal
   * (`home`) those above it, whose schools this site publishes only in part.
   */
  publishedWhole: Set<string>;
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
  // Every roadmap as in force: its latest edition under the roadmap's id. Everything downstream sees only these.
  const { chains } = chainEditions(collections.roadmaps);
  const current: RoadmapEntry[] = [...chains].map(([id, chain]) => ({ ...chain.at(-1)!, id }));
  const scope = publishedScope(site.home, organizations, current);
  // Looked up once per organisation page: grouped once, not searched through a region's people on every page.
  let peopleByOrganization: Map<string, [string, Person][]> | undefined;
  const roadmaps = current
    .filter((r) => scope.roadmaps.has(r.id))
    .sort(
      (a, b) => levelOrder[a.data.level] - levelOrder[b.data.level] || a.data.title.localeCompare(b.data.title, 'ru'),
    );
  return {
    site,
    builtAt,
    organizations,
    people: byId(collections.people),
    riskFactors: byId(collections.riskFactors),
    glossary: byId(collections.glossary),
    roadmaps,
    editions: new Map(
      [...chains]
        .filter(([id, chain]) => chain.length > 1 && scope.roadmaps.has(id))
        .map(([id, chain]) => [
          id,
          chain.map((e, i) => ({
            file: e.id,
            roadmapId: id,
            date: e.data.order.date,
            data: e.data,
            ...(e.body === undefined ? {} : { body: e.body }),
            number: i + 1,
            current: i === chain.length - 1,
          })),
        ]),
    ),
    reports: collections.reports.filter(
      (r) => scope.roadmaps.has(r.data.roadmap) && scope.organizations.has(r.data.organization),
    ),
    published: scope.organizations,
    publishedWhole: scope.whole,
    abbreviatorFor: abbreviatorsByOrganization(
      collections.glossary.map((g) => g.data),
      organizations,
    ),
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

// The lists of roadmaps a site shows, bounded however many schools it has: the regional and municipal roadmaps on one
// page, and each municipality's school roadmaps on a page of their own (src/pages/organizations/[id]/roadmaps.astro);
// the search finds any of them by its filters. Each list has the roadmaps in force first.
import { ancestorsOf } from '../content-model/organization-tree.ts';
import { inForceFirstOf } from './validity-labels.ts';
import type { RoadmapEntry, SiteContent } from './site-content.ts';

export interface RoadmapGroups {
  regional: RoadmapEntry[];
  municipal: RoadmapEntry[];
  /** School roadmaps by the municipality the school is in (published municipalities, by name). */
  bySchoolMunicipality: [string, RoadmapEntry[]][];
  /** School roadmaps of schools under no published municipality. */
  otherSchools: RoadmapEntry[];
}

const groupsCache = new WeakMap<SiteContent, RoadmapGroups>();

/** The municipality (published) an organisation is in, or itself. */
function municipalityOf(content: SiteContent, id: string): string | undefined {
  const chain = [...ancestorsOf(id, content.organizations), [id, content.organizations.get(id)] as const];
  return chain.reverse().find(([oid, org]) => org?.kind === 'municipality' && content.published.has(oid))?.[0];
}

export function roadmapGroups(content: SiteContent): RoadmapGroups {
  let groups = groupsCache.get(content);
  if (groups) return groups;
  const byMunicipality = new Map<string, RoadmapEntry[]>();
  const otherSchools: RoadmapEntry[] = [];
  for (const r of content.roadmaps) {
    if (r.data.level !== 'school') continue;
    const municipality = municipalityOf(content, r.data.owner);
    if (!municipality) otherSchools.push(r);
    else byMunicipality.set(municipality, [...(byMunicipality.get(municipality) ?? []), r]);
  }
  const name = (id: string) => content.organizations.get(id)?.shortName ?? content.organizations.get(id)?.name ?? id;
  groups = {
    regional: inForceFirstOf(
      content,
      content.roadmaps.filter((r) => r.data.level === 'regional'),
    ),
    municipal: inForceFirstOf(
      content,
      content.roadmaps.filter((r) => r.data.level === 'municipal'),
    ),
    bySchoolMunicipality: [...byMunicipality]
      .sort(([a], [b]) => name(a).localeCompare(name(b), 'ru', { numeric: true }))
      .map(([id, list]) => [id, inForceFirstOf(content, list)]),
    otherSchools: inForceFirstOf(content, otherSchools),
  };
  groupsCache.set(content, groups);
  return groups;
}

/** A municipality's school roadmaps (its page of them), in force first. */
export function schoolRoadmapsOf(content: SiteContent, municipality: string): RoadmapEntry[] {
  return roadmapGroups(content).bySchoolMunicipality.find(([id]) => id === municipality)?.[1] ?? [];
}

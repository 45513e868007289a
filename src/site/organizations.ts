// The organisation tree: who is above whom, and which roadmaps apply to an organisation at every level.
import type { Organization } from '../content-model/schemas.ts';
import type { SiteContent, RoadmapEntry } from './content.ts';

/** The chain of organisations above `id`, outermost (region) first. */
export function ancestorsOf(id: string, organizations: ReadonlyMap<string, Organization>): [string, Organization][] {
  const chain: [string, Organization][] = [];
  const seen = new Set([id]);
  let parent = organizations.get(id)?.parent;
  while (parent && !seen.has(parent)) {
    const org = organizations.get(parent);
    if (!org) break;
    chain.unshift([parent, org]);
    seen.add(parent);
    parent = org.parent;
  }
  return chain;
}

/**
 * Roadmaps that apply to an organisation: its own, those of the organisations above it (a school is bound by its
 * municipality's and region's roadmaps), those that list it among their schools, and those of authorities that
 * govern the same territory (a municipality's roadmap is owned by its education department).
 */
export function roadmapsFor(id: string, content: Pick<SiteContent, 'organizations' | 'roadmaps'>): RoadmapEntry[] {
  const territory = new Set([id, ...ancestorsOf(id, content.organizations).map(([aid]) => aid)]);
  const applies = (owner: string) => {
    if (territory.has(owner)) return true;
    const parent = content.organizations.get(owner)?.parent;
    return content.organizations.get(owner)?.kind === 'authority' && parent !== undefined && territory.has(parent);
  };
  return content.roadmaps.filter((r) => applies(r.data.owner) || r.data.schools?.includes(id));
}

// The organisation tree: who is above whom, which roadmaps apply to an organisation at every level, and what a
// site publishes when it is made for one organisation (a school's own site, a municipal or regional portal).
import type { Organization, Roadmap } from './schemas.ts';

type Organizations = ReadonlyMap<string, Organization>;
interface RoadmapLike {
  id: string;
  data: Pick<Roadmap, 'owner' | 'schools' | 'order'>;
}

/** The chain of organisations above `id`, outermost (region) first. */
export function ancestorsOf(id: string, organizations: Organizations): [string, Organization][] {
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

/** `id` and every organisation below it. */
function descendantsOf(id: string, organizations: Organizations): Set<string> {
  const children = new Map<string, string[]>();
  for (const [childId, org] of organizations) {
    if (org.parent) children.set(org.parent, [...(children.get(org.parent) ?? []), childId]);
  }
  const out = new Set<string>();
  const queue = [id];
  while (queue.length) {
    const next = queue.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    queue.push(...(children.get(next) ?? []));
  }
  return out;
}

/**
 * The territory an organisation belongs to: itself and the organisations above it; an education authority also
 * stands for the territory it governs (a municipality's roadmap is owned by its education department).
 */
function territoryOf(id: string, organizations: Organizations): Set<string> {
  return new Set([id, ...ancestorsOf(id, organizations).map(([a]) => a)]);
}

/** The organisation a roadmap is about: its owner, or for an education authority the territory it governs. */
export function ownerTerritory(owner: string, organizations: Organizations): string {
  const org = organizations.get(owner);
  return org?.kind === 'authority' && org.parent ? org.parent : owner;
}

/** Roadmaps that apply to an organisation: its own, those of every level above it, and those listing it. */
export function roadmapsFor<R extends RoadmapLike>(
  id: string,
  organizations: Organizations,
  roadmaps: readonly R[],
): R[] {
  const territory = territoryOf(id, organizations);
  return roadmaps.filter(
    (r) =>
      territory.has(r.data.owner) ||
      territory.has(ownerTerritory(r.data.owner, organizations)) ||
      r.data.schools?.includes(id),
  );
}

/**
 * `roadmapsFor` of many organisations (one page each): the roadmaps are indexed once by owner, the owner's territory
 * and the schools they list, so each answer costs the chain above the organisation rather than a pass over every
 * roadmap. The same roadmaps in the same order as `roadmapsFor`; each answer is computed once.
 */
export function roadmapsForEach<R extends RoadmapLike>(
  organizations: Organizations,
  roadmaps: readonly R[],
): (id: string) => R[] {
  const byOwner = new Map<string, number[]>();
  const bySchool = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list.at(-1) !== index) list.push(index);
  };
  roadmaps.forEach((r, index) => {
    add(byOwner, r.data.owner, index);
    add(byOwner, ownerTerritory(r.data.owner, organizations), index);
    for (const school of r.data.schools ?? []) add(bySchool, school, index);
  });
  const answers = new Map<string, R[]>();
  return (id) => {
    let answer = answers.get(id);
    if (!answer) {
      const indices = new Set(bySchool.get(id));
      for (const key of territoryOf(id, organizations)) for (const index of byOwner.get(key) ?? []) indices.add(index);
      answer = [...indices].sort((a, b) => a - b).map((index) => roadmaps[index]!);
      answers.set(id, answer);
    }
    return answer;
  };
}

/**
 * What a site made for `home` publishes: the home organisation, everything below it and the chain above it, the
 * roadmaps that apply to any of them, and the organisations those roadmaps are issued by. Without `home`, all.
 * `whole`: the published organisations whose whole territory is published too (`home` and those below it); those
 * above it are published with this part of their territory only.
 */
export function publishedScope<R extends RoadmapLike>(
  home: string | undefined,
  organizations: Organizations,
  roadmaps: readonly R[],
) {
  if (!home) {
    const all = new Set(organizations.keys());
    return { organizations: all, roadmaps: new Set(roadmaps.map((r) => r.id)), whole: all };
  }
  const below = descendantsOf(home, organizations);
  const orgs = new Set([...below, ...ancestorsOf(home, organizations).map(([a]) => a)]);
  // An authority governing a published territory (the municipality's education department) is part of it too.
  for (const [id, org] of organizations)
    if (org.kind === 'authority' && org.parent && below.has(org.parent)) orgs.add(id);
  const applying = new Set<string>();
  const roadmapsOf = roadmapsForEach(organizations, roadmaps);
  for (const id of below) for (const r of roadmapsOf(id)) applying.add(r.id);
  for (const r of roadmaps) {
    if (!applying.has(r.id)) continue;
    orgs.add(r.data.owner);
    orgs.add(r.data.order.issuer);
  }
  return { organizations: orgs, roadmaps: applying, whole: below };
}

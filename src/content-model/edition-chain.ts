// Editions of a roadmap. A roadmap amended by a later order («О внесении изменений…») gets a file of its own for
// each later edition: the whole roadmap as amended, with `amends: <the edition it amends>` and the amending order as
// its `order`. The first file (the one that amends nothing) gives the roadmap its id; the latest edition is the one
// in force, which pages, calendars, search, monitoring and reports use under that id; earlier ones stay published.
//
// Pure: the checks (check-editions.ts) and the site's content (src/site/site-content.ts) both chain the files here.
import type { Roadmap } from './schemas.ts';

export interface EditionChains<E> {
  /** The editions of each roadmap, oldest first, by the roadmap's id (its first file's). */
  chains: Map<string, E[]>;
  /** The roadmap each file is an edition of (its own id for a first file). */
  rootOf: Map<string, string>;
  /** Files whose `amends` leads nowhere, round a circle, or to an edition another file already amends. */
  broken: Map<string, BrokenEdition>;
}

type BrokenEdition =
  | { kind: 'missing'; amends: string }
  | { kind: 'circle' }
  | { kind: 'branch'; amends: string; by: string };

/**
 * Chains the files of roadmaps into editions: each file that amends another follows it. When two files amend the
 * same edition, the one with the later order follows (the other is `broken`: an amendment amends the latest
 * edition). Entries keep their order otherwise.
 */
export function chainEditions<E extends { id: string; data: { amends?: string; order: { date: string } } }>(
  entries: Iterable<E>,
): EditionChains<E> {
  const byId = new Map<string, E>();
  for (const entry of entries) byId.set(entry.id, entry);
  const broken = new Map<string, BrokenEdition>();
  const next = new Map<string, E>();
  for (const entry of byId.values()) {
    const amends = entry.data.amends;
    if (amends === undefined) continue;
    if (!byId.has(amends)) {
      broken.set(entry.id, { kind: 'missing', amends });
      continue;
    }
    const other = next.get(amends);
    if (other) {
      const [first, second] = other.data.order.date <= entry.data.order.date ? [other, entry] : [entry, other];
      next.set(amends, first);
      broken.set(second.id, { kind: 'branch', amends, by: first.id });
    } else next.set(amends, entry);
  }
  const chains = new Map<string, E[]>();
  const rootOf = new Map<string, string>();
  for (const entry of byId.values()) {
    if (entry.data.amends !== undefined) continue;
    const chain = [entry];
    rootOf.set(entry.id, entry.id);
    for (let at = next.get(entry.id); at && !rootOf.has(at.id); at = next.get(at.id)) {
      chain.push(at);
      rootOf.set(at.id, entry.id);
    }
    chains.set(entry.id, chain);
  }
  for (const entry of byId.values()) {
    if (!rootOf.has(entry.id) && !broken.has(entry.id)) broken.set(entry.id, { kind: 'circle' });
  }
  return { chains, rootOf, broken };
}

/** The fields that make an edition: what a reader sees of the document, not how the file is kept. */
function documentOf(roadmap: Roadmap): Omit<Roadmap, 'amends' | 'order' | 'published' | 'updated' | 'example'> {
  const { amends: _a, order: _o, published: _p, updated: _u, example: _e, ...document } = roadmap;
  return document;
}

/** Whether two editions say the same: nothing but the order (and the file's own bookkeeping) differs. */
export function sameDocument(a: Roadmap, b: Roadmap, bodyA?: string, bodyB?: string): boolean {
  return stableJson(documentOf(a)) === stableJson(documentOf(b)) && (bodyA ?? '').trim() === (bodyB ?? '').trim();
}

/** JSON with the keys of every object sorted, so that the order fields are written in does not count. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

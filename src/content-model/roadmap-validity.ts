// Whether a roadmap is in force on a day: «действует», «завершена» (its period has ended) or «утратила силу» (a later
// edition or another order replaced it). Pure: the pages, lists and search say it from the same answer, and lists
// put the roadmaps in force first.

/** `in-force`: approved and its period not over (also before its period starts); `ended`; `superseded`. */
type Validity = 'in-force' | 'ended' | 'superseded';

export interface ValidityInput {
  period: { start: string; end: string };
  /**
   * What replaced the roadmap, when something did: the id of the roadmap whose later edition (a correction approved
   * by a later order) is in force.
   */
  supersededBy?: string | undefined;
}

export interface RoadmapValidity {
  state: Validity;
  /** The day the state began or begins: the period's end for `ended`; its start for `in-force`. */
  since?: string;
  supersededBy?: string;
}

/** The roadmap's validity on `asOf` (YYYY-MM-DD, the build's day). */
export function roadmapValidity(roadmap: ValidityInput, asOf: string): RoadmapValidity {
  if (roadmap.supersededBy) return { state: 'superseded', supersededBy: roadmap.supersededBy };
  if (asOf > roadmap.period.end) return { state: 'ended', since: roadmap.period.end };
  return { state: 'in-force', since: roadmap.period.start };
}

const rank: Record<Validity, number> = { 'in-force': 0, ended: 1, superseded: 2 };

/**
 * The roadmaps in force first, then those ended, then those superseded; the given order kept within each (a stable
 * sort), so a list keeps its own order (by level, by title) inside each group.
 */
export function inForceFirst<T>(list: readonly T[], validity: (entry: T) => RoadmapValidity): T[] {
  return list
    .map((entry, index) => ({ entry, index, rank: rank[validity(entry).state] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.entry);
}

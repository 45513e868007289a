// The execution of every roadmap a site publishes, from the report files: for each item the state of its owner's
// execution (item-state.ts), what other organisations do of it (the lower-level items that `implements` it, and
// organisations that carry out its sections, `covers`), and progress per roadmap and per organisation
// (progress.ts). Pure; computed per roadmap when first asked, so that a page of one school costs one school.
import { isCovered, itemAnchor, listItemAnchor, walkItems } from '../content-model/roadmap-structure.ts';
import type { Item, Report, ReportEntry, Roadmap, Section } from '../content-model/schemas.ts';
import { itemState, type ItemState, type Window } from './item-state.ts';
import { progressOf, sumProgress, type Progress } from './progress.ts';

interface ExecutionRoadmap {
  id: string;
  data: Roadmap;
}

interface ExecutionReport {
  id: string;
  data: Report;
}

/** An item's deadline as the calendars parsed it. */
export interface ItemDeadline {
  windows: Window[];
  recurring: boolean;
}

export interface ExecutionInput {
  roadmaps: readonly ExecutionRoadmap[];
  reports: readonly ExecutionReport[];
  /** The build's day. */
  asOf: string;
  /** The parsed deadlines of a roadmap's items, by anchor (items without a deadline are absent). */
  deadlines(roadmapId: string): ReadonlyMap<string, ItemDeadline>;
}

/** What one organisation does of one item. */
export interface Unit {
  roadmapId: string;
  organizationId: string;
  anchor: string;
  state: ItemState;
  /** Every entry on the item, oldest first. */
  history: ReportEntry[];
}

/** An organisation's share of a higher item: its own item that implements it, or its part of the higher roadmap. */
export interface Contribution extends Unit {
  via: 'implements' | 'covers';
}

interface RoadmapExecution {
  /** Whether the owner reports on the roadmap (a report file exists). */
  tracked: boolean;
  /** The owner's execution of each item, by anchor, in document order. */
  units: Map<string, Unit>;
  /** The owner's progress; undefined when it does not report. */
  progress?: Progress;
  /** Report entries on the roadmap by the owner, newest first. */
  latest: Unit[];
}

export interface ExecutionIndex {
  roadmap(roadmapId: string): RoadmapExecution | undefined;
  /** Other organisations' share of an item, by organisation name order of the roadmaps given. */
  contributions(roadmapId: string, anchor: string): Contribution[];
  /** Everything an organisation reports on: its own roadmaps and the sections of others it carries out. */
  unitsOf(organizationId: string): Unit[];
  /** Progress of an organisation's own work (units of roadmaps it reports on); undefined when it reports on none. */
  organizationProgress(organizationId: string): Progress | undefined;
  /** The report file of a roadmap by an organisation. */
  report(roadmapId: string, organizationId: string): ExecutionReport | undefined;
}

interface ItemRef {
  anchor: string;
  item: Item;
  /** Anchor of the section it is in (none for control points and mechanisms). */
  section?: string;
}

/** Every item of a roadmap that can be reported on: those of the sections, then control points, then mechanisms. */
export function reportableItems(roadmap: Roadmap): ItemRef[] {
  const refs: ItemRef[] = [...walkItems<Item, Section>(roadmap.sections)].map((v) => ({
    anchor: itemAnchor(v.section.anchor, v.item, v.index),
    item: v.item,
    section: v.section.anchor,
  }));
  for (const list of ['controlPoints', 'mechanisms'] as const)
    roadmap[list]?.forEach((item, index) => {
      refs.push({ anchor: listItemAnchor(list, item, index), item });
    });
  return refs;
}

export function executionIndex(input: ExecutionInput): ExecutionIndex {
  const roadmaps = new Map(input.roadmaps.map((r) => [r.id, r]));
  const reports = new Map<string, ExecutionReport>();
  const reportsByOrganization = new Map<string, ExecutionReport[]>();
  const reportsByRoadmap = new Map<string, ExecutionReport[]>();
  for (const report of input.reports) {
    if (!roadmaps.has(report.data.roadmap)) continue;
    reports.set(`${report.data.roadmap}\u0000${report.data.organization}`, report);
    push(reportsByOrganization, report.data.organization, report);
    push(reportsByRoadmap, report.data.roadmap, report);
  }
  // Items of published roadmaps that implement an item of another: «roadmap#anchor» → the implementing items.
  let implementers: Map<string, { roadmapId: string; anchor: string }[]> | undefined;
  const implementersOf = (key: string) => {
    if (!implementers) {
      implementers = new Map();
      for (const { id, data } of input.roadmaps) {
        for (const ref of reportableItems(data))
          for (const target of ref.item.implements ?? [])
            push(implementers, target, { roadmapId: id, anchor: ref.anchor });
      }
    }
    return implementers.get(key) ?? [];
  };

  /** Units of one organisation's report (or of its absence) on a roadmap: the items it answers for. */
  const unitsCache = new Map<string, Unit[]>();
  const unitsFor = (roadmapId: string, organizationId: string): Unit[] => {
    const key = `${roadmapId}\u0000${organizationId}`;
    let units = unitsCache.get(key);
    if (units) return units;
    const roadmap = roadmaps.get(roadmapId)!;
    const report = reports.get(key)?.data;
    const owner = roadmap.data.owner === organizationId;
    const deadlines = input.deadlines(roadmapId);
    const entries = new Map<string, ReportEntry[]>();
    // Entries after the as-of day are not known yet on that day: the site shows the state of its day.
    const known = (report?.entries ?? []).filter((e) => e.date <= input.asOf);
    for (const entry of known.sort((a, b) => a.date.localeCompare(b.date))) push(entries, entry.item, entry);
    units = reportableItems(roadmap.data)
      .filter((ref) => owner || isCovered(ref.section, report?.covers ?? []))
      .map((ref) => {
        const history = entries.get(ref.anchor) ?? [];
        const deadline = deadlines.get(ref.anchor);
        return {
          roadmapId,
          organizationId,
          anchor: ref.anchor,
          history,
          state: itemState({
            windows: deadline?.windows ?? [],
            recurring: deadline?.recurring ?? false,
            entries: history,
            tracked: report !== undefined,
            asOf: input.asOf,
          }),
        };
      });
    unitsCache.set(key, units);
    return units;
  };

  const roadmapCache = new Map<string, RoadmapExecution>();
  const roadmap = (roadmapId: string): RoadmapExecution | undefined => {
    const entry = roadmaps.get(roadmapId);
    if (!entry) return undefined;
    let execution = roadmapCache.get(roadmapId);
    if (execution) return execution;
    const units = unitsFor(roadmapId, entry.data.owner);
    const tracked = reports.has(`${roadmapId}\u0000${entry.data.owner}`);
    execution = {
      tracked,
      units: new Map(units.map((u) => [u.anchor, u])),
      ...(tracked ? { progress: progressOf(units.map((u) => u.state)) } : {}),
      latest: latestFirst(units),
    };
    roadmapCache.set(roadmapId, execution);
    return execution;
  };

  const contributions = (roadmapId: string, anchor: string): Contribution[] => {
    const out: Contribution[] = [];
    for (const { roadmapId: lower, anchor: lowerAnchor } of implementersOf(`${roadmapId}#${anchor}`)) {
      const unit = roadmap(lower)?.units.get(lowerAnchor);
      if (unit) out.push({ ...unit, via: 'implements' });
    }
    const owner = roadmaps.get(roadmapId)?.data.owner;
    for (const report of reportsByRoadmap.get(roadmapId) ?? []) {
      if (report.data.organization === owner) continue;
      const unit = unitsFor(roadmapId, report.data.organization).find((u) => u.anchor === anchor);
      if (unit) out.push({ ...unit, via: 'covers' });
    }
    return out;
  };

  const unitsOf = (organizationId: string): Unit[] => {
    const out: Unit[] = [];
    for (const report of reportsByOrganization.get(organizationId) ?? [])
      out.push(...unitsFor(report.data.roadmap, organizationId));
    return out;
  };

  // Asked for by the organisation's page, its municipality's and region's monitoring, and the open data.
  const progressCache = new Map<string, Progress | undefined>();
  const organizationProgress = (organizationId: string): Progress | undefined => {
    if (progressCache.has(organizationId)) return progressCache.get(organizationId);
    const own = reportsByOrganization.get(organizationId);
    const progress = own?.length
      ? sumProgress(own.map((report) => progressOf(unitsFor(report.data.roadmap, organizationId).map((u) => u.state))))
      : undefined;
    progressCache.set(organizationId, progress);
    return progress;
  };

  return {
    roadmap,
    contributions,
    unitsOf,
    organizationProgress,
    report: (roadmapId, organizationId) => reports.get(`${roadmapId}\u0000${organizationId}`),
  };
}

/** Units with entries, the most recently reported first. */
function latestFirst(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.state.updated).sort((a, b) => b.state.updated!.localeCompare(a.state.updated!));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Deadlines of the published roadmaps for the pages that show them, each made once per build and reused by every
// page it appears on: a roadmap's entries (parsed deadlines), its month lists and its iCalendar events. The regional
// roadmap's are part of every organisation's calendar, so making them per page would cost the number of
// organisations times the size of the roadmap.
//
// And what a calendar page shows (`calendarFor`): the items of the roadmaps that apply to the organisation, and for
// the organisations below it only how many of their items are due each month, so that no calendar grows with the
// number of schools under it beyond one line a month each, and none grows with the number of other schools.
import {
  addCounts,
  calendarMonths,
  deadlineEntries,
  dueCounts,
  hasEvent,
  icsEnvelope,
  icsEvents,
  itemUrlFor,
  monthLists,
  undated,
  type CalendarBelow,
  type CalendarMonth,
  type CalendarSource,
  type DeadlineEntry,
  type EventOptions,
} from '../calendar/index.ts';
import { ownerTerritory, roadmapsForEach } from '../content-model/organization-tree.ts';
import type { RoadmapEntry, SiteContent } from './site-content.ts';
import type { RoadmapGroup } from '../calendar/index.ts';
import { namedResponsible } from './item-details.ts';

interface RoadmapCalendar {
  entries: DeadlineEntry[];
  source?: CalendarSource;
  undated?: number;
  /** The roadmap's .ics events, UTF-8 (kept as bytes: half the memory of Cyrillic text, and written as they are). */
  events?: Buffer;
}

interface BuildIndex {
  roadmaps: Map<string, RoadmapCalendar>;
  byId: Map<string, RoadmapEntry>;
  /** Position of each roadmap in the site's order (regional first). */
  order: Map<string, number>;
  roadmapsFor: (id: string) => RoadmapEntry[];
  /** Published organisations under each, by name. */
  children: Map<string, string[]>;
  /** Roadmaps by the organisation they are about (an authority's count for its territory). */
  byTerritory: Map<string, RoadmapEntry[]>;
  /** Items due each month in the roadmaps of an organisation and all below it. */
  subtreeDue: Map<string, Map<string, number>>;
  /** Roadmaps on the calendars of more than one organisation (regional, municipal). */
  shared?: Set<string>;
  eventOptions?: EventOptions;
}

const indexes = new WeakMap<SiteContent, BuildIndex>();

function indexOf(content: SiteContent): BuildIndex {
  let index = indexes.get(content);
  if (index) return index;
  const children = new Map<string, string[]>();
  for (const [id, org] of content.organizations) {
    if (!org.parent || !content.published.has(id)) continue;
    children.set(org.parent, [...(children.get(org.parent) ?? []), id]);
  }
  const name = (id: string) => {
    const org = content.organizations.get(id);
    return org?.shortName ?? org?.name ?? id;
  };
  for (const list of children.values()) list.sort((a, b) => name(a).localeCompare(name(b), 'ru', { numeric: true }));
  const byTerritory = new Map<string, RoadmapEntry[]>();
  for (const r of content.roadmaps) {
    const territory = ownerTerritory(r.data.owner, content.organizations);
    byTerritory.set(territory, [...(byTerritory.get(territory) ?? []), r]);
  }
  index = {
    roadmaps: new Map(),
    byId: new Map(content.roadmaps.map((r) => [r.id, r])),
    order: new Map(content.roadmaps.map((r, i) => [r.id, i])),
    roadmapsFor: roadmapsForEach(content.organizations, content.roadmaps),
    children,
    byTerritory,
    subtreeDue: new Map(),
  };
  indexes.set(content, index);
  return index;
}

function calendarOf(content: SiteContent, roadmap: RoadmapEntry): RoadmapCalendar {
  const { roadmaps } = indexOf(content);
  let calendar = roadmaps.get(roadmap.id);
  if (!calendar) {
    calendar = {
      entries: deadlineEntries({ id: roadmap.id, roadmap: roadmap.data }, { organizations: content.organizations }),
    };
    roadmaps.set(roadmap.id, calendar);
  }
  return calendar;
}

/** The dated and undated items of one roadmap, in document order. */
export function roadmapEntries(content: SiteContent, roadmap: RoadmapEntry): DeadlineEntry[] {
  return calendarOf(content, roadmap).entries;
}

export function entriesOfRoadmaps(content: SiteContent, roadmaps: readonly RoadmapEntry[]): DeadlineEntry[] {
  return roadmaps.flatMap((r) => roadmapEntries(content, r));
}

/** A published roadmap by id. */
export function roadmapById(content: SiteContent, id: string): RoadmapEntry | undefined {
  return indexOf(content).byId.get(id);
}

/** Roadmaps that apply to an organisation (its own and every level above), in the site's order; see `roadmapsFor`. */
export function roadmapsOf(content: SiteContent, id: string): RoadmapEntry[] {
  return indexOf(content).roadmapsFor(id);
}

/**
 * Roadmaps of the organisations directly under `id` (a region's municipalities, a municipality's schools), by
 * organisation: a page lists one level down, so it grows with its own children, never with the whole region.
 */
export function roadmapsBelow(content: SiteContent, id: string): RoadmapEntry[] {
  const index = indexOf(content);
  return (index.children.get(id) ?? []).flatMap((child) => index.byTerritory.get(child) ?? []);
}

/** Published organisations directly under `id`, by name. */
export function childrenOf(content: SiteContent, id: string): string[] {
  return indexOf(content).children.get(id) ?? [];
}

/** One roadmap's items by month (due, starting, going on), made once. */
function roadmapMonths(content: SiteContent, roadmap: RoadmapEntry): CalendarSource {
  const calendar = calendarOf(content, roadmap);
  calendar.source ??= { roadmapId: roadmap.id, roadmapTitle: roadmap.data.title, months: monthLists(calendar.entries) };
  return calendar.source;
}

function undatedOf(content: SiteContent, roadmap: RoadmapEntry): number {
  const calendar = calendarOf(content, roadmap);
  calendar.undated ??= undated(calendar.entries).length;
  return calendar.undated;
}

/** Items due each month in the roadmaps of `id` and of every organisation below it. */
function subtreeDue(content: SiteContent, id: string): Map<string, number> {
  const index = indexOf(content);
  let counts = index.subtreeDue.get(id);
  if (!counts) {
    counts = new Map();
    for (const r of index.byTerritory.get(id) ?? []) addCounts(counts, dueCounts(roadmapMonths(content, r).months));
    for (const child of index.children.get(id) ?? []) addCounts(counts, subtreeDue(content, child));
    index.subtreeDue.set(id, counts);
  }
  return counts;
}

export interface CalendarPage {
  /** The roadmaps whose items the page lists. */
  roadmaps: RoadmapEntry[];
  months: CalendarMonth[];
  /** Items of those roadmaps without a date. */
  undated: number;
  /** Organisations below with items due in some month. */
  below: CalendarBelow[];
}

/**
 * The calendar of one or more organisations (the portal's: the home organisation, or every top one): the items of
 * the roadmaps that apply to them, and how many items are due each month under each organisation directly below.
 */
export function calendarFor(content: SiteContent, ids: readonly string[]): CalendarPage {
  const index = indexOf(content);
  const chosen = new Set<string>();
  for (const id of ids) for (const r of index.roadmapsFor(id)) chosen.add(r.id);
  const roadmaps = [...chosen]
    .sort((a, b) => index.order.get(a)! - index.order.get(b)!)
    .map((id) => index.byId.get(id)!);
  const own = new Set(ids);
  const below = ids
    .flatMap((id) => index.children.get(id) ?? [])
    .filter((id) => !own.has(id))
    .map((id) => ({ id, due: subtreeDue(content, id) }))
    .filter((b) => b.due.size > 0);
  return {
    roadmaps,
    months: calendarMonths(
      roadmaps.map((r) => roadmapMonths(content, r)),
      below,
    ),
    undated: roadmaps.reduce((n, r) => n + undatedOf(content, r), 0),
    below,
  };
}

/** Whom the portal calendar is about: the home organisation, or without one the top organisations of the site. */
export function portalScope(content: SiteContent): string[] {
  if (content.site.home) return [content.site.home];
  return [...content.published].filter((id) => {
    const org = content.organizations.get(id)!;
    return org.kind !== 'authority' && !(org.parent && content.published.has(org.parent));
  });
}

function eventOptions(content: SiteContent): EventOptions {
  const index = indexOf(content);
  index.eventOptions ??= {
    itemUrl: itemUrlFor(content.site.base, content.site.url),
    stamp: new Date(`${content.builtAt}T00:00:00Z`),
  };
  return index.eventOptions;
}

/** One roadmap's iCalendar events, written once and put into every file the roadmap is part of. */
function roadmapEvents(content: SiteContent, roadmap: RoadmapEntry): Buffer {
  const calendar = calendarOf(content, roadmap);
  calendar.events ??= Buffer.from(icsEvents(calendar.entries, eventOptions(content)), 'utf8');
  return calendar.events;
}

/**
 * The .ics file named `name` of the given roadmaps, as UTF-8 bytes: links to items (absolute with site.yaml `url`),
 * DTSTAMP the build date.
 */
export function icsOf(content: SiteContent, name: string, roadmaps: readonly RoadmapEntry[]): Uint8Array<ArrayBuffer> {
  const { header, footer } = icsEnvelope(name);
  const file = Buffer.concat([
    Buffer.from(header, 'utf8'),
    ...roadmaps.map((r) => roadmapEvents(content, r)),
    Buffer.from(footer, 'utf8'),
  ]);
  return new Uint8Array(file.buffer as ArrayBuffer, file.byteOffset, file.byteLength);
}

/**
 * Whether the .ics file of these roadmaps has an event. RFC 5545 wants at least one component in a calendar, so a
 * file without events is not written, and pages link to a roadmap's, organisation's or the portal's file only when
 * this is true.
 */
export function hasIcs(content: SiteContent, roadmaps: readonly RoadmapEntry[]): boolean {
  return roadmaps.some((roadmap) => calendarOf(content, roadmap).entries.some(hasEvent));
}

/** Drops what was made for a roadmap's calendar (its entries, month lists and events), once nothing needs it again. */
export function forgetRoadmapCalendar(content: SiteContent, roadmapId: string): void {
  indexOf(content).roadmaps.delete(roadmapId);
}

/**
 * Whether a roadmap is on the calendar of more than one organisation (a regional or municipal one): its lists are
 * worth keeping for the next page; a school's own are written once, for its page, and not kept.
 */
export function isShared(content: SiteContent, roadmapId: string): boolean {
  const index = indexOf(content);
  if (!index.shared) {
    const pages = new Map<string, number>();
    for (const id of content.published)
      for (const r of index.roadmapsFor(id)) pages.set(r.id, (pages.get(r.id) ?? 0) + 1);
    index.shared = new Set([...pages].filter(([, n]) => n > 1).map(([id]) => id));
  }
  return index.shared.has(roadmapId);
}

/**
 * For a school's calendar: whether an item is the school's to do — an item of its own roadmap, or of a roadmap above
 * it that names the school responsible. Undefined for other organisations (their calendars are not split).
 */
export function ownItemsOf(
  content: SiteContent,
  id: string,
): ((roadmapId: string, anchor: string) => boolean) | undefined {
  if (content.organizations.get(id)?.kind !== 'school') return undefined;
  const named = new Map<string, Set<string>>();
  for (const r of roadmapsOf(content, id)) {
    if (r.data.owner === id) continue;
    const anchors = namedResponsible(r.data.sections, id);
    if (anchors.size) named.set(r.id, anchors);
  }
  return (roadmapId, anchor) =>
    roadmapById(content, roadmapId)?.data.owner === id || Boolean(named.get(roadmapId)?.has(anchor));
}

/**
 * A month's groups split into the school's own items and the rest. A group whose items all fall on one side is kept
 * as it is (its list, and so its HTML made once for every calendar it is on, shared).
 */
export function splitGroups(
  groups: readonly RoadmapGroup[],
  own: (roadmapId: string, anchor: string) => boolean,
): { own: RoadmapGroup[]; other: RoadmapGroup[] } {
  const out = { own: [] as RoadmapGroup[], other: [] as RoadmapGroup[] };
  for (const group of groups) {
    const mine = group.list.filter((d) => own(group.roadmapId, d.entry.anchor));
    if (mine.length === group.list.length) out.own.push(group);
    else if (!mine.length) out.other.push(group);
    else {
      out.own.push({ ...group, list: mine });
      out.other.push({ ...group, list: group.list.filter((d) => !own(group.roadmapId, d.entry.anchor)) });
    }
  }
  return out;
}

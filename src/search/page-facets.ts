// What a roadmap or organisation page tells the search index besides its text (Pagefind indexes the built HTML, one
// entry per page, and every item row is a titled anchor of it): the filters a visitor narrows results by (and the start
// of a roadmap's period, by which the search page orders them), the metadata a result shows. Pure: computed from the
// open-data form of a roadmap and the organisations; SearchData.astro writes it into the page, hidden. The facets of
// each item (see item-facets.ts) are a file of their own, which the search page fetches only to narrow or order a
// roadmap's items: as page metadata they would be in the index of every roadmap, and cost Pagefind about a fifth of its
// memory at a region's scale.
import type { Organization } from '../content-model/schemas.ts';
import { ancestorsOf } from '../content-model/organization-tree.ts';
import type { OpenItem, OpenRoadmap, OpenSection } from '../open-data/roadmap-json.ts';
import type { Occurrence } from '../deadlines/index.ts';
import { monthsOf } from '../calendar/due.ts';
import { formatMonth, quarterLabel, ui } from '../ui/strings.ts';
import { urls } from '../site/urls.ts';
import { formFilterValue, type ItemFacet } from './item-facets.ts';
import { pageFilter } from './own-copies.ts';

export interface PageFacets {
  /** Pagefind filters: key → the page's values. */
  filters: Record<string, string[]>;
  /** Pagefind metadata shown or used by the search page (its `title` is the page's h1). */
  meta: Record<string, string>;
}

/**
 * The filter of a roadmap's period start («2023-01-01»), by which the search page orders results «по сроку»: one
 * search per start, earliest first (Pagefind's own sort cannot order results merged from two bundles of the index).
 * Organisation pages have none and are left out of that order.
 */
export const periodFilter = 'period';

type Organizations = ReadonlyMap<string, Organization>;

/** The name of a roadmap's or an organisation's page in the filter `page` (own-copies.ts). */
const pageName = (folder: 'roadmaps' | 'organizations', id: string) => `${folder}/${id}`;

const name = (org: Organization | undefined) => org?.shortName ?? org?.name ?? '';

/** The region and municipality an organisation belongs to (an authority stands for its territory). */
function placeOf(id: string, organizations: Organizations) {
  const chain = [...ancestorsOf(id, organizations), [id, organizations.get(id)] as const];
  const region = chain.find(([, o]) => o?.kind === 'region')?.[1];
  const municipality = chain.find(([, o]) => o?.kind === 'municipality')?.[1];
  return { region: name(region), municipality: name(municipality) };
}

/** The filters and metadata of where an organisation is: its region and municipality, and the nearest of them named. */
function whereIs(id: string, organizations: Organizations) {
  const place = placeOf(id, organizations);
  const own = name(organizations.get(id));
  const nearest = [place.municipality, place.region].find((p) => p && p !== own);
  const filters: Record<string, string[]> = {};
  if (place.region) filters.region = [place.region];
  if (place.municipality) filters.municipality = [place.municipality];
  const meta: Record<string, string> = {};
  if (nearest) meta.place = nearest;
  return { filters, meta };
}

/** The month filter value: «2023-03 март 2023» (sorts by date, reads as a month). */
function monthFilterValue(month: string): string {
  return `${month} ${formatMonth(month)}`;
}

/** Every month a deadline's windows touch, and the first day a window ends. */
export function deadlineMonths(occurrences: readonly Occurrence[]): { months: string[]; firstDue?: string } {
  const months = new Set<string>();
  for (const o of occurrences) for (const month of monthsOf(o)) months.add(month);
  if (!months.size) return { months: [] };
  return { months: [...months].sort(), firstDue: occurrences.map((o) => o.end).sort()[0]! };
}

function itemsOf(sections: readonly OpenSection[]): OpenItem[] {
  return sections.flatMap((section) => [...(section.items ?? []), ...itemsOf(section.sections ?? [])]);
}

/** An item's execution as the execution filter spells it: «просрочено», «выполнено»…; none when not reported on. */
function executionFilterValue(item: OpenItem): string | undefined {
  const category = item.execution?.category;
  return category && category !== 'untracked' ? ui.execution.categories[category][1] : undefined;
}

function itemFacet(item: OpenItem): ItemFacet {
  const { months, firstDue } = deadlineMonths(item.deadline.occurrences);
  const execution = executionFilterValue(item);
  return {
    anchor: item.anchor,
    months,
    ...(firstDue ? { firstDue } : {}),
    ...(item.form ? { form: formFilterValue(item.form) } : {}),
    ...(execution ? { execution } : {}),
  };
}

/**
 * The facets of a roadmap's items that have dates, a form or an execution, in document order (none: no file of them).
 */
export function roadmapItemFacets(roadmap: OpenRoadmap): ItemFacet[] {
  return allItemFacets(roadmap).filter((i) => i.months.length || i.form || i.execution);
}

function allItemFacets(roadmap: OpenRoadmap): ItemFacet[] {
  return [...roadmap.controlPoints, ...itemsOf(roadmap.sections), ...roadmap.mechanisms].map(itemFacet);
}

export function roadmapFacets(roadmap: OpenRoadmap, organizations: Organizations): PageFacets {
  const items = allItemFacets(roadmap);
  const months = [...new Set(items.flatMap((i) => i.months))].sort();
  const years: string[] = [];
  for (let y = Number(roadmap.period.start.slice(0, 4)); y <= Number(roadmap.period.end.slice(0, 4)); y++)
    years.push(String(y));
  const owner = name(organizations.get(roadmap.owner.id));
  const where = whereIs(roadmap.owner.id, organizations);
  const described = items.some((i) => i.months.length || i.form || i.execution);
  return {
    filters: {
      // The page's name, by which a site that searches another leaves out that site's copy of it (own-copies.ts).
      [pageFilter]: [pageName('roadmaps', roadmap.id)],
      level: [ui.levels[roadmap.level]],
      organization: [owner],
      year: years,
      ...where.filters,
      month: months.map(monthFilterValue),
      quarter: [...new Set(months.map(quarterLabel))],
      form: [...new Set(items.flatMap((i) => (i.form ? [i.form] : [])))].sort(),
      execution: [...new Set(items.flatMap((i) => (i.execution ? [i.execution] : [])))].sort(),
      [periodFilter]: [roadmap.period.start],
    },
    meta: {
      organization: owner,
      ...where.meta,
      // Where the search page finds the facets of the items (src/build/write-data-files.ts writes them).
      ...(described ? { facets: urls.itemFacets(roadmap.id) } : {}),
    },
  };
}

/**
 * The pages a site publishes only in part, by name: on a part of a portal (`home`), the roadmaps and pages of the
 * organisations above it, which show none of the other schools' reports and no monitoring. The portal publishes them
 * whole, so its copy is not left out of this site's search (own-copies.ts): both are shown.
 */
export function partlyPublishedPages(
  roadmaps: readonly { id: string; data: { owner: string } }[],
  organizations: Iterable<string>,
  whole: ReadonlySet<string>,
): string[] {
  return [
    ...roadmaps.filter((r) => !whole.has(r.data.owner)).map((r) => pageName('roadmaps', r.id)),
    ...[...organizations].filter((id) => !whole.has(id)).map((id) => pageName('organizations', id)),
  ];
}

export function organizationFacets(id: string, organizations: Organizations): PageFacets {
  const where = whereIs(id, organizations);
  const org = organizations.get(id);
  // What a result says the organisation is («Школа», «Муниципалитет»).
  const kind: Record<string, string> = org ? { kind: ui.organizationKinds[org.kind] } : {};
  return {
    filters: { [pageFilter]: [pageName('organizations', id)], organization: [name(org)], ...where.filters },
    meta: { ...kind, ...where.meta },
  };
}

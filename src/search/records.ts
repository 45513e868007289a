// What the search finds: one record per roadmap item (linking to the item's anchor), per roadmap and per
// organisation, with the filters a visitor narrows results by — among them the months and quarters an item's
// deadline falls in — and its first due date to sort by. Pure: built from the checked content.
import type { Item, Organization, Roadmap, Section } from '../content-model/schemas.ts';
import { walkItems, listItemAnchor } from '../content-model/roadmap-structure.ts';
import { responsibleToOpen, type Lookups } from '../open-data/roadmap-json.ts';
import { ancestorsOf, publishedScope } from '../content-model/organization-tree.ts';
import { monthsOf } from '../calendar/due.ts';
import { academicCalendarFor, parseDeadline, type Deadline } from '../deadlines/index.ts';
import { formatMonth, ui } from '../ui/strings.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'ru';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Sort keys: `deadline`, the item's first due date (ISO, so it sorts as text); only items with dates have it. */
  sort?: Record<string, string>;
}

export interface SearchInput extends Lookups {
  home?: string;
  roadmaps: ReadonlyMap<string, Roadmap>;
}

const name = (org: Organization | undefined) => org?.shortName ?? org?.name ?? '';

function yearsOf(period: Roadmap['period']): string[] {
  const years: string[] = [];
  for (let y = Number(period.start.slice(0, 4)); y <= Number(period.end.slice(0, 4)); y++) years.push(String(y));
  return years;
}

/** The region and municipality an organisation belongs to (an authority stands for its territory). */
function placeOf(id: string, organizations: Lookups['organizations']) {
  const chain = [...ancestorsOf(id, organizations), [id, organizations.get(id)] as const];
  const region = chain.find(([, o]) => o?.kind === 'region')?.[1];
  const municipality = chain.find(([, o]) => o?.kind === 'municipality')?.[1];
  return { region: name(region), municipality: name(municipality) };
}

/**
 * The months («2023-03 март 2023») and quarters («2023, I квартал») an item's deadline falls in — every month its
 * windows touch — and the first day a window ends, to sort by.
 */
export function deadlineFilters(deadline: Deadline): { filters: Record<string, string[]>; sort?: Record<string, string> } {
  const months = new Set<string>();
  for (const o of deadline.occurrences) for (const month of monthsOf(o)) months.add(month);
  if (!months.size) return { filters: {} };
  const sorted = [...months].sort();
  const quarters = new Set(sorted.map((m) => ui.quarter(Number(m.slice(0, 4)), Math.ceil(Number(m.slice(5, 7)) / 3))));
  const firstDue = deadline.occurrences.map((o) => o.end).sort()[0]!;
  return { filters: { month: sorted.map((m) => `${m} ${formatMonth(m)}`), quarter: [...quarters] }, sort: { deadline: firstDue } };
}

export function searchRecords(input: SearchInput): SearchRecord[] {
  // URLs from the site's root: Pagefind prefixes the folder the site is served from (its own script's location).
  const base = '/';
  const entries = [...input.roadmaps].map(([id, data]) => ({ id, data }));
  const scope = publishedScope(input.home, input.organizations, entries);
  const records: SearchRecord[] = [];

  for (const { id, data: roadmap } of entries) {
    if (!scope.roadmaps.has(id)) continue;
    const owner = input.organizations.get(roadmap.owner);
    const place = placeOf(roadmap.owner, input.organizations);
    const common: Record<string, string[]> = {
      level: [ui.levels[roadmap.level]],
      organization: [name(owner)],
      year: yearsOf(roadmap.period),
      ...(place.region ? { region: [place.region] } : {}),
      ...(place.municipality ? { municipality: [place.municipality] } : {}),
    };
    const pageUrl = `${base}roadmaps/${id}/`;
    const calendar = academicCalendarFor(roadmap.owner, input.organizations);
    records.push({
      url: pageUrl,
      language: 'ru',
      content: [roadmap.title, roadmap.goal, ...(roadmap.tasks ?? []), roadmap.order.title].filter(Boolean).join('. '),
      meta: { title: roadmap.title, roadmap: roadmap.title, organization: name(owner) },
      filters: common,
    });

    const addItem = (item: Item, anchor: string, trail: string[]) => {
      const responsible = (item.responsible ?? []).map((r) => responsibleToOpen(r, input).text).join(', ');
      const dates = item.deadline ? deadlineFilters(parseDeadline(item.deadline, roadmap.period, { calendar })) : { filters: {} };
      const content = [item.title, item.form, item.deadline, responsible, item.audience, item.venue, item.result, item.reports, ...Object.values(item.extra ?? {})]
        .filter(Boolean)
        .join('. ');
      records.push({
        url: `${pageUrl}#${anchor}`,
        language: 'ru',
        content,
        meta: {
          title: [item.number, item.title].filter(Boolean).join(' '),
          roadmap: roadmap.title,
          organization: name(owner),
          section: trail.join(' → '),
          ...(item.deadline ? { deadline: item.deadline } : {}),
        },
        filters: { ...common, ...dates.filters, ...(item.form ? { form: [item.form.trim().toLowerCase()] } : {}) },
        ...(dates.sort ? { sort: dates.sort } : {}),
      });
    };
    for (const visit of walkItems<Item, Section>(roadmap.sections)) {
      addItem(visit.item, visit.anchor, [...visit.section.trail, visit.section.section.title]);
    }
    for (const list of ['controlPoints', 'mechanisms'] as const) {
      roadmap[list]?.forEach((item, index) => addItem(item, listItemAnchor(list, item, index), [ui[list]]));
    }
  }

  for (const id of scope.organizations) {
    const org = input.organizations.get(id);
    if (!org) continue;
    const place = placeOf(id, input.organizations);
    records.push({
      url: `${base}organizations/${id}/`,
      language: 'ru',
      content: [org.name, org.shortName].filter(Boolean).join('. '),
      meta: { title: org.name, organization: name(org) },
      filters: {
        organization: [name(org)],
        ...(place.region ? { region: [place.region] } : {}),
        ...(place.municipality ? { municipality: [place.municipality] } : {}),
      },
    });
  }
  return records;
}

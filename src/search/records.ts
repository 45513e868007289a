// What the search finds: one record per roadmap item (linking to the item's anchor), per roadmap and per
// organisation, with the filters a visitor narrows results by. Pure: built from the checked content.
import type { Item, Organization, Roadmap, Section } from '../content-model/schemas.ts';
import { walkItems, listItemAnchor } from '../content-model/roadmap-structure.ts';
import { responsibleToOpen, type Lookups } from '../open-data/roadmap-json.ts';
import { ancestorsOf, publishedScope } from '../content-model/organization-tree.ts';
import { ui } from '../ui/strings.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'ru';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
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
    records.push({
      url: pageUrl,
      language: 'ru',
      content: [roadmap.title, roadmap.goal, ...(roadmap.tasks ?? []), roadmap.order.title].filter(Boolean).join('. '),
      meta: { title: roadmap.title, roadmap: roadmap.title, organization: name(owner) },
      filters: common,
    });

    const addItem = (item: Item, anchor: string, trail: string[]) => {
      const responsible = (item.responsible ?? []).map((r) => responsibleToOpen(r, input).text).join(', ');
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
        filters: { ...common, ...(item.form ? { form: [item.form.trim().toLowerCase()] } : {}) },
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

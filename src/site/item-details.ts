// What lists of items on other pages say of each item besides its place and title: who is responsible, and which
// items of a roadmap name an organisation responsible (a school's agenda and its calendar put those first).
import { itemAnchor, listItemAnchor, walkItems } from '../content-model/roadmap-structure.ts';
import type { Item, Section } from '../content-model/schemas.ts';
import { responsibleToOpen } from '../open-data/roadmap-json.ts';
import type { RoadmapEntry, SiteContent } from './site-content.ts';

/** Anchors of the items of `sections` whose responsible include the organisation `id`. */
export function namedResponsible(sections: readonly Section[], id: string): Set<string> {
  const out = new Set<string>();
  for (const v of walkItems<Item, Section>(sections)) {
    if (v.item.responsible?.some((r) => typeof r === 'object' && 'organization' in r && r.organization === id))
      out.add(itemAnchor(v.section.anchor, v.item, v.index));
  }
  return out;
}

const responsibleCache = new WeakMap<SiteContent, Map<string, Map<string, string>>>();

/** Each item's responsible as the roadmap page shows them («МОНиМП КК, ИРО КК»), by anchor; made once per roadmap. */
export function responsibleOf(content: SiteContent, roadmap: RoadmapEntry): Map<string, string> {
  let byRoadmap = responsibleCache.get(content);
  if (!byRoadmap) responsibleCache.set(content, (byRoadmap = new Map()));
  let out = byRoadmap.get(roadmap.id);
  if (!out) {
    out = new Map();
    const add = (anchor: string, item: Item) => {
      if (item.responsible?.length)
        out!.set(anchor, item.responsible.map((r) => responsibleToOpen(r, content).text).join(', '));
    };
    for (const v of walkItems<Item, Section>(roadmap.data.sections))
      add(itemAnchor(v.section.anchor, v.item, v.index), v.item);
    for (const list of ['controlPoints', 'mechanisms'] as const)
      roadmap.data[list]?.forEach((item, index) => {
        add(listItemAnchor(list, item, index), item);
      });
    byRoadmap.set(roadmap.id, out);
  }
  return out;
}

// The execution of the roadmaps a build publishes (src/execution/), made once per build from its reports and the
// deadlines its calendars have parsed, and shared by every page and data file.
import { isRecurring } from '../calendar/index.ts';
import { executionIndex, type ExecutionIndex, type ItemDeadline } from '../execution/execution-index.ts';
import {
  itemPathLabel,
  itemPathTitle,
  itemReferences,
  type ItemReference,
} from '../content-model/roadmap-structure.ts';
import type { ExecutionContext } from '../open-data/execution-json.ts';
import { ui } from '../ui/strings.ts';
import { roadmapById, roadmapEntries } from './calendar-pages.ts';
import type { ExecutionLinks } from './execution-html.ts';
import type { Abbreviator } from '../glossary/abbreviations.ts';
import type { RoadmapEntry, SiteContent } from './site-content.ts';
import { urls } from './urls.ts';

const indexes = new WeakMap<SiteContent, ExecutionIndex>();

export function executionOf(content: SiteContent): ExecutionIndex {
  let index = indexes.get(content);
  if (!index) {
    index = executionIndex({
      roadmaps: content.roadmaps,
      reports: content.reports,
      asOf: content.builtAt,
      deadlines(roadmapId) {
        const roadmap = roadmapById(content, roadmapId);
        const out = new Map<string, ItemDeadline>();
        for (const entry of roadmap ? roadmapEntries(content, roadmap) : []) {
          out.set(entry.anchor, { windows: entry.deadline.occurrences, recurring: isRecurring(entry) });
        }
        return out;
      },
    });
    indexes.set(content, index);
  }
  return index;
}

const references = new WeakMap<SiteContent, Map<string, Map<string, ItemReference>>>();

/**
 * How a build's pages name and link organisations and items of roadmaps (for execution and links between levels),
 * marking up abbreviations with the page's `abbreviator`.
 */
export function executionLinks(content: SiteContent, abbreviator: Abbreviator): ExecutionLinks {
  let byRoadmap = references.get(content);
  if (!byRoadmap) references.set(content, (byRoadmap = new Map()));
  const cache = byRoadmap;
  return {
    html: (text) => abbreviator.toHtml(text),
    organization(id) {
      const org = content.organizations.get(id);
      return {
        name: org?.shortName ?? org?.name ?? id,
        ...(content.published.has(id) ? { href: urls.organization(id) } : {}),
      };
    },
    item(roadmapId, anchor) {
      const roadmap = roadmapById(content, roadmapId);
      if (!roadmap) return undefined;
      let refs = cache.get(roadmapId);
      if (!refs)
        cache.set(
          roadmapId,
          (refs = itemReferences(roadmap.data, { controlPoints: ui.controlPoints, mechanisms: ui.mechanisms })),
        );
      const ref = refs.get(anchor);
      const owner = content.organizations.get(roadmap.data.owner);
      return ref
        ? {
            label: itemPathLabel(ref),
            title: ref.title,
            path: itemPathTitle(ref),
            roadmap: ui.execution.roadmapOf(
              ui.levelsShort[roadmap.data.level],
              owner?.shortName ?? owner?.name ?? roadmap.data.owner,
            ),
            href: urls.item(roadmapId, anchor),
          }
        : undefined;
    },
  };
}

/** What the data files and pages need to show execution: the index and the address of published files. */
export function executionContext(content: SiteContent): ExecutionContext {
  return {
    index: executionOf(content),
    fileUrl: (file) => `${content.site.base}${file.split('/').map(encodeURIComponent).join('/')}`,
  };
}

const basedOnIndexes = new WeakMap<SiteContent, Map<string, RoadmapEntry[]>>();

/**
 * Published roadmaps based on `roadmapId` (`basedOn`), in the site's order. Indexed once per build: every roadmap's
 * page and documents ask, and a region has a thousand roadmaps.
 */
export function roadmapsBasedOn(content: SiteContent, roadmapId: string): readonly RoadmapEntry[] {
  let index = basedOnIndexes.get(content);
  if (!index) {
    index = new Map();
    for (const r of content.roadmaps) {
      for (const id of new Set(r.data.basedOn ?? [])) {
        const list = index.get(id);
        if (list) list.push(r);
        else index.set(id, [r]);
      }
    }
    basedOnIndexes.set(content, index);
  }
  return index.get(roadmapId) ?? [];
}

// The editions of a published roadmap for its pages: where each is, and what each changed from the one before
// (src/editions/diff.ts, on the two editions' open-data form).
import { diffEditions, type EditionDiff } from '../editions/diff.ts';
import { roadmapToOpenData } from '../open-data/roadmap-json.ts';
import type { RoadmapEdition, SiteContent } from './site-content.ts';
import { files, urls } from './urls.ts';

export function editionsOf(content: SiteContent, roadmapId: string): RoadmapEdition[] {
  return content.editions.get(roadmapId) ?? [];
}

/** The page of an edition: the roadmap's own page for the one in force, a page of its own for an earlier one. */
export function editionUrl(edition: RoadmapEdition): string {
  return edition.current ? urls.roadmap(edition.roadmapId) : urls.edition(edition.roadmapId, edition.date);
}

/** What `edition` changed from the edition before it; undefined for a first edition. */
export function changesOf(
  content: SiteContent,
  edition: RoadmapEdition,
): { before: RoadmapEdition; diff: EditionDiff } | undefined {
  const before = editionsOf(content, edition.roadmapId)[edition.number - 2];
  if (!before) return undefined;
  const open = (e: RoadmapEdition) => roadmapToOpenData(e.roadmapId, e.data, content);
  return { before, diff: diffEditions(open(before), open(edition), { before: before.body, after: edition.body }) };
}

/** The editions as the open data lists them (paths relative to the site's root); empty for a single edition. */
export function editionsData(content: SiteContent, roadmapId: string) {
  return editionsOf(content, roadmapId).map((edition) => {
    const issuer = content.organizations.get(edition.data.order.issuer);
    return {
      number: edition.number,
      date: edition.date,
      current: edition.current,
      order: {
        ...edition.data.order,
        issuer: {
          id: edition.data.order.issuer,
          name: issuer?.name ?? edition.data.order.issuer,
          shortName: issuer?.shortName ?? null,
        },
      },
      page: edition.current ? `roadmaps/${roadmapId}/` : `roadmaps/${roadmapId}/editions/${edition.date}/`,
      data: edition.current ? files.roadmapData(roadmapId) : files.editionData(roadmapId, edition.date),
      changes: edition.number > 1 ? `roadmaps/${roadmapId}/changes/${edition.date}/` : null,
    };
  });
}

// Monitoring of execution for those above schools: a municipality's page lists its schools, a region's its
// municipalities (never every school, so that the page stays the same size whatever the number of schools), each
// with its status, progress, overdue items and latest report. And an organisation's own agenda: what is overdue,
// what falls due this month and next.
import type { Organization } from '../content-model/schemas.ts';
import { namedResponsible } from './item-details.ts';
import { addDays } from '../execution/item-state.ts';
import { meanProgress, type MeanProgress, type Progress } from '../execution/progress.ts';
import type { Unit } from '../execution/execution-index.ts';
import { roadmapEntries, roadmapsOf } from './calendar-pages.ts';
import { executionOf } from './published-execution.ts';
import type { SiteContent } from './site-content.ts';

export interface MonitoringRow {
  id: string;
  organization: Organization;
  /** A school's own progress, or a municipality's mean of its schools. */
  progress: Progress | MeanProgress | undefined;
  overdue: number;
  lastReport: string | null;
}

/**
 * Whether an organisation has a monitoring page: a municipality (of its schools) or a region (of its municipalities),
 * published with its whole territory. Above the `home` of a part of a portal it has not: its figures would be those of
 * the part only (see `aboveThePart`).
 */
export function hasMonitoring(content: SiteContent, id: string): boolean {
  return byTerritory(content.organizations.get(id)) && content.publishedWhole.has(id);
}

/** Whether an organisation's monitoring is left to the whole portal: a municipality or region above `home`. */
export function aboveThePart(content: SiteContent, id: string): boolean {
  return byTerritory(content.organizations.get(id)) && !content.publishedWhole.has(id);
}

function byTerritory(organization: Organization | undefined): boolean {
  return organization?.kind === 'municipality' || organization?.kind === 'region';
}

function childrenOfKind(content: SiteContent, id: string, kind: Organization['kind']): [string, Organization][] {
  return [...content.organizations]
    .filter(([cid, org]) => org.parent === id && org.kind === kind && content.published.has(cid))
    .sort(([, a], [, b]) => (a.shortName ?? a.name).localeCompare(b.shortName ?? b.name, 'ru'));
}

/** A municipality's mean over its schools. */
export function municipalityProgress(content: SiteContent, id: string): MeanProgress {
  const index = executionOf(content);
  return meanProgress(childrenOfKind(content, id, 'school').map(([sid]) => index.organizationProgress(sid)));
}

/** A region's mean over its municipalities (each the mean of its schools). */
export function regionProgress(content: SiteContent, id: string): MeanProgress {
  return meanProgress(monitoringRows(content, id).map((row) => row.progress));
}

/** The rows of an organisation's monitoring page, by name. */
export function monitoringRows(content: SiteContent, id: string): MonitoringRow[] {
  const organization = content.organizations.get(id);
  if (!organization || !hasMonitoring(content, id)) return [];
  const index = executionOf(content);
  if (organization.kind === 'municipality') {
    return childrenOfKind(content, id, 'school').map(([sid, org]) => {
      const progress = index.organizationProgress(sid);
      return {
        id: sid,
        organization: org,
        progress,
        overdue: progress?.overdue ?? 0,
        lastReport: progress?.lastReport ?? null,
      };
    });
  }
  return childrenOfKind(content, id, 'municipality').map(([mid, org]) => {
    const progress = municipalityProgress(content, mid);
    return { id: mid, organization: org, progress, overdue: progress.overdue, lastReport: progress.lastReport };
  });
}

/** The latest status of an organisation (ШНОР, ШССУ…): that of its latest year. */
export function latestStatus(organization: Organization) {
  return organization.statuses?.reduce<(typeof organization.statuses)[number] | undefined>(
    (latest, s) => (!latest || s.year > latest.year ? s : latest),
    undefined,
  );
}

export interface AgendaItem {
  roadmapId: string;
  anchor: string;
  /** The last day of the window that falls due. */
  end: string;
  /** The item is of a roadmap above the organisation, which names it responsible. */
  higher: boolean;
}

/**
 * What an organisation must see first: its overdue items, and what falls due from the first day of this month to the
 * end of the next — of its own roadmaps, and items of roadmaps above it that name it responsible.
 */
export function organizationAgenda(content: SiteContent, id: string): { overdue: Unit[]; due: AgendaItem[] } {
  const overdue = executionOf(content)
    .unitsOf(id)
    .filter((u) => u.state.overdue);
  const from = `${content.builtAt.slice(0, 7)}-01`;
  const to = addDays(`${addDays(from, 62).slice(0, 7)}-01`, -1);
  const due: AgendaItem[] = [];
  for (const roadmap of roadmapsOf(content, id)) {
    const own = roadmap.data.owner === id;
    const named = own ? undefined : namedResponsible(roadmap.data.sections, id);
    if (!own && !named?.size) continue;
    for (const entry of roadmapEntries(content, roadmap)) {
      if (!own && !named?.has(entry.anchor)) continue;
      const window = entry.deadline.occurrences.find((o) => !o.cutAtEnd && o.end >= from && o.end <= to);
      if (window) due.push({ roadmapId: roadmap.id, anchor: entry.anchor, end: window.end, higher: !own });
    }
  }
  return { overdue, due: due.sort((a, b) => a.end.localeCompare(b.end)) };
}

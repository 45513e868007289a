// Deadline entries of the published roadmaps, parsed once per build and shared by the roadmap pages, calendar pages,
// the home page and the .ics files; and the options every .ics file of this site is written with.
import { deadlineEntries, itemUrlFor, type DeadlineEntry, type IcsOptions } from '../calendar/index.ts';
import type { RoadmapEntry, SiteContent } from './content.ts';

const cache = new Map<string, DeadlineEntry[]>();

/** The dated and undated items of one roadmap, in document order. */
export function roadmapEntries(content: SiteContent, roadmap: RoadmapEntry): DeadlineEntry[] {
  let entries = cache.get(roadmap.id);
  if (!entries) {
    entries = deadlineEntries({ id: roadmap.id, roadmap: roadmap.data }, { organizations: content.organizations });
    cache.set(roadmap.id, entries);
  }
  return entries;
}

export function entriesOfRoadmaps(content: SiteContent, roadmaps: readonly RoadmapEntry[]): DeadlineEntry[] {
  return roadmaps.flatMap((r) => roadmapEntries(content, r));
}

/** Options of an .ics file named `name`: links to items (absolute with site.yaml `url`), DTSTAMP the build date. */
export function icsOptions(content: SiteContent, name: string): IcsOptions {
  return {
    name,
    itemUrl: itemUrlFor(import.meta.env.BASE_URL, content.site.url),
    organizations: content.organizations,
    stamp: new Date(`${content.builtAt}T00:00:00Z`),
  };
}

export const icsHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };

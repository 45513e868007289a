// The dated items of roadmaps: every item, control point and mechanism with its anchor and parsed deadline — what
// calendars, "due this month" lists and iCalendar files are made of. Pure: plain roadmap data in, plain data out.
import { itemAnchor, listItemAnchor, walkItems } from '../content-model/roadmap-structure.ts';
import type { Item, Roadmap, Section } from '../content-model/schemas.ts';
import { academicCalendarFor, parseDeadline, type AcademicCalendarInput, type Deadline } from '../deadlines/index.ts';

export interface RoadmapRef {
  id: string;
  roadmap: Roadmap;
}

export interface DeadlineEntry {
  roadmapId: string;
  roadmapTitle: string;
  /** The item's anchor on the roadmap page («p-municipal-I-1», «control-1»). */
  anchor: string;
  number?: string;
  title: string;
  deadline: Deadline;
}

export interface EntryOptions {
  /** Organisations, to find the academic calendar of each roadmap's region; the defaults without them. */
  organizations?: ReadonlyMap<string, { parent?: string; academicCalendar?: AcademicCalendarInput }>;
}

/** Every item of a roadmap that has a deadline, in document order (sections, then control points, then mechanisms). */
export function deadlineEntries({ id, roadmap }: RoadmapRef, options: EntryOptions = {}): DeadlineEntry[] {
  const calendar = academicCalendarFor(roadmap.owner, options.organizations ?? new Map());
  const items: [Item, string][] = [...walkItems<Item, Section>(roadmap.sections)].map((visit) => [
    visit.item,
    itemAnchor(visit.section.anchor, visit.item, visit.index),
  ]);
  for (const list of ['controlPoints', 'mechanisms'] as const) {
    roadmap[list]?.forEach((item, index) => {
      items.push([item, listItemAnchor(list, item, index)]);
    });
  }
  return items.flatMap(([item, anchor]) =>
    item.deadline === undefined
      ? []
      : [
          {
            roadmapId: id,
            roadmapTitle: roadmap.title,
            anchor,
            ...(item.number !== undefined ? { number: item.number } : {}),
            title: item.title,
            deadline: parseDeadline(item.deadline, roadmap.period, { calendar }),
          },
        ],
  );
}

/** Whether a deadline repeats («ежемесячно», «в конце четверти»): one event with a recurrence rule in iCalendar. */
export function isRecurring(entry: DeadlineEntry): boolean {
  const { kind, occurrences } = entry.deadline;
  return kind === 'recurrence' || (kind === 'term' && occurrences.length > 1);
}

export function entriesOf(roadmaps: readonly RoadmapRef[], options: EntryOptions = {}): DeadlineEntry[] {
  return roadmaps.flatMap((ref) => deadlineEntries(ref, options));
}

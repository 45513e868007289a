// iCalendar (RFC 5545) files of roadmap deadlines, made with ical-generator: one file per roadmap, per
// organisation (all the roadmaps that apply to it) or for a whole portal. All-day events, no time zone:
// - a one-off deadline is an event over its window (a day, a month, a span of months);
// - a recurring one («ежемесячно», «не реже одного раза в четверть», «в конце четверти») is one event on the last day
//   of each window, written as an RRULE, with RDATEs for dates the rule does not produce (or RDATEs alone when the
//   region's term dates follow no rule);
// - a deadline with no date (по отдельному графику) or not understood has no event: the roadmap page lists it.
// Each event has the item's title, the deadline as written and a link to the item on its roadmap page, and a UID
// that stays the same when the item's deadline changes (see `itemUid`), so a subscribed calendar moves the event
// rather than adding a second one. A window cut by the end of the roadmap's period is not a due date: a recurring
// event leaves it out.
//
// A calendar's events do not depend on the file they are in, so a site writes each roadmap's events once
// (`icsEvents`) and puts them together into the file of the roadmap, of every organisation it applies to, and of the
// portal (`icsFile`): an organisation's or the portal's file is the roadmaps' events one after another.
import ical, { escape as icalEscape, foldLines, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { isoDate, parts } from '../deadlines/dates.ts';
import { deadlineEntries, isRecurring, type DeadlineEntry, type EntryOptions, type RoadmapRef } from './entries.ts';

export { isRecurring };
import { recurrenceFor } from './recurrence-rule.ts';

/** What an event is written with, whatever file it goes into. */
export interface EventOptions {
  /** Absolute address of an item on its roadmap page. */
  itemUrl: (roadmapId: string, anchor: string) => string;
  /** When the file was made (DTSTAMP); the build time. */
  stamp?: Date;
}

export interface IcsOptions extends EntryOptions, EventOptions {
  /** The calendar's name as calendar apps show it (X-WR-CALNAME). */
  name: string;
}

const dayAfter = (iso: string) => {
  const { year, month, day } = parts(iso);
  return isoDate(year, month, day + 1);
};
/** A date as ical-generator writes it for an all-day event: UTC midnight, so no offset moves the day. */
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const compact = (iso: string) => iso.replace(/-/g, '');

function describe(entry: DeadlineEntry, url: string): string {
  const where = entry.number ? `${entry.roadmapTitle}, пункт ${entry.number}` : entry.roadmapTitle;
  return `Срок: ${entry.deadline.text}\n${where}\n${url}`;
}

/**
 * The UID of an item's event: the roadmap, its edition (none yet: roadmaps have no editions, so the part is empty)
 * and the item's anchor — not its dates, so a changed deadline updates the event in subscribers' calendars. An item
 * whose deadline gives several windows has one event per window: the first keeps the item's UID, the others add
 * their number («#2»).
 */
export function itemUid(roadmapId: string, anchor: string, options: { edition?: string; part?: number } = {}): string {
  const path = [roadmapId, options.edition, anchor].filter(Boolean).join('/');
  return `${path}${options.part && options.part > 1 ? `#${options.part}` : ''}@karta`;
}

/** The due dates of a recurring entry: the last day of each window the period's end did not cut. */
function dueDates(entry: DeadlineEntry): string[] {
  return [...new Set(entry.deadline.occurrences.filter((o) => !o.cutAtEnd).map((o) => o.end))].sort();
}

/** Whether an entry gives an event: understood, with a window (a recurring one, with a due date). */
export function hasEvent(entry: DeadlineEntry): boolean {
  if (!entry.deadline.understood || !entry.deadline.occurrences.length) return false;
  return !isRecurring(entry) || dueDates(entry).length > 0;
}

function addEntry(calendar: ICalCalendar, entry: DeadlineEntry, options: EventOptions): void {
  const url = options.itemUrl(entry.roadmapId, entry.anchor);
  const common = {
    summary: entry.title,
    description: describe(entry, url),
    url,
    allDay: true,
    transparency: ICalEventTransparency.TRANSPARENT,
    ...(options.stamp ? { stamp: options.stamp } : {}),
  };
  const uid = (part?: number) => itemUid(entry.roadmapId, entry.anchor, part ? { part } : {});
  const { occurrences } = entry.deadline;

  if (isRecurring(entry)) {
    const dues = dueDates(entry);
    const { recurrence } = entry.deadline;
    // Months, quarters and years repeat by counting months; terms of the school year and named months, by the calendar.
    const monthly =
      recurrence !== undefined &&
      recurrence.months === undefined &&
      ['month', 'quarter', 'year'].includes(recurrence.unit);
    const { rrule, rdates } = recurrenceFor(dues, monthly ? 'monthly' : 'yearly');
    const first = dues[0];
    // Without a rule every date is an RDATE, the first (DTSTART) too: some readers (ical.js, so Thunderbird) count
    // DTSTART as an instance only when there is an RRULE. Each RDATE on its own line: ical-generator takes a lone
    // line for an RRULE.
    const lines = rrule
      ? [`RRULE:${rrule}`, ...rdates.map((date) => `RDATE;VALUE=DATE:${compact(date)}`)]
      : dues.map((date) => `RDATE;VALUE=DATE:${compact(date)}`);
    if (first && lines.length >= (rrule ? 1 : 2)) {
      calendar.createEvent({
        ...common,
        id: uid(),
        start: utc(first),
        end: utc(dayAfter(first)),
        repeating: lines.join('\n'),
      });
      return;
    }
    dues.forEach((date, index) => {
      calendar.createEvent({ ...common, id: uid(index + 1), start: utc(date), end: utc(dayAfter(date)) });
    });
    return;
  }

  occurrences.forEach((occurrence, index) => {
    calendar.createEvent({
      ...common,
      id: uid(index + 1),
      start: utc(occurrence.start),
      end: utc(dayAfter(occurrence.end)),
    });
  });
}

const prodId = { company: 'karta', product: 'Карта: дорожные карты ШНОР', language: 'RU' };
const end = 'END:VCALENDAR';

/**
 * The events of the given deadline entries as iCalendar lines (each VEVENT … END:VEVENT, CRLF after each line), to
 * be put into a file with `icsFile`; an empty string when no entry has a date.
 */
export function icsEvents(entries: readonly DeadlineEntry[], options: EventOptions): string {
  const calendar = ical({ prodId });
  for (const entry of entries) {
    if (hasEvent(entry)) addEntry(calendar, entry, options);
  }
  const text = calendar.toString();
  const first = text.indexOf('BEGIN:VEVENT');
  return first < 0 ? '' : text.slice(first, text.lastIndexOf(end));
}

/**
 * What comes before and after the events in an iCalendar file named `name`. The name is written here rather than by
 * ical-generator, which leaves «,» and «;» of NAME and X-WR-CALNAME unescaped (RFC 5545, 3.3.11: a TEXT value
 * escapes «\», «,», «;» and line breaks); every line ends with CRLF, the last one too (RFC 5545, 3.1).
 */
export function icsEnvelope(name: string): { header: string; footer: string } {
  const empty = ical({ prodId }).toString();
  const named = foldLines(`NAME:${icalEscape(name, false)}\r\nX-WR-CALNAME:${icalEscape(name, false)}`);
  return { header: `${empty.slice(0, empty.lastIndexOf(end))}${named}\r\n`, footer: `${end}\r\n` };
}

/**
 * An iCalendar file named `name` with the given events (texts made by `icsEvents`), in order. RFC 5545 wants at
 * least one component in a calendar: a site writes no file for a calendar without events (`hasEvent`).
 */
export function icsFile(name: string, events: Iterable<string>): string {
  const { header, footer } = icsEnvelope(name);
  let body = '';
  for (const text of events) body += text;
  return header + body + footer;
}

/** The iCalendar text of the given deadline entries. */
export function entriesToIcs(entries: readonly DeadlineEntry[], options: IcsOptions): string {
  return icsFile(options.name, [icsEvents(entries, options)]);
}

/** One roadmap's calendar. */
export function roadmapIcs(roadmap: RoadmapRef, options: IcsOptions): string {
  return entriesToIcs(deadlineEntries(roadmap, options), options);
}

/** Several roadmaps' events in one file, each roadmap's written on its own (as a site does once per roadmap). */
function roadmapsIcs(roadmaps: readonly RoadmapRef[], options: IcsOptions): string {
  return icsFile(
    options.name,
    roadmaps.map((roadmap) => icsEvents(deadlineEntries(roadmap, options), options)),
  );
}

/** An organisation's calendar: the roadmaps that apply to it (its own and those above it), as the caller lists them. */
export function organizationIcs(roadmaps: readonly RoadmapRef[], options: IcsOptions): string {
  return roadmapsIcs(roadmaps, options);
}

/** The whole portal's calendar: every roadmap. */
export function portalIcs(roadmaps: readonly RoadmapRef[], options: IcsOptions): string {
  return roadmapsIcs(roadmaps, options);
}

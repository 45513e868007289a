// Calendars of roadmap deadlines: dated entries, what is due by month, timelines, iCalendar files. Pure, no Astro.
export { deadlineEntries, entriesOf, type DeadlineEntry, type EntryOptions, type RoadmapRef } from './entries.ts';
export {
  addCounts,
  agendaByMonth,
  calendarMonths,
  countDistinct,
  dueCounts,
  dueInMonth,
  dueSoon,
  groupByRoadmap,
  monthLists,
  monthsFrom,
  monthsOf,
  undated,
  type CalendarBelow,
  type CalendarMonth,
  type CalendarSource,
  type DueEntry,
  type MonthAgenda,
  type MonthLists,
  type RoadmapGroup,
  type ShortAgenda,
} from './due.ts';
export { labelsText, occurrenceLabels, windowLabel, type TimeLabel, type WindowLabel } from './format.ts';
export { itemUrlFor } from './links.ts';
export { timelineLayout, timelineRows, type TimelineBar, type TimelineLayout, type TimelineRow } from './timeline.ts';
export {
  entriesToIcs,
  hasEvent,
  icsEnvelope,
  icsEvents,
  icsFile,
  isRecurring,
  itemUid,
  organizationIcs,
  portalIcs,
  roadmapIcs,
  type EventOptions,
  type IcsOptions,
} from './ical.ts';
export { recurrenceFor, type RecurrenceLines } from './recurrence-rule.ts';

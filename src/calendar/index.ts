// Calendars of roadmap deadlines: dated entries, what is due by month, iCalendar files. Pure, no Astro.
export { deadlineEntries, entriesOf, type DeadlineEntry, type EntryOptions, type RoadmapRef } from './entries.ts';
export { agendaByMonth, dueInMonth, monthsOf, type DueEntry, type MonthAgenda } from './due.ts';
export { entriesToIcs, isRecurring, organizationIcs, portalIcs, roadmapIcs, type IcsOptions } from './ical.ts';
export { recurrenceFor, type RecurrenceLines } from './recurrence-rule.ts';

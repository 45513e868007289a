// Deadlines understood: Russian deadline phrases of roadmaps parsed into structure and dates. Pure, no Astro.
export * from './types.ts';
export { parseDeadline, isValidPeriod, type DeadlineOptions } from './deadline.ts';
export { understandDeadline } from './parse.ts';
export {
  academicCalendarFor,
  defaultAcademicCalendar,
  resolveAcademicCalendar,
  type AcademicCalendar,
  type AcademicCalendarInput,
  type TermBounds,
} from './academic-calendar.ts';

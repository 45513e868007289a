// The academic calendar: when the school year, its quarters (четверти), half-years (полугодия) and holidays
// (каникулы) begin and end.
// Regions differ (and so may a region from year to year); the defaults below are the common Russian pattern, and a
// region overrides any of them in its organisation file (field `academicCalendar`), which applies to every roadmap
// of organisations under it. This module is the one place the defaults live.
import { isoDate } from './dates.ts';
import type { Period } from './types.ts';

/** A term's first and last day as «MM-DD», both inclusive. */
export interface TermBounds {
  start: string;
  end: string;
}

export interface AcademicCalendar {
  /** The month the academic year starts (September): a month before it belongs to the next calendar year. */
  yearStartMonth: number;
  schoolYear: TermBounds;
  /** The four quarters (четверти), in order. */
  quarters: TermBounds[];
  /** The two half-years (полугодия), in order. */
  halves: TermBounds[];
  /** The holidays (каникулы) of the school year. */
  holidays: Record<HolidayName, TermBounds>;
}

/** The holidays in the order they come in the school year; a holiday's number (1–4) is its place here. */
const holidayNames = ['autumn', 'winter', 'spring', 'summer'] as const;
type HolidayName = (typeof holidayNames)[number];

/**
 * As written in an organisation file: any part may be left out (any holiday too) and is then taken from the defaults.
 */
export type AcademicCalendarInput = Partial<Omit<AcademicCalendar, 'holidays'>> & {
  holidays?: Partial<Record<HolidayName, TermBounds>>;
};

export const defaultAcademicCalendar: AcademicCalendar = {
  yearStartMonth: 9,
  schoolYear: { start: '09-01', end: '05-31' },
  quarters: [
    { start: '09-01', end: '10-31' },
    { start: '11-01', end: '12-31' },
    { start: '01-01', end: '03-31' },
    { start: '04-01', end: '05-31' },
  ],
  halves: [
    { start: '09-01', end: '12-31' },
    { start: '01-01', end: '05-31' },
  ],
  // Typical dates of Russian school holidays. They are defaults only: each region (or municipality, or school) sets
  // its own each year in its calendar, and an organisation overrides any of them in its file.
  holidays: {
    autumn: { start: '10-28', end: '11-05' },
    winter: { start: '12-30', end: '01-08' },
    spring: { start: '03-23', end: '03-31' },
    summer: { start: '06-01', end: '08-31' },
  },
};

const resolved = new WeakMap<AcademicCalendarInput, AcademicCalendar>();

/**
 * The input merged over the defaults;
 * the same input object gives the same calendar object (parsed deadlines are cached per calendar).
 */
export function resolveAcademicCalendar(input?: AcademicCalendarInput): AcademicCalendar {
  if (!input) return defaultAcademicCalendar;
  let calendar = resolved.get(input);
  if (!calendar) {
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const holidays = Object.fromEntries(
      Object.entries(input.holidays ?? {}).filter(([, value]) => value !== undefined),
    );
    calendar = { ...defaultAcademicCalendar, ...given, holidays: { ...defaultAcademicCalendar.holidays, ...holidays } };
    resolved.set(input, calendar);
  }
  return calendar;
}

/**
 * The calendar of an organisation: the nearest `academicCalendar` on the way up from it (school → municipality →
 * region), merged over the defaults.
 */
export function academicCalendarFor(
  organizationId: string | undefined,
  organizations: ReadonlyMap<string, { parent?: string; academicCalendar?: AcademicCalendarInput }>,
): AcademicCalendar {
  const seen = new Set<string>();
  let id = organizationId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const org = organizations.get(id);
    if (org?.academicCalendar) return resolveAcademicCalendar(org.academicCalendar);
    id = org?.parent;
  }
  return defaultAcademicCalendar;
}

/** The calendar year a month falls in within the academic year that starts in `academicYear`. */
export function yearInAcademicYear(calendar: AcademicCalendar, academicYear: number, month: number): number {
  return month >= calendar.yearStartMonth ? academicYear : academicYear + 1;
}

/** The academic year (the calendar year it starts in) a date belongs to. */
export function academicYearOf(calendar: AcademicCalendar, iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= calendar.yearStartMonth ? year : year - 1;
}

/**
 * Whether a roadmap counts its years as school years: its period ends between the end of a school year and the start
 * of the next (May to August by default), as a plan for «2023/24 учебный год» does. Its «год» («ежегодно», «2 раза в
 * год», «по итогам года») is then the school year; a period that ends in autumn or winter counts calendar years.
 */
export function countsSchoolYears(calendar: AcademicCalendar, period: Period): boolean {
  const endMonth = Number(period.end.slice(5, 7));
  return endMonth >= Number(calendar.schoolYear.end.slice(0, 2)) && endMonth < calendar.yearStartMonth;
}

/** Every academic year that can touch the period, with one before it for spans that start early. */
export function academicYearsAround(calendar: AcademicCalendar, period: Period): number[] {
  const years: number[] = [];
  for (let y = academicYearOf(calendar, period.start) - 1; y <= academicYearOf(calendar, period.end); y++)
    years.push(y);
  return years;
}

export interface AcademicTerm {
  /** 1-based number within the academic year. */
  number: number;
  academicYear: number;
  start: string;
  end: string;
}

function boundsToDates(
  calendar: AcademicCalendar,
  academicYear: number,
  bounds: TermBounds,
): { start: string; end: string } {
  const at = (monthDay: string) => {
    const [month = 1, day = 1] = monthDay.split('-').map(Number);
    return isoDate(yearInAcademicYear(calendar, academicYear, month), month, day);
  };
  return { start: at(bounds.start), end: at(bounds.end) };
}

export type AcademicUnit = 'school-quarter' | 'school-half' | 'school-year' | 'holidays';

function boundsOf(calendar: AcademicCalendar, unit: AcademicUnit): TermBounds[] {
  if (unit === 'school-quarter') return calendar.quarters;
  if (unit === 'school-half') return calendar.halves;
  if (unit === 'holidays') return holidayNames.map((name) => calendar.holidays[name]);
  return [calendar.schoolYear];
}

/** The terms of one kind in the given academic years, in order. */
export function termsOfYears(
  calendar: AcademicCalendar,
  unit: AcademicUnit,
  academicYears: readonly number[],
): AcademicTerm[] {
  const list = boundsOf(calendar, unit);
  return academicYears.flatMap((academicYear) =>
    list.map((bounds, index) => ({
      number: index + 1,
      academicYear,
      ...boundsToDates(calendar, academicYear, bounds),
    })),
  );
}

/** The terms of one kind in the academic years around a period, in order. */
export function academicTerms(calendar: AcademicCalendar, unit: AcademicUnit, period: Period): AcademicTerm[] {
  return termsOfYears(calendar, unit, academicYearsAround(calendar, period));
}

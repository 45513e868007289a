// What a deadline phrase means: the structure the parser derives from the words of the document, and the concrete
// date windows (occurrences) that structure gives within a roadmap's period. The words themselves stay the legal
// text; everything here is derived from them and can be recomputed at any time.

/** A roadmap's period of validity, ISO dates (YYYY-MM-DD), both inclusive. */
export interface Period {
  start: string;
  end: string;
}

/** A concrete window in which the item is due: ISO dates, both inclusive (a single day has start === end). */
export interface Occurrence {
  start: string;
  end: string;
  /**
   * The end of the roadmap's period cut the window short: the deadline the document sets lies after `end`, so the
   * window is work going on until the period ends, never a deadline on `end`.
   */
  cutAtEnd?: true;
}

export const deadlineKinds = ['date', 'months', 'range', 'recurrence', 'term', 'period', 'unscheduled'] as const;

/**
 * - `date`: one or more days («до 30 января 2023 г.», «01.12.2023»);
 * - `months`: a month or a list of months, possibly with month ranges among them («февраль, июнь 2023 г.»);
 * - `range`: one continuous span («январь - апрель 2023 г.», «с 1 сентября по 15 октября», «2023 г.»);
 * - `recurrence`: repeats («ежемесячно», «2 раза в год», «не реже одного раза в четверть»);
 * - `term`: a term of the academic or calendar year («в конце четверти», «до четвертой четверти», «II квартал»);
 * - `period`: the whole period («в течение года», «в течение учебного года»);
 * - `unscheduled`: no fixed date («по отдельному графику», «по плану работы МТКП») — or a phrase not understood.
 */
export type DeadlineKind = (typeof deadlineKinds)[number];

/** A calendar point as written: a month, or a day of a month; without a year it repeats every (academic) year. */
export interface Point {
  year?: number;
  month: number;
  day?: number;
}

/** One element of a list of dates and months: a single point, or a span `from`–`to`. */
export interface DatePart {
  from: Point;
  to?: Point;
}

/**
 * Units of repetition and of terms. `week` (Monday to Sunday), `quarter`: the calendar week and quarter (квартал);
 * `year`: the roadmap's year — the calendar year, or September to August in a roadmap that counts school years
 * (`countsSchoolYears`), unless the words say «календарный год» (`calendarYear`); `school-quarter` (четверть),
 * `school-half` (полугодие), `school-year` (учебный год), `holidays` (каникулы): the academic calendar.
 */
export type RecurrenceUnit = 'week' | 'month' | 'quarter' | 'year' | 'school-quarter' | 'school-half' | 'school-year';
export type TermUnit = 'quarter' | 'year' | 'school-quarter' | 'school-half' | 'school-year' | 'holidays';

export interface Recurrence {
  unit: RecurrenceUnit;
  /** Every `interval` units: 2 for «не реже одного в два месяца». */
  interval: number;
  /** How many times per window: 2 for «2 раза в год». */
  times: number;
  /** «не реже …»: at least that often. */
  atLeast: boolean;
  /** Months named with the recurrence: «2 раза в год июнь, октябрь» → [6, 10], «ежегодно в мае» → [5]. */
  months?: number[];
  /** The day of the week (1 Monday … 7 Sunday) of a weekly recurrence: «каждый понедельник» → 1. */
  weekday?: number;
  /**
   * The day of the month of a monthly recurrence, or of the months of a yearly one: «до 25 числа каждого месяца» → 25,
   * «ежегодно до 1 сентября» → 1 (with `months` [9]).
   */
  day?: number;
  /** «раз в календарный год»: the unit `year` is January to December whatever years the roadmap counts. */
  calendarYear?: true;
  /** The year a yearly recurrence starts in: «ежегодно с 2023 года» → 2023; the period before it has no window. */
  fromYear?: number;
}

export interface TermRef {
  unit: TermUnit;
  /**
   * Which one (1-based: «II квартал» → 2, «до четвертой четверти» → 4); absent: every one. Holidays in their order
   * in the school year: 1 autumn, 2 winter, 3 spring, 4 summer («в период осенних каникул» → 1).
   */
  number?: number;
  /**
   * A year written with the term: the calendar year of a quarter or year («II квартал 2023»), the academic year
   * (the calendar year it starts in) of a school term («в течение 2024-2025 учебного года» → 2024).
   */
  year?: number;
  /** The whole term, its first day, or its last day («в конце четверти», «по итогам полугодия»). */
  position: 'whole' | 'start' | 'end';
  /** «до конца календарного года»: the unit `year` is the calendar year whatever years the roadmap counts. */
  calendarYear?: true;
}

/** Why a deadline has no fixed date, and whose plan or what event fixes it. */
export interface DeadlineBasis {
  /**
   * `schedule`: a separate schedule or plan; `plan`: someone's work plan; `after`: after an event («после проведения
   * оценочной процедуры», «по окончании ГИА»); `on-demand`: as needed.
   */
  type: 'schedule' | 'plan' | 'after' | 'on-demand';
  /** The rest of the words as written: «МТКП», «проведения оценочной процедуры». */
  detail?: string;
}

/** The meaning of a deadline phrase, without the dates it gives in a particular period. */
export interface DeadlineStructure {
  kind: DeadlineKind;
  /**
   * «до …», «к …», «не позднее …»: the named day or term is the latest moment (the occurrence is that day); a month
   * without a day is due on its last day («до конца мая»).
   */
  by?: boolean;
  parts?: DatePart[];
  recurrence?: Recurrence;
  terms?: TermRef[];
  /**
   * For `period`: the roadmap's whole period, or the school years within it. For `recurrence`: `school-year` when
   * the rhythm is of the school year only («ежемесячно в течение учебного года»), without its summer.
   */
  scope?: 'period' | 'school-year';
  basis?: DeadlineBasis;
}

export interface Deadline extends DeadlineStructure {
  /** The words as written in the document. */
  text: string;
  /** false: the phrase was not understood; it is kept as text, kind `unscheduled`, with no occurrences. */
  understood: boolean;
  /** Concrete windows, sorted by start. */
  occurrences: Occurrence[];
}

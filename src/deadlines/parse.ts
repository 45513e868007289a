// Understanding a deadline phrase as written in a roadmap («до 30 января 2023 г.», «февраль, июнь 2023 г.»,
// «не реже одного раза в четверть», «по плану работы МТКП») — the structure only; occurrences.ts turns it into
// dates for a period. Pure: no Astro, no I/O.
//
// The phrase is normalised (case, «ё», dashes and hyphens, spaces, «г.»/«года»/«г.г.» after a year, trailing dots),
// split into tokens and read by a small grammar. Every token must be accounted for: a phrase with words the grammar
// does not know is not understood, rather than half-understood.
import { dayExists } from './dates.ts';
import type {
  DatePart,
  DeadlineBasis,
  DeadlineStructure,
  Point,
  Recurrence,
  RecurrenceUnit,
  TermRef,
  TermUnit,
} from './types.ts';

// ─── Normalising ────────────────────────────────────────────────────────────────────────────────────────────

/** Spaces, dashes and trailing punctuation normalised; the letters' case kept. */
function normalizeSpacing(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

const schoolYearAdjective: Record<string, string> = { года: 'учебного', году: 'учебном', год: 'учебный' };

/** Months as tables shorten them to fit a narrow column («окт.-нояб.», «сент. 2023», «янв.–февр. 2024»). */
const monthAbbreviations: Record<string, string> = {
  янв: 'январь',
  фев: 'февраль',
  февр: 'февраль',
  мар: 'март',
  апр: 'апрель',
  июн: 'июнь',
  июл: 'июль',
  авг: 'август',
  сен: 'сентябрь',
  сент: 'сентябрь',
  окт: 'октябрь',
  ноя: 'ноябрь',
  нояб: 'ноябрь',
  дек: 'декабрь',
};

/**
 * What tables abbreviate or misspell around a term: «в теч. года», «в течении года» (for «в течение»), «в течение уч.
 * года», and months («окт.»). Done before lower-casing, so that the words as written still line up with the
 * lower-case text. A month's abbreviation needs its dot, where the phrase does not end with it (normalising drops a
 * trailing dot): without one, the letters may begin another word.
 */
function expandAbbreviations(text: string): string {
  return text
    .replace(
      /(?<![а-яё])(янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.(?![а-яё])|$)/giu,
      (_, short: string) => monthAbbreviations[short.toLowerCase()] ?? short,
    )
    .replace(/(?<![а-яё])(в) (?:теч\.|течении(?![а-яё])) ?/giu, '$1 течение ')
    .replace(
      /(?<![а-яё])уч\. ?(года|году|год)(?![а-яё])/giu,
      (_, word: string) => `${schoolYearAdjective[word.toLowerCase()]} ${word}`,
    );
}

function lowerCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** «2023 г.», «2023г.», «2023 года», «2023, 2024 г.г.», «2023 гг.», «1.09.09г.» → the bare year. */
function dropYearWords(text: string): string {
  return text
    .replace(/(\d{4})\s*(?:г\.\s*г\.?|гг\.?|годы|годов|года|году|год|г\.?)(?![а-я])/g, '$1')
    .replace(/(\d{1,2}\.\d{1,2}\.\d{2})\s*(?:года|г\.?)(?![а-я])/g, '$1');
}

// ─── Tokens ─────────────────────────────────────────────────────────────────────────────────────────────────

type Token =
  | { t: 'date'; year?: number; month: number; day: number }
  | { t: 'year'; v: number }
  | { t: 'num'; v: number }
  | { t: 'word'; v: string }
  | { t: 'punct'; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // «01.12.2023»; «1.09.09» (a two-digit year is of this century); «05.09» (no year: every year).
  const pattern = /(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d.]*\d)|(\d+)|([a-zа-я]+)|(\.)|(\S)/g;
  for (const m of text.matchAll(pattern)) {
    if (m[1] !== undefined) {
      const year = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      tokens.push({ t: 'date', day: Number(m[1]), month: Number(m[2]), ...(year !== undefined ? { year } : {}) });
    } else if (m[4] !== undefined) {
      const v = Number(m[4]);
      tokens.push(m[4].length === 4 && v >= 1900 && v <= 2100 ? { t: 'year', v } : { t: 'num', v });
    } else if (m[5] !== undefined) tokens.push({ t: 'word', v: m[5] });
    else if (m[6] !== undefined)
      continue; // a stray dot («г.», «Апрель 2024.») means nothing
    else tokens.push({ t: 'punct', v: m[7] ?? '' });
  }
  return tokens;
}

class Cursor {
  readonly tokens: readonly Token[];
  i = 0;
  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }
  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }
  isWord(offset: number, ...values: string[]): boolean {
    const token = this.peek(offset);
    return token?.t === 'word' && values.includes(token.v);
  }
  isPunct(offset: number, value: string): boolean {
    const token = this.peek(offset);
    return token?.t === 'punct' && token.v === value;
  }
  /** Consumes the words in sequence when all of them are there. */
  words(...sequence: (string | string[])[]): boolean {
    for (const [k, expected] of sequence.entries()) {
      if (!this.isWord(k, ...(Array.isArray(expected) ? expected : [expected]))) return false;
    }
    this.i += sequence.length;
    return true;
  }
  punct(value: string): boolean {
    if (!this.isPunct(0, value)) return false;
    this.i++;
    return true;
  }
}

// ─── Words ──────────────────────────────────────────────────────────────────────────────────────────────────

const monthPatterns: RegExp[] = [
  /^январ(?:ь|я|е|ю|ем)$/,
  /^феврал(?:ь|я|е|ю|ем)$/,
  /^март(?:|а|е|у|ом)$/,
  /^апрел(?:ь|я|е|ю|ем)$/,
  /^ма(?:й|я|е|ю|ем)$/,
  /^июн(?:ь|я|е|ю|ем)$/,
  /^июл(?:ь|я|е|ю|ем)$/,
  /^август(?:|а|е|у|ом)$/,
  /^сентябр(?:ь|я|е|ю|ем)$/,
  /^октябр(?:ь|я|е|ю|ем)$/,
  /^ноябр(?:ь|я|е|ю|ем)$/,
  /^декабр(?:ь|я|е|ю|ем)$/,
];

function monthOf(token: Token | undefined): number | undefined {
  if (token?.t !== 'word') return undefined;
  const index = monthPatterns.findIndex((p) => p.test(token.v));
  return index >= 0 ? index + 1 : undefined;
}

const countWords: Record<string, number> = {
  один: 1,
  одного: 1,
  одна: 1,
  одной: 1,
  одну: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
};

/** A count: «2», «одного», «два». */
function count(c: Cursor): number | undefined {
  const token = c.peek();
  if (token?.t === 'num' && token.v >= 1 && token.v <= 12) {
    c.i++;
    return token.v;
  }
  if (token?.t === 'word' && token.v in countWords) {
    c.i++;
    return countWords[token.v];
  }
  return undefined;
}

const ordinalPatterns: [RegExp, number][] = [
  [/^(?:i|перв(?:ый|ая|ое|ой|ого|ом|ую|ые|ых))$/, 1],
  [/^(?:ii|втор(?:ой|ая|ое|ого|ом|ую|ые|ых))$/, 2],
  [/^(?:iii|трет(?:ий|ья|ье|ьей|ьего|ьем|ью|ьи|ьих))$/, 3],
  [/^(?:iv|четверт(?:ый|ая|ое|ой|ого|ом|ую|ые|ых))$/, 4],
];
const ordinalSuffixes = ['й', 'я', 'е', 'го', 'ое', 'ой', 'ый', 'ая', 'ий', 'ье', 'ья', 'м'];

/** An ordinal 1–4: «II», «четвертой», «1», «2-й». */
function ordinal(c: Cursor): number | undefined {
  const token = c.peek();
  if (token?.t === 'num' && token.v >= 1 && token.v <= 4) {
    c.i++;
    if (c.isPunct(0, '-') && c.isWord(1, ...ordinalSuffixes)) c.i += 2;
    return token.v;
  }
  if (token?.t === 'word') {
    const found = ordinalPatterns.find(([p]) => p.test(token.v));
    if (found) {
      c.i++;
      return found[1];
    }
  }
  return undefined;
}

/** «1,2», «I и II», «1-3» → [1, 2], [1, 2], [1, 2, 3]. */
function ordinalList(c: Cursor): number[] {
  const first = ordinal(c);
  if (first === undefined) return [];
  const list = [first];
  for (;;) {
    const start = c.i;
    if (c.punct('-')) {
      const to = ordinal(c);
      const from = list.at(-1) ?? first;
      if (to !== undefined && to > from) {
        for (let n = from + 1; n <= to; n++) list.push(n);
        continue;
      }
    } else if (c.punct(',') || c.words('и')) {
      const next = ordinal(c);
      if (next !== undefined) {
        list.push(next);
        continue;
      }
    }
    c.i = start;
    return list;
  }
}

function termUnit(c: Cursor): TermUnit | undefined {
  if (c.words(['учебного', 'учебный', 'учебном', 'учебному'], ['года', 'год', 'году'])) return 'school-year';
  if (c.words(['календарного', 'календарный', 'календарном'], ['года', 'год', 'году'])) return 'year';
  if (c.words(['четверть', 'четверти', 'четвертью', 'четвертей', 'четвертям', 'четвертях'])) return 'school-quarter';
  if (c.words(['полугодие', 'полугодия', 'полугодии', 'полугодию', 'полугодий'])) return 'school-half';
  if (c.words(['квартал', 'квартала', 'квартале', 'кварталу', 'кварталов'])) return 'quarter';
  if (c.words(['года', 'год', 'году'])) return 'year';
  return undefined;
}

/** Whether the next words say «календарный год»: January to December even in a roadmap that counts school years. */
const calendarYearAhead = (c: Cursor) => c.isWord(0, 'календарного', 'календарный', 'календарном');

// ─── Unscheduled: a basis instead of a date ─────────────────────────────────────────────────────────────────

const basisPatterns: [RegExp, DeadlineBasis['type']][] = [
  [/^(?:по )?отдел[а-я]* (?:график|план)[а-я]*(?: (?<detail>.+))?$/d, 'schedule'],
  [/^(?:в соответствии с|согласно|по) (?:план-график|график)[а-я]*(?: (?<detail>.+))?$/d, 'schedule'],
  [/^(?:в соответствии с|согласно|по) план[а-я]*(?: работ[а-я]*)?(?: (?<detail>.+))?$/d, 'plan'],
  [/^после (?<detail>.+)$/d, 'after'],
  [/^по (?:мере )?необходимости$|^по запросу$|^по требованию$/d, 'on-demand'],
];

/** A phrase that names no date but says what fixes it («по плану работы МТКП»); the detail keeps its case. */
function matchBasis(lower: string, cased: string): DeadlineBasis | undefined {
  for (const [pattern, type] of basisPatterns) {
    const m = pattern.exec(lower);
    if (!m) continue;
    const at = m.indices?.groups?.detail;
    if (!at) return { type };
    const detail = lower.length === cased.length ? cased.slice(at[0], at[1]) : (m.groups?.detail ?? '');
    return { type, detail };
  }
  return undefined;
}

// ─── Recurrences ────────────────────────────────────────────────────────────────────────────────────────────

function recurrenceUnit(c: Cursor): { unit: RecurrenceUnit; halfYear?: boolean; calendarYear?: true } | undefined {
  if (c.words('полгода')) return { unit: 'year', halfYear: true };
  if (c.words(['неделю', 'недели', 'недель'])) return { unit: 'week' };
  if (c.words(['месяц', 'месяца', 'месяцев'])) return { unit: 'month' };
  if (c.words(['лет'])) return { unit: 'year' };
  const calendarYear = calendarYearAhead(c);
  const term = termUnit(c);
  return term && term !== 'holidays' ? { unit: term, ...(calendarYear ? { calendarYear } : {}) } : undefined;
}

const weekdayPatterns: RegExp[] = [
  /^понедельник(?:|а|ам|у)$/,
  /^вторник(?:|а|ам|у)$/,
  /^сред(?:а|у|ам|ы)$/,
  /^четверг(?:|а|ам|у)$/,
  /^пятниц(?:а|у|ам|ы)$/,
  /^суббот(?:а|у|ам|ы)$/,
  /^воскресень(?:е|я|ям)$/,
];

/** A day of the week, 1 (Monday) … 7 (Sunday). */
function weekday(c: Cursor): number | undefined {
  const token = c.peek();
  if (token?.t !== 'word') return undefined;
  const index = weekdayPatterns.findIndex((p) => p.test(token.v));
  if (index < 0) return undefined;
  c.i++;
  return index + 1;
}

/**
 * «ежемесячно», «еженедельно», «ежегодно в мае», «2 раза в год», «не реже одного раза в четверть», «не реже одного
 * в два месяца», «каждую четверть», «каждый понедельник», «еженедельно по пятницам».
 */
function recurrence(c: Cursor): Recurrence | undefined {
  const simple: Record<string, RecurrenceUnit> = {
    еженедельно: 'week',
    ежемесячно: 'month',
    ежеквартально: 'quarter',
    ежегодно: 'year',
  };
  const first = c.peek();
  if (first?.t === 'word' && first.v in simple) {
    const unit = simple[first.v] as RecurrenceUnit;
    c.i++;
    const result: Recurrence = { unit, interval: 1, times: 1, atLeast: false };
    if (c.done()) return result;
    // «еженедельно по понедельникам», «еженедельно, в пятницу».
    if (unit === 'week') {
      c.punct(',');
      c.words(['по', 'в', 'во']);
      const day = weekday(c);
      return day !== undefined && c.done() ? { ...result, weekday: day } : undefined;
    }
    // «ежегодно в мае», «ежегодно, май», «ежегодно (май, сентябрь)»: the months it happens in.
    if (unit !== 'year') return undefined;
    c.punct(',') || c.words(['в', 'во']);
    return monthsTail(c, result);
  }

  // «каждый понедельник», «по понедельникам».
  if (c.isWord(0, 'каждый', 'каждую', 'каждое', 'по')) {
    const start = c.i;
    c.i++;
    const day = weekday(c);
    if (day !== undefined && c.done()) return { unit: 'week', interval: 1, times: 1, atLeast: false, weekday: day };
    c.i = start;
  }

  const atLeast = c.words('не', ['реже', 'менее']);
  if (atLeast) c.words('чем');
  let times: number | undefined;
  let interval = 1;
  let found: ReturnType<typeof recurrenceUnit>;
  if (!atLeast && c.words(['каждую', 'каждый', 'каждое', 'каждые', 'каждого', 'каждой'])) {
    c.words(['учебную', 'учебный', 'учебное']);
    times = 1;
    found = recurrenceUnit(c);
  } else {
    times = count(c);
    const raz = c.words(['раз', 'раза']);
    if (times === undefined && !raz) return undefined;
    times ??= 1;
    if (!c.words(['в', 'во'])) return undefined;
    interval = count(c) ?? 1;
    c.words(['учебную', 'учебный', 'учебное']);
    found = recurrenceUnit(c);
  }
  if (!found) return undefined;
  const result: Recurrence = { unit: found.unit, interval, times, atLeast };
  if (found.calendarYear) result.calendarYear = true;
  if (found.halfYear) {
    if (interval !== 1) return undefined;
    result.times = times * 2;
  }

  return monthsTail(c, result);
}

/**
 * «2 раза в год июнь, октябрь», «… (июнь, октябрь)», «…: декабрь, май»: the months a recurrence happens in, if named.
 */
function monthsTail(c: Cursor, result: Recurrence): Recurrence | undefined {
  if (!c.done()) {
    const open = c.punct('(');
    if (!open) c.punct(':');
    const rest = calendarList(c);
    if (open && !c.punct(')')) return undefined;
    if (!rest?.every((p) => !p.to && !p.from.day && p.from.year === undefined)) return undefined;
    result.months = rest.map((p) => p.from.month);
  }
  return c.done() ? result : undefined;
}

// ─── Terms ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * «в конце четверти», «Конец 1,2 полугодия», «по итогам полугодия и учебного года», «до четвертой четверти»,
 * «II квартал».
 */
function terms(c: Cursor): { terms: TermRef[]; by?: boolean } | undefined {
  let position: TermRef['position'] = 'whole';
  let by = false;
  if (c.words('до', ['конца', 'окончания'])) {
    position = 'end';
    by = true;
  } else if (c.words('до', 'начала') || c.words('к', 'началу')) {
    position = 'start';
    by = true;
  } else if (c.words('до')) {
    position = 'start';
    by = true;
  } else if (
    c.words('в', 'конце') ||
    c.words(['конец', 'конце']) ||
    c.words('по', ['итогам', 'окончании', 'завершении']) ||
    c.words('к', 'концу')
  ) {
    position = 'end';
  } else if (c.words('в', 'начале') || c.words(['начало', 'начале'])) {
    position = 'start';
  } else {
    c.words('в', 'течение') || c.words(['в', 'во']);
  }

  const refs: TermRef[] = [];
  for (;;) {
    const numbers = ordinalList(c);
    const calendarYear = calendarYearAhead(c);
    const named = numbers.length === 0 && position !== 'whole' ? namedSchoolYear(c) : undefined;
    const unit = named !== undefined ? 'school-year' : yearEndAhead(c, numbers, position) ? 'year' : termUnit(c);
    if (!unit) return undefined;
    // «до четверти» or «во четверти» mean nothing without a number; «в конце четверти» means each one.
    // («до начала учебного года» is the one school year's start.)
    if (numbers.length === 0 && (position === 'whole' || (by && position === 'start' && unit !== 'school-year')))
      return undefined;
    if (numbers.some((n) => n > termCount(unit))) return undefined;
    const yearToken = c.peek();
    let year = yearToken?.t === 'year' && (unit === 'quarter' || unit === 'year') ? yearToken.v : undefined;
    if (year !== undefined) c.i++;
    else if (unit === 'school-quarter' || unit === 'school-half') year = namedSchoolYear(c);
    else year = named;
    const ref = (number?: number): TermRef => ({
      unit,
      ...(number !== undefined ? { number } : {}),
      ...(year !== undefined ? { year } : {}),
      position,
      ...(calendarYear ? { calendarYear } : {}),
    });
    if (numbers.length === 0) refs.push(ref());
    else for (const number of numbers) refs.push(ref(number));
    if (c.done()) break;
    if (!(c.punct(',') || c.words('и'))) return undefined;
  }
  return { terms: refs, ...(by ? { by } : {}) };
}

/**
 * «до конца 2023 года», «по итогам 2023 года»: the end of a calendar year written by its number (its «года» went with
 * the year words). Only its end: «до 2024 года» is as often «up to and including 2024» as «before 2024».
 */
function yearEndAhead(c: Cursor, numbers: number[], position: TermRef['position']): boolean {
  return numbers.length === 0 && position === 'end' && c.peek()?.t === 'year';
}

/**
 * The school year a term is of, written after it: «2023-2024 учебного года», «2023/24 уч. года» → 2023, the year it
 * begins. The words «учебного года» are required: a bare «2023-2024» may as well be two calendar years.
 */
function namedSchoolYear(c: Cursor): number | undefined {
  const start = c.i;
  const first = c.peek();
  const second = c.peek(2);
  if (first?.t === 'year' && (c.isPunct(1, '-') || c.isPunct(1, '/'))) {
    const next = first.v + 1;
    const consecutive = second?.t === 'year' ? second.v === next : second?.t === 'num' && second.v === next % 100;
    c.i += 3;
    if (consecutive && (c.words(['учебного', 'учебном'], ['года', 'году']) || c.words('уч', ['г', 'года'])))
      return first.v;
  }
  c.i = start;
  return undefined;
}

function termCount(unit: TermUnit): number {
  return unit === 'quarter' || unit === 'school-quarter' || unit === 'holidays' ? 4 : unit === 'school-half' ? 2 : 1;
}

// ─── Dates, months and ranges ───────────────────────────────────────────────────────────────────────────────

/** A day and/or month with an optional year: «30 января 2023», «01.12.2023», «февраль», «май 2023». */
function point(c: Cursor, options: { dayAlone?: boolean } = {}): (Partial<Point> & { month?: number }) | undefined {
  const token = c.peek();
  if (token?.t === 'date') {
    if (token.month < 1 || token.month > 12 || !dayExists(token.year ?? 2024, token.month, token.day)) return undefined;
    c.i++;
    return makePoint(token.year, token.month, token.day);
  }
  let day: number | undefined;
  if (token?.t === 'num' && token.v >= 1 && token.v <= 31) {
    const month = monthOf(c.peek(1));
    if (month === undefined && !options.dayAlone) return undefined;
    day = token.v;
    c.i++;
    if (month === undefined) return { day };
  }
  const month = monthOf(c.peek());
  if (month === undefined) return undefined;
  c.i++;
  const yearToken = c.peek();
  const year = yearToken?.t === 'year' ? yearToken.v : undefined;
  if (year !== undefined) c.i++;
  // A day without a year must exist in some year (29 February does, in leap years).
  if (day !== undefined && !dayExists(year ?? 2024, month, day)) return undefined;
  return makePoint(year, month, day);
}

/** A point with its keys in reading order (year, month, day) and no undefined values. */
function makePoint(year: number | undefined, month: number, day: number | undefined): Point {
  return { ...(year !== undefined ? { year } : {}), month, ...(day !== undefined ? { day } : {}) };
}

const before = (a: Point, b: Point) => a.month < b.month || (a.month === b.month && (a.day ?? 1) <= (b.day ?? 31));

/**
 * A span whose ends may lack a day's month or a year, completed from each other
 * («1-15 сентября», «январь-апрель 2023»).
 */
function span(from: Partial<Point>, to: Partial<Point>): DatePart | undefined {
  const toMonth = to.month;
  if (toMonth === undefined) return undefined;
  const fromMonth = from.month ?? toMonth;
  let fromYear = from.year;
  let toYear = to.year;
  const a = makePoint(undefined, fromMonth, from.day);
  const b = makePoint(undefined, toMonth, to.day);
  if (fromYear === undefined && toYear !== undefined) fromYear = before(a, b) ? toYear : toYear - 1;
  if (toYear === undefined && fromYear !== undefined) toYear = before(a, b) ? fromYear : fromYear + 1;
  if (fromYear !== undefined && toYear !== undefined && (fromYear > toYear || (fromYear === toYear && !before(a, b))))
    return undefined;
  return { from: makePoint(fromYear, fromMonth, from.day), to: makePoint(toYear, toMonth, to.day) };
}

const annualWords: string[][] = [
  ['ежегодно'],
  ['каждый', 'год'],
  ['каждого', 'года'],
  ['отчетного', 'года'],
  ['текущего', 'года'],
];

function annualModifier(c: Cursor): boolean {
  return annualWords.some((sequence) => c.words(...sequence));
}

/** The year a part shows explicitly (its last point's), if any. */
function partYear(part: DatePart): number | undefined {
  return (part.to ?? part.from).year;
}

function withYear(part: DatePart, year: number): DatePart {
  if (!part.to) return { from: makePoint(year, part.from.month, part.from.day) };
  return span({ ...part.from, year: undefined }, { ...part.to, year }) ?? part;
}

function shiftYears(part: DatePart, delta: number): DatePart {
  const shift = (p: Point): Point => (p.year === undefined ? p : makePoint(p.year + delta, p.month, p.day));
  return part.to ? { from: shift(part.from), to: shift(part.to) } : { from: shift(part.from) };
}

/**
 * A list of dates, months and spans: «февраль, июнь 2023», «Май 2023, апрель 2024», «апрель, сентябрь-декабрь 2023»,
 * «август-сентябрь 2023, 2024 г.г.», «Июль 2023 г. Май 2024 г.», «февраль 2023 г. ноябрь ежегодно», «2023 г.».
 * A year written after yearless elements applies to all of them; a bare year after a group repeats the group in
 * that year; elements left without a year repeat every year.
 */
function calendarList(c: Cursor): DatePart[] | undefined {
  const parts: DatePart[] = [];
  let pending: number[] = []; // indexes of yearless parts waiting for a year
  let lastGroup: { indexes: number[]; year: number } | undefined;

  const closeGroup = (year: number, indexes: number[]) => {
    lastGroup = { indexes, year };
    pending = [];
  };

  while (!c.done()) {
    if (c.isPunct(0, ')')) break; // the end of a bracketed list: «2 раза в год (июнь, октябрь)»
    // «Май, ежегодно»: the modifier after a comma.
    if (parts.length && annualModifier(c)) {
      if (pending.length === 0) return undefined;
      pending = [];
      lastGroup = undefined;
      c.punct(',') || c.punct(';');
      continue;
    }
    const token = c.peek();
    if (token?.t === 'year' && monthOf(c.peek(1)) === undefined) {
      c.i++;
      if (pending.length) {
        for (const i of pending) parts[i] = withYear(parts[i]!, token.v);
        closeGroup(token.v, pending);
      } else if (lastGroup) {
        const delta = token.v - lastGroup.year;
        const added = lastGroup.indexes.map((i) => parts.push(shiftYears(parts[i]!, delta)) - 1);
        closeGroup(token.v, added);
      } else {
        parts.push({ from: { year: token.v, month: 1 }, to: { year: token.v, month: 12 } });
        closeGroup(token.v, [parts.length - 1]);
      }
    } else {
      const from = point(c, { dayAlone: true });
      if (!from) return undefined;
      let part: DatePart | undefined;
      if (c.punct('-')) {
        const to = point(c);
        if (!to) return undefined;
        part = span(from, to);
      } else if (from.month !== undefined) {
        part = { from: makePoint(from.year, from.month, from.day) };
      }
      if (!part) return undefined;
      parts.push(part);
      const year = partYear(part);
      if (year === undefined) {
        pending.push(parts.length - 1);
      } else {
        for (const i of pending) parts[i] = withYear(parts[i]!, year);
        closeGroup(year, [...pending, parts.length - 1]);
      }
    }
    if (annualModifier(c)) {
      if (pending.length === 0) return undefined; // «ежегодно» after a dated element contradicts it
      pending = [];
      lastGroup = undefined;
    }
    c.punct(',') || c.punct(';') || c.words('и');
  }
  return parts.length ? parts : undefined;
}

const firstWords = ['первая', 'первой', 'первую'];
const secondWords = ['вторая', 'второй', 'вторую'];
const thirdWords = ['третья', 'третьей', 'третью'];
const halfWords = ['половина', 'половине', 'половины', 'половину'];
const decadeWords = ['декада', 'декаде', 'декады', 'декаду'];
const weekWords = ['неделя', 'неделе', 'недели', 'неделю'];

/** The words for a part of a month, with its first and last day (none: the month's last). */
const monthParts: [string[][], number, number | undefined][] = [
  [[['начало', 'начале']], 1, 10],
  [[['середина', 'середине']], 11, 20],
  [[['конец', 'конце']], 21, undefined],
  [[firstWords, decadeWords], 1, 10],
  [[secondWords, decadeWords], 11, 20],
  [[thirdWords, decadeWords], 21, undefined],
  [[firstWords, halfWords], 1, 15],
  [[secondWords, halfWords], 16, undefined],
  [[firstWords, weekWords], 1, 7],
];

/**
 * «начало сентября», «в середине октября», «конец мая 2024 г.», «вторая декада мая»: a third of the month — days
 * 1–10, 11–20 and 21 to its end, the «декады» a Russian reader counts the month in. «Первая половина сентября» is
 * days 1–15, «вторая половина мая» 16 to the end. «Первая неделя сентября» is its first seven days, not a Monday to
 * Sunday week: that one begins in August in most years. Other weeks of a month are not read: whether the second one
 * starts on the 8th or on the second Monday, the reader cannot tell.
 */
function partOfMonth(c: Cursor): DeadlineStructure | undefined {
  const start = c.i;
  c.words(['в', 'во']);
  const part = monthParts.find(([words]) => words.every((alternatives, k) => c.isWord(k, ...alternatives)));
  const month = monthOf(c.peek(part?.[0].length ?? 1));
  if (part && month !== undefined) {
    c.i += part[0].length + 1;
    const yearToken = c.peek();
    const year = yearToken?.t === 'year' ? yearToken.v : undefined;
    if (year !== undefined) c.i++;
    if (c.done())
      return { kind: 'range', parts: [{ from: makePoint(year, month, part[1]), to: makePoint(year, month, part[2]) }] };
  }
  c.i = start;
  return undefined;
}

/** «до 30 января 2023 г.», «не позднее 1 марта», «с 1 сентября по 15 октября», or a list. */
function calendar(c: Cursor): DeadlineStructure | undefined {
  const third = partOfMonth(c);
  if (third) return third;
  if (c.words('до') || c.words('к') || c.words('не', ['позднее', 'позже'])) {
    // «до конца мая»: by the month's last day, which a month without its day stands for (February's varies).
    const monthEnd = c.words(['конца', 'концу']);
    const p = point(c);
    if (!p || p.month === undefined || c.done() === false || (monthEnd && p.day !== undefined)) return undefined;
    return {
      kind: 'date',
      by: true,
      parts: [{ from: makePoint(p.year, p.month, monthEnd ? undefined : (p.day ?? 1)) }],
    };
  }
  if (c.words(['с', 'со'])) {
    const from = point(c, { dayAlone: true });
    if (!from || !(c.words(['по', 'до']) || c.punct('-'))) return undefined;
    const to = point(c);
    const part = from && to ? span(from, to) : undefined;
    if (!part || !c.done()) return undefined;
    return { kind: 'range', parts: [part] };
  }
  // «15.05.2024 по 30.05.2024»: a range of whole dates without its «с».
  const start = c.i;
  const from = point(c);
  if (from?.day !== undefined && c.words('по')) {
    const to = point(c);
    const part = to ? span(from, to) : undefined;
    return part && c.done() ? { kind: 'range', parts: [part] } : undefined;
  }
  c.i = start;
  const parts = calendarList(c);
  if (!parts) return undefined;
  const single = parts.length === 1 ? parts[0] : undefined;
  if (parts.every((p) => !p.to && p.from.day !== undefined)) return { kind: 'date', parts };
  if (single?.to) return { kind: 'range', parts };
  return { kind: 'months', parts };
}

// ─── The whole phrase ───────────────────────────────────────────────────────────────────────────────────────

/**
 * «в течение года», «постоянно», «ежедневно в течение учебного года». Work done every day is read as going on over
 * the whole period, as «постоянно» is: a window a day would fill the calendars with one item, and a report would be
 * late the day after each.
 */
function wholePeriod(lower: string): DeadlineStructure | undefined {
  const daily = /^ежедневно(?:,? (.+))?$/.exec(lower) ?? /^(.+?),? ежедневно$/.exec(lower);
  const words = daily ? (daily[1] ?? 'постоянно') : lower;
  if (/^(?:в )?течение (?:всего )?учебного года$/.test(words)) return { kind: 'period', scope: 'school-year' };
  if (/^(?:в )?течение (?:всего )?(?:календарного )?(?:года|периода)$|^(?:весь период|постоянно)$/.test(words)) {
    return { kind: 'period', scope: 'period' };
  }
  return undefined;
}

const holidayWords: Record<string, number> = { осенн: 1, зимн: 2, весенн: 3, летн: 4 };
const holidayLead = '(?:(?:в|во) (?:период|время|дни) |в течение |в |во |на )';
const namedHolidays = new RegExp(
  `^(?:(до) |${holidayLead}?)(осенн|зимн|весенн|летн)(?:их|ие|ее|ий|юю) (каникул|каникулы|каникулах|период|время)$`,
);

const anyHolidays = new RegExp(`^${holidayLead}?каникул(?:ы|ах)?$|^в каникулярн(?:ое|ый) (?:время|период)$`);

/**
 * The months of a season: «в весенний период» is the spring part of the school year, March to May, not the week of
 * spring holidays. The summer one («в летний период») is the summer holidays, which are the summer of a school.
 */
const seasons: Record<string, DatePart> = {
  осенн: { from: { month: 9 }, to: { month: 11 } },
  зимн: { from: { month: 12 }, to: { month: 2 } },
  весенн: { from: { month: 3 }, to: { month: 5 } },
};

/**
 * Holidays of the school calendar: «в период осенних каникул», «во время зимних каникул», «в весенние каникулы»,
 * «в летний период», «в каникулярное время», «до осенних каникул», «в течение летних каникул»; seasons: «в весенний
 * период», «в осеннее время».
 */
function holidays(lower: string): DeadlineStructure | undefined {
  const named = namedHolidays.exec(lower);
  const season = named?.[2] && !named[3]?.startsWith('каникул') ? seasons[named[2]] : undefined;
  if (season) return named?.[1] ? undefined : { kind: 'range', parts: [season] };
  if (named?.[2]) {
    const term: TermRef = { unit: 'holidays', number: holidayWords[named[2]], position: named[1] ? 'start' : 'whole' };
    return { kind: 'term', ...(named[1] ? { by: true } : {}), terms: [term] };
  }
  if (anyHolidays.test(lower)) {
    return { kind: 'term', terms: [{ unit: 'holidays', position: 'whole' }] };
  }
  return undefined;
}

const seasonNouns: Record<string, string> = {
  весна: 'весенн',
  весной: 'весенн',
  осень: 'осенн',
  осенью: 'осенн',
  лето: 'летн',
  летом: 'летн',
};
const seasonWords = `(${Object.keys(seasonNouns).join('|')})|(весенн|осенн|летн)(?:ий|ее) (?:период|время)`;
const seasonOfYearPattern = new RegExp(String.raw`^(?:в течение |в |во )?(?:${seasonWords}) (\d{4})$`);

/**
 * A season of a year: «весна 2024», «осенью 2023 г.», «в весенний период 2024 года» — the season's months in that
 * year; «лето 2024» — the summer holidays that year. Winter is not read: «зима 2024» may be its January and February
 * or the winter that begins in its December.
 */
function seasonOfYear(lower: string): DeadlineStructure | undefined {
  const m = seasonOfYearPattern.exec(lower);
  const stem = m ? (m[1] ? seasonNouns[m[1]] : m[2]) : undefined;
  const year = Number(m?.[3]);
  if (stem === 'летн')
    return { kind: 'term', terms: [{ unit: 'holidays', number: 4, year: year - 1, position: 'whole' }] };
  const season = stem ? seasons[stem] : undefined;
  if (!season?.to) return undefined;
  return { kind: 'range', parts: [{ from: { year, ...season.from }, to: { year, ...season.to } }] };
}

/**
 * Calendar years written as a span, «2023-2025 гг.», «в 2023–2025 годах»: January of the first to December of the
 * last. The plural year word is what makes them years: a bare «2023-2024» may be a school year, and is not read.
 */
function yearSpan(lower: string): DeadlineStructure | undefined {
  const m = /^(?:(?:в )?течение |в |на )?(\d{4})-(\d{4}) ?(?:гг|г\. ?г|годы|годов|годах)$/.exec(lower);
  if (!m || !(Number(m[2]) > Number(m[1]))) return undefined;
  return { kind: 'range', parts: [{ from: { year: Number(m[1]), month: 1 }, to: { year: Number(m[2]), month: 12 } }] };
}

const schoolYearWords = '(?:учебн(?:ого|ый|ом) (?:года|год|году)|уч ?(?:года|год|году|г)?)';
const schoolYearWritten = new RegExp(
  String.raw`^(?:(?:в )?течение |в |на )?(\d{4}) ?[-/] ?(\d{4}|\d{2}) ${schoolYearWords}$`,
);

/**
 * An academic year written out: «в течение 2024-2025 учебного года», «2024/2025 учебный год», «в 2024-2025 уч. году»,
 * «2024-25 уч. г.» (the second year by its last two digits).
 */
function writtenSchoolYear(lower: string): DeadlineStructure | undefined {
  const m = schoolYearWritten.exec(lower.replace(/\./g, ''));
  const next = Number(m?.[1]) + 1;
  if (!m?.[1] || Number(m[2]) !== (m[2]?.length === 2 ? next % 100 : next)) return undefined;
  return { kind: 'term', terms: [{ unit: 'school-year', year: Number(m[1]), position: 'whole' }] };
}

/** A day of every month: «до 25 числа каждого месяца», «ежемесячно до 5 числа», «25 числа ежемесячно». */
function dayOfMonth(lower: string): DeadlineStructure | undefined {
  const m =
    /^(?:(до|не позднее|к) )?(\d{1,2})(?:-?го)? числа (?:каждого месяца|ежемесячно)$/.exec(lower) ??
    /^(?:ежемесячно|каждый месяц),? (?:(до|не позднее|к) )?(\d{1,2})(?:-?го)? числа$/.exec(lower);
  const day = Number(m?.[2]);
  if (!m || !(day >= 1 && day <= 31)) return undefined;
  return {
    kind: 'recurrence',
    ...(m[1] ? { by: true } : {}),
    recurrence: { unit: 'month', interval: 1, times: 1, atLeast: false, day },
  };
}

/**
 * A day of every year: «ежегодно до 1 сентября», «до 1 сентября ежегодно», «ежегодно 25 мая». A rhythm, not a date:
 * the work is done anew each year, and a year without it is late even when the year before had it.
 */
function dayOfEveryYear(lower: string): DeadlineStructure | undefined {
  const m =
    /^ежегодно,? (?:(до|к|не позднее) )?(.+)$/.exec(lower) ?? /^(?:(до|к|не позднее) )?(.+?),? ежегодно$/.exec(lower);
  const day = m?.[2] ? run(m[2], (c) => point(c)) : undefined;
  if (!m || day?.day === undefined || day.month === undefined || day.year !== undefined) return undefined;
  return {
    kind: 'recurrence',
    ...(m[1] ? { by: true } : {}),
    recurrence: { unit: 'year', interval: 1, times: 1, atLeast: false, months: [day.month], day: day.day },
  };
}

function run<T>(text: string, read: (c: Cursor) => T | undefined): T | undefined {
  const c = new Cursor(tokenize(text));
  const result = read(c);
  return result !== undefined && c.done() ? result : undefined;
}

const yearWithin = '(?:в )?течение (?:всего )?(учебного |календарного )?года';
const recurrenceThenYear = new RegExp(`^(.+?),? ${yearWithin}$`);
const yearThenRecurrence = new RegExp(`^${yearWithin},? (?:с проведением [а-я]+ )?(.+)$`);

/**
 * «в течение учебного года с проведением мониторинга каждую четверть», «ежемесячно в течение учебного года»: what
 * recurs is what falls due, and a rhythm of the school year pauses in the summer.
 */
function recurrenceWithinYear(lower: string): DeadlineStructure | undefined {
  const after = recurrenceThenYear.exec(lower);
  const before = after ? undefined : yearThenRecurrence.exec(lower);
  const [rhythm, year] = after ? [after[1], after[2]] : [before?.[2], before?.[1]];
  const inner = rhythm ? run(rhythm, recurrence) : undefined;
  if (!inner) return undefined;
  return { kind: 'recurrence', ...(year === 'учебного ' ? { scope: 'school-year' as const } : {}), recurrence: inner };
}

/**
 * «Май, ежегодно с 2023 года», «ежегодно в мае, начиная с 2023 года», «ежегодно с 2023 года»: a yearly rhythm that
 * starts in the year named; months a yearly «ежегодно» names become the rhythm's months.
 */
function everyYearFrom(lower: string): DeadlineStructure | undefined {
  const m = /^(.+?),? (?:начиная )?с (\d{4})$/.exec(lower);
  if (!m?.[1] || !/(?:^|[ ,])ежегодно(?:$|[ ,])/.test(m[1])) return undefined;
  const rest = scheduled(m[1]);
  let yearly: Recurrence | undefined;
  if (rest?.kind === 'recurrence' && !rest.scope && !rest.by) yearly = rest.recurrence;
  else if (rest?.kind === 'months' && rest.parts?.every((p) => !p.to && p.from.year === undefined && !p.from.day))
    yearly = { unit: 'year', interval: 1, times: 1, atLeast: false, months: rest.parts.map((p) => p.from.month) };
  if (yearly?.unit !== 'year' || yearly.interval !== 1 || yearly.calendarYear) return undefined;
  return { kind: 'recurrence', recurrence: { ...yearly, fromYear: Number(m[2]) } };
}

/** A phrase with a date, as written: the year words («г.», «годы») are dropped here, after `yearSpan` read them. */
function scheduled(written: string): DeadlineStructure | undefined {
  const span = yearSpan(written);
  if (span) return span;
  const lower = dropYearWords(written);
  const special =
    wholePeriod(lower) ??
    holidays(lower) ??
    seasonOfYear(lower) ??
    writtenSchoolYear(lower) ??
    dayOfMonth(lower) ??
    dayOfEveryYear(lower) ??
    everyYearFrom(lower);
  if (special) return special;

  const repeatedWithin = recurrenceWithinYear(lower);
  if (repeatedWithin) return repeatedWithin;

  const repeated = run(lower, recurrence);
  if (repeated) return { kind: 'recurrence', recurrence: repeated };

  const term = run(lower, terms);
  if (term) return { kind: 'term', ...term };

  const during = /^(?:в )?течение (.+)$/.exec(lower);
  return run(during?.[1] ?? lower, calendar);
}

// Phrases repeat across a region's roadmaps («ежемесячно», «в течение года»), and the check and the pages read each
// item: each phrase is understood once. The structures are shared: treat them as read-only.
const understood = new Map<string, DeadlineStructure | undefined>();

/** The structure of a deadline phrase, or undefined when it is not understood. */
export function understandDeadline(text: string): DeadlineStructure | undefined {
  if (understood.has(text)) return understood.get(text);
  const structure = understandUncached(text);
  understood.set(text, structure);
  return structure;
}

function understandUncached(text: string): DeadlineStructure | undefined {
  // «(сентябрь-декабрь 2023 г.)»: the whole deadline in brackets; «в срок до 1 октября»: «до 1 октября».
  const cased = expandAbbreviations(normalizeSpacing(text))
    .replace(/^\(([^()]+)\)$/, '$1')
    .replace(/^в срок (?=(?:до|не позднее|к) )/i, '');
  const lower = lowerCase(cased);
  if (!lower) return undefined;

  // «в конце каждой четверти», «по итогам каждого полугодия», «после каждой четверти»: each term is what the term
  // words already mean.
  const eachTerm = /^(?:в конце|в начале|по итогам|по окончании|по завершении|после) кажд(?:ой|ого|ое|ую|ый) /.exec(
    lower,
  );
  if (eachTerm) {
    const term = scheduled(lower.replace(/^после /, 'по окончании ').replace(/ кажд(?:ой|ого|ое|ую|ый) /, ' '));
    if (term?.kind === 'term') return term;
  }

  const basis = matchBasis(lower, cased);
  if (basis) return { kind: 'unscheduled', basis };

  // «В течение года (по отдельному графику)»: a date with its basis in brackets.
  const bracket = /^(.+?) ?\(([^()]+)\)$/.exec(lower);
  if (bracket?.[1] && bracket[2]) {
    const offset = bracket[1].length + (lower[bracket[1].length] === ' ' ? 2 : 1);
    const note = matchBasis(bracket[2], cased.slice(offset, offset + bracket[2].length));
    const main = note ? scheduled(bracket[1]) : undefined;
    if (main && note) return { ...main, basis: note };
  }

  const structure = scheduled(lower);
  if (structure) return structure;

  // «август (педсовет)», «май 2024 г. (по итогам года)»: a date with a note that names no basis, which the text as
  // written keeps.
  const main = bracket?.[1] ? scheduled(bracket[1]) : undefined;
  if (main) return main;

  // «по окончании ГИА», «по итогам ВПР», «по результатам мониторинга»: after an event the words name, whose date they
  // do not give («по окончании четверти», «по итогам I полугодия», terms, were read above).
  const event = /^по (?:окончании|завершении|итогам|результатам) (?<detail>.+)$/d.exec(lower);
  const at = event?.indices?.groups?.detail;
  if (at)
    return {
      kind: 'unscheduled',
      basis: {
        type: 'after',
        detail: lower.length === cased.length ? cased.slice(at[0], at[1]) : (event.groups?.detail ?? ''),
      },
    };
  return undefined;
}

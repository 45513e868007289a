// A set of due dates as an iCalendar recurrence: one RRULE that produces as many of them as possible (monthly
// every N months, or yearly in given months, on a fixed day or the last day of the month) and RDATEs for the rest
// (a window cut short by the end of the period, say). A rule is only used when everything it produces is a due
// date, so a calendar never shows a date the roadmap does not give.
import { dayExists, isoDate, monthEnd, parts, shiftMonth } from '../deadlines/dates.ts';

export interface RecurrenceLines {
  /** «FREQ=…;…;UNTIL=YYYYMMDD», without the «RRULE:» name; absent when no rule covers two dates or more. */
  rrule?: string;
  /** Due dates the rule does not produce (ISO); the first date (DTSTART) is never among them. */
  rdates: string[];
}

type DayRule = number | 'last';

function dayRule(dates: readonly string[]): DayRule | undefined {
  const all = dates.map(parts);
  if (all.every((d) => isoDate(d.year, d.month, d.day) === monthEnd(d.year, d.month))) return 'last';
  const day = all[0]?.day;
  return day !== undefined && all.every((d) => d.day === day) ? day : undefined;
}

function onDay(year: number, month: number, rule: DayRule): string | undefined {
  if (rule === 'last') return monthEnd(year, month);
  return dayExists(year, month, rule) ? isoDate(year, month, rule) : undefined;
}

const byMonthDay = (rule: DayRule) => `BYMONTHDAY=${rule === 'last' ? -1 : rule}`;
const compact = (iso: string) => iso.replace(/-/g, '');

/** Walks a rule's dates from the first due date while each is a due date; returns those it covered. */
function covered(generate: () => Generator<string>, due: ReadonlySet<string>, last: string): string[] {
  const out: string[] = [];
  for (const date of generate()) {
    if (date > last || !due.has(date)) break;
    out.push(date);
  }
  return out;
}

/**
 * The recurrence of a set of due dates. `prefer` names the rule that says what the roadmap says («every two months»
 * rather than «in January, March, …»): it is taken whenever it produces two dates or more; otherwise the rule that
 * produces the most.
 */
export function recurrenceFor(
  sortedDates: readonly string[],
  prefer: 'monthly' | 'yearly' = 'monthly',
): RecurrenceLines {
  const dates = [...new Set(sortedDates)].sort();
  const [first, second] = dates;
  const last = dates.at(-1);
  if (!first || !second || !last) return { rdates: [] };
  const due = new Set(dates);
  const start = parts(first);
  const candidates: { kind: 'monthly' | 'yearly'; rule: string; dates: string[] }[] = [];

  // Every N months on the same day (or the last day): «ежемесячно», «ежеквартально», «не реже одного в два месяца».
  const gap = (parts(second).year - start.year) * 12 + parts(second).month - start.month;
  const monthlyDay = dayRule([first, second]);
  if (gap > 0 && monthlyDay !== undefined) {
    const generate = function* () {
      for (let k = 0; ; k++) {
        const at = shiftMonth(start.year, start.month, k * gap);
        const date = onDay(at.year, at.month, monthlyDay);
        if (date) yield date;
        if (at.year > parts(last).year) return;
      }
    };
    candidates.push({
      kind: 'monthly',
      rule: `FREQ=MONTHLY${gap > 1 ? `;INTERVAL=${gap}` : ''};${byMonthDay(monthlyDay)}`,
      dates: covered(generate, due, last),
    });
  }

  // Every year in the same months: school quarters and half-years («в конце четверти», «Конец 1,2 полугодия»).
  const yearlyDay = dayRule(dates);
  if (yearlyDay !== undefined) {
    const months = [...new Set(dates.map((d) => parts(d).month))].sort((a, b) => a - b);
    const generate = function* () {
      for (let year = start.year; year <= parts(last).year; year++) {
        for (const month of months) {
          const date = onDay(year, month, yearlyDay);
          if (date && date >= first) yield date;
        }
      }
    };
    candidates.push({
      kind: 'yearly',
      rule: `FREQ=YEARLY;BYMONTH=${months.join(',')};${byMonthDay(yearlyDay)}`,
      dates: covered(generate, due, last),
    });
  }

  const preferred = candidates.find((c) => c.kind === prefer && c.dates.length >= 2);
  const best =
    preferred ??
    candidates.reduce<(typeof candidates)[number] | undefined>(
      (a, b) => (!a || b.dates.length > a.dates.length ? b : a),
      undefined,
    );
  if (!best || best.dates.length < 2) return { rdates: dates.slice(1) };
  const inRule = new Set(best.dates);
  return {
    rrule: `${best.rule};UNTIL=${compact(best.dates.at(-1) ?? last)}`,
    rdates: dates.filter((d) => !inRule.has(d)),
  };
}

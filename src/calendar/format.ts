// Dates of deadline windows as people read them and as machines read them: the text of a <time> element and its
// `datetime` value. A day is «30.01.2023» (2023-01-30), a whole month «март 2023» (2023-03), a span of whole months
// «январь — апрель 2023», any other span two days. Pure.
import { monthEnd, parts } from '../deadlines/dates.ts';
import type { Occurrence } from '../deadlines/types.ts';
import { formatDate, formatMonth, ui } from '../ui/strings.ts';

/** One <time> element: its machine-readable value and its text. */
export interface TimeLabel {
  datetime: string;
  text: string;
}

/** A window as one <time> (a day, a month) or two (the first and last day or month of a span). */
export type WindowLabel = [TimeLabel] | [TimeLabel, TimeLabel];

const isMonthStart = (iso: string) => iso.endsWith('-01');
const isMonthEnd = (iso: string) => {
  const { year, month } = parts(iso);
  return monthEnd(year, month) === iso;
};
const day = (iso: string): TimeLabel => ({ datetime: iso, text: formatDate(iso) });

export function windowLabel({ start, end }: Occurrence): WindowLabel {
  if (start === end) return [day(start)];
  if (isMonthStart(start) && isMonthEnd(end)) {
    const first = start.slice(0, 7);
    const last = end.slice(0, 7);
    if (first === last) return [{ datetime: first, text: formatMonth(first) }];
    // «январь — апрель 2023»: the year once when both months are in it.
    const firstText =
      first.slice(0, 4) === last.slice(0, 4) ? (ui.months[Number(first.slice(5, 7)) - 1] ?? first) : formatMonth(first);
    return [
      { datetime: first, text: firstText },
      { datetime: last, text: formatMonth(last) },
    ];
  }
  return [day(start), day(end)];
}

/**
 * The windows of a deadline to show beside its words: the first `max - 1`, a gap (null) and the last one, so a
 * monthly item does not list twelve months — but all of them when the gap would stand for a single window, which
 * is no shorter than the window itself.
 */
export function occurrenceLabels(occurrences: readonly Occurrence[], max = 3): (WindowLabel | null)[] {
  if (occurrences.length <= Math.max(1, max - 1) + 2) return occurrences.map(windowLabel);
  return [...occurrences.slice(0, Math.max(1, max - 1)).map(windowLabel), null, windowLabel(occurrences.at(-1)!)];
}

/** The same as plain text («январь — апрель 2023», «30.01.2023, …, 31.12.2023»), for tests and summaries. */
export function labelsText(labels: readonly (WindowLabel | null)[]): string {
  return labels.map((label) => (label ? label.map((t) => t.text).join(' — ') : '…')).join(', ');
}

// A roadmap's timeline: for every month of its period, how many items are due (a window ends in it) and how many
// are going on with a later deadline — and the geometry of the bar chart drawn from those counts at build time
// (one row per month, so the chart reads on a 320 px phone). Pure: the Astro component only writes the SVG.
import type { Period } from '../deadlines/types.ts';
import { agendaByMonth } from './due.ts';
import type { DeadlineEntry } from './entries.ts';

export interface TimelineRow {
  /** «YYYY-MM». */
  month: string;
  /** Different items with a window that ends this month. */
  due: number;
  /** Different items going on this month with a later deadline (and none this month). */
  ongoing: number;
}

/** One row per month of the period. */
export function timelineRows(entries: readonly DeadlineEntry[], period: Period): TimelineRow[] {
  return agendaByMonth(entries, period).map((agenda) => {
    const due = new Set(agenda.due.map((d) => d.entry));
    const ongoing = new Set(agenda.ongoing.map((d) => d.entry).filter((e) => !due.has(e)));
    return { month: agenda.month, due: due.size, ongoing: ongoing.size };
  });
}

export interface TimelineBar {
  row: TimelineRow;
  /** Top of the row's bars and the baseline of its texts. */
  y: number;
  textY: number;
  dueWidth: number;
  ongoingX: number;
  ongoingWidth: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Where bars start (after the month labels) and where the counts are written (after the longest bar). */
  barX: number;
  countX: number;
  barHeight: number;
  /** The legend's baseline; its swatches are `barHeight` high, at `legendY - barHeight + 2`. */
  legendY: number;
  bars: TimelineBar[];
}

const width = 360;
const labelWidth = 72;
/** Room after the bars (the counts are in the table under the chart). */
const countWidth = 6;
const rowHeight = 22;
const barHeight = 14;
const legendHeight = 30;
const round = (n: number) => Math.round(n * 10) / 10;

/** The chart's geometry in viewBox units: bars scaled so the fullest month fills the bar area. */
export function timelineLayout(rows: readonly TimelineRow[]): TimelineLayout {
  const barArea = width - labelWidth - countWidth;
  const max = Math.max(1, ...rows.map((r) => r.due + r.ongoing));
  const scale = barArea / max;
  const bars = rows.map((row, index): TimelineBar => {
    const y = legendHeight + index * rowHeight;
    const dueWidth = round(row.due * scale);
    return {
      row,
      y,
      textY: y + barHeight - 2,
      dueWidth,
      ongoingX: round(labelWidth + dueWidth),
      ongoingWidth: round(row.ongoing * scale),
    };
  });
  return {
    width,
    height: legendHeight + rows.length * rowHeight,
    barX: labelWidth,
    countX: width - countWidth + 6,
    barHeight,
    legendY: barHeight + 2,
    bars,
  };
}

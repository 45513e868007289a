// What the Word and Excel copies of a roadmap hold, in the layout of the source document: its title and requisites,
// then each table (the plan, control points, mechanisms) with the columns it has, in the order the page shows them,
// and the sections of the plan as rows merged across the table. Pure: roadmap-docx.ts and roadmap-xlsx.ts write it.
// The headings are those `karta import` recognises, so that a copy imports back into the same items.
import type { OpenItem, OpenRoadmap, OpenSection } from '../open-data/roadmap-json.ts';
import { formatDate, orderLine, ui } from '../ui/strings.ts';

type LayoutRow = { section: string } | { cells: string[] };

export interface LayoutTable {
  caption?: string;
  header: string[];
  rows: LayoutRow[];
}

export interface OfficeLayout {
  title: string;
  /** «Утверждена: …», «Период действия: …»: the lines under the title. */
  requisites: string[];
  tables: LayoutTable[];
  /** Wide tables go on landscape pages. */
  landscape: boolean;
  /** The day of the order that approved the roadmap: the copies' own date (fixed-dates.ts). */
  date: string;
}

const optional = ['form', 'deadline', 'responsible', 'audience', 'venue', 'riskCodes', 'result', 'reports'] as const;
type Column = (typeof optional)[number];

function cellText(item: OpenItem, column: Column): string {
  if (column === 'deadline') return item.deadline.text ?? '';
  // One responsible a line, each but the last ending in «;»: the importer reads each such line as one entry.
  if (column === 'responsible') return item.responsible.map((r) => r.text).join(';\n');
  if (column === 'riskCodes') return (item.riskCodes ?? []).join(', ');
  return (item[column] as string | null | undefined) ?? '';
}

function table(
  items: readonly OpenItem[],
  sections: readonly OpenSection[] | undefined,
  caption?: string,
): LayoutTable {
  const all = sections ? flatten(sections).flatMap((s) => ('items' in s ? s.items : [])) : items;
  const columns = optional.filter((column) => all.some((item) => cellText(item, column) !== ''));
  const extra = [...new Set(all.flatMap((item) => Object.keys(item.extra ?? {})))];
  const row = (item: OpenItem): LayoutRow => ({
    cells: [
      item.number ?? '',
      item.title,
      ...columns.map((c) => cellText(item, c)),
      ...extra.map((h) => item.extra?.[h] ?? ''),
    ],
  });
  const rows: LayoutRow[] = sections
    ? flatten(sections).flatMap((s) => ('section' in s ? [{ section: s.section }] : s.items.map(row)))
    : items.map(row);
  return {
    ...(caption ? { caption } : {}),
    header: [ui.columns.number, ui.columns.title, ...columns.map((c) => ui.columns[c]), ...extra],
    rows,
  };
}

/** Sections in document order as heading rows, each followed by its own items. */
function flatten(sections: readonly OpenSection[]): ({ section: string } | { items: OpenItem[] })[] {
  return sections.flatMap((s) => [
    { section: [s.number, s.title].filter(Boolean).join(' ') },
    ...(s.items?.length ? [{ items: s.items }] : []),
    ...flatten(s.sections ?? []),
  ]);
}

export function officeLayout(roadmap: OpenRoadmap): OfficeLayout {
  const order = roadmap.order;
  const tables = [
    ...(roadmap.controlPoints.length ? [table(roadmap.controlPoints, undefined, ui.controlPoints)] : []),
    table([], roadmap.sections, ui.roadmapTable),
    ...(roadmap.mechanisms.length ? [table(roadmap.mechanisms, undefined, ui.mechanisms)] : []),
  ];
  return {
    title: roadmap.title,
    requisites: [
      `${ui.approvedBy}: ${orderLine(order)}`,
      `${ui.period}: ${formatDate(roadmap.period.start)} — ` +
        `${formatDate(roadmap.period.end)}${roadmap.period.note ? ` (${roadmap.period.note})` : ''}`,
      ...(roadmap.example ? [ui.exampleNotice] : []),
    ],
    tables,
    landscape: tables.some((t) => t.header.length >= 5),
    date: order.date,
  };
}

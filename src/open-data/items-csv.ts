// The table of all items (dist/data/items.csv): one row per item — roadmap, organisation, level, section path,
// number, title, form, deadline as written, the first and last date it gives, responsible, status — for people who
// open it in Excel or LibreOffice. Hence UTF-8 with a byte order mark (without it Excel reads the file as
// Windows-1251), «;» between fields (Excel in a Russian locale splits on it, not on «,»), CRLF after each row, a cell
// with a line break of any kind quoted (Excel ends a row at a bare «\n» too: a deadline written on two lines), and
// formulas escaped (a cell starting with «=», «+», «-» or «@» is written after «'», so Excel shows it as text).
// Programs are better served by roadmaps.json, which has everything, the dates of every window included.
import { stringify } from 'csv-stringify/sync';
import { ui } from '../ui/strings.ts';
import type { OpenItem, OpenRoadmap, OpenSection } from './roadmap-json.ts';

export const itemsCsvBom = '\uFEFF';
/** How every CSV file of the site is written, for Excel (see above); the monitoring tables use it too. */
export const excelCsvOptions = {
  delimiter: ';',
  record_delimiter: 'windows',
  quote_record_delimiter: true,
  escape_formulas: true,
} as const;

/** The header row (with the byte order mark before it): the start of the file. */
export function itemsCsvHeader(): string {
  return itemsCsvBom + stringify([ui.itemsCsv.columns], excelCsvOptions);
}

function itemRow(roadmap: OpenRoadmap, path: string, item: OpenItem): string[] {
  const { occurrences } = item.deadline;
  const execution = item.execution;
  const status = execution?.status ? ui.execution.statuses[execution.status] : '';
  return [
    roadmap.id,
    roadmap.title,
    roadmap.owner.shortName ?? roadmap.owner.name,
    ui.itemsCsv.levels[roadmap.level],
    path,
    item.number ?? '',
    item.title,
    item.form ?? '',
    item.deadline.text ?? '',
    occurrences[0]?.start ?? '',
    occurrences.at(-1)?.end ?? '',
    item.responsible.map((r) => r.text).join('; '),
    status,
    execution?.updated ?? '',
    execution?.overdue ? ui.itemsCsv.yes : '',
  ];
}

/** A section's path as the document numbers and names it: «I. Организация работы / 1.2. Мониторинг». */
const sectionName = (section: OpenSection) =>
  section.number ? `${section.number.replace(/\.$/, '')}. ${section.title}` : section.title;

/** The rows of one roadmap, in document order: sections, then control points, then mechanisms. */
export function itemsCsvRows(roadmap: OpenRoadmap): string {
  const rows: string[][] = [];
  const walk = (sections: readonly OpenSection[], path: string[]) => {
    for (const section of sections) {
      const here = [...path, sectionName(section)];
      for (const item of section.items ?? []) rows.push(itemRow(roadmap, here.join(' / '), item));
      walk(section.sections ?? [], here);
    }
  };
  walk(roadmap.sections, []);
  for (const item of roadmap.controlPoints) rows.push(itemRow(roadmap, ui.itemsCsv.controlPoints, item));
  for (const item of roadmap.mechanisms) rows.push(itemRow(roadmap, ui.itemsCsv.mechanisms, item));
  return rows.length ? stringify(rows, excelCsvOptions) : '';
}

// What a report form is made of, shared by the writer (write-form.ts) and the reader (read-form.ts): its columns in
// order, and the service marks of the hidden column A that tell a reader which roadmap and organisation the form is
// for and which item each row is about. A form's text is in src/ui/strings.ts (ui.reportForm).
//
// Column A (hidden) holds, in the header block, `karta-report-form/1`, `roadmap:ID`, `organization:ID`, `covers:…`,
// `reporter` and `columns` (the heading row); in an item's row, the item's anchor. Column B (hidden) holds the
// item's fingerprint: a short hash of each locked cell as written when the form was made, so that a cell changed by
// hand is told apart from an item changed in the roadmap since. Marks, not positions, are what is read: a form saved
// as ODS or CSV, or with rows above its table, still reads.
import { createHash } from 'node:crypto';
import { ui } from '../ui/strings.ts';

export const formMark = 'karta-report-form/1';

export const marks = {
  roadmap: 'roadmap:',
  organization: 'organization:',
  covers: 'covers:',
  reporter: 'reporter',
  columns: 'columns',
} as const;

/** The columns of the form in order (A, B, …). */
export const formColumns = [
  'anchor',
  'fingerprint',
  'number',
  'title',
  'deadline',
  'responsible',
  'currentStatus',
  'lastDate',
  'status',
  'date',
  'comment',
  'evidenceTitle',
  'evidenceKind',
  'evidenceUrl',
] as const;
export type FormColumn = (typeof formColumns)[number];

/** Columns written from the roadmap and locked: a change of their text is an error of the row. */
export const lockedColumns = ['number', 'title', 'deadline', 'responsible'] as const satisfies readonly FormColumn[];
/** Columns the school fills. */
export const fillColumns = [
  'status',
  'date',
  'comment',
  'evidenceTitle',
  'evidenceKind',
  'evidenceUrl',
] as const satisfies readonly FormColumn[];
export const hiddenColumns = ['anchor', 'fingerprint'] as const satisfies readonly FormColumn[];

/** Widths in characters, as Excel counts them. */
export const columnWidths: Record<FormColumn, number> = {
  anchor: 14,
  fingerprint: 14,
  number: 6,
  title: 48,
  deadline: 20,
  responsible: 24,
  currentStatus: 14,
  lastDate: 12,
  status: 16,
  date: 12,
  comment: 36,
  evidenceTitle: 30,
  evidenceKind: 14,
  evidenceUrl: 36,
};

/** 1-based column number of a column of the form as written. */
export function columnNumber(column: FormColumn): number {
  return formColumns.indexOf(column) + 1;
}

/** The heading of each column, as written in the heading row (how a reader finds the columns). */
export function columnHeading(column: FormColumn): string {
  return ui.reportForm.columns[column];
}

/** Text as compared: spaces of any kind run together, none at the ends. */
export function normalizeCell(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Six hex digits of each locked cell's text, joined by «-». */
export function fingerprint(cells: readonly string[]): string {
  return cells.map((text) => createHash('sha256').update(normalizeCell(text)).digest('hex').slice(0, 6)).join('-');
}

// New entries added to a report file's text with the `yaml` library's Document API: what the file has — its
// comments, blank lines, quoting and the order of its fields — stays as written, and the entries are appended to
// `entries:` in the order of the form's rows. An entry identical to one the file has (same item, date, status,
// comment and documents) is not added again, so reading the same form twice adds nothing. A file that does not
// exist yet is created with the roadmap, the organisation and, for an organisation other than the owner, the
// sections it carries out.
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { ReportEntry } from '../content-model/schemas.ts';

export interface ReportHeader {
  roadmap: string;
  organization: string;
  covers?: string[];
  /** The roadmap or the organisation is not real: a new report file is marked `example: true`. */
  example?: boolean;
}

export interface Appended {
  /** The file's new text (the same text when nothing was added). */
  text: string;
  added: ReportEntry[];
  /** Entries the file had already (or that the form repeats). */
  skipped: ReportEntry[];
}

/** What makes two entries the same report: everything but who sent it. */
export function entryKey(entry: Partial<ReportEntry>): string {
  const evidence = (entry.evidence ?? []).map((e) => [e.title, e.kind, e.date ?? null, e.url ?? null, e.file ?? null]);
  return JSON.stringify([entry.item, normalizeDate(entry.date), entry.status, entry.comment?.trim() ?? null, evidence]);
}

/** Dates read as YAML 1.1 timestamps (a Date) and as strings compare alike. */
function normalizeDate(date: unknown): unknown {
  return date instanceof Date ? date.toISOString().slice(0, 10) : date;
}

/**
 * Appends `entries` to the report file `text` (undefined: a new file for `header`), `note` as a comment above the
 * first entry added.
 */
export function appendEntries(
  text: string | undefined,
  header: ReportHeader,
  entries: readonly ReportEntry[],
  note?: string,
): Appended {
  const doc: Document = text === undefined ? newReport(header) : parseDocument(text);
  if (doc.errors.length) throw new Error(`the report file does not parse: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new Error('the report file is not a mapping');
  let seq = doc.get('entries', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('entries', seq);
  }
  const list = seq as YAMLSeq;
  const known = new Set((list.toJSON() as Partial<ReportEntry>[]).map(entryKey));
  const added: ReportEntry[] = [];
  const skipped: ReportEntry[] = [];
  for (const entry of entries) {
    const key = entryKey(entry);
    if (known.has(key)) {
      skipped.push(entry);
      continue;
    }
    known.add(key);
    const node = doc.createNode(entry);
    if (!added.length && note) node.commentBefore = ` ${note}`;
    list.items.push(node);
    added.push(entry);
  }
  if (!added.length && text !== undefined) return { text, added, skipped };
  // `entries: []` becomes a block list when it gets its first entry.
  if (list.items.length) list.flow = false;
  return { text: doc.toString({ lineWidth: 0 }), added, skipped };
}

function newReport(header: ReportHeader): Document {
  const doc = new Document({
    roadmap: header.roadmap,
    organization: header.organization,
    ...(header.covers?.length ? { covers: header.covers } : {}),
    ...(header.example ? { example: true } : {}),
    entries: [],
  });
  doc.commentBefore =
    ` Отчёт о выполнении дорожной карты ${header.roadmap}: ${header.organization}. ` +
    'Записи не стираются: более поздняя\n' +
    ' запись о пункте дополняет историю (docs/execution.md). Их добавляет karta report из заполненной формы; можно\n' +
    ' дописывать и вручную.';
  return doc;
}

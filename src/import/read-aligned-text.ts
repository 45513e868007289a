// Text extracted from PDF with its layout kept (pdftotext -layout and the like): every column starts at the same
// place on every line, so a piece of text belongs to the column under whose heading it stands. Read by contents
// alone (read-layout-text.ts), «декабрь 2024 г.     Учитель математики» would be one deadline and a page number
// under the activity part of it. Used only when the header's headings stand apart by two spaces or more and the
// lines below keep to its columns, with numbered items; any other text is left to the reader by contents.
import { isRoadmapHeader, mapColumns, normalizeHeading } from './columns.ts';
import type { ReaderNote, SourceCell, SourceRow } from './model.ts';
import type { LayoutTableBlock } from './read-layout-text.ts';

interface Segment {
  text: string;
  start: number;
}

/** A line's pieces: runs of text apart by two spaces or more, each with the column it starts at. */
function segments(line: string): Segment[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index }));
}

/** A piece that starts within this many characters of a heading stands under it. */
const slack = 2;
const itemNumber = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
const pageNumber = /^(?:[-–—]\s?)?\d{1,3}(?:\s?[-–—])?$/;
const signature = /^(?:Начальник|Руководитель|Директор|Заместитель|Исполнитель|Министр)\s.*\p{Lu}\.\s?\p{Lu}\./u;

interface Header {
  index: number;
  headings: string[];
  starts: number[];
}

function findHeader(lines: readonly string[]): Header | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^\f/, '');
    if (!/^\s*№/.test(line)) continue;
    const pieces = segments(line);
    const headings = pieces.map((p) => p.text);
    const fields = mapColumns(headings).fields;
    if (pieces.length >= 3 && fields.every(Boolean) && fields[0] === 'number' && isRoadmapHeader(headings))
      return { index: i, headings, starts: pieces.map((p) => p.start) };
  }
  return undefined;
}

/** The column a piece stands under: the last heading that starts before it (with a little slack). */
function columnOf(start: number, starts: readonly number[]): number {
  let column = 0;
  starts.forEach((s, k) => {
    if (s <= start + slack) column = k;
  });
  return column;
}

/** Pieces cut where a column starts right after a single space («…ВПР по УВР» when two cells nearly touch). */
function piecesOf(line: string, starts: readonly number[]): Segment[] {
  return segments(line).flatMap((piece) => {
    const out: Segment[] = [];
    let rest = piece;
    for (const start of starts) {
      const at = start - rest.start;
      if (at > 0 && at < rest.text.length && rest.text[at - 1] === ' ') {
        out.push({ text: rest.text.slice(0, at - 1), start: rest.start });
        rest = { text: rest.text.slice(at), start };
      }
    }
    out.push(rest);
    return out;
  });
}

interface OpenRow {
  cells: { text: string; line?: number }[];
  line: number;
  afterBreak: boolean;
  section: boolean;
}

/**
 * The table of a layout-kept text, or undefined when the text does not keep to the columns of its header (most
 * pieces of the lines below start at a heading's place). `lines` are the file's lines.
 */
export function readAlignedTable(lines: readonly string[]): LayoutTableBlock | undefined {
  const header = findHeader(lines);
  if (!header) return undefined;
  const { starts, headings } = header;
  const notes: ReaderNote[] = [];
  const rows: OpenRow[] = [];
  let pageBreak = false;
  let aligned = 0;
  let pieces = 0;
  let end = lines.length - 1;

  for (let i = header.index + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.startsWith('\f')) pageBreak = true;
    const line = raw.replace(/^\f/, '');
    if (!line.trim()) continue;
    const place = { line: i + 1 };
    const found = piecesOf(line, starts);
    if (normalizeHeading(found.map((p) => p.text).join('|')) === normalizeHeading(headings.join('|'))) {
      notes.push({ kind: 'repair', place, message: 'повтор шапки таблицы после разрыва страницы пропущен' });
      continue;
    }
    const only = found.length === 1 ? found[0]! : undefined;
    if (only && pageNumber.test(only.text) && columnOf(only.start, starts) !== 0) {
      notes.push({ kind: 'repair', place, message: `номер страницы «${only.text}» пропущен` });
      continue;
    }
    if (signature.test(line.trim())) {
      end = i - 1;
      break;
    }
    pieces += found.length;
    aligned += found.filter((p) => starts.some((s) => Math.abs(s - p.start) <= slack)).length;
    const cells = starts.map((): { text: string; line?: number } => ({ text: '' }));
    for (const piece of found) {
      const cell = cells[columnOf(piece.start, starts)]!;
      cell.text = cell.text ? `${cell.text} ${piece.text}` : piece.text;
      cell.line ??= i + 1;
    }
    const current = rows.at(-1);
    const numbered = itemNumber.test(cells[0]!.text);
    // A line of one piece from the number column that is no number: a section across the table («I. …»).
    const section = !numbered && only !== undefined && columnOf(only.start, starts) === 0;
    if (numbered || section || !current || current.section) {
      rows.push({ cells, line: i + 1, afterBreak: pageBreak, section });
    } else {
      cells.forEach((cell, k) => {
        const target = current.cells[k]!;
        if (!cell.text) return;
        target.text = target.text ? `${target.text}\n${cell.text}` : cell.text;
        target.line ??= cell.line;
      });
      if (pageBreak)
        notes.push({
          kind: 'repair',
          place,
          message: `строка, разорванная разрывом страницы, присоединена к предыдущей (строка ${current.line} файла)`,
        });
    }
    pageBreak = false;
  }
  // Most pieces start where a heading does; centred or stray text elsewhere is a sign of another layout.
  if (!rows.some((r) => !r.section) || aligned < pieces * 0.8) return undefined;

  const sourceRows: SourceRow[] = [
    {
      cells: headings.map((text, c) => ({ text, place: { row: 1, cell: c + 1, line: header.index + 1 } })),
      place: { row: 1, line: header.index + 1 },
    },
    ...rows.map((row, r): SourceRow => {
      const cells: SourceCell[] = (row.section ? row.cells.slice(0, 1) : row.cells).map((cell, c) => ({
        text: cell.text,
        place: { row: r + 2, cell: c + 1, line: cell.line ?? row.line },
      }));
      return { cells, place: { row: r + 2, line: row.line }, ...(row.afterBreak ? { afterBreak: true } : {}) };
    }),
  ];
  return { table: { rows: sourceRows }, startLine: header.index, endLine: end, notes };
}

// Text extracted from PDF with its layout kept (pdftotext -layout and the like): every column starts at the same
// place on every line, so a piece of text belongs to the column under whose heading it stands. Read by contents
// alone (read-layout-text.ts), «декабрь 2024 г.     Учитель математики» would be one deadline and a page number
// under the activity part of it. Used only when the header's headings stand apart by two spaces or more and the
// lines below keep to its columns, with numbered items; any other text is left to the reader by contents.
import { bareNumber, pageNumberInWords } from './captions.ts';
import { isRoadmapHeader, mapColumns, mayBeNumberHeading, normalizeHeading, recognizeHeading } from './columns.ts';
import { importLimits } from './limits.ts';
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
// Any length: a roadmap may run past item 999 (up to the row limit), and «4)» is as common as «4.».
const itemNumber = /^\d+(?:\.\d+)*[.)]?$/;
/** A bare page number («2», «- 2 -»): only away from the number column, where it would be an item's number. */
/** A numbered heading of a section («2. Работа с педагогами»), as sections.ts reads it. */
const numberedHeading = /^\d+(?:\.\d+)*\.?\s+\p{L}/u;
const signature = /^(?:Начальник|Руководитель|Директор|Заместитель|Исполнитель|Министр)\s.*\p{Lu}\.\s?\p{Lu}\./u;

interface Header {
  index: number;
  /** How many lines the header takes. */
  height: number;
  headings: string[];
  starts: number[];
  /** Each line's pieces, normalised, to know the header when a page repeats it. */
  lineKeys: string[];
}

/** The most lines a heading of the header is written over. */
const headerLines = 3;

const lineOf = (lines: readonly string[], i: number) => (lines[i] ?? '').replace(/^\f/, '');
const keyOf = (texts: readonly string[]) => normalizeHeading(texts.join('|'));

/**
 * The columns of a header written over these lines, or undefined when their pieces do not line up: every piece
 * starts where the first piece of its column does (with a little slack), and a column's heading is its pieces from
 * the top down («Сроки» over «выполнения»).
 */
function columnsOf(block: readonly string[]): { headings: string[]; starts: number[] } | undefined {
  const pieces = block
    .flatMap((line, row) => segments(line).map((piece) => ({ ...piece, row })))
    .sort((a, b) => a.start - b.start || a.row - b.row);
  const columns: { start: number; pieces: (Segment & { row: number })[] }[] = [];
  for (const piece of pieces) {
    const last = columns.at(-1);
    if (last && piece.start - last.start <= slack) last.pieces.push(piece);
    // Past the column limit (docs/security.md) no header: every heading must be known, and so many never are.
    else if (columns.length === importLimits.columns) return undefined;
    else columns.push({ start: piece.start, pieces: [piece] });
  }
  // Two pieces of one line in a column: the lines' pieces do not line up.
  if (columns.some((c) => new Set(c.pieces.map((p) => p.row)).size !== c.pieces.length)) return undefined;
  const headings = columns.map((c) =>
    c.pieces
      .sort((a, b) => a.row - b.row)
      .map((p) => p.text)
      .join('\n'),
  );
  return { headings, starts: columns.map((c) => c.start) };
}

/** The cheap conditions first: a line of words after «№» is read many times over while the header is looked for. */
function isHeader(headings: readonly string[]): boolean {
  if (headings.length < 3 || recognizeHeading(headings[0]!, { exact: true }) !== 'number') return false;
  const fields = mapColumns(headings).fields;
  return fields.every(Boolean) && fields[0] === 'number' && isRoadmapHeader(headings);
}

/**
 * The header: a line that starts with «№», alone or with up to two lines of its headings above or below it, the
 * most lines whose pieces line up into a roadmap header (the line after the header, an item, never does: its number
 * would join the «№» heading).
 */
function findHeader(lines: readonly string[]): Header | undefined {
  for (let n = 0; n < lines.length; n++) {
    const first = segments(lineOf(lines, n))[0];
    if (!first?.text.startsWith('№') || !mayBeNumberHeading(first.text)) continue;
    let best: Header | undefined;
    for (let index = Math.max(0, n - headerLines + 1); index <= n; index++) {
      for (let height = n - index + 1; height <= headerLines; height++) {
        const block = Array.from({ length: height }, (_, k) => lineOf(lines, index + k));
        if (block.some((line) => !line.trim())) break;
        if (best && best.height >= height) continue;
        const columns = columnsOf(block);
        if (!columns || !isHeader(columns.headings)) continue;
        const lineKeys = block.map((line) => keyOf(segments(line).map((p) => p.text)));
        best = { index, height, ...columns, lineKeys };
      }
    }
    if (best) return best;
  }
  return undefined;
}

/** How many lines from `i` repeat the header (a new page starts with it), or 0. */
function repeatedHeader(lines: readonly string[], i: number, header: Header): number {
  const same = header.lineKeys.every((key, k) => keyOf(segments(lineOf(lines, i + k)).map((p) => p.text)) === key);
  return same ? header.height : 0;
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

  for (let i = header.index + header.height; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.startsWith('\f')) pageBreak = true;
    const line = raw.replace(/^\f/, '');
    if (!line.trim()) continue;
    const place = { line: i + 1 };
    const repeated = repeatedHeader(lines, i, header);
    if (repeated) {
      notes.push({ kind: 'repair', place, message: 'повтор шапки таблицы после разрыва страницы пропущен' });
      i += repeated - 1;
      continue;
    }
    const found = piecesOf(line, starts);
    const only = found.length === 1 ? found[0]! : undefined;
    const pageMark =
      only !== undefined &&
      (pageNumberInWords.test(only.text) || (bareNumber.test(only.text) && columnOf(only.start, starts) !== 0));
    if (pageMark) {
      notes.push({ kind: 'repair', place, message: `номер страницы «${only.text}» пропущен` });
      continue;
    }
    if (signature.test(line.trim())) {
      end = i - 1;
      break;
    }
    // A numbered heading alone on its line and running on past the next column's start: a section centred over
    // the table («2. Работа с педагогами»), not a line of the item above, wherever it starts.
    const centredSection =
      only !== undefined &&
      numberedHeading.test(only.text) &&
      starts.some((s) => s > only.start + slack && s < only.start + only.text.length);
    pieces += found.length;
    aligned += centredSection ? 1 : found.filter((p) => starts.some((s) => Math.abs(s - p.start) <= slack)).length;
    const cells = starts.map((): { text: string; line?: number } => ({ text: '' }));
    for (const piece of found) {
      // A section's text is kept in the first cell, as for a section written from the number column.
      const cell = cells[centredSection ? 0 : columnOf(piece.start, starts)]!;
      cell.text = cell.text ? `${cell.text} ${piece.text}` : piece.text;
      cell.line ??= i + 1;
    }
    const current = rows.at(-1);
    const numbered = itemNumber.test(cells[0]!.text);
    // A line of one piece from the number column that is no number: a section across the table («I. …»).
    const section = centredSection || (!numbered && only !== undefined && columnOf(only.start, starts) === 0);
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

// From the rows of a source table to the logical rows of a roadmap: the header found and its columns recognised,
// repeated headers and column-numbering rows after page breaks dropped, rows with stray cells realigned, rows that a
// page break cut in two joined back, section rows told from item rows. Every decision that changes the source is
// noted with its place for the report.
import { isNotCaption } from './captions.ts';
import { isRoadmapHeader, mapColumns, normalizeHeading, type ColumnMap } from './columns.ts';
import { isBlank, type Place, type SourceCell, type SourceRow, type SourceTable } from './model.ts';

export interface RowNote {
  kind: 'guess' | 'leftover' | 'repair' | 'dropped';
  place: Place;
  message: string;
}

/** A cell of a logical row: its text and where each piece of it came from. */
interface LogicalCell {
  text: string;
  places: Place[];
  /** Text that a continuation row (after a page break) added to this cell. */
  continuation?: { text: string; place: Place };
}

export interface LogicalRow {
  kind: 'item' | 'section';
  cells: LogicalCell[];
  place: Place;
}

export interface RoadmapTable {
  table: SourceTable;
  columns: ColumnMap;
  headerPlace: Place;
  caption?: { text: string; place: Place };
  rows: LogicalRow[];
  notes: RowNote[];
  /** Tables after this one that a page break cut from it: their rows are among these. */
  joined?: number[];
}

const isNumberLike = (s: string) => /^\s*(?:\d+|[IVXLC]+)(?:\.\d+)*\.?\s*$/.test(s);
const stripTags = (s: string) => s.replace(/<[^>]+>/g, ' ').trim();

/** Text of a cell as the row's own: a copy of a horizontally merged cell counts as empty. */
function ownText(cell: SourceCell | undefined): string {
  if (!cell) return '';
  if (cell.mergedFrom && cell.mergedFrom.row === cell.place.row) return '';
  return cell.text;
}

function findHeaderRow(table: SourceTable): number {
  for (let r = 0; r < Math.min(table.rows.length, 6); r++) {
    const texts = table.rows[r]!.cells.map((c) => ownText(c));
    if (isRoadmapHeader(texts.filter((t) => !isBlank(t)))) return r;
  }
  return -1;
}

/**
 * The row of a table without a roadmap header that looks most like a header: of the first rows with two filled cells
 * or more, the one with the most known headings (the first of equals). For messages that say which headings were seen.
 */
export function likelyHeader(table: SourceTable): { place: Place; headings: string[] } | undefined {
  let best: { place: Place; headings: string[]; known: number } | undefined;
  for (const row of table.rows.slice(0, 6)) {
    const headings = row.cells.map((c) => ownText(c).trim()).filter(Boolean);
    if (headings.length < 2) continue;
    const known = mapColumns(headings).fields.filter((f) => f !== undefined).length;
    if (!best || known > best.known) best = { place: row.place, headings, known };
  }
  return best && { place: best.place, headings: best.headings };
}

const sameHeader = (a: readonly string[], b: readonly string[]) =>
  a.map(normalizeHeading).filter(Boolean).join('|') === b.map(normalizeHeading).filter(Boolean).join('|');

/** Two headers of the same columns, whatever their spacing and case: a header repeated after a page break. */
function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  return a.fields.length === b.fields.length && sameHeader(a.headings, b.headings);
}

/**
 * A table that only goes on with the one before it (a page break made it a new table): under no header of its own,
 * or under the same header repeated and without a caption — a table with a title of its own starts a part of its own.
 */
export function continuesTable(
  read: Pick<RoadmapTable, 'headerPlace' | 'caption' | 'columns'>,
  previous: RoadmapTable,
): boolean {
  return read.headerPlace === previous.headerPlace || (!read.caption && sameColumns(read.columns, previous.columns));
}

function isNumberingRow(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => !isBlank(t));
  return filled.length >= 3 && filled.every((t, i) => t.trim() === String(i + 1));
}

function startsLikeContinuation(text: string): boolean {
  const plain = stripTags(text);
  return /^[\p{Ll},;:)»\-–]/u.test(plain) || /^<(?:p|li|ul)\b/i.test(text.trim());
}

/** Fits a row with more cells than columns: empty stray cells dropped, or the extra middle cells merged. */
function fitRow(row: SourceRow, width: number, notes: RowNote[]): SourceCell[] {
  let cells = [...row.cells];
  if (cells.length <= width) {
    while (cells.length < width) cells.push({ text: '', place: { ...row.place, cell: cells.length + 1 } });
    return cells;
  }
  // Drop empty cells between the first two and the last one, rightmost first.
  for (let i = cells.length - 2; i >= 2 && cells.length > width; i--) {
    if (isBlank(cells[i]!.text)) cells.splice(i, 1);
  }
  while (cells.length > width && isBlank(cells.at(-1)!.text)) cells.pop();
  if (cells.length > width) {
    const extra = cells.length - width;
    const merged = cells.slice(2, 3 + extra);
    const text = merged
      .map((c) => c.text)
      .filter((t) => !isBlank(t))
      .join(' ');
    notes.push({
      kind: 'guess',
      place: row.place,
      message:
        `в строке ${row.cells.length} ячеек при ${width} столбцах: ` +
        `ячейки ${merged.map((c) => `«${c.text}»`).join(', ')} объединены в одну («${text}»); проверьте порядок слов`,
    });
    cells = [...cells.slice(0, 2), { text, place: merged[0]!.place }, ...cells.slice(3 + extra)];
  } else {
    notes.push({
      kind: 'repair',
      place: row.place,
      message: `лишние пустые ячейки в строке удалены (было ${row.cells.length}, столбцов ${width})`,
    });
  }
  return cells;
}

/** Reads a source table as a roadmap table, or undefined when it has no roadmap header (another kind of table). */
export function readRoadmapTable(table: SourceTable, continuesFrom?: RoadmapTable): RoadmapTable | undefined {
  const notes: RowNote[] = [];
  let headerIndex = findHeaderRow(table);
  let columns: ColumnMap;
  let headerPlace: Place;
  let caption = table.caption;
  if (headerIndex < 0) {
    // A table whose header is empty or missing and whose width matches the roadmap table before it continues it
    // (a page break in a converted PDF starts a new table).
    if (!continuesFrom) return undefined;
    const width = continuesFrom.columns.fields.length;
    const first = table.rows[0];
    const emptyHeader = first?.cells.every((c) => isBlank(c.text));
    if (!first || Math.abs(first.cells.length - width) > 1) return undefined;
    columns = continuesFrom.columns;
    headerPlace = continuesFrom.headerPlace;
    headerIndex = emptyHeader ? 0 : -1;
    if (emptyHeader)
      notes.push({
        kind: 'dropped',
        place: first.place,
        message: 'пустая строка шапки продолжения таблицы после разрыва страницы пропущена',
      });
  } else {
    const header = table.rows[headerIndex]!;
    columns = mapColumns(header.cells.map((c) => ownText(c)));
    headerPlace = header.place;
    // Rows above the header: a row of one text (a cell merged across the table counts once) is the table's caption,
    // unless it is an approval stamp; anything else is reported.
    for (let r = 0; r < headerIndex; r++) {
      const row = table.rows[r]!;
      const filled = row.cells.filter((c) => !isBlank(ownText(c)));
      if (filled.length === 1 && !caption && !isNotCaption(filled[0]!.text))
        caption = { text: filled[0]!.text, place: filled[0]!.place };
      else
        for (const cell of filled)
          notes.push({
            kind: 'leftover',
            place: cell.place,
            message: `текст над шапкой таблицы не перенесён: «${cell.text}»`,
          });
    }
  }

  // Rows cut by a page break go on in the table before only if this table goes on with it: the first row of a part
  // with its own title or header starts that part's first item, even in small letters.
  const joinsFrom =
    continuesFrom && continuesTable({ headerPlace, caption, columns }, continuesFrom) ? continuesFrom : undefined;
  const width = columns.fields.length;
  const numberColumn = columns.fields.indexOf('number');
  const headerTexts = columns.headings;
  const rows: LogicalRow[] = [];
  let firstBodyRow = true;

  for (let r = headerIndex + 1; r < table.rows.length; r++) {
    const source = table.rows[r]!;
    const texts = source.cells.map((c) => ownText(c));
    if (texts.every(isBlank)) continue;
    if (sameHeader(texts, headerTexts)) {
      notes.push({
        kind: 'dropped',
        place: source.place,
        message: 'повтор шапки таблицы (после разрыва страницы) пропущен',
      });
      continue;
    }
    if (isNumberingRow(texts)) {
      notes.push({
        kind: 'dropped',
        place: source.place,
        message: `строка нумерации столбцов («${texts.filter((t) => !isBlank(t)).join(' ')}») пропущена`,
      });
      continue;
    }
    if (isTotalsRow(texts)) {
      notes.push({ kind: 'dropped', place: source.place, message: `строка итогов («${totalsText(texts)}») пропущена` });
      continue;
    }
    const cells = fitRow(source, width, notes);
    const own = cells.map((c) => ownText(c));
    const filled = own.map((t, i) => (isBlank(t) ? -1 : i)).filter((i) => i >= 0);
    const numberText = numberColumn >= 0 ? (own[numberColumn] ?? '') : '';
    const firstFilled = own[filled[0] ?? 0] ?? '';
    const previousItem =
      rows.findLast((row) => row.kind === 'item') ??
      (rows.length ? undefined : joinsFrom?.rows.findLast((row) => row.kind === 'item'));
    const lastRow = rows.at(-1) ?? joinsFrom?.rows.at(-1);

    // A row cut by a page break: no number of its own, right after the break, its text going on mid-sentence.
    const afterBreak = source.afterBreak || (firstBodyRow && joinsFrom !== undefined);
    if (
      afterBreak &&
      isBlank(numberText) &&
      lastRow?.kind === 'item' &&
      previousItem &&
      startsLikeContinuation(firstFilled)
    ) {
      cells.forEach((cell, i) => {
        const text = ownText(cell);
        if (isBlank(text)) return;
        const target = previousItem.cells[i]!;
        target.text = isBlank(target.text) ? text : `${target.text}\n${text}`;
        target.places.push(cell.place);
        target.continuation = { text, place: cell.place };
      });
      const previousRow = previousItem.place.line
        ? `строка ${previousItem.place.line} файла`
        : `строка ${previousItem.place.row}`;
      notes.push({
        kind: 'repair',
        place: source.place,
        message: `строка, разорванная разрывом страницы, присоединена к предыдущей (${previousRow})`,
      });
      firstBodyRow = false;
      continue;
    }
    firstBodyRow = false;

    const logical: LogicalRow = {
      kind: 'item',
      cells: cells.map((c) => ({ text: c.text, places: [c.place] })),
      place: source.place,
    };
    // A row with one filled cell across the table (a level, a part, a numbered block) is a section.
    const distinct = new Set(filled.map((i) => own[i]!.trim()));
    const only = filled[0];
    if (distinct.size === 1 && only !== undefined && !isNumberLike(own[only]!)) {
      logical.kind = 'section';
      logical.cells = [{ text: own[only]!, places: [cells[only]!.place] }];
    }
    // «1.» in the number column and a title merged across the other columns: a numbered section.
    const named = filled.find((i) => i !== numberColumn);
    if (
      filled.length === 2 &&
      named !== undefined &&
      isNumberLike(numberText) &&
      cells.some((c) => c.mergedFrom?.row === source.place.row && c.mergedFrom?.cell === cells[named]!.place.cell)
    ) {
      logical.kind = 'section';
      logical.cells = [{ text: `${numberText.trim()} ${own[named]!.trim()}`, places: [cells[named]!.place] }];
    }
    rows.push(logical);
  }
  numberedBlocks(rows, columns, notes);
  return { table, columns, headerPlace, caption, rows, notes };
}

/**
 * A row with only a number and a title, followed by rows whose numbers go on from its own («1.» before «1.1.»,
 * «1.2.»), is the heading of their block, not an item of it: made a section, and the report says so.
 */
function numberedBlocks(rows: LogicalRow[], columns: ColumnMap, notes: RowNote[]): void {
  const numberColumn = columns.fields.indexOf('number');
  const titleColumn = columns.fields.indexOf('title');
  if (numberColumn < 0 || titleColumn < 0) return;
  const numberOf = (row: LogicalRow | undefined) =>
    row?.kind === 'item' ? (row.cells[numberColumn]?.text.trim().replace(/\.$/, '') ?? '') : '';
  rows.forEach((row, i) => {
    const number = numberOf(row);
    if (!/^\d+(?:\.\d+)*$/.test(number)) return;
    const others = row.cells.filter((c, k) => k !== numberColumn && k !== titleColumn && !isBlank(c.text));
    const title = row.cells[titleColumn]?.text.trim() ?? '';
    if (others.length || !title || !numberOf(rows[i + 1]).startsWith(`${number}.`)) return;
    row.kind = 'section';
    row.cells = [{ text: `${number}. ${title}`, places: row.cells[titleColumn]!.places }];
    notes.push({
      kind: 'guess',
      place: row.place,
      message: `строка «${number}. ${title}» — заголовок раздела: номера следующих строк продолжают её номер`,
    });
  });
}

/** The one text of a row, merged or not («Итого: 2 мероприятия» across the table). */
function totalsText(texts: readonly string[]): string {
  return [...new Set(texts.filter((t) => !isBlank(t)).map((t) => t.trim()))].join(' ');
}

/** A footer that counts the rows above («Итого: 2 мероприятия», «Всего — 12»): no section, no item. */
function isTotalsRow(texts: readonly string[]): boolean {
  const distinct = new Set(texts.filter((t) => !isBlank(t)).map((t) => t.trim()));
  const [only] = distinct;
  return distinct.size === 1 && only !== undefined && only.length <= 80 && /^(?:итого|всего)(?!\p{L}).*\d/iu.test(only);
}

// Tables in text where a tab separates the cells, as PDF and DOCX text extraction writes them. Two layouts occur:
// one row per line with tabs between the cells («1⇥Мероприятие⇥приказ⇥февраль»), and one cell per line, each
// starting with a tab, a cell's further lines without it, rows apart by blank lines. A blank line inside a table is
// a page break: the rows after it are marked so the row repairs can join a row the break cut in two.
import { isRoadmapHeader } from './columns.ts';
import type { SourceCell, SourceRow, SourceTable } from './model.ts';

export interface TabTableBlock {
  table: Omit<SourceTable, 'index'>;
  startLine: number;
  endLine: number;
}

const hasTab = (line: string | undefined) => line?.includes('\t');
const blank = (line: string | undefined) => line === undefined || (line.trim() === '' && !line.includes('\t'));

/** One-cell-per-line layout: most tab lines are a tab and one cell. */
function isCellPerLine(lines: readonly string[], start: number, end: number): boolean {
  let single = 0;
  let multi = 0;
  for (let i = start; i <= end; i++) {
    const line = lines[i] ?? '';
    if (!hasTab(line)) continue;
    if (/^\t[^\t]*$/.test(line)) single++;
    else multi++;
  }
  return single > multi;
}

/** Finds the stretches of lines that hold tab tables and reads each. */
export function readTabTables(lines: readonly string[]): TabTableBlock[] {
  const blocks: TabTableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    // A line of whitespace only (a stray tab in a text laid out with spaces) does not start a tab table.
    if (!hasTab(lines[i]) || !lines[i]!.trim()) {
      i++;
      continue;
    }
    // The stretch goes on over blank lines and short lines without tabs that lie between tab lines.
    const start = i;
    let end = i;
    let j = i + 1;
    while (j < lines.length) {
      if (hasTab(lines[j])) {
        end = j;
        j++;
        continue;
      }
      // Look ahead: a tab line within a few lines keeps the stretch going.
      let k = j;
      let textLines = 0;
      while (k < lines.length && !hasTab(lines[k]) && k - j < 6) {
        if (!blank(lines[k])) textLines++;
        k++;
      }
      if (k < lines.length && hasTab(lines[k]) && textLines <= 3) {
        j = k;
        continue;
      }
      break;
    }
    const cellPerLine = isCellPerLine(lines, start, end);
    const tables = cellPerLine ? readCellPerLine(lines, start, end) : readRowPerLine(lines, start, end);
    for (const table of tables) blocks.push({ table, startLine: start, endLine: end });
    i = end + 1;
  }
  return blocks;
}

function readRowPerLine(lines: readonly string[], start: number, end: number): Omit<SourceTable, 'index'>[] {
  const rows: SourceRow[] = [];
  let afterBreak = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i] ?? '';
    if (blank(line)) {
      afterBreak = rows.length > 0;
      continue;
    }
    const parts = hasTab(line) ? line.split('\t') : [line];
    const rowNumber = rows.length + 1;
    rows.push({
      cells: parts.map((text, c) => ({ text: text.trim(), place: { row: rowNumber, cell: c + 1, line: i + 1 } })),
      place: { row: rowNumber, line: i + 1 },
      afterBreak: afterBreak || undefined,
    });
    afterBreak = false;
  }
  return [{ rows }];
}

interface LooseCell {
  text: string;
  line: number;
  /** A blank line came right before the cell. */
  afterBlank: boolean;
  /** The cell's last line came after a blank line (it may be a caption of what follows rather than the cell's). */
  tail?: { text: string; line: number };
}

function readCellPerLine(lines: readonly string[], start: number, end: number): Omit<SourceTable, 'index'>[] {
  // Cells with their continuation lines.
  const cells: LooseCell[] = [];
  let sawBlank = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i] ?? '';
    if (blank(line)) {
      sawBlank = true;
      continue;
    }
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) {
        cells.push({ text: part.trim(), line: i + 1, afterBlank: sawBlank });
        sawBlank = false;
      }
    } else if (cells.length) {
      const last = cells[cells.length - 1]!;
      last.tail = sawBlank ? { text: line.trim(), line: i + 1 } : undefined;
      last.text = last.text ? `${last.text}\n${line.trim()}` : line.trim();
    } else {
      cells.push({ text: line.trim(), line: i + 1, afterBlank: sawBlank });
    }
    sawBlank = false;
  }

  // Rows: a header is recognised by its headings; after it, a row ends when it has as many cells as the header,
  // or when a blank line comes after a one-cell row (a section row across the table) or before a numbered cell.
  const tables: Omit<SourceTable, 'index'>[] = [];
  let rows: SourceRow[] = [];
  let width = 0;
  let current: LooseCell[] = [];
  const flush = () => {
    if (!current.length) return;
    const rowNumber = rows.length + 1;
    rows.push({
      cells: current.map(
        (c, k): SourceCell => ({ text: c.text, place: { row: rowNumber, cell: k + 1, line: c.line } }),
      ),
      place: { row: rowNumber, line: current[0]!.line },
      afterBreak: current[0]!.afterBlank && rows.length > 0 ? true : undefined,
    });
    current = [];
  };
  // A header is a run of cells without a blank line between them whose texts are column headings.
  const headerAt = (k: number): number => {
    let n = 1;
    while (k + n < cells.length && !cells[k + n]!.afterBlank) n++;
    if (n < 2 || n > 12) return 0;
    const texts = cells.slice(k, k + n).map((c) => c.text);
    return texts.every((t) => t.trim()) && isRoadmapHeader(texts) ? n : 0;
  };
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    const startsRow = current.length === 0;
    if (!startsRow && cell.afterBlank) {
      const complete = width > 0 && current.length >= width;
      // A numbered cell («2», «1.2.МБОУ …», «3. Мероприятия …») or a header starts a row.
      const numbered = /^\d{1,3}$/.test(cell.text.trim()) || /^\d{1,3}(?:\.\d{1,3})*\.(?=\s*\S)/.test(cell.text.trim());
      if (complete || numbered || width === 0 || headerAt(k) > 0) flush();
    }
    if (current.length === 0) {
      const header = headerAt(k);
      if (header) {
        // A new header starts a new table; the one-cell row right before it is its caption.
        let caption = rows.at(-1);
        let captionIsOwn = caption !== undefined && caption.cells.length === 1;
        const previous = cells[k - 1];
        if (!captionIsOwn && caption && previous?.tail) {
          // «План-график …» after the last cell of the table before, apart by a blank line: the new table's caption.
          const lastCell = caption.cells.at(-1)!;
          lastCell.text = lastCell.text.slice(0, lastCell.text.length - previous.tail.text.length).trimEnd();
          caption = {
            cells: [{ text: previous.tail.text, place: { row: 1, cell: 1, line: previous.tail.line } }],
            place: { row: 1, line: previous.tail.line },
          };
          captionIsOwn = true;
        } else if (captionIsOwn) rows.pop();
        if (rows.length) tables.push({ rows });
        rows =
          captionIsOwn && caption
            ? [
                {
                  ...caption,
                  place: { ...caption.place, row: 1 },
                  cells: caption.cells.map((c) => ({ ...c, place: { ...c.place, row: 1 } })),
                },
              ]
            : [];
        current = cells.slice(k, k + header);
        flush();
        width = header;
        k += header - 1;
        continue;
      }
    }
    current.push(cell);
    if (width > 0 && current.length === width) flush();
  }
  flush();
  if (rows.length) tables.push({ rows });
  return tables;
}

// Markdown pipe tables inside a text («| № | Мероприятие | … |»), as converters of PDF and DOCX write them.
// A cell broken over lines (a line that starts a row but does not close it) is joined with the next lines.
import type { SourceRow, SourceTable } from './model.ts';

export interface MarkdownTableBlock {
  table: Omit<SourceTable, 'index'>;
  /** 0-based indexes of the lines the table takes. */
  startLine: number;
  endLine: number;
}

const delimiterRow = /^\|?\s*:?-{1,}:?\s*(\|\s*:?-{0,}:?\s*)*\|?\s*$/;

function splitPipeRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells.map((c) => c.replace(/<br\s*\/?>/gi, '\n').trim());
}

/** Whether a line begins a pipe-table row («| …», also «- | | |» as some converters write a list around it). */
function startsPipeRow(line: string): boolean {
  return /^\s*(?:- )?\|/.test(line);
}

/** Finds the pipe tables in the lines; each block is one table as written (page-break repairs come later). */
export function readMarkdownTables(lines: readonly string[]): MarkdownTableBlock[] {
  const blocks: MarkdownTableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!startsPipeRow(lines[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    const rows: SourceRow[] = [];
    while (i < lines.length && startsPipeRow(lines[i] ?? '')) {
      const firstLine = i;
      let text = (lines[i] ?? '').replace(/^\s*- (?=\|)/, '');
      // A row whose cell holds a line break continues until a line closes it with «|».
      while (!text.trimEnd().endsWith('|') && i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') {
        i++;
        text += `\n${lines[i]}`;
      }
      i++;
      if (delimiterRow.test(text.trim())) continue;
      const cells = splitPipeRow(text);
      rows.push({
        cells: cells.map((cellText, c) => ({
          text: cellText,
          place: { row: rows.length + 1, cell: c + 1, line: firstLine + 1 },
        })),
        place: { row: rows.length + 1, line: firstLine + 1 },
      });
    }
    blocks.push({ table: { rows }, startLine: start, endLine: i - 1 });
  }
  return blocks;
}

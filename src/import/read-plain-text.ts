// Plain text (extracted from PDF or DOCX, or a Markdown file): finds the tables in it — pipe tables, tab tables,
// or, when there are none, a table laid out with spaces only (its columns kept in place, or not) — and keeps the
// other lines as the document's text.
import { isNotCaption } from './captions.ts';
import type { Place, ReaderNote, SourceDocument, SourceTable, TextLine } from './model.ts';
import { readAlignedTable } from './read-aligned-text.ts';
import { readLayoutTables } from './read-layout-text.ts';
import { readMarkdownTables } from './read-markdown-tables.ts';
import { readTabTables } from './read-tab-text.ts';
import { checkRows, lineCount } from './limits.ts';

/**
 * A caption: the paragraph right above a table, when it reads like a heading (not a sentence of the text). It may
 * span single blank lines; a roadmap title above the table («ДОРОЖНАЯ КАРТА по работе …») is taken whole.
 */
function captionBefore(
  lines: readonly string[],
  used: readonly boolean[],
  start: number,
): { text: string; place: Place } | undefined {
  const free = (i: number) => i >= 0 && !used[i];
  // An approval stamp or a page number between the title and the table is passed over like an empty line.
  const blank = (i: number) => (lines[i] ?? '').trim() === '' || isNotCaption(lines[i] ?? '');
  let i = start - 1;
  while (free(i) && blank(i) && start - i < 4) i--;
  if (!free(i) || blank(i)) return undefined;
  const end = i;
  let first = i;
  // Up through lines that do not end a sentence, over single blank lines, at most eight lines.
  for (let k = i - 1; k >= 0 && end - k < 10; k--) {
    if (!free(k)) break;
    if (blank(k)) {
      if (blank(k - 1) || !free(k - 1)) break;
      continue;
    }
    if (/[.;:]\**\s*$/.test(lines[k] ?? '')) break;
    first = k;
  }
  const picked = lines
    .slice(first, end + 1)
    .filter((l) => !isNotCaption(l))
    .map((l) => l.trim())
    .filter(Boolean);
  const titleAt = picked.findIndex((l) => /^\**\s*дорожная\s+карта/iu.test(l.replace(/^#+\s*/, '')));
  // Without a roadmap title the caption is only the paragraph right above the table.
  let own = end;
  while (free(own - 1) && !blank(own - 1) && !/[.;:]\**\s*$/.test(lines[own - 1] ?? '') && end - own < 2) own--;
  const chosen = titleAt >= 0 ? picked.slice(titleAt) : lines.slice(own, end + 1).map((l) => l.trim());
  const text = chosen
    .join('\n')
    .replace(/\*\*/g, '')
    .replace(/^#+\s*/gm, '');
  if (/[.;:]$/.test(text.trim()) || text.length > 400) return undefined;
  const line = lines.findIndex((l, k) => k >= first && l.trim() === chosen[0]);
  return { text, place: { line: line + 1 } };
}

export function readPlainText(content: string, format: 'text' | 'markdown', encoding?: string): SourceDocument {
  checkRows(format === 'markdown' ? 'файл Markdown' : 'текстовый файл', lineCount(content));
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const used = lines.map(() => false);
  const found: { table: Omit<SourceTable, 'index'>; startLine: number; endLine: number; notes?: ReaderNote[] }[] = [];

  for (const block of readMarkdownTables(lines)) {
    found.push(block);
    for (let i = block.startLine; i <= block.endLine; i++) used[i] = true;
  }
  if (format === 'text') {
    const freeLines = lines.map((l, i) => (used[i] ? '' : l));
    for (const block of readTabTables(freeLines)) {
      found.push(block);
      for (let i = block.startLine; i <= block.endLine; i++) used[i] = true;
    }
    if (!found.length) {
      // Columns kept in place are read by their places; only without them by what the pieces are.
      const aligned = readAlignedTable(lines);
      for (const block of aligned ? [aligned] : readLayoutTables(lines)) {
        found.push(block);
        for (let i = block.startLine; i <= block.endLine; i++) used[i] = true;
      }
    }
  }
  found.sort((a, b) => a.startLine - b.startLine);

  const tables: SourceTable[] = found.map((block, k) => {
    const index = k + 1;
    const caption = block.table.caption ?? captionBefore(lines, used, block.startLine);
    // The caption's lines are not the document's text; a stamp between it and the table is: the order is read there.
    if (caption?.place.line)
      for (let i = caption.place.line - 1; i < block.startLine; i++) used[i] ||= !isNotCaption(lines[i] ?? '');
    return {
      ...block.table,
      index,
      caption: caption ? { ...caption, place: { ...caption.place, table: index } } : undefined,
      rows: block.table.rows.map((row) => ({
        ...row,
        place: { ...row.place, table: index },
        cells: row.cells.map((cell) => ({
          ...cell,
          place: { ...cell.place, table: index },
          mergedFrom: cell.mergedFrom,
        })),
      })),
    };
  });

  const text: TextLine[] = [];
  lines.forEach((line, i) => {
    if (!used[i] && line.trim()) text.push({ text: line.trim(), place: { line: i + 1 } });
  });
  const notes = found.flatMap((block, k) =>
    (block.notes ?? []).map((n) => ({ ...n, place: { ...n.place, table: k + 1 } })),
  );
  return { format, encoding, tables, text, notes };
}

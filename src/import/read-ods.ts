// ODS (OpenDocument spreadsheet): content.xml read with a real XML parser. Repeated rows and cells are expanded
// (up to the last one with content), cells covered by a spanning cell are repeated from it. A date cell also keeps
// its day (office:date-value), whatever format it is shown in.
import { attr, children, parseXml, type Element } from './office-xml.ts';
import { checkRows, countOccurrences, importLimits } from './limits.ts';
import type { ReaderNote, SourceDocument, SourceTable, TextLine } from './model.ts';
import { columnLetters, gridToTable, hiddenSheetNote, type GridCell, type SheetGrid } from './spreadsheet-table.ts';

function paragraphText(p: Element): string {
  let out = '';
  for (let node = p.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.nodeName === 'text:s') out += ' '.repeat(Number(attr(el, 'text:c') ?? 1));
      else if (el.nodeName === 'text:tab') out += '\t';
      else if (el.nodeName === 'text:line-break') out += '\n';
      else out += paragraphText(el);
    }
  }
  return out;
}

function cellText(cell: Element): string {
  const lines: string[] = [];
  const visit = (el: Element, bullet: boolean) => {
    for (const node of children(el)) {
      if (node.nodeName === 'text:p' || node.nodeName === 'text:h') {
        const t = paragraphText(node).trim();
        if (t) lines.push(bullet ? `• ${t}` : t);
      } else if (node.nodeName === 'text:list') visit(node, true);
      else if (node.nodeName === 'text:list-item') visit(node, bullet);
    }
  };
  visit(cell, false);
  return lines.join('\n');
}

export function readOds(files: Record<string, Uint8Array>): SourceDocument {
  const tables: SourceTable[] = [];
  const text: TextLine[] = [];
  const notes: ReaderNote[] = [];
  for (const sheet of readOdsSheets(files)) {
    if (sheet.hidden) {
      notes.push(hiddenSheetNote(sheet.name));
      continue;
    }
    const read = gridToTable(sheet.name, sheet.grid, tables.length + 1);
    text.push(...read.text);
    if (read.table) tables.push(read.table);
  }
  return { format: 'ods', tables, text, notes };
}

/** Every sheet with content, as a grid of cells (row 1 first), within the limits. */
export function readOdsSheets(files: Record<string, Uint8Array>): SheetGrid[] {
  const xml = files['content.xml'];
  if (xml) checkRows('ODS', countOccurrences(xml, '<table:table-row ') + countOccurrences(xml, '<table:table-row>'));
  const root = parseXml(xml, 'ODS (content.xml)');
  const spreadsheet = children(children(root, 'office:body')[0] ?? root, 'office:spreadsheet')[0];
  const out: SheetGrid[] = [];
  const hiddenStyles = hiddenTableStyles(root);
  for (const sheet of spreadsheet ? children(spreadsheet, 'table:table') : []) {
    const name = attr(sheet, 'table:name') ?? `Лист ${out.length + 1}`;
    const grid: GridCell[][] = [];
    const covering = new Map<string, { row: number; column: number }>();
    const rowElements = children(sheet).flatMap((el) =>
      el.nodeName === 'table:table-rows' || el.nodeName === 'table:table-header-rows'
        ? children(el, 'table:table-row')
        : el.nodeName === 'table:table-row'
          ? [el]
          : [],
    );
    for (const rowEl of rowElements) {
      // Repeats and spans (a sheet's empty tail is often one row repeated a million times) are cut to the limits.
      if (grid.length >= importLimits.rows) break;
      const repeatRows = Math.min(
        Number(attr(rowEl, 'table:number-rows-repeated') ?? 1) || 1,
        1000,
        importLimits.rows - grid.length,
      );
      const cells: GridCell[] = [];
      for (const cellEl of children(rowEl)) {
        if (cellEl.nodeName !== 'table:table-cell' && cellEl.nodeName !== 'table:covered-table-cell') continue;
        const repeat = Number(attr(cellEl, 'table:number-columns-repeated') ?? 1);
        const content = cellText(cellEl);
        const date =
          attr(cellEl, 'office:value-type') === 'date'
            ? /^\d{4}-\d{2}-\d{2}/.exec(attr(cellEl, 'office:date-value') ?? '')?.[0]
            : undefined;
        const count =
          content || cellEl.nodeName === 'table:covered-table-cell' ? Math.min(repeat, 1000) : Math.min(repeat, 64);
        for (let k = 0; k < count && cells.length < importLimits.columns; k++) {
          const r = grid.length;
          const c = cells.length;
          const address = `${columnLetters(c + 1)}${r + 1}`;
          const master = covering.get(`${r}:${c}`);
          if (cellEl.nodeName === 'table:covered-table-cell' || master) {
            cells.push({ text: '', address, master });
            continue;
          }
          cells.push({ text: content, address, ...(date ? { date } : {}) });
          const spanC = Math.min(
            Number(attr(cellEl, 'table:number-columns-spanned') ?? 1) || 1,
            importLimits.columns - c,
          );
          const spanR = Math.min(Number(attr(cellEl, 'table:number-rows-spanned') ?? 1) || 1, importLimits.rows - r);
          for (let dr = 0; dr < spanR; dr++)
            for (let dc = 0; dc < spanC; dc++) if (dr || dc) covering.set(`${r + dr}:${c + dc}`, { row: r, column: c });
        }
      }
      for (let k = 0; k < repeatRows; k++) grid.push(k === 0 ? cells : cells.map((c) => ({ ...c })));
    }
    while (grid.length && grid.at(-1)!.every((c) => !c.text.trim() && !c.master)) grid.pop();
    const width = Math.max(
      0,
      ...grid.map((row) => row.reduce((w, c, i) => (c.text.trim() || c.master ? i + 1 : w), 0)),
    );
    for (const row of grid) row.length = Math.min(row.length, width);
    const hidden = hiddenStyles.has(attr(sheet, 'table:style-name') ?? '');
    if (grid.length) out.push({ name, grid, ...(hidden ? { hidden: true } : {}) });
  }
  return out;
}

/** Names of the automatic table styles that hide a sheet (`table:display="false"`). */
function hiddenTableStyles(root: Element): Set<string> {
  const hidden = new Set<string>();
  for (const styles of children(root, 'office:automatic-styles'))
    for (const style of children(styles, 'style:style'))
      for (const properties of children(style, 'style:table-properties'))
        if (attr(properties, 'table:display') === 'false') hidden.add(attr(style, 'style:name') ?? '');
  return hidden;
}

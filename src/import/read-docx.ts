// DOCX: the XML of the document (word/document.xml) read with a real XML parser. Tables become tables of the common
// model: a cell merged across columns (gridSpan) or down rows (vMerge) is repeated into every cell it covers, marked
// as merged; a cell's paragraphs are its lines, list paragraphs («w:numPr») start with «• » or their number, and an
// empty numbered paragraph is the number Word shows in it (a «№» column numbered automatically).
// Paragraphs outside tables are the document's text.
import { captionLines } from './captions.ts';
import { attr, child, children, parseXml, type Element } from './office-xml.ts';
import { checkRows, checkTableDepth, countOccurrences, importLimits, maxNesting } from './limits.ts';
import type { Place, ReaderNote, SourceCell, SourceDocument, SourceRow, SourceTable, TextLine } from './model.ts';

interface Numbering {
  /** numId → ilvl → format («bullet», «decimal», …). */
  formats: Map<string, Map<string, string>>;
}

function readNumbering(files: Record<string, Uint8Array>): Numbering {
  const formats = new Map<string, Map<string, string>>();
  const bytes = files['word/numbering.xml'];
  if (!bytes) return { formats };
  const root = parseXml(bytes, 'DOCX (нумерация списков)');
  const abstract = new Map<string, Map<string, string>>();
  for (const a of children(root, 'w:abstractNum')) {
    const levels = new Map<string, string>();
    for (const lvl of children(a, 'w:lvl'))
      levels.set(attr(lvl, 'w:ilvl') ?? '0', attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'bullet');
    abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
  }
  for (const num of children(root, 'w:num')) {
    const levels = abstract.get(attr(child(num, 'w:abstractNumId'), 'w:val') ?? '');
    if (levels) formats.set(attr(num, 'w:numId') ?? '', levels);
  }
  return { formats };
}

/** Text of a run container (paragraph, hyperlink, inserted text), with tabs and breaks. */
function runText(element: Element): string {
  let out = '';
  for (const node of children(element)) {
    switch (node.nodeName) {
      case 'w:r':
        for (const part of children(node)) {
          if (part.nodeName === 'w:t') out += part.textContent ?? '';
          else if (part.nodeName === 'w:tab') out += '\t';
          else if (part.nodeName === 'w:br' || part.nodeName === 'w:cr') out += '\n';
          else if (part.nodeName === 'w:noBreakHyphen') out += '-';
        }
        break;
      case 'w:hyperlink':
      case 'w:ins':
      case 'w:smartTag':
      case 'w:fldSimple':
        out += runText(node);
        break;
      case 'w:sdt':
        out += runText(child(node, 'w:sdtContent') ?? node);
        break;
      default:
    }
  }
  return out;
}

class ListCounter {
  private counts = new Map<string, number>();
  marker(paragraph: Element, numbering: Numbering): string {
    const numPr = child(child(paragraph, 'w:pPr'), 'w:numPr');
    if (!numPr) return '';
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? '';
    const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val') ?? '0';
    if (numId === '0') return '';
    const format = numbering.formats.get(numId)?.get(ilvl) ?? 'bullet';
    if (format === 'bullet' || format === 'none') return '• ';
    const key = `${numId}:${ilvl}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return `${n}. `;
  }
}

/**
 * The numbers Word writes itself into a table's empty numbered paragraphs: a «№» column filled by automatic
 * numbering, which goes on from cell to cell down the table («1.», «2.»; «1.1.» at the second level).
 */
class AutoNumbers {
  private counts = new Map<string, number[]>();
  number(paragraph: Element, numbering: Numbering): string {
    const numPr = child(child(paragraph, 'w:pPr'), 'w:numPr');
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? '0';
    const level = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) || 0;
    const format = numbering.formats.get(numId)?.get(String(level)) ?? 'bullet';
    if (!numPr || numId === '0' || format === 'bullet' || format === 'none' || level > 8) return '';
    const counts = (this.counts.get(numId) ?? []).slice(0, level + 1);
    while (counts.length <= level) counts.push(0);
    counts[level]! += 1;
    this.counts.set(numId, counts);
    return `${counts.join('.')}.`;
  }
}

function cellText(tc: Element, numbering: Numbering, auto = new AutoNumbers()): string {
  const counter = new ListCounter();
  const lines: string[] = [];
  for (const node of children(tc)) {
    if (node.nodeName === 'w:p') {
      const text = runText(node);
      if (text.trim()) lines.push(counter.marker(node, numbering) + text.trim());
      else {
        const number = auto.number(node, numbering);
        if (number) lines.push(number);
      }
    } else if (node.nodeName === 'w:tbl') {
      // A table inside a cell: its rows as lines.
      for (const tr of children(node, 'w:tr'))
        lines.push(
          children(tr, 'w:tc')
            .map((c) => cellText(c, numbering).replace(/\n/g, ' '))
            .join(' | '),
        );
    } else if (node.nodeName === 'w:sdt') {
      lines.push(cellText(child(node, 'w:sdtContent') ?? node, numbering));
    }
  }
  return lines.filter((l) => l.trim()).join('\n');
}

function readTable(tbl: Element, index: number, numbering: Numbering, notes: ReaderNote[]): SourceTable {
  const rows: SourceRow[] = [];
  const auto = new AutoNumbers();
  // The cell that started a vertical merge, per grid column.
  const verticalMaster = new Map<number, SourceCell>();
  children(tbl, 'w:tr').forEach((tr, r) => {
    const cells: SourceCell[] = [];
    let gridColumn = 0;
    const gridBefore = Number(attr(child(child(tr, 'w:trPr'), 'w:gridBefore'), 'w:val') ?? 0);
    for (let g = 0; g < gridBefore; g++)
      cells.push({ text: '', place: { table: index, row: r + 1, cell: ++gridColumn } });
    const tcs = children(tr).flatMap((node) =>
      node.nodeName === 'w:tc'
        ? [node]
        : node.nodeName === 'w:sdt'
          ? children(child(node, 'w:sdtContent') ?? node, 'w:tc')
          : [],
    );
    for (const tc of tcs) {
      const props = child(tc, 'w:tcPr');
      const span = Math.min(
        Math.max(1, Number(attr(child(props, 'w:gridSpan'), 'w:val') ?? 1) || 1),
        importLimits.columns,
      );
      const vMerge = child(props, 'w:vMerge');
      const place: Place = { table: index, row: r + 1, cell: gridColumn + 1 };
      let cell: SourceCell;
      if (vMerge && attr(vMerge, 'w:val') !== 'restart') {
        const master = verticalMaster.get(gridColumn);
        cell = { text: master?.text ?? '', place, mergedFrom: master?.place };
        if (master?.text.trim()) {
          notes.push({
            kind: 'guess',
            place,
            message:
              `ячейка объединена с ячейкой выше (${master.place.row ? `строка ${master.place.row}` : ''}): ` +
              `её текст «${master.text.replace(/\s+/g, ' ').slice(0, 60)}» отнесён и к этой строке`,
          });
        }
      } else {
        cell = { text: cellText(tc, numbering, auto), place };
        if (vMerge) verticalMaster.set(gridColumn, cell);
        else verticalMaster.delete(gridColumn);
      }
      cells.push(cell);
      for (let s = 1; s < span; s++) {
        cells.push({
          text: cell.text,
          place: { table: index, row: r + 1, cell: gridColumn + 1 + s },
          mergedFrom: cell.mergedFrom ?? place,
        });
      }
      gridColumn += span;
    }
    rows.push({ cells, place: { table: index, row: r + 1 } });
  });
  return { index, rows };
}

/** Paragraphs of one caption: no more than two empty paragraphs between them. */
const nearParagraphs = (upper: TextLine, lower: TextLine) => (lower.place.line ?? 0) - (upper.place.line ?? 0) <= 3;

export function readDocx(files: Record<string, Uint8Array>): SourceDocument {
  const xml = files['word/document.xml'];
  if (xml) {
    checkTableDepth('DOCX', maxNesting(xml, 'w:tbl'));
    checkRows('DOCX', countOccurrences(xml, '<w:tr>') + countOccurrences(xml, '<w:tr '));
  }
  const root = parseXml(xml, 'DOCX (word/document.xml)');
  const body = child(root, 'w:body');
  const numbering = readNumbering(files);
  const tables: SourceTable[] = [];
  const text: TextLine[] = [];
  let paragraph = 0;
  const counter = new ListCounter();
  const notes: ReaderNote[] = [];
  const captionLineNumbers = new Set<number | undefined>();
  let lastTable = 0;
  const walk = (container: Element) => {
    for (const node of children(container)) {
      if (node.nodeName === 'w:p') {
        paragraph++;
        const line = runText(node).trim();
        if (line)
          text.push({
            text: counter.marker(node, numbering) + line,
            place: { line: paragraph, label: `абзац ${paragraph}` },
          });
      } else if (node.nodeName === 'w:tbl') {
        paragraph++;
        const table = readTable(node, tables.length + 1, numbering, notes);
        // The title right above the table (two empty paragraphs between at most) is its caption; the lines looked at
        // are those after the table before, so that two tables never share one.
        const above = text.filter((l) => (l.place.line ?? 0) > lastTable);
        const nearest = above.at(-1)?.place.line ?? 0;
        const lines = nearest >= paragraph - 3 ? captionLines(above, nearParagraphs) : [];
        if (lines[0]) {
          table.caption = {
            text: lines.map((l) => l.text).join('\n'),
            place: { ...lines[0].place, table: table.index },
          };
          for (const line of lines) captionLineNumbers.add(line.place.line);
        }
        lastTable = paragraph;
        tables.push(table);
      } else if (node.nodeName === 'w:sdt') {
        walk(child(node, 'w:sdtContent') ?? node);
      }
    }
  };
  if (body) walk(body);
  return { format: 'docx', tables, text: text.filter((l) => !captionLineNumbers.has(l.place.line)), notes };
}

// Tables in text extracted from PDF without any column separator: each visual line holds the pieces of several
// columns one after another. The header gives the columns; items start with their number («12. »); section lines
// are in capitals. Within an item, the activity comes first, and every other line is cut where a deadline or a
// responsible person begins; pieces that only continue a cell go to the column that is still open (its line ended
// mid-phrase). Where the activity and the form share a line, the activity's column width (learnt from the lines
// that wrap) or the case of the words tells them apart — each such split is reported as a guess.
import { recognizeHeading, type ItemField } from './columns.ts';
import { deadlineStart, responsibleStart } from './layout-recognizers.ts';
import type { ReaderNote, SourceCell, SourceRow, SourceTable } from './model.ts';
import { repairBrokenSurname } from './text-repairs.ts';

export interface LayoutTableBlock {
  table: Omit<SourceTable, 'index'>;
  startLine: number;
  endLine: number;
  notes: ReaderNote[];
}

const supported: ItemField[] = ['number', 'title', 'form', 'deadline', 'responsible'];

/** The header: a few lines whose words are, in order, known column headings; returns its columns and last line. */
function findHeader(
  lines: readonly string[],
): { fields: ItemField[]; headings: string[]; start: number; end: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*№/.test(lines[i] ?? '')) continue;
    const window: { text: string; line: number }[] = [];
    for (let k = i; k < Math.min(lines.length, i + 10); k++)
      if ((lines[k] ?? '').trim()) window.push({ text: (lines[k] ?? '').trim(), line: k });
    const words = window.flatMap((w) => w.text.split(/\s+/).map((word) => ({ word, line: w.line })));
    const fields: ItemField[] = [];
    const headings: string[] = [];
    let end = i;
    let p = 0;
    while (p < words.length) {
      let matched = 0;
      for (let n = Math.min(4, words.length - p); n >= 1; n--) {
        const phrase = words
          .slice(p, p + n)
          .map((w) => w.word)
          .join(' ');
        const field = recognizeHeading(phrase, { exact: true });
        if (field && !fields.includes(field)) {
          fields.push(field);
          headings.push(phrase);
          end = words[p + n - 1]!.line;
          matched = n;
          break;
        }
      }
      if (!matched) {
        // A word that only continues the previous heading («мероприятий» after «Форма реализации»).
        const last = headings.length - 1;
        const longer = last >= 0 ? `${headings[last]} ${words[p]!.word}` : '';
        if (last >= 0 && recognizeHeading(longer, { exact: true }) === fields[last]) {
          headings[last] = longer;
          end = words[p]!.line;
          p++;
          continue;
        }
        break;
      }
      p += matched;
    }
    if (fields.includes('title') && fields.length >= 3 && fields.every((f) => supported.includes(f)))
      return { fields, headings, start: i, end };
  }
  return undefined;
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
function isSectionLine(text: string): boolean {
  const l = letters(text);
  if (l.length < 12 || text.split(/\s+/).length < 2) return false;
  const upper = l.replace(/[^\p{Lu}]/gu, '').length;
  return upper / l.length >= 0.85;
}
const signatureLine =
  /^(Начальник|Руководитель|Директор|Заместитель|Исполнитель|Ведущий специалист|Министр)(?=\s).*\p{Lu}\.\s?\p{Lu}\./u;
const isSignature = (text: string) => signatureLine.test(text);

interface RawLine {
  raw: string;
  text: string;
  line: number;
  /** The line ends with a space: the cell wraps onto the next line. */
  wraps: boolean;
  afterBlank: boolean;
}

type Column = 'title' | 'form' | 'deadline' | 'responsible';

interface Piece {
  text: string;
  line: number;
  wraps: boolean;
}

const endsOpen = (text: string) => /[,:;(\-–]$/.test(text);

export function readLayoutTables(lines: readonly string[]): LayoutTableBlock[] {
  const header = findHeader(lines);
  if (!header) return [];
  const body: RawLine[] = [];
  let end = lines.length - 1;
  let blankBefore = false;
  for (let i = header.end + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim()) {
      blankBefore = true;
      continue;
    }
    const text = repairBrokenSurname(raw.replace(/\s+/g, ' ').trim()).text;
    if (isSignature(text)) {
      end = i - 1;
      break;
    }
    body.push({ raw, text, line: i + 1, wraps: /\s$/.test(raw), afterBlank: blankBefore });
    blankBefore = false;
  }

  // Items and sections.
  type Chunk = { kind: 'section'; lines: RawLine[] } | { kind: 'item'; number: string; lines: RawLine[] };
  const chunks: Chunk[] = [];
  let expected = 1;
  for (const line of body) {
    const numbered = /^(\d{1,3})\.\s+(\S.*)$/.exec(line.text);
    if (numbered?.[1] && numbered[2] && (Number(numbered[1]) === expected || Number(numbered[1]) === 1)) {
      expected = Number(numbered[1]) + 1;
      const first = { ...line, text: numbered[2], raw: line.raw.replace(/^\s*\d{1,3}\.\s+/, '') };
      chunks.push({ kind: 'item', number: `${numbered[1]}.`, lines: [first] });
      continue;
    }
    const last = chunks.at(-1);
    if (isSectionLine(line.text) && (!last || last.kind === 'section' || !/[,:;\-–]$/.test(last.lines.at(-1)!.text))) {
      const startsOwn =
        /УРОВЕН|^[IVX]+\.\s/u.test(line.text) ||
        last?.kind !== 'section' ||
        /УРОВЕН/u.test(last.lines.map((l) => l.text).join(' '));
      if (startsOwn) chunks.push({ kind: 'section', lines: [line] });
      else last.lines.push(line);
      expected = 1;
      continue;
    }
    if (last) last.lines.push(line);
  }

  // The activity column's width: the longest activity line that wraps.
  let width = 0;
  for (const chunk of chunks) {
    if (chunk.kind !== 'item') continue;
    for (const line of chunk.lines) {
      if (!line.wraps) break;
      if (deadlineStart(line.text) >= 0 || responsibleStart(line.text) >= 0) break;
      width = Math.max(width, line.text.length);
    }
  }
  width = width || 40;

  const notes: ReaderNote[] = [];
  const learnedForms = new Set<string>();
  const rows: SourceRow[] = [];
  const headerRow: SourceRow = {
    cells: header.headings.map((h, c) => ({ text: h, place: { row: 1, cell: c + 1, line: header.start + 1 } })),
    place: { row: 1, line: header.start + 1 },
  };
  rows.push(headerRow);

  // A first pass learns the forms the document writes on lines of their own; the second uses them everywhere.
  for (const chunk of chunks) if (chunk.kind === 'item') parseItem(chunk.lines, width, learnedForms);
  const reparsed = chunks.map((chunk) =>
    chunk.kind === 'item' ? parseItem(chunk.lines, width, learnedForms) : undefined,
  );

  chunks.forEach((chunk, k) => {
    const rowNumber = rows.length + 1;
    const first = chunk.lines[0]!;
    if (chunk.kind === 'section') {
      const text = chunk.lines.map((l) => l.text).join(' ');
      rows.push({
        cells: [{ text, place: { row: rowNumber, cell: 1, line: first.line } }],
        place: { row: rowNumber, line: first.line },
        afterBreak: true,
      });
      return;
    }
    const item = reparsed[k]!;
    const cells: SourceCell[] = header.fields.map((field, c) => {
      const place = { row: rowNumber, cell: c + 1, line: first.line };
      if (field === 'number') return { text: chunk.number, place };
      const pieces = item.columns[field as Column] ?? [];
      const text =
        field === 'responsible'
          ? pieces.map((p, i) => (i === 0 ? '' : pieces[i - 1]!.wraps ? ' ' : '\n') + p.text).join('')
          : pieces.map((p) => p.text).join('\n');
      return { text, place: { ...place, line: pieces[0]?.line ?? first.line } };
    });
    rows.push({ cells, place: { row: rowNumber, line: first.line } });
    for (const guess of item.guesses)
      notes.push({ kind: 'guess', place: { row: rowNumber, line: first.line }, message: guess });
  });
  return [{ table: { rows, layout: true }, startLine: header.start, endLine: end, notes }];
}

const howNames: Record<string, string> = {
  width: `по ширине столбца «Мероприятие»`,
  'known-form': 'по форме, которая встречается в других строках',
  case: 'там, где за сокращением заглавными буквами идёт слово строчными',
};

interface ParsedItem {
  columns: Partial<Record<Column, Piece[]>>;
  guesses: string[];
}

function parseItem(lines: readonly RawLine[], width: number, learnedForms: Set<string>): ParsedItem {
  const columns: Partial<Record<Column, Piece[]>> = {};
  const guesses: string[] = [];
  const push = (column: Column, text: string, line: RawLine, wraps: boolean) => {
    const t = text.trim();
    if (!t) return;
    (columns[column] ??= []).push({ text: t, line: line.line, wraps });
    lastWritten = column;
  };
  let phase: 'title' | 'pre' | 'rest' = 'title';
  let lastWritten: Column = 'title';
  let titleOpen = false;
  const open = (column: Column) => {
    const last = columns[column]?.at(-1);
    return last !== undefined && (last.wraps || endsOpen(last.text));
  };

  /** Cuts a line at the deadline and the responsible that begin in it; returns what comes before them. */
  const cut = (line: RawLine, from: number, continuation: boolean): string => {
    const text = line.text.slice(from);
    const d = deadlineStart(text, continuation);
    const r = responsibleStart(text, continuation);
    const firstAt = [d, r].filter((i) => i >= 0);
    const head = firstAt.length ? text.slice(0, Math.min(...firstAt)) : text;
    if (d >= 0 && (r < 0 || d < r)) {
      push('deadline', text.slice(d, r > d ? r : undefined), line, r > d ? false : line.wraps);
      if (r > d) push('responsible', text.slice(r), line, line.wraps);
    } else if (r >= 0) {
      push('responsible', text.slice(r), line, line.wraps);
    }
    return head.trim();
  };

  for (const line of lines) {
    const text = line.text;
    const d = deadlineStart(text);
    const r = responsibleStart(text);
    const recognized = d >= 0 || r >= 0;
    if (phase === 'title') {
      const merged = recognized && text.length > width + 3;
      const rowAfterBlank = recognized && line.afterBlank && columns.title !== undefined;
      if (merged) {
        const before = text.slice(0, Math.min(...[d, r].filter((i) => i >= 0)));
        const { title, form, how } = splitTitleAndForm(before.trim(), width, learnedForms);
        push('title', title, line, false);
        if (form) push('form', form, line, false);
        if (how)
          guesses.push(
            `мероприятие и форма записаны в одной строке; ` +
              `граница проведена ${howNames[how]}: «${title}» | «${form ?? ''}»`,
          );
        titleOpen = how === 'width';
        cut(line, before.length, false);
        phase = 'rest';
        continue;
      }
      if (!rowAfterBlank) {
        push('title', text, line, line.wraps);
        if (!line.wraps && !endsOpen(text)) phase = 'pre';
        continue;
      }
      phase = 'pre';
    }
    if (phase === 'pre') {
      if (recognized) {
        const head = cut(line, 0, false);
        if (head) push('form', head, line, false);
        // Reorder: the form's piece belongs before the deadline's.
        phase = 'rest';
      } else push('form', text, line, line.wraps);
      continue;
    }

    // Continuation lines. A bracket left open goes on in the same column.
    const lastPiece = columns[lastWritten]?.at(-1)?.text ?? '';
    if ((lastPiece.match(/\(/g)?.length ?? 0) > (lastPiece.match(/\)/g)?.length ?? 0)) {
      push(lastWritten, text, line, line.wraps);
      continue;
    }
    // The activity cut at its column's width goes on first.
    if (titleOpen) {
      const unrecognized = deadlineStart(text, true) < 0 && responsibleStart(text, true) < 0;
      if (unrecognized && !/^\(/.test(text)) {
        push('title', text, line, line.wraps);
        if (!line.wraps && !endsOpen(text)) titleOpen = false;
        continue;
      }
      titleOpen = false;
    }
    if (/^\(/.test(text)) {
      const target =
        (['responsible', 'deadline', 'form', 'title'] as Column[]).find((c) => open(c)) ??
        (['responsible', 'deadline', 'form', 'title'] as Column[]).find((c) => columns[c]?.length);
      push(target ?? 'responsible', text, line, line.wraps);
      continue;
    }
    const cd = deadlineStart(text, true);
    const cr = responsibleStart(text, true);
    if (cd >= 0 || cr >= 0) {
      const head = cut(line, 0, true);
      if (head) {
        const firstIsDeadline = cd >= 0 && (cr < 0 || cd < cr);
        const target: Column = firstIsDeadline
          ? titleOpen && !columns.form
            ? 'title'
            : 'form'
          : open('deadline')
            ? 'deadline'
            : 'form';
        (columns[target] ??= []).push({ text: head, line: line.line, wraps: false });
      }
      continue;
    }
    const openOnes = (['deadline', 'responsible', 'form', 'title'] as Column[]).filter(open);
    if (openOnes.length) {
      const target = openOnes.includes(lastWritten) ? lastWritten : openOnes[0]!;
      push(target, text, line, line.wraps);
    } else if (/^\p{Ll}/u.test(text) && columns.title && !/[.)]$/.test(columns.title.at(-1)!.text)) {
      push('title', text, line, line.wraps);
    } else {
      push(lastWritten, text, line, line.wraps);
    }
  }
  const form = columns.form?.map((p) => p.text).join(' ');
  if (form && form.split(/\s+/).length <= 3) learnedForms.add(form.toLowerCase());
  return { columns, guesses };
}

/**
 * The activity and the form written on one line («Эффективность работы МНЦ мониторинг»): an activity longer than its
 * column is cut at the column's width; a short one at a form known from other rows, or where an abbreviation in
 * capitals is followed by a word in small letters.
 */
export function splitTitleAndForm(
  text: string,
  width: number,
  learnedForms: ReadonlySet<string>,
): { title: string; form?: string; how?: string } {
  const words = text.split(' ');
  if (text.length > width) {
    let title = '';
    let k = 0;
    while (k < words.length && (title ? `${title} ${words[k]}` : words[k]!).length <= width)
      title = title ? `${title} ${words[k++]}` : words[k++]!;
    if (k > 0 && k < words.length) return { title, form: words.slice(k).join(' '), how: 'width' };
  }
  for (let k = words.length - 1; k > 0; k--) {
    const tail = words.slice(k).join(' ').toLowerCase();
    if (learnedForms.has(tail))
      return { title: words.slice(0, k).join(' '), form: words.slice(k).join(' '), how: 'known-form' };
  }
  for (let k = words.length - 1; k > 0; k--) {
    if (/^\p{Lu}{2,}$/u.test(words[k - 1]!) && /^\p{Ll}/u.test(words[k]!))
      return { title: words.slice(0, k).join(' '), form: words.slice(k).join(' '), how: 'case' };
  }
  return { title: text };
}

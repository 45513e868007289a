// The import report for a person (in Russian): what went to which field, what was taken from the text, what was
// repaired, what was guessed and must be checked, what was skipped and what was left over — each with its place.
import { fieldWords } from './columns.ts';
import { skippedTableSummary } from './header-message.ts';
import { formatPlace, type Place } from './model.ts';
import type { ImportResult } from './import-document.ts';
import { repairNames, type Repair } from './text-repairs.ts';
import { formatProblem } from '../content-model/problems.ts';
import { errorsOf } from '../content-model/load-content.ts';
import { understandDeadline } from '../deadlines/parse.ts';
import { plural } from '../ui/strings.ts';

const formatNames: Record<string, string> = {
  docx: 'документ Word (DOCX)',
  xlsx: 'таблица Excel (XLSX)',
  ods: 'таблица OpenDocument (ODS)',
  csv: 'CSV',
  tsv: 'TSV (через табуляцию)',
  markdown: 'Markdown',
  text: 'текст (извлечённый из PDF или DOCX)',
};

const roleNames = {
  sections: 'мероприятия (sections)',
  controlPoints: 'контрольные точки (controlPoints)',
  mechanisms: 'механизмы реализации (mechanisms)',
};

/** A note said more often than this is listed once, with how many times and its first places. */
const listedEach = 5;

/**
 * The report's lines of notes, in their order; a note said more than `listedEach` times is one line where it first
 * comes: a file whose header repeats on each of thousands of pages would otherwise print a line per page.
 */
function noteLines(notes: readonly { place: Place; text: string }[]): string[] {
  const places = new Map<string, Place[]>();
  for (const { place, text } of notes) {
    const list = places.get(text);
    if (list) list.push(place);
    else places.set(text, [place]);
  }
  const out: string[] = [];
  const said = new Set<string>();
  for (const { place, text } of notes) {
    const all = places.get(text) ?? [];
    if (all.length <= listedEach) out.push(`  - ${formatPlace(place)}: ${text}`);
    else if (!said.has(text)) {
      said.add(text);
      const first = all.slice(0, 3).map(formatPlace).join('; ');
      out.push(`  - ${text} — ${all.length} ${plural(all.length, 'раз', 'раза', 'раз')}: ${first} и далее`);
    }
  }
  return out;
}

function countItems(sections: { items?: unknown[]; sections?: unknown[] }[]): number {
  return sections.reduce(
    (n, s) => n + (s.items?.length ?? 0) + countItems((s.sections ?? []) as { items?: unknown[] }[]),
    0,
  );
}

export function renderReport(result: ImportResult, outFile: string): string {
  const out: string[] = [];
  const { document, body, roadmap } = result;
  out.push(
    `Импорт: ${formatNames[document.format] ?? document.format}` +
      `${document.encoding ? `, кодировка ${document.encoding}` : ''}`,
  );
  out.push(
    `Записано: ${outFile} — пунктов ${countItems(body.sections)}, ` +
      `контрольных точек ${body.controlPoints.length}, механизмов реализации ${body.mechanisms.length}.`,
  );
  out.push('');

  if (roadmap.placeholders.length) {
    out.push(
      'ЗАПОЛНИТЕ вручную (в файле отмечено комментарием «ЗАПОЛНИТЕ»; до этого npm run check сообщает об ошибке):',
    );
    for (const p of roadmap.placeholders) out.push(`  - ${p.path}: ${p.hint}`);
    out.push('');
  }

  out.push('Столбцы:');
  for (const { table, role, items } of body.tables) {
    const headings = table.columns.headings.map((h, i) => {
      const field = table.columns.fields[i];
      const name = h.replace(/\s+/g, ' ').trim() || `(столбец ${i + 1} без заголовка)`;
      return field
        ? `«${name}» → ${field} (${fieldWords[field]})`
        : `«${name}» → extra (нет такого поля; сохранён как есть)`;
    });
    const { joined } = table;
    const caption = table.caption ? ` «${table.caption.text.replace(/\s+/g, ' ').slice(0, 80)}»` : '';
    const continued = joined ? `; продолжения после разрывов страниц: таблицы ${joined.join(', ')}` : '';
    out.push(`  ${formatPlace(table.headerPlace)}${caption} → ${roleNames[role]}, строк: ${items}${continued}`);
    for (const h of headings) out.push(`      ${h}`);
  }
  out.push('');

  if (roadmap.taken.length) {
    out.push('Взято из текста документа и параметров (проверьте):');
    for (const t of roadmap.taken) out.push(`  - ${t.path} = «${t.value}» — ${t.from}`);
    out.push('');
  }

  const repairs = body.notes.filter((n) => n.kind === 'repair');
  if (repairs.length || document.notes.some((n) => n.kind === 'repair')) {
    out.push('Исправлено (повреждения извлечения текста):');
    const seen = new Set<string>();
    const notes = [...document.notes.filter((d) => d.kind === 'repair'), ...repairs].flatMap((n) => {
      const [kind, what] = n.message.split('\u0000');
      const text = what ? `${repairNames[kind as Repair['kind']] ?? kind}: ${what}` : n.message;
      const key = `${formatPlace(n.place)}\u0000${text}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ place: n.place, text }];
    });
    out.push(...noteLines(notes), '');
  }

  const guesses = [
    ...document.notes.filter((n) => n.kind === 'guess'),
    ...body.notes.filter((n) => n.kind === 'guess'),
  ];
  if (guesses.length) {
    out.push('Угадано — проверьте по документу:');
    out.push(...noteLines(guesses.map((n) => ({ place: n.place, text: n.message }))));
    out.push('');
  }

  // Deadlines kept as words only: the site shows them without dates, and `npm run check` warns of each.
  const unread = body.built.flatMap((built) => {
    const text = built.item.deadline;
    if (!text || understandDeadline(text)) return [];
    const place = built.fields.find((f) => f.field === 'deadline')?.places[0] ?? built.place;
    return [
      `  - ${formatPlace(place)}${built.item.number ? ` (пункт ${built.item.number})` : ''}: ` +
        `«${text.replace(/\s+/g, ' ')}»`,
    ];
  });
  if (unread.length) {
    out.push(
      `Сроки, которых Карта не понимает (${unread.length}): ` +
        'они останутся словами без дат — в календарях и файлах .ics их не будет; ' +
        'перепишите их, если можно (например, «до 25 мая 2024 г.», «ежемесячно»), или оставьте как есть:',
    );
    out.push(...unread, '');
  }

  const dropped = body.notes.filter((n) => n.kind === 'dropped');
  if (dropped.length) {
    out.push('Пропущено (служебные строки таблицы):');
    out.push(...noteLines(dropped.map((n) => ({ place: n.place, text: n.message }))));
    out.push('');
  }

  const leftovers = result.cells.filter((c) => c.disposition === 'leftover');
  const leftoverNotes = [
    ...document.notes.filter((n) => n.kind === 'leftover'),
    ...body.notes.filter((n) => n.kind === 'leftover'),
  ];
  if (leftovers.length || leftoverNotes.length || result.otherTables.length) {
    out.push('Не перенесено (осталось в источнике):');
    for (const table of document.tables)
      if (result.otherTables.includes(table.index)) out.push(`  - ${skippedTableSummary(table)}`);
    out.push(...noteLines(leftoverNotes.map((n) => ({ place: n.place, text: n.message }))));
    for (const c of leftovers) out.push(`  - ${formatPlace(c.place)}: «${c.text.replace(/\s+/g, ' ')}»`);
    out.push('');
  }
  if (document.text.length) {
    const first = document.text[0]?.place.line;
    const last = document.text.at(-1)?.place.line;
    out.push(
      `Текст вне таблиц (${document.text.length} ${plural(document.text.length, 'строка', 'строки', 'строк')}` +
        `${first ? `, строки ${first}–${last} файла` : ''}) ` +
        'в файл не перенесён, кроме полей, перечисленных выше: ' +
        'текст приказа можно добавить вручную, сохранив карту как .mdx.',
    );
    out.push('');
  }

  const errors = importErrors(result);
  // Deadlines Карта does not understand are listed above, with their cells.
  const warnings = result.problems.filter((p) => p.severity === 'warning' && !/(^|\.)deadline$/.test(p.field));
  out.push(
    errors.length
      ? `Проверка (как npm run check): ошибок, кроме незаполненных полей, — ${errors.length}:`
      : 'Проверка (как npm run check): ошибок нет, кроме незаполненных полей.',
  );
  for (const p of errors) out.push(`  ${formatProblem(p)}`);
  if (warnings.length) out.push(`Предупреждений — ${warnings.length} (сборку они не останавливают):`);
  for (const p of warnings) out.push(`  ${formatProblem(p)}`);
  return `${out.join('\n')}\n`;
}

/** The errors of the imported file that are not fields left to fill in (the import then fails; warnings do not). */
export function importErrors(result: ImportResult) {
  const placeholders = new Set(result.roadmap.placeholders.map((p) => p.path));
  return errorsOf(result.problems).filter((p) => !placeholders.has(p.field));
}

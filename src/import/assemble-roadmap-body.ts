// The roadmap tables of a document to the roadmap's sections, control points and implementation mechanisms, with
// a ledger of where every source cell went, so that the report can show that nothing was lost.
import { buildItem, redistributeDumpedResponsible, type BuiltItem, type ItemDraft } from './item-fields.ts';
import type { Place } from './model.ts';
import { readSectionHead, type SectionHead } from './sections.ts';
import type { RoadmapTable, RowNote } from './table-rows.ts';
import { repairCellText } from './text-repairs.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface SectionDraft {
  id?: string;
  number?: string;
  title: string;
  sections?: SectionDraft[];
  items?: ItemDraft[];
}

export interface BodyNote {
  kind: 'guess' | 'leftover' | 'repair' | 'dropped' | 'mapped';
  place: Place;
  message: string;
}

export interface RoadmapBody {
  sections: SectionDraft[];
  controlPoints: ItemDraft[];
  mechanisms: ItemDraft[];
  notes: BodyNote[];
  /** Every built item with its source record, in document order (for the report and the tests). */
  built: BuiltItem[];
  /** What each table became. */
  tables: { table: RoadmapTable; role: 'sections' | 'controlPoints' | 'mechanisms'; items: number }[];
}

function roleOf(caption: string | undefined): 'sections' | 'controlPoints' | 'mechanisms' {
  if (caption && /контрольн\S*\s+точк/iu.test(caption)) return 'controlPoints';
  if (caption && /механизм\S*\s+реализаци/iu.test(caption)) return 'mechanisms';
  return 'sections';
}

const tidyTitle = (text: string, vocabulary: Vocabulary) =>
  repairCellText(text, vocabulary)
    .text.replace(/\*\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Makes sibling ids unique («I», «I-2») so that anchors never collide. */
function uniqueIds(sections: SectionDraft[]): void {
  const seen = new Map<string, number>();
  for (const section of sections) {
    if (section.id) {
      const n = (seen.get(section.id) ?? 0) + 1;
      seen.set(section.id, n);
      if (n > 1) section.id = `${section.id}-${n}`;
    }
    if (section.sections) uniqueIds(section.sections);
  }
}

/**
 * A table without a «№» column whose items all lack a number: one note for the table, where a guess for every row
 * would bury the report's other guesses.
 */
function numberlessTable(table: RoadmapTable, built: readonly BuiltItem[]): BodyNote | undefined {
  if (!built.length || table.columns.fields.includes('number') || built.some((b) => b.item.number)) return undefined;
  return {
    kind: 'guess',
    place: table.headerPlace,
    message:
      `в таблице нет столбца «№», у пунктов (${built.length}) нет номеров; проверьте по документу, ` +
      'что каждая строка — отдельный пункт, а не продолжение предыдущего',
  };
}

/** A sheet named as the program names a new one («Лист1», «Sheet2»): no title for a part. */
const defaultSheetName = /^(?:лист|sheet|таблица|table)\s*\d*$/iu;

/**
 * The titles of the parts a roadmap is split into, one per table of sections. A table's caption is its title when
 * it is its own; a caption missing or shared by another part (the roadmap's title over every sheet of a workbook
 * whose sheets are «I полугодие», «II полугодие») gives way to the sheet's name, so that parts differ.
 */
function partTitles(
  tables: readonly RoadmapTable[],
  vocabulary: Vocabulary,
): Map<RoadmapTable, { title: string; fromSheet?: boolean }> {
  const captions = tables.map((t) => (t.caption ? tidyTitle(t.caption.text, vocabulary) : undefined));
  const titles = new Map<RoadmapTable, { title: string; fromSheet?: boolean }>();
  tables.forEach((table, i) => {
    const caption = captions[i];
    const own = caption !== undefined && captions.filter((c) => c === caption).length === 1;
    const sheet = table.table.sheet?.trim();
    if (!own && sheet && !defaultSheetName.test(sheet)) titles.set(table, { title: sheet, fromSheet: true });
    else titles.set(table, { title: caption ?? `Таблица ${table.table.index}` });
  });
  return titles;
}

export function assembleRoadmapBody(tables: RoadmapTable[], vocabulary: Vocabulary): RoadmapBody {
  const body: RoadmapBody = { sections: [], controlPoints: [], mechanisms: [], notes: [], built: [], tables: [] };
  const sectionTables = tables.filter((t) => roleOf(t.caption?.text) === 'sections');
  const parts = sectionTables.length > 1 ? partTitles(sectionTables, vocabulary) : undefined;

  for (const table of tables) {
    const role = roleOf(table.caption?.text);
    body.notes.push(...table.notes.map((n: RowNote) => ({ ...n })));
    const captionTitle = table.caption ? tidyTitle(table.caption.text, vocabulary) : undefined;
    const part = parts?.get(table);
    const builtHere: BuiltItem[] = [];

    // Sections of this table, nested by rank.
    const top: SectionDraft[] = [];
    const stack: { head: SectionHead; draft: SectionDraft }[] = [];
    let loose: SectionDraft | undefined;
    const currentItems = (): ItemDraft[] => {
      const open = stack.at(-1)?.draft;
      if (open) return (open.items ??= []);
      if (!loose) {
        loose = { title: part?.title ?? captionTitle ?? 'Мероприятия' };
        top.push(loose);
      }
      return (loose.items ??= []);
    };
    const itemsBefore: { built: BuiltItem; list: ItemDraft[] }[] = [];

    for (const row of table.rows) {
      if (row.kind === 'section') {
        const text = tidyTitle(row.cells[0]?.text ?? '', vocabulary);
        // The part before, for a part whose numeral the extraction mangled: the deepest open part, or the last one.
        const previousPart = [...stack].reverse().find((s) => s.head.kind === 'part')?.head.id;
        const head = readSectionHead(text, previousPart);
        while (stack.length && stack.at(-1)!.head.rank >= head.rank) stack.pop();
        const draft: SectionDraft = { title: head.title };
        if (head.id) draft.id = head.id;
        if (head.number) draft.number = head.number;
        const parent = stack.at(-1)?.draft;
        if (parent) (parent.sections ??= []).push(draft);
        else top.push(draft);
        stack.push({ head, draft });
        body.notes.push({
          kind: 'mapped',
          place: row.place,
          message: `раздел «${head.number ? `${head.number} ` : ''}${head.title}»`,
        });
        if (head.guess) body.notes.push({ kind: 'guess', place: row.place, message: head.guess });
        continue;
      }
      const built = buildItem(row, table.columns, vocabulary);
      if (!built) {
        const texts = row.cells.map((c) => c.text.trim()).filter(Boolean);
        body.notes.push({
          kind: 'leftover',
          place: row.place,
          message: `строка без мероприятия не перенесена: «${texts.join(' | ')}»`,
        });
        continue;
      }
      builtHere.push(built);
      itemsBefore.push({
        built,
        list: role === 'sections' ? currentItems() : role === 'controlPoints' ? body.controlPoints : body.mechanisms,
      });
    }
    redistributeDumpedResponsible(builtHere, vocabulary);
    const numberless = numberlessTable(table, builtHere);
    if (numberless) body.notes.push(numberless);
    for (const { built, list } of itemsBefore) {
      list.push(built.item);
      body.built.push(built);
      if (!built.item.number && !numberless)
        body.notes.push({
          kind: 'guess',
          place: built.place,
          message:
            `пункт без номера: «${built.item.title.slice(0, 60)}»; ` +
            'проверьте, что это отдельный пункт, а не продолжение предыдущего',
        });
      for (const { message, place } of built.guesses) body.notes.push({ kind: 'guess', place, message });
      for (const { repair, place } of built.repairs) {
        body.notes.push({
          kind: 'repair',
          place,
          message: `${repair.kind}\u0000«${repair.before}» → «${repair.after}»`,
        });
      }
    }

    if (role === 'sections') {
      // Several roadmap tables: each becomes a section named by its caption (or its sheet).
      // The items before any section of the table are the part's own, not a section under the same title again.
      if (part && !(top.length === 1 && top[0] === loose)) {
        const sections = top.filter((s) => s !== loose);
        body.sections.push({ title: part.title, ...(loose?.items ? { items: loose.items } : {}), sections });
      } else body.sections.push(...top);
      if (part?.fromSheet)
        body.notes.push({
          kind: 'guess',
          place: table.headerPlace,
          message:
            `часть карты названа по имени листа — «${part.title}»: своего заголовка над таблицей листа нет ` +
            '(или он тот же, что у другого листа); проверьте название раздела',
        });
    }
    body.tables.push({ table, role, items: builtHere.length });
  }
  uniqueIds(body.sections);
  return body;
}

// Compares imported items with the hand-made seed content: number, activity, form, deadline and responsible (as
// text: a person's short name or the source's words), each after whitespace normalisation. Items are paired by a
// longest common subsequence in document order, so one missing or extra item does not shift all the others.
import { dataById, loadContent } from '../../src/content-model/load-content.ts';
import { walkItems } from '../../src/content-model/roadmap-structure.ts';
import type { Item, Section } from '../../src/content-model/schemas.ts';
import { responsibleToOpen } from '../../src/open-data/roadmap-json.ts';
import type { ItemDraft } from '../../src/import/item-fields.ts';
import type { SectionDraft } from '../../src/import/assemble-roadmap-body.ts';
import { realContent } from './content-copy.ts';

export interface Comparable {
  number: string;
  title: string;
  form: string;
  deadline: string;
  responsible: string[];
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

let cache: { content: ReturnType<typeof loadContent>; lookups: ReturnType<typeof dataById> } | undefined;
function seedContent() {
  if (!cache) {
    const content = loadContent(realContent);
    cache = { content, lookups: dataById(content) };
  }
  return cache;
}

/** Items of a hand-made roadmap in document order: sections, then control points, then mechanisms. */
export function expectedItems(roadmapId: string): Comparable[] {
  const { content, lookups } = seedContent();
  const roadmap = content.roadmaps.get(roadmapId)?.data;
  if (!roadmap) throw new Error(`no roadmap ${roadmapId}`);
  const toComparable = (item: Item): Comparable => ({
    number: norm(item.number),
    title: norm(item.title),
    form: norm(item.form),
    deadline: norm(item.deadline),
    responsible: (item.responsible ?? []).map((r) => norm(responsibleToOpen(r, lookups).text)),
  });
  return [
    ...[...walkItems<Item, Section>(roadmap.sections)].map((v) => toComparable(v.item)),
    ...(roadmap.controlPoints ?? []).map(toComparable),
    ...(roadmap.mechanisms ?? []).map(toComparable),
  ];
}

function walkDrafts(sections: readonly SectionDraft[]): ItemDraft[] {
  return sections.flatMap((s) => [...(s.items ?? []), ...walkDrafts(s.sections ?? [])]);
}

export function importedItems(body: {
  sections: SectionDraft[];
  controlPoints: ItemDraft[];
  mechanisms: ItemDraft[];
}): Comparable[] {
  const toComparable = (item: ItemDraft): Comparable => ({
    number: norm(item.number),
    title: norm(item.title),
    form: norm(item.form),
    deadline: norm(item.deadline),
    responsible: (item.responsible ?? []).map(norm),
  });
  return [...walkDrafts(body.sections), ...body.controlPoints, ...body.mechanisms].map(toComparable);
}

const sameItem = (a: Comparable, b: Comparable) =>
  a.number === b.number &&
  a.title === b.title &&
  a.form === b.form &&
  a.deadline === b.deadline &&
  a.responsible.join('\u0000') === b.responsible.join('\u0000');

/** Pairs of equal items (indexes into `expected` and `actual`) along a longest common subsequence. */
export function matchItems(
  expected: readonly Comparable[],
  actual: readonly Comparable[],
): { matched: [number, number][]; unmatchedExpected: number[] } {
  const n = expected.length;
  const m = actual.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = sameItem(expected[i]!, actual[j]!)
        ? table[i + 1]![j + 1]! + 1
        : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const matched: [number, number][] = [];
  const unmatchedExpected: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (sameItem(expected[i]!, actual[j]!)) {
      matched.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      unmatchedExpected.push(i);
      i++;
    } else j++;
  }
  while (i < n) unmatchedExpected.push(i++);
  return { matched, unmatchedExpected };
}

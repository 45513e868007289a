// What changed from one edition of a roadmap to the next (the «Что изменилось» page): items added, removed, moved
// and changed — each changed column with a word-level diff of its text —, sections added, removed or renamed, the
// period and the title, and which other parts of the document differ. Made from the two editions' content (their
// open-data form, so that responsible people and organisations are compared as the document names them), never
// written by hand.
//
// Items are paired in three passes, each over what the earlier left: the same anchor (section and number) with a
// similar activity; the same activity word for word (an item moved, or renumbered); then the most similar activity,
// if similar enough. What stays unpaired was removed or added. A paired item moved if its section changed, or if it
// changed places with the items around it (it is not on the longest run of pairs in the same order).
import { diffWords } from 'diff';
import type { OpenItem, OpenRoadmap, OpenSection } from '../open-data/roadmap-json.ts';
import { stableJson } from '../content-model/edition-chain.ts';

/** A piece of a word-level diff. */
export interface WordPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** One column of an item (or a field of the roadmap) before and after. */
export interface FieldChange {
  /** `number`, `title`, `form`, …, or `extra:<heading>` for a column of the source the model has no field for. */
  field: string;
  before: string;
  after: string;
  parts: WordPart[];
}

/** An item where it is: its anchor, number and activity, and the section it is in. */
export interface ItemPlace {
  anchor: string;
  number: string | null;
  title: string;
  /** The anchor of its section, or `controlPoints` / `mechanisms`. */
  section: string;
  /** The sections it is in, outermost first: their numbers, or titles where they have none. */
  trail: string[];
}

export interface ChangedItem {
  before: ItemPlace;
  after: ItemPlace;
  /** In another section, or in another place among the items around it (its number, if changed, goes with it). */
  moved: boolean;
  /** The columns that differ; none when the item only moved. */
  fields: FieldChange[];
}

export interface SectionPlace {
  anchor: string;
  number?: string;
  title: string;
}

export interface EditionDiff {
  added: ItemPlace[];
  removed: ItemPlace[];
  /** Paired items that moved or changed (or both), in the new edition's order. */
  changed: ChangedItem[];
  sectionsAdded: SectionPlace[];
  sectionsRemoved: SectionPlace[];
  /** Sections under the same anchor with another title or number. */
  sectionsRenamed: { before: SectionPlace; after: SectionPlace; parts: WordPart[] }[];
  period?: { before: OpenRoadmap['period']; after: OpenRoadmap['period'] };
  title?: FieldChange;
  /** Other parts of the document that differ (goal, tasks, indicators, …): their field names. */
  otherFields: string[];
  /** Whether the order's text (MDX body) differs. */
  orderText: boolean;
  /** Paired items that stayed the same. */
  unchanged: number;
}

/** The columns compared, in the order a reader sees them. */
const itemFields = [
  'number',
  'title',
  'form',
  'deadline',
  'responsible',
  'audience',
  'venue',
  'riskCodes',
  'result',
  'reports',
  'implements',
] as const;

/** Parts of the document besides its items, sections, title and period. */
const documentFields = [
  'legalBasis',
  'goal',
  'tasks',
  'indicators',
  'directions',
  'riskFactors',
  'audit',
  'specialists',
  'committees',
  'abbreviations',
  'appendices',
  'schools',
  'basedOn',
] as const;

// Words as Russian text has them: the library's own tokenizer takes only Latin letters for word characters.
const words = new Intl.Segmenter('ru', { granularity: 'word' });

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after, { intlSegmenter: words }).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

function fieldTexts(item: OpenItem): Map<string, string> {
  const texts = new Map<string, string>();
  for (const field of itemFields) {
    let text: string;
    if (field === 'deadline') text = item.deadline.text ?? '';
    else if (field === 'responsible') text = item.responsible.map((r) => r.text).join(', ');
    else if (field === 'riskCodes' || field === 'implements') text = (item[field] ?? []).join(', ');
    else text = (item[field] as string | null | undefined) ?? '';
    texts.set(field, text);
  }
  for (const [heading, value] of Object.entries(item.extra ?? {})) texts.set(`extra:${heading}`, value);
  return texts;
}

interface Flat {
  place: ItemPlace;
  item: OpenItem;
  index: number;
  words: Set<string>;
  key: string;
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
const wordsOf = (s: string) => new Set(normal(s).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Dice's coefficient of two sets of words: 1 for the same words, 0 for none in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** How similar two activities must be to count as one item changed, rather than one removed and one added. */
const sameItemFrom = 0.5;

function flatten(roadmap: OpenRoadmap): Flat[] {
  const out: Flat[] = [];
  const add = (item: OpenItem, section: string, trail: string[]) =>
    out.push({
      place: { anchor: item.anchor, number: item.number, title: item.title, section, trail },
      item,
      index: out.length,
      words: wordsOf(item.title),
      key: normal(item.title),
    });
  const visit = (sections: readonly OpenSection[], trail: string[]) => {
    for (const section of sections) {
      // A section by its number, as a document refers to it («раздел III»); by its title where it has none.
      const here = [...trail, section.number ?? section.title];
      for (const item of section.items ?? []) add(item, section.anchor, here);
      visit(section.sections ?? [], here);
    }
  };
  visit(roadmap.sections, []);
  for (const item of roadmap.controlPoints) add(item, 'controlPoints', []);
  for (const item of roadmap.mechanisms) add(item, 'mechanisms', []);
  return out;
}

function flattenSections(roadmap: OpenRoadmap): SectionPlace[] {
  const out: SectionPlace[] = [];
  const visit = (sections: readonly OpenSection[]) => {
    for (const s of sections) {
      out.push({ anchor: s.anchor, ...(s.number ? { number: s.number } : {}), title: s.title });
      visit(s.sections ?? []);
    }
  };
  visit(roadmap.sections);
  return out;
}

/** Indexes (into `values`) of a longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) out.add(i);
  return out;
}

const sectionLabel = (s: SectionPlace) => [s.number, s.title].filter(Boolean).join(' ');

/** What changed from `before` to `after` (two editions of one roadmap); `bodies`: their orders' texts. */
export function diffEditions(
  before: OpenRoadmap,
  after: OpenRoadmap,
  bodies: { before?: string; after?: string } = {},
): EditionDiff {
  const old = flatten(before);
  const now = flatten(after);
  const pairOf = new Map<number, number>(); // new index → old index
  const taken = new Set<number>();
  const pair = (n: Flat, o: Flat) => {
    pairOf.set(n.index, o.index);
    taken.add(o.index);
  };
  // 1. The same anchor, and an activity similar enough.
  const oldByAnchor = new Map(old.map((o) => [o.place.anchor, o]));
  for (const n of now) {
    const o = oldByAnchor.get(n.place.anchor);
    if (o && !taken.has(o.index) && similarity(o.words, n.words) >= sameItemFrom) pair(n, o);
  }
  // 2. The same activity, word for word.
  const oldByKey = new Map<string, Flat[]>();
  for (const o of old) if (!taken.has(o.index)) oldByKey.set(o.key, [...(oldByKey.get(o.key) ?? []), o]);
  for (const n of now) {
    if (pairOf.has(n.index)) continue;
    const o = oldByKey.get(n.key)?.find((candidate) => !taken.has(candidate.index));
    if (o) pair(n, o);
  }
  // 3. The most similar activity, best pairs first.
  const candidates: [number, Flat, Flat][] = [];
  for (const n of now) {
    if (pairOf.has(n.index)) continue;
    for (const o of old) {
      if (taken.has(o.index)) continue;
      const s = similarity(o.words, n.words);
      if (s >= sameItemFrom) candidates.push([s, n, o]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1].index - b[1].index || a[2].index - b[2].index);
  for (const [, n, o] of candidates) if (!pairOf.has(n.index) && !taken.has(o.index)) pair(n, o);

  // Moved: to another section, or off the longest run of pairs that kept their order.
  const paired = now.filter((n) => pairOf.has(n.index));
  const inOrder = longestIncreasing(paired.map((n) => pairOf.get(n.index)!));
  const changed: ChangedItem[] = [];
  let unchanged = 0;
  paired.forEach((n, i) => {
    const o = old[pairOf.get(n.index)!]!;
    const moved = o.place.section !== n.place.section || !inOrder.has(i);
    const a = fieldTexts(o.item);
    const b = fieldTexts(n.item);
    const fields: FieldChange[] = [];
    for (const field of new Set([...a.keys(), ...b.keys()])) {
      // A moved item's new number is part of the move, said with it.
      if (moved && field === 'number') continue;
      const x = a.get(field) ?? '';
      const y = b.get(field) ?? '';
      if (x !== y) fields.push({ field, before: x, after: y, parts: wordDiff(x, y) });
    }
    if (moved || fields.length) changed.push({ before: o.place, after: n.place, moved, fields });
    else unchanged++;
  });

  // Sections: by anchor, else by title.
  const oldSections = flattenSections(before);
  const newSections = flattenSections(after);
  const sectionsRenamed: EditionDiff['sectionsRenamed'] = [];
  const matchedOld = new Set<SectionPlace>();
  const unmatchedNew: SectionPlace[] = [];
  for (const s of newSections) {
    const byAnchor = oldSections.find((o) => !matchedOld.has(o) && o.anchor === s.anchor);
    const byTitle = oldSections.find((o) => !matchedOld.has(o) && normal(o.title) === normal(s.title));
    const o = byAnchor && (normal(byAnchor.title) === normal(s.title) || !byTitle) ? byAnchor : byTitle;
    if (!o) {
      unmatchedNew.push(s);
      continue;
    }
    matchedOld.add(o);
    if (sectionLabel(o) !== sectionLabel(s))
      sectionsRenamed.push({ before: o, after: s, parts: wordDiff(sectionLabel(o), sectionLabel(s)) });
  }

  const period =
    before.period.start !== after.period.start ||
    before.period.end !== after.period.end ||
    before.period.note !== after.period.note
      ? { before: before.period, after: after.period }
      : undefined;
  const title =
    before.title !== after.title
      ? { field: 'title', before: before.title, after: after.title, parts: wordDiff(before.title, after.title) }
      : undefined;
  const otherFields = documentFields.filter((field) => stableJson(before[field]) !== stableJson(after[field]));
  return {
    added: now.filter((n) => !pairOf.has(n.index)).map((n) => n.place),
    removed: old.filter((o) => !taken.has(o.index)).map((o) => o.place),
    changed,
    sectionsAdded: unmatchedNew,
    sectionsRemoved: oldSections.filter((o) => !matchedOld.has(o)),
    sectionsRenamed,
    ...(period ? { period } : {}),
    ...(title ? { title } : {}),
    otherFields,
    orderText: (bodies.before ?? '').trim() !== (bodies.after ?? '').trim(),
    unchanged,
  };
}

// Walking a roadmap's nested sections, and the stable anchors of sections and items that links, search results
// and `implements` references point at.
import type { FieldPath } from './problems.ts';

interface SectionLike<I> {
  id?: string;
  number?: string;
  title: string;
  sections?: SectionLike<I>[];
  items?: I[];
}

interface ItemLike {
  id?: string;
  number?: string;
}

export interface SectionVisit<S> {
  section: S;
  /** Anchor of the section: its ids (or positions) joined, e.g. «municipal-I». */
  anchor: string;
  depth: number;
  /** Where it is in the file, e.g. ['sections', 0, 'sections', 1]. */
  path: FieldPath;
  /** Titles of the enclosing sections, outermost first. */
  trail: string[];
  /** The enclosing sections, outermost first. */
  ancestors: S[];
}

export interface ItemVisit<I, S> {
  item: I;
  anchor: string;
  section: SectionVisit<S>;
  index: number;
  path: FieldPath;
}

/** A number as an anchor part: «1.» → «1», «III.2» → «III.2», anything else outside [A-Za-z0-9.] → «-». */
export function numberToAnchor(number: string): string {
  return (
    number
      .trim()
      .replace(/\.+$/, '')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'n'
  );
}

/** A number before its title as a document writes it: «I» → «I. Title», «1.» → «1. Title», «1)» → «1) Title». */
export function numberedTitle(number: string | undefined, title: string): string {
  if (!number) return title;
  return /[.)]$/.test(number) ? `${number} ${title}` : `${number}. ${title}`;
}

/** Every section of a roadmap, depth first, in document order. */
export function* walkSections<I, S extends SectionLike<I>>(
  sections: readonly S[] | undefined,
  parent?: SectionVisit<S>,
  basePath: FieldPath = ['sections'],
): Generator<SectionVisit<S>> {
  if (!sections) return;
  for (const [index, section] of sections.entries()) {
    const visit: SectionVisit<S> = {
      section,
      anchor: sectionAnchor(parent?.anchor, section, index),
      depth: parent ? parent.depth + 1 : 0,
      path: [...basePath, index],
      trail: parent ? [...parent.trail, parent.section.title] : [],
      ancestors: parent ? [...parent.ancestors, parent.section] : [],
    };
    yield visit;
    yield* walkSections<I, S>(section.sections as S[] | undefined, visit, [...visit.path, 'sections']);
  }
}

/** Every item of a roadmap's sections with its anchor, in document order. */
export function* walkItems<I extends ItemLike, S extends SectionLike<I>>(
  sections: readonly S[] | undefined,
): Generator<ItemVisit<I, S>> {
  for (const visit of walkSections<I, S>(sections)) {
    for (const [index, item] of (visit.section.items ?? []).entries()) {
      yield {
        item,
        anchor: itemAnchor(visit.anchor, item, index),
        section: visit,
        index,
        path: [...visit.path, 'items', index],
      };
    }
  }
}

/** «s-» + the ids (or 1-based positions) of the section and its ancestors: «s-municipal-I». */
export function sectionAnchor(parentAnchor: string | undefined, section: { id?: string }, index: number): string {
  const part = section.id ?? String(index + 1);
  return parentAnchor ? `${parentAnchor}-${part}` : `s-${part}`;
}

export function itemAnchor(sectionAnchor: string, item: ItemLike, index: number): string {
  if (item.id) return item.id;
  const local = item.number ? numberToAnchor(item.number) : `row${index + 1}`;
  // «s-municipal-I» + «1.» → «p-municipal-I-1» (p for «пункт»).
  return `p-${sectionAnchor.replace(/^s-/, '')}-${local}`;
}

/** Anchors of control points and implementation mechanisms, which live outside the sections. */
export function listItemAnchor(list: 'controlPoints' | 'mechanisms', item: ItemLike, index: number): string {
  if (item.id) return item.id;
  const prefix = list === 'controlPoints' ? 'control' : 'mechanism';
  return `${prefix}-${item.number ? numberToAnchor(item.number) : `row${index + 1}`}`;
}

export function countItems<I extends ItemLike, S extends SectionLike<I>>(sections: readonly S[] | undefined): number {
  let n = 0;
  for (const _ of walkItems<I, S>(sections)) n++;
  return n;
}

/** Whether an item in section `section` is in one of the sections `covers` names, or below one. */
export function isCovered(section: string | undefined, covers: readonly string[]): boolean {
  return section !== undefined && covers.some((c) => section === c || section.startsWith(`${c}-`));
}

/** Where an item is in its roadmap, in the document's words: the sections around it and its number. */
export interface ItemReference {
  anchor: string;
  number?: string;
  title: string;
  /** The enclosing sections, outermost first: their numbers, or titles where they have none. */
  trail: string[];
}

/** Every item of a roadmap by anchor, with the path to it (sections, then control points and mechanisms). */
export function itemReferences<I extends ItemLike & { title: string }, S extends SectionLike<I>>(
  roadmap: { sections: readonly S[]; controlPoints?: readonly I[]; mechanisms?: readonly I[] },
  listNames: { controlPoints: string; mechanisms: string },
): Map<string, ItemReference> {
  const out = new Map<string, ItemReference>();
  for (const v of walkItems<I, S>(roadmap.sections)) {
    const trail = [...v.section.ancestors, v.section.section].map(sectionLabel);
    out.set(v.anchor, {
      anchor: v.anchor,
      ...(v.item.number ? { number: v.item.number } : {}),
      title: v.item.title,
      trail,
    });
  }
  for (const list of ['controlPoints', 'mechanisms'] as const) {
    roadmap[list]?.forEach((item, index) => {
      const anchor = listItemAnchor(list, item, index);
      out.set(anchor, {
        anchor,
        ...(item.number ? { number: item.number } : {}),
        title: item.title,
        trail: [listNames[list]],
      });
    });
  }
  return out;
}

/** «III. УРОВЕНЬ ОО › I › п. 4»: where an item is, shown out of its section (a number alone means six things). */
export function itemPathLabel(reference: ItemReference): string {
  const number = reference.number
    ? `п. ${reference.number.replace(/\.$/, '')}`
    : `«${reference.title.length > 60 ? `${reference.title.slice(0, 57)}…` : reference.title}»`;
  return [...reference.trail, number].join(' › ');
}

/**
 * An item named out of its section with its title: «III. УРОВЕНЬ ОО › I › п. 4. Актуализация …»; an unnumbered one
 * «… › I › Актуализация …». What calendars and search results show.
 */
export function itemPathTitle(reference: ItemReference): string {
  if (!reference.number) return [...reference.trail, reference.title].join(' › ');
  return `${itemPathLabel(reference)}. ${reference.title}`;
}

/** A section as the path to an item names it: its number, or its title where it has none. */
export function sectionLabel(section: { number?: string; title: string }): string {
  return section.number ? section.number.replace(/\.$/, '') : section.title;
}

// A roadmap's document in its own order, as approved and printed: the order, then each appendix — its stamp
// («Приложение N», «УТВЕРЖДЕНА приказом … от … №»), its title and what it holds — with the roadmap's fields (the
// committee, the abbreviations, the plan…) where the document has them. The page shows the same order (the tagged PDF
// is printed from it, and its reading order is the page's), folding on screen what is not the plan.
//
// Where a field goes: where a comment of the order's text names it (src/site/order-text-html.ts); otherwise into the
// appendix that is the roadmap itself — the text's appendix of that number, or its only unmarked appendix — or, when
// the text has none, into an appendix made from the order's requisites after the order (before any appendix of a
// higher number). Pure: plain parts in, plain parts out.
import { numberedTitle } from '../content-model/roadmap-structure.ts';
import { documentFields, type DocumentField, type OrderTextPart, type PartChunk } from './order-text-html.ts';

type PlanChunk = PartChunk | { stamp: 'generated' } | { title: true };

export interface PlannedPart {
  kind: 'order' | 'appendix';
  /** Its anchor on the page: «order-text», «appendix-2». */
  id: string;
  number?: string;
  heading?: string;
  /** Made from the requisites: the text does not have this appendix. */
  generated: boolean;
  /** It holds the plan (the field `sections`). */
  holdsPlan: boolean;
  chunks: PlanChunk[];
}

export interface PlanInput {
  /** The order's text cut into parts (none for a roadmap without text). */
  parts: readonly OrderTextPart[];
  /** Fields the roadmap has (non-empty). */
  present: ReadonlySet<DocumentField>;
  /** The number of the appendix that is the roadmap itself, from its list of appendices, when it has one. */
  planAppendix?: string | undefined;
  /** The plan's first section is the document's title («ДОРОЖНАЯ КАРТА …»): no title is added above it. */
  titledBySection?: boolean;
}

const hasFields = (part: OrderTextPart | PlannedPart) => part.chunks.some((c) => 'fields' in c);

export function documentPlan({ parts, present, planAppendix, titledBySection = false }: PlanInput): PlannedPart[] {
  const planned: PlannedPart[] = parts.map((part) => ({
    kind: part.kind,
    ...(part.number ? { number: part.number } : {}),
    ...(part.heading ? { heading: part.heading } : {}),
    id: '',
    generated: false,
    holdsPlan: false,
    // A field named twice, or one the roadmap lacks, is shown once, where it is first named.
    chunks: part.chunks.map((c) => c),
  }));
  const placed = new Set<DocumentField>();
  for (const part of planned) {
    part.chunks = part.chunks.flatMap((chunk): PlanChunk[] => {
      if (!('fields' in chunk)) return [chunk];
      const fields = chunk.fields.filter((f) => present.has(f) && !placed.has(f));
      for (const f of fields) placed.add(f);
      return fields.length ? [{ fields }] : [];
    });
  }
  const rest = documentFields.filter((f) => present.has(f) && !placed.has(f));
  if (rest.length) {
    const appendices = planned.filter((p) => p.kind === 'appendix');
    const unmarked = appendices.filter((p) => !hasFields(p));
    const target =
      planAppendix !== undefined
        ? unmarked.find((p) => p.number === planAppendix)
        : unmarked.length === 1 && appendices.length === 1
          ? unmarked[0]
          : undefined;
    if (target) {
      target.chunks.push(...(target.heading || titledBySection ? [] : [{ title: true } as const]), { fields: rest });
    } else {
      const part: PlannedPart = {
        kind: 'appendix',
        ...(planAppendix ? { number: planAppendix } : {}),
        id: '',
        generated: true,
        holdsPlan: false,
        chunks: [{ stamp: 'generated' }, ...(titledBySection ? [] : [{ title: true } as const]), { fields: rest }],
      };
      const after =
        planAppendix === undefined
          ? -1
          : planned.findIndex(
              (p) => p.kind === 'appendix' && p.number !== undefined && Number(p.number) > Number(planAppendix),
            );
      if (after >= 0) planned.splice(after, 0, part);
      else planned.push(part);
    }
  }
  const ids = new Set<string>();
  planned.forEach((part, index) => {
    let id = part.kind === 'order' ? 'order-text' : `appendix-${part.number ?? index}`;
    while (ids.has(id)) id += '-';
    ids.add(id);
    part.id = id;
    part.holdsPlan = part.chunks.some((c) => 'fields' in c && c.fields.includes('sections'));
  });
  return planned;
}

export interface TocSection {
  anchor: string;
  title: string;
  /** Items in it and below it. */
  items: number;
  sections: TocSection[];
}

interface SectionLike {
  anchor: string;
  number?: string;
  title: string;
  items?: readonly unknown[];
  sections?: readonly SectionLike[];
}

/** A roadmap's sections for its table of contents, each with how many items it holds. */
export function tocSections(sections: readonly SectionLike[]): TocSection[] {
  return sections.map((s) => {
    const children = tocSections(s.sections ?? []);
    return {
      anchor: s.anchor,
      title: numberedTitle(s.number, s.title),
      items: (s.items?.length ?? 0) + children.reduce((n, c) => n + c.items, 0),
      sections: children,
    };
  });
}

/**
 * Whether a section's title is the document's («ДОРОЖНАЯ КАРТА ПО …»), as when a transcription keeps it as a heading.
 */
export function isDocumentTitle(title: string): boolean {
  return /^дорожная карта(?![\p{L}])/iu.test(title.trim());
}

/**
 * The number of the appendix that is the roadmap itself: the one titled as the roadmap, or a roadmap («Дорожная карта
 * …»).
 */
export function planAppendixNumber(
  title: string,
  appendices: readonly { number?: string | undefined; title: string }[],
): string | undefined {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const same =
    appendices.find((a) => norm(a.title) === norm(title)) ??
    appendices.find((a) => /^дорожн\S* карт/u.test(norm(a.title)));
  return same?.number;
}

/** A long title cut at a word for a fold's summary or the contents: «СОСТАВ Координационного центра по работе…». */
export function shortTitle(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

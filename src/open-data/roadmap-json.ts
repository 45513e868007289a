// The open-data form of a roadmap (dist/data/roadmaps.json and dist/data/roadmaps/<id>.json): everything the
// approved document says, with references resolved to names and every item given its anchor, so that a reader of
// the JSON needs nothing else; every deadline carries what it means and its dates in the roadmap's period.
// Pure: the build (src/build/write-data-files.ts), the roadmap page and the tests call it with plain data.
import type {
  GlossaryEntry,
  Item,
  Organization,
  Person,
  Responsible,
  RiskFactorList,
  Roadmap,
  Section,
} from '../content-model/schemas.ts';
import { itemAnchor, listItemAnchor, sectionAnchor } from '../content-model/roadmap-structure.ts';
import {
  academicCalendarFor,
  parseDeadline,
  type AcademicCalendar,
  type Deadline,
  type Period,
} from '../deadlines/index.ts';
import {
  itemExecutionToOpen,
  progressToOpen,
  type ExecutionContext,
  type OpenItemExecution,
} from './execution-json.ts';

export interface Lookups {
  organizations: ReadonlyMap<string, Organization>;
  people: ReadonlyMap<string, Person>;
  riskFactors: ReadonlyMap<string, RiskFactorList>;
  glossary?: ReadonlyMap<string, GlossaryEntry>;
}

export interface OpenResponsible {
  /** The words to show: as written in the source, or the person's short name, or the organisation's short name. */
  text: string;
  person?: string;
  organization?: string;
}

/** The deadline as written (`text`, null when the item has none) and what it means: kind, dates, … */
type OpenDeadline = Omit<Deadline, 'text'> & { text: string | null };

/** What an item's deadline is read against: the roadmap's period and its region's academic calendar; and, for the
 * data files, its execution. */
interface DeadlineContext {
  period: Period;
  calendar?: AcademicCalendar;
  roadmapId?: string;
  execution?: ExecutionContext;
}

export interface OpenItem {
  anchor: string;
  number: string | null;
  title: string;
  form: string | null;
  deadline: OpenDeadline;
  responsible: OpenResponsible[];
  audience?: string;
  venue?: string;
  riskCodes?: string[];
  result?: string;
  reports?: string;
  implements?: string[];
  extra?: Record<string, string>;
  execution?: OpenItemExecution;
}

export interface OpenSection {
  anchor: string;
  number?: string;
  title: string;
  note?: string;
  sections?: OpenSection[];
  items?: OpenItem[];
}

export function responsibleToOpen(r: Responsible, lookups: Lookups): OpenResponsible {
  if (typeof r === 'string') return { text: r };
  if ('person' in r) return { text: r.as ?? lookups.people.get(r.person)?.shortName ?? r.person, person: r.person };
  const org = lookups.organizations.get(r.organization);
  return { text: r.as ?? org?.shortName ?? org?.name ?? r.organization, organization: r.organization };
}

function deadlineToOpen(text: string | undefined, context: DeadlineContext): OpenDeadline {
  if (text === undefined) return { text: null, kind: 'unscheduled', understood: true, occurrences: [] };
  return parseDeadline(text, context.period, { calendar: context.calendar });
}

function itemToOpen(item: Item, anchor: string, lookups: Lookups, context: DeadlineContext): OpenItem {
  const { id: _id, number, title, form, deadline, responsible, ...rest } = item;
  return {
    anchor,
    number: number ?? null,
    title,
    form: form ?? null,
    deadline: deadlineToOpen(deadline, context),
    responsible: (responsible ?? []).map((r) => responsibleToOpen(r, lookups)),
    ...rest,
    ...(context.execution && context.roadmapId
      ? {
          execution: itemExecutionToOpen(
            context.execution.index.roadmap(context.roadmapId)?.units.get(anchor),
            context.execution.index.contributions(context.roadmapId, anchor),
            context.execution,
          ),
        }
      : {}),
  };
}

function sectionsToOpen(
  sections: readonly Section[],
  lookups: Lookups,
  context: DeadlineContext,
  parentAnchor?: string,
): OpenSection[] {
  // Anchors come from the same functions the pages and the checker use, so links always agree.
  return sections.map((section, index) => {
    const anchor = sectionAnchor(parentAnchor, section, index);
    const open: OpenSection = { anchor, title: section.title };
    if (section.number) open.number = section.number;
    if (section.note) open.note = section.note;
    if (section.sections) open.sections = sectionsToOpen(section.sections, lookups, context, anchor);
    if (section.items)
      open.items = section.items.map((item, i) =>
        itemToOpen(item as Item, itemAnchor(anchor, item, i), lookups, context),
      );
    return open;
  });
}

/** `execution`: the reports of the build, for the data files (the page shows execution from the index itself). */
export function roadmapToOpenData(id: string, roadmap: Roadmap, lookups: Lookups, execution?: ExecutionContext) {
  const orgRef = (orgId: string) => {
    const org = lookups.organizations.get(orgId);
    return { id: orgId, name: org?.name ?? orgId, shortName: org?.shortName ?? null };
  };
  const parameters = new Map<string, { factor: string; parameter: string }>();
  const list = roadmap.riskFactors ? lookups.riskFactors.get(roadmap.riskFactors) : undefined;
  for (const factor of list?.factors ?? []) {
    for (const p of factor.parameters ?? []) parameters.set(p.code, { factor: factor.title, parameter: p.title });
  }
  const context: DeadlineContext = {
    period: roadmap.period,
    calendar: academicCalendarFor(roadmap.owner, lookups.organizations),
    roadmapId: id,
    ...(execution ? { execution } : {}),
  };
  const openList = (name: 'controlPoints' | 'mechanisms') =>
    roadmap[name]?.map((item, index) => itemToOpen(item, listItemAnchor(name, item, index), lookups, context));

  return {
    id,
    title: roadmap.title,
    level: roadmap.level,
    owner: orgRef(roadmap.owner),
    order: { ...roadmap.order, issuer: orgRef(roadmap.order.issuer) },
    period: roadmap.period,
    basedOn: roadmap.basedOn ?? [],
    legalBasis: roadmap.legalBasis ?? [],
    goal: roadmap.goal ?? null,
    tasks: roadmap.tasks ?? [],
    indicators: roadmap.indicators ?? [],
    directions: roadmap.directions ?? [],
    controlPoints: openList('controlPoints') ?? [],
    mechanisms: openList('mechanisms') ?? [],
    riskFactors: roadmap.riskFactors ?? null,
    audit: roadmap.audit
      ? {
          title: roadmap.audit.title ?? null,
          intro: roadmap.audit.intro ?? null,
          rows: roadmap.audit.rows.map((row) => ({
            code: row.code,
            ...parameters.get(row.code),
            schools: row.schools,
          })),
        }
      : null,
    specialists:
      roadmap.specialists?.map((s) => ({
        ...s,
        name: s.name ?? (s.person ? lookups.people.get(s.person)?.name : undefined),
      })) ?? [],
    committees: roadmap.committees ?? [],
    abbreviations: roadmap.abbreviations ?? [],
    appendices: roadmap.appendices ?? [],
    schools: (roadmap.schools ?? []).map(orgRef),
    sections: sectionsToOpen(roadmap.sections, lookups, context),
    published: roadmap.published ?? null,
    updated: roadmap.updated ?? null,
    example: roadmap.example ?? false,
    ...(execution ? { progress: progressToOpen(execution.index.roadmap(id)?.progress) } : {}),
  };
}

export type OpenRoadmap = ReturnType<typeof roadmapToOpenData>;

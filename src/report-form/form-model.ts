// What a report form holds for a roadmap and a reporting organisation: the items it reports on (all of them for the
// roadmap's owner; for another organisation, those of the sections it carries out — `covers`), grouped under their
// sections, each with its number, title, deadline and responsible as the roadmap writes them, and where it stands:
// the status and date of its latest report entry. Pure: the content is read by the command.
import type { ContentEntry, LoadedContent } from '../content-model/load-content.ts';
import {
  isCovered,
  itemReferences,
  listItemAnchor,
  numberedTitle,
  walkItems,
  walkSections,
  type ItemReference,
} from '../content-model/roadmap-structure.ts';
import type { ExecutionStatus, Item, Report, Roadmap, Section } from '../content-model/schemas.ts';
import { responsibleToOpen } from '../open-data/roadmap-json.ts';
import { formatDate, ui } from '../ui/strings.ts';
import { currentEditions } from '../content-model/check-editions.ts';

export interface FormItem {
  anchor: string;
  /** The locked cells: as the roadmap writes them. */
  number: string;
  title: string;
  deadline: string;
  responsible: string;
  /** The latest report entry's status and date; null when the item has none. */
  status: ExecutionStatus | null;
  updated: string | null;
  reference: ItemReference;
}

interface FormSection {
  /** «I. Организация работы и мониторинг», with the sections around it: «УРОВЕНЬ ОО › I. …». */
  label: string;
  items: FormItem[];
}

export interface FormModel {
  roadmapId: string;
  roadmapTitle: string;
  /** «приказ от 30.03.2023 № 1-П, период 30.03.2023 — 31.12.2023». */
  roadmapLine: string;
  period: { start: string; end: string };
  organizationId: string;
  organizationName: string;
  /** The sections an organisation other than the owner carries out; undefined for the owner. */
  covers?: string[];
  /** Those sections in words, for the form's header. */
  coversLabel: string;
  /** The day the form is made (the status shown is as of then). */
  madeOn: string;
  sections: FormSection[];
}

/** A form cannot be made: the message says why and what to do (in Russian). */
export class FormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormError';
  }
}

/** The report file of a roadmap by an organisation, when there is one. */
export function findReport(
  content: LoadedContent,
  roadmapId: string,
  organizationId: string,
): ContentEntry<Report> | undefined {
  for (const entry of content.reports.values())
    if (entry.data.roadmap === roadmapId && entry.data.organization === organizationId) return entry;
  return undefined;
}

/** Section anchors of a roadmap with their labels («s-school-I» → «УРОВЕНЬ ОО › I. …»). */
function sectionLabels(roadmap: Roadmap): Map<string, string> {
  const out = new Map<string, string>();
  for (const visit of walkSections<Item, Section>(roadmap.sections)) {
    out.set(visit.anchor, [...visit.ancestors, visit.section].map((s) => numberedTitle(s.number, s.title)).join(' › '));
  }
  return out;
}

export interface FormRequest {
  roadmapId: string;
  /** Default: the roadmap's owner. */
  organizationId?: string;
  /** Sections for an organisation that has no report file yet. */
  covers?: string[];
}

export function formModel(content: LoadedContent, request: FormRequest): FormModel {
  const roadmapEntry = content.roadmaps.get(request.roadmapId);
  if (!roadmapEntry) {
    if (content.invalidIds.has(`roadmaps:${request.roadmapId}`)) {
      throw new FormError(
        `в дорожной карте «${request.roadmapId}» есть ошибки: исправьте их (karta check) и повторите`,
      );
    }
    const known = [...content.roadmaps.keys()].slice(0, 12).join(', ');
    throw new FormError(
      `дорожной карты «${request.roadmapId}» нет в папке содержимого ` +
        '(идентификатор — имя файла в roadmaps без расширения)' +
        `${known ? `; есть: ${known}` : ''}`,
    );
  }
  if (roadmapEntry.data.amends) {
    throw new FormError(
      `«${request.roadmapId}» — редакция дорожной карты, а не сама карта: ` +
        'укажите идентификатор карты (её первого файла), отчёт пишется по действующей редакции',
    );
  }
  // A report is on the roadmap as in force: its latest edition (src/content-model/edition-chain.ts).
  const roadmap = content.roadmaps.get(currentEditions(content).get(request.roadmapId) ?? request.roadmapId)!.data;
  const organizationId = request.organizationId ?? roadmap.owner;
  const organization = content.organizations.get(organizationId);
  if (!organization) {
    throw new FormError(
      `организации «${organizationId}» нет в папке содержимого ` +
        '(идентификатор — имя файла в organizations без расширения)',
    );
  }
  const owner = organizationId === roadmap.owner;
  const report = findReport(content, request.roadmapId, organizationId);
  const labels = sectionLabels(roadmap);
  const listSections = () =>
    [...labels]
      .map(([anchor, label]) => `  ${anchor} — ${label.length > 90 ? `${label.slice(0, 87)}…` : label}`)
      .join('\n');

  let covers: string[] | undefined;
  if (owner) {
    if (request.covers?.length)
      throw new FormError(
        `«${organizationId}» — владелец карты «${request.roadmapId}» и отчитывается по всей карте: --covers не нужен`,
      );
  } else if (report) {
    covers = report.data.covers;
    if (!covers)
      throw new FormError(
        `в файле отчёта ${report.file} нет covers — разделов карты, которые выполняет «${organizationId}»: ` +
          'исправьте файл (karta check)',
      );
    if (request.covers?.length && request.covers.join(' ') !== covers.join(' ')) {
      throw new FormError(
        `разделы организации уже записаны в её отчёте ${report.file} (covers: ${covers.join(', ')}): ` +
          'форма строится по ним. Уберите --covers или исправьте covers в файле отчёта',
      );
    }
  } else {
    if (!request.covers?.length) {
      throw new FormError(
        `«${organizationId}» — не владелец карты «${request.roadmapId}» (владелец — ${roadmap.owner}): ` +
          'укажите --covers — якоря разделов карты, которые организация выполняет, через запятую, ' +
          `например --covers ${[...labels.keys()].find((a) => /school/.test(a)) ?? [...labels.keys()][0]}\n` +
          `Разделы карты:\n${listSections()}`,
      );
    }
    covers = request.covers;
  }
  for (const anchor of covers ?? []) {
    if (!labels.has(anchor))
      throw new FormError(
        `в дорожной карте «${request.roadmapId}» нет раздела с якорем «${anchor}»\nРазделы карты:\n${listSections()}`,
      );
  }

  // Where each item stands: its latest entry by date (of one day, the later in the file).
  const latest = new Map<string, { status: ExecutionStatus; date: string }>();
  const entries = [...(report?.data.entries ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  for (const entry of entries) latest.set(entry.item, { status: entry.status, date: entry.date });

  const lookups = {
    organizations: dataOf(content.organizations),
    people: dataOf(content.people),
    riskFactors: new Map(),
  };
  const references = itemReferences<Item, Section>(roadmap, {
    controlPoints: ui.controlPoints,
    mechanisms: ui.mechanisms,
  });
  const formItem = (anchor: string, item: Item): FormItem => ({
    anchor,
    number: item.number ?? '',
    title: item.title,
    deadline: item.deadline ?? '',
    responsible: (item.responsible ?? []).map((r) => responsibleToOpen(r, lookups).text).join(', '),
    status: latest.get(anchor)?.status ?? null,
    updated: latest.get(anchor)?.date ?? null,
    reference: references.get(anchor)!,
  });

  const sections: FormSection[] = [];
  for (const visit of walkItems<Item, Section>(roadmap.sections)) {
    if (!owner && !isCovered(visit.section.anchor, covers ?? [])) continue;
    const label = labels.get(visit.section.anchor) ?? visit.section.section.title;
    let section = sections.at(-1);
    if (section?.label !== label) sections.push((section = { label, items: [] }));
    section.items.push(formItem(visit.anchor, visit.item));
  }
  if (owner) {
    for (const list of ['controlPoints', 'mechanisms'] as const) {
      const items = roadmap[list] ?? [];
      if (items.length)
        sections.push({
          label: ui[list],
          items: items.map((item, index) => formItem(listItemAnchor(list, item, index), item)),
        });
    }
  }
  if (!sections.length)
    throw new FormError(
      `в разделах ${covers?.join(', ') ?? ''} карты «${request.roadmapId}» нет пунктов: отчитываться не о чем`,
    );

  return {
    roadmapId: request.roadmapId,
    roadmapTitle: roadmap.title,
    roadmapLine:
      `${ui.reportForm.order(formatDate(roadmap.order.date), roadmap.order.number)}, ` +
      `${ui.reportForm.period(formatDate(roadmap.period.start), formatDate(roadmap.period.end))}`,
    period: { start: roadmap.period.start, end: roadmap.period.end },
    organizationId,
    organizationName: organization.data.name,
    ...(covers ? { covers } : {}),
    coversLabel: covers ? covers.map((c) => labels.get(c) ?? c).join('; ') : ui.reportForm.allSections,
    madeOn: content.today,
    sections,
  };
}

function dataOf<T>(entries: ReadonlyMap<string, { data: T }>): Map<string, T> {
  return new Map([...entries].map(([id, entry]) => [id, entry.data]));
}

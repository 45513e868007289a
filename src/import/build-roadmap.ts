// The roadmap file's data: the body read from the tables, and the file-level fields from the document's text or the
// command line. A field the importer cannot know is left empty and listed as a placeholder the user must fill:
// `npm run check` reports each such field until it is filled, so an unfinished import is never published.
import type { RoadmapBody, SectionDraft } from './assemble-roadmap-body.ts';
import type { ItemDraft } from './item-fields.ts';
import { readPeriod, type DocumentFacts } from './document-facts.ts';
import type { OwnerLevel } from './owner-level.ts';

export interface Placeholder {
  /** Field path in the file, e.g. «order.date». */
  path: string;
  /** What to write there, in Russian. */
  hint: string;
}

interface TakenFact {
  path: string;
  value: string;
  /** Where it comes from: words of the document, or the command line. */
  from: string;
}

export interface RoadmapData {
  title: string | null;
  level: string | null;
  owner: string | null;
  order: { issuer: string | null; number?: string; date: string | null; title: string | null };
  period: { start: string | null; end: string | null };
  riskFactors?: string | null;
  controlPoints?: ItemDraft[];
  mechanisms?: ItemDraft[];
  sections: SectionDraft[];
}

export interface BuiltRoadmap {
  data: RoadmapData;
  placeholders: Placeholder[];
  taken: TakenFact[];
}

export function buildRoadmap(
  body: RoadmapBody,
  documentFacts: DocumentFacts,
  options: { owner?: string; fallbackTitle?: string; ownerLevel?: OwnerLevel },
): BuiltRoadmap {
  let facts = documentFacts;
  const placeholders: Placeholder[] = [];
  const taken: TakenFact[] = [];
  const at = (fact: { source: string; place: { line?: number; label?: string } }) =>
    `«${fact.source.length > 90 ? `${fact.source.slice(0, 90)}…` : fact.source}»` +
    `${fact.place.line ? ` (строка ${fact.place.line} файла)` : ''}`;

  const title = facts.title?.value ?? options.fallbackTitle ?? null;
  if (facts.title) taken.push({ path: 'title', value: facts.title.value, from: at(facts.title) });
  else if (title) taken.push({ path: 'title', value: title, from: 'заголовок над таблицей' });
  else placeholders.push({ path: 'title', hint: 'название дорожной карты, как в документе' });

  // The owner given on the command line says whose roadmap it is, and so its level; the issuer's words in the text
  // are a guess, used when the owner is not known (or not found in the content).
  const level = options.ownerLevel?.level ?? facts.level?.value ?? null;
  if (options.ownerLevel) {
    const differs =
      facts.level && facts.level.value !== options.ownerLevel.level
        ? `; по издавшему органу в тексте было бы ${facts.level.value} ${at(facts.level)}`
        : '';
    taken.push({
      path: 'level',
      value: options.ownerLevel.level,
      from: `по организации-владельцу (параметр --owner): ${options.ownerLevel.via}${differs}`,
    });
  } else if (facts.level)
    taken.push({ path: 'level', value: facts.level.value, from: `по издавшему органу ${at(facts.level)}` });
  else placeholders.push({ path: 'level', hint: 'уровень: regional, municipal или school' });

  const owner = options.owner ?? null;
  if (owner) taken.push({ path: 'owner', value: owner, from: 'параметр --owner' });
  else
    placeholders.push({
      path: 'owner',
      hint: 'идентификатор организации, чья это карта (имя файла в src/content/organizations без .yaml)',
    });

  const issuer = owner;
  if (issuer)
    taken.push({
      path: 'order.issuer',
      value: issuer,
      from:
        'параметр --owner (предполагается, что приказ издала сама организация-владелец; ' +
        'исправьте, если это не так)',
    });
  else placeholders.push({ path: 'order.issuer', hint: 'идентификатор организации, издавшей приказ' });

  const date = facts.orderDate?.value ?? null;
  if (facts.orderDate) taken.push({ path: 'order.date', value: facts.orderDate.value, from: at(facts.orderDate) });
  else placeholders.push({ path: 'order.date', hint: 'дата приказа, ГГГГ-ММ-ДД' });

  const orderTitle = facts.orderTitle?.value ?? null;
  if (facts.orderTitle) taken.push({ path: 'order.title', value: facts.orderTitle.value, from: at(facts.orderTitle) });
  else placeholders.push({ path: 'order.title', hint: 'название приказа («Об утверждении …»)' });
  if (facts.orderNumber)
    taken.push({ path: 'order.number', value: facts.orderNumber.value, from: at(facts.orderNumber) });

  const fallbackPeriod = !facts.period && options.fallbackTitle ? readPeriod(options.fallbackTitle) : undefined;
  if (fallbackPeriod && options.fallbackTitle)
    facts = { ...facts, period: { value: fallbackPeriod, source: options.fallbackTitle, place: {} } };
  const period = facts.period?.value;
  if (facts.period)
    taken.push({
      path: 'period',
      value: `${facts.period.value.start} — ${facts.period.value.end}`,
      from: `по годам в словах ${at(facts.period)}`,
    });
  else
    placeholders.push(
      { path: 'period.start', hint: 'начало периода действия, ГГГГ-ММ-ДД' },
      { path: 'period.end', hint: 'конец периода действия, ГГГГ-ММ-ДД' },
    );

  // Codes of risk parameters need the list they come from, which only the user knows.
  const hasRiskCodes = body.built.some((b) => b.item.riskCodes?.length);
  if (hasRiskCodes)
    placeholders.push({
      path: 'riskFactors',
      hint:
        'перечень факторов риска (файл в src/content/risk-factors без .yaml), ' +
        'чьи коды стоят в столбце «Код параметра»',
    });

  const data: RoadmapData = {
    title,
    level,
    owner,
    order: { issuer, ...(facts.orderNumber ? { number: facts.orderNumber.value } : {}), date, title: orderTitle },
    period: { start: period?.start ?? null, end: period?.end ?? null },
    ...(hasRiskCodes ? { riskFactors: null } : {}),
    ...(body.controlPoints.length ? { controlPoints: body.controlPoints } : {}),
    ...(body.mechanisms.length ? { mechanisms: body.mechanisms } : {}),
    sections: body.sections,
  };
  return { data, placeholders, taken };
}

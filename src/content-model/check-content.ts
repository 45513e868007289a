// Checks that need the whole content at once: references between entries, duplicate numbers and anchors.
// (Astro only logs a broken reference and carries on; a portal with a dangling link must not be published.)
import path from 'node:path';
import type { LoadedContent } from './loaded-content.ts';
import type { FieldPath, Problem } from './problems.ts';
import { problemAt } from './problems.ts';
import { limits } from './limits.ts';
import { listItemAnchor, walkItems, walkSections } from './roadmap-structure.ts';
import { referencesOf } from './references.ts';
import { nearestName } from './nearest-name.ts';
import { currentEditions } from './check-editions.ts';
import { collectionFolders, type organizationKinds, type CollectionName, type Item, type Section } from './schemas.ts';

const collectionNames: Record<CollectionName, string> = {
  organizations: 'организация',
  people: 'человек',
  glossary: 'термин глоссария',
  riskFactors: 'перечень факторов риска',
  roadmaps: 'дорожная карта',
  reports: 'отчёт',
};

type OrganizationKind = (typeof organizationKinds)[number];
type ParentKind = 'municipality' | 'region';
/**
 * What an organisation of each kind may be under: the pages and the monitoring of a municipality and of a region
 * gather what is under them, and a school under an authority would be left out of both.
 */
const parentKinds: Partial<Record<OrganizationKind, ParentKind[]>> = {
  school: ['municipality', 'region'],
  municipality: ['region'],
  authority: ['municipality', 'region'],
  agency: ['municipality', 'region'],
};
/** «укажите идентификатор муниципалитета». */
const parentGenitive: Record<ParentKind, string> = { municipality: 'муниципалитета', region: 'региона' };
const kindNames: Record<OrganizationKind, string> = {
  region: 'регион',
  municipality: 'муниципалитет',
  authority: 'орган управления образованием',
  agency: 'учреждение',
  school: 'школа',
};

/** The organisations a site can be the part of a portal of (`home`): an authority or an agency has nothing below it. */
const homeKinds: readonly OrganizationKind[] = ['school', 'municipality', 'region'];

/**
 * Why the organisation `home` (site.yaml or `karta build --home`) cannot be the site's, in Russian; undefined when it
 * can. The portal of an education authority or an agency is that of its territory, its `parent`.
 */
export function homeKindProblem(home: string, org: { kind: OrganizationKind; parent?: string }): string | undefined {
  if (homeKinds.includes(org.kind)) return undefined;
  return (
    `«${home}» — ${kindNames[org.kind]}, а сайт собирается для школы, муниципалитета или региона` +
    (org.parent ? `: укажите его территорию, «${org.parent}»` : '')
  );
}

/** A file of the content folder, as the messages name it: in the folder the content was read from. */
const contentFile = (content: LoadedContent, file: string) =>
  content.folder === undefined ? `${file} в папке содержимого` : path.join(content.folder, file);

function missingMessage(content: LoadedContent, target: CollectionName, id: string): string {
  const near = nearestName(id, content[target].keys());
  return (
    `ссылка на несуществующий объект «${id}» (${collectionNames[target]}): ` +
    (near ? `может быть, «${near}»? Иначе ` : '') +
    `проверьте идентификатор или создайте файл ${contentFile(content, `${collectionFolders[target]}/${id}.yaml`)}`
  );
}

export function checkContent(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];

  function at(
    collection: CollectionName,
    id: string,
    fieldPath: FieldPath,
    message: string,
    severity: Problem['severity'] = 'error',
  ) {
    const entry = content[collection].get(id);
    if (entry) problems.push(problemAt(entry, fieldPath, message, severity));
  }

  function ref(
    from: CollectionName,
    id: string,
    fieldPath: FieldPath,
    target: CollectionName,
    targetId: string | undefined,
  ) {
    if (targetId === undefined || content[target].has(targetId)) return;
    if (content.invalidIds.has(`${target}:${targetId}`)) return; // its own errors are already reported
    at(from, id, fieldPath, missingMessage(content, target, targetId));
  }

  // site.yaml's `home`: an organisation of the content, of a kind a site is built for.
  const home = content.site.home;
  if (home && content.siteSource) {
    const homeOrg = content.organizations.get(home)?.data;
    const message = homeOrg
      ? homeKindProblem(home, homeOrg)
      : content.invalidIds.has(`organizations:${home}`)
        ? undefined
        : `организации «${home}» нет: укажите идентификатор файла из ${contentFile(content, 'organizations')}`;
    if (message) {
      const { line, column } = content.siteSource.locate(['home']);
      problems.push({ severity: 'error', file: content.siteSource.file, line, column, field: 'home', message });
    }
  }

  // References between entries, of valid entries and of the fields of entries with other errors that are ids.
  for (const collection of Object.keys(collectionNames) as CollectionName[]) {
    for (const [id, { data }] of content[collection])
      for (const r of referencesOf(collection, data)) ref(collection, id, r.path, r.target, r.id);
  }
  for (const entry of content.partial) {
    for (const r of referencesOf(entry.collection, entry.data)) {
      if (content[r.target].has(r.id) || content.invalidIds.has(`${r.target}:${r.id}`)) continue;
      problems.push(problemAt(entry, r.path, missingMessage(content, r.target, r.id)));
    }
  }

  for (const [id, { data }] of content.organizations) {
    if (data.parent === id) at('organizations', id, ['parent'], 'организация не может быть вышестоящей сама для себя');
    const parent = data.parent === undefined ? undefined : content.organizations.get(data.parent)?.data;
    const allowed = parentKinds[data.kind];
    if (parent && allowed && !(allowed as OrganizationKind[]).includes(parent.kind))
      at(
        'organizations',
        id,
        ['parent'],
        `вышестоящая организация (${kindNames[data.kind]}) — ${allowed.map((k) => kindNames[k]).join(' или ')}, ` +
          `а «${data.parent}» — ${kindNames[parent.kind]}: укажите идентификатор ${parentGenitive[allowed[0]!]} ` +
          '(по нему организация попадает на его страницу и в его мониторинг)',
      );
  }
  // Risk profiles refer to risk-factor lists and their codes, checked once the lists are read (below).
  const checkRiskProfiles = (riskCodes: Map<string, Set<string>>) => {
    for (const [id, { data }] of content.organizations) {
      data.riskProfiles?.forEach((profile, i) => {
        const codes = riskCodes.get(profile.riskFactors);
        profile.codes?.forEach((code, j) => {
          if (codes && !codes.has(code))
            at(
              'organizations',
              id,
              ['riskProfiles', i, 'codes', j],
              `код параметра риска «${code}» не найден в перечне «${profile.riskFactors}»`,
            );
        });
      });
    }
  };

  const glossaryKeys = new Map<string, string>();
  for (const [id, { data }] of content.glossary) {
    const key = `${data.abbr}\u0000${data.scope ?? ''}`;
    const other = glossaryKeys.get(key);
    if (other)
      at(
        'glossary',
        id,
        ['abbr'],
        `сокращение «${data.abbr}» с той же областью действия уже описано в ${other}: объедините записи`,
      );
    else glossaryKeys.set(key, id);
  }

  const riskCodes = new Map<string, Set<string>>();
  for (const [id, { data }] of content.riskFactors) {
    const codes = new Set<string>();
    data.factors.forEach((factor, f) => {
      factor.parameters?.forEach((parameter, p) => {
        if (codes.has(parameter.code))
          at(
            'riskFactors',
            id,
            ['factors', f, 'parameters', p, 'code'],
            `код параметра «${parameter.code}» повторяется в перечне`,
          );
        codes.add(parameter.code);
      });
    });
    riskCodes.set(id, codes);
  }
  checkRiskProfiles(riskCodes);

  // Anchors of every roadmap first, so that `implements` can point at any roadmap regardless of file order.
  const anchors = new Map<string, Set<string>>();
  for (const [id, { data }] of content.roadmaps) {
    const seen = new Set<string>();
    const firstWithAnchor = new Map<string, { section: string; number?: string }>();
    for (const visit of walkItems<Item, Section>(data.sections)) {
      const first = firstWithAnchor.get(visit.anchor);
      // A repeated number in one section is reported below as such; any other collision is an anchor problem.
      const repeatedNumber = first?.section === visit.section.anchor && first.number === visit.item.number;
      if (first && !repeatedNumber) {
        at(
          'roadmaps',
          id,
          visit.path,
          `якорь пункта «${visit.anchor}» повторяется в дорожной карте: задайте пункту уникальное поле id`,
        );
      }
      if (!first) firstWithAnchor.set(visit.anchor, { section: visit.section.anchor, number: visit.item.number });
      seen.add(visit.anchor);
    }
    for (const list of ['controlPoints', 'mechanisms'] as const) {
      data[list]?.forEach((item, index) => {
        seen.add(listItemAnchor(list, item, index));
      });
    }
    anchors.set(id, seen);
  }
  // `implements` points at a roadmap as in force: the anchors of its latest edition.
  for (const [root, latest] of currentEditions(content)) anchors.set(root, anchors.get(latest) ?? new Set());

  for (const [id, { data }] of content.roadmaps) {
    if (data.period.start > data.period.end) {
      at('roadmaps', id, ['period', 'end'], `конец периода (${data.period.end}) раньше начала (${data.period.start})`);
    }

    const codes = data.riskFactors ? riskCodes.get(data.riskFactors) : undefined;
    const checkCode = (fieldPath: FieldPath, code: string) => {
      if (!data.riskFactors) {
        at(
          'roadmaps',
          id,
          fieldPath,
          `указан код параметра риска «${code}», но у дорожной карты не задан перечень (поле riskFactors)`,
        );
      } else if (codes && !codes.has(code)) {
        at(
          'roadmaps',
          id,
          fieldPath,
          `код параметра риска «${code}» не найден в перечне «${data.riskFactors}»; есть: ${[...codes].join(', ')}`,
        );
      }
    };
    data.audit?.rows.forEach((row, i) => {
      checkCode(['audit', 'rows', i, 'code'], row.code);
    });

    // Responsible people and organisations, and the roadmaps of `implements`, are references (above).
    const checkItem = (item: Item, itemPath: FieldPath) => {
      item.riskCodes?.forEach((code, i) => {
        checkCode([...itemPath, 'riskCodes', i], code);
      });
      item.implements?.forEach((target, i) => {
        const [roadmapId = '', anchor = ''] = target.split('#');
        const targetAnchors = anchors.get(roadmapId);
        if (targetAnchors && !targetAnchors.has(anchor)) {
          at(
            'roadmaps',
            id,
            [...itemPath, 'implements', i],
            `в дорожной карте «${roadmapId}» нет пункта с якорем «${anchor}»`,
          );
        }
      });
    };

    // Section anchors are unique among siblings, at the top level and inside every section.
    const checkSiblingIds = (sections: readonly Section[] | undefined, basePath: FieldPath) => {
      const ids = new Set<string>();
      sections?.forEach((section, i) => {
        if (!section.id) return;
        if (ids.has(section.id))
          at('roadmaps', id, [...basePath, i, 'id'], `раздел с якорем «${section.id}» уже есть на этом уровне`);
        ids.add(section.id);
      });
    };
    checkSiblingIds(data.sections, ['sections']);
    for (const visit of walkSections<Item, Section>(data.sections)) {
      if (visit.depth === limits.sectionDepth) {
        at(
          'roadmaps',
          id,
          visit.path,
          `разделы вложены глубже ${limits.sectionDepth} уровней: в документе так не бывает — проверьте отступы`,
        );
      }
      const numbers = new Map<string, number>();
      checkSiblingIds(visit.section.sections, [...visit.path, 'sections']);
      visit.section.items?.forEach((item, i) => {
        if (item.number === undefined) return;
        const first = numbers.get(item.number);
        if (first !== undefined) {
          at(
            'roadmaps',
            id,
            [...visit.path, 'items', i, 'number'],
            `номер «${item.number}» уже есть в этом разделе (пункт ${first + 1}): ` +
              'номера пунктов в разделе не повторяются',
          );
        } else numbers.set(item.number, i);
      });
    }
    for (const visit of walkItems<Item, Section>(data.sections)) checkItem(visit.item, visit.path);
    for (const list of ['controlPoints', 'mechanisms'] as const) {
      data[list]?.forEach((item, i) => {
        checkItem(item, [list, i]);
      });
    }
  }

  return problems;
}

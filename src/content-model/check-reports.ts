// Checks of the report files (reports/): each names a roadmap and the organisation that reports, only once per pair;
// an organisation other than the roadmap's owner says which sections it carries out, and is one the roadmap applies
// to (a warning otherwise); every entry is about an item of the roadmap (in those sections), dated within the
// roadmap's period and not after today; every evidence file is in the content folder's `files` and within the size a
// school site may publish. A status that goes back from done to planned is a warning: history is kept, but that is
// rarely what was meant.
//
// An entry made before an amendment is about the item of the edition then in force. Anchors come from the items'
// numbers unless an item has an `id`, so an amendment that removes or renumbers items can leave such an entry on no
// item, or on another: a warning says which item it was about, and the entry is kept in the file (an entry on no
// item of the edition in force counts nowhere).
import type { LoadedContent } from './loaded-content.ts';
import { problemAt, type FieldPath, type Problem } from './problems.ts';
import { isCovered, itemAnchor, listItemAnchor, walkItems, walkSections } from './roadmap-structure.ts';
import type { Item, Roadmap, Section } from './schemas.ts';
import { formatBytes } from './content-files.ts';
import { chainEditions } from './edition-chain.ts';
import { roadmapsFor } from './organization-tree.ts';

/** The largest file a school site may publish (Rosobrnadzor order № 1493). */
export const evidenceFileBytes = 15 * 1024 * 1024;

export function checkReports(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const pairs = new Map<string, string>();
  const organizations = new Map([...content.organizations].map(([id, entry]) => [id, entry.data]));
  // A report is on the roadmap as in force: its latest edition.
  const { chains } = chainEditions([...content.roadmaps.values()]);
  for (const report of content.reports.values()) {
    const { data, file } = report;
    const at = (fieldPath: FieldPath, message: string, severity: Problem['severity'] = 'error') => {
      problems.push(problemAt(report, fieldPath, message, severity));
    };
    // The roadmap and the organisation are references, checked with the others (check-content.ts).
    const organizationMissing = !content.organizations.has(data.organization);
    // A file outside any chain (an edition whose `amends` is broken, which has an error of its own) is its own.
    const own = content.roadmaps.get(data.roadmap);
    const editions = chains.get(data.roadmap) ?? (own ? [own] : []);
    const roadmap = editions.at(-1)?.data;
    if (!roadmap) continue; // none, or one with errors of its own
    const pair = `${data.roadmap}\u0000${data.organization}`;
    const other = pairs.get(pair);
    if (other)
      at(
        ['roadmap'],
        `отчёт организации «${data.organization}» по карте «${data.roadmap}» уже есть в ${other}: ` +
          'записи пишутся в один файл',
      );
    else pairs.set(pair, file);

    const sections = sectionAnchors(roadmap);
    const isOwner = roadmap.owner === data.organization;
    // A roadmap whose owner is mistyped has that error of its own: the report is not told to name sections for it.
    const ownerMissing = !content.organizations.has(roadmap.owner);
    if (
      !isOwner &&
      !organizationMissing &&
      !ownerMissing &&
      !roadmapsFor(data.organization, organizations, [{ id: data.roadmap, data: roadmap }]).length
    )
      at(
        ['organization'],
        `карта «${data.roadmap}» не относится к «${data.organization}»: её выполняют организации территории её ` +
          `владельца (${roadmap.owner}) и перечисленные в её поле schools. Если организация всё же выполняет её ` +
          'часть, добавьте организацию в schools карты; иначе проверьте organization и roadmap отчёта',
        'warning',
      );
    if (!isOwner && !organizationMissing && !ownerMissing && !data.covers) {
      at(
        ['organization'],
        `«${data.organization}» — не владелец карты «${data.roadmap}» (${roadmap.owner}): укажите covers — ` +
          'якоря разделов карты, которые организация выполняет, ' +
          `например ${[...sections.keys()].find((s) => /school/.test(s)) ?? [...sections.keys()][0] ?? 's-1'}`,
      );
    }
    data.covers?.forEach((anchor, i) => {
      if (!sections.has(anchor))
        at(
          ['covers', i],
          `в дорожной карте «${data.roadmap}» нет раздела с якорем «${anchor}»; есть: ` +
            `${[...sections.keys()].slice(0, 12).join(', ')}`,
        );
    });
    const items = itemSections(roadmap);
    const earlier = new Map<string, ReturnType<typeof itemSections>>();
    const itemsOf = (edition: (typeof editions)[number]) => {
      let found = earlier.get(edition.id);
      if (!found) earlier.set(edition.id, (found = itemSections(edition.data)));
      return found;
    };
    const inForce = editions.at(-1)!.data.order;
    const lastStatus = new Map<string, string>();
    data.entries.forEach((entry, i) => {
      const path: FieldPath = ['entries', i];
      // The edition in force on the entry's day, when an amendment has come since.
      const then = editions.findLast((e) => e.data.order.date <= entry.date) ?? editions[0]!;
      const before = then === editions.at(-1) ? undefined : itemsOf(then).get(entry.item);
      const now = items.get(entry.item);
      const amended = `приказ от ${inForce.date} № ${inForce.number}`;
      if (before && !now) {
        at(
          [...path, 'item'],
          `пункта «${entry.item}» в действующей редакции карты «${data.roadmap}» (${amended}) нет: запись от ` +
            `${entry.date} — о пункте прежней редакции «${before.title}». Запись остаётся в отчёте, но не ` +
            'учитывается; если пункт перенесён, перенесите запись на его новый якорь',
          'warning',
        );
      } else if (before && now && before.title !== now.title) {
        at(
          [...path, 'item'],
          `под якорем «${entry.item}» в действующей редакции карты (${amended}) пункт «${now.title}», а запись от ` +
            `${entry.date} сделана о пункте «${before.title}». Если это другой пункт, перенесите запись на якорь ` +
            'прежнего; чтобы якоря не менялись при перенумерации, дайте пунктам id',
          'warning',
        );
      } else if (!now) {
        at(
          [...path, 'item'],
          `в дорожной карте «${data.roadmap}» нет пункта с якорем «${entry.item}»: ` +
            'якорь пункта — часть его адреса на странице карты после #',
        );
      } else if (!isOwner && data.covers && !isCovered(now.section, data.covers)) {
        at(
          [...path, 'item'],
          `пункт «${entry.item}» не входит в разделы covers (${data.covers.join(', ')}): ` +
            'организация отчитывается только о своих разделах',
        );
      }
      if (entry.date > content.today) {
        at(
          [...path, 'date'],
          `запись датирована ${entry.date}, а сегодня ${content.today}: отчёт пишется о том, что уже сделано`,
        );
      } else if (entry.date < roadmap.period.start || entry.date > roadmap.period.end) {
        at([...path, 'date'], `дата ${entry.date} вне периода карты (${roadmap.period.start} — ${roadmap.period.end})`);
      }
      if (lastStatus.get(entry.item) === 'done' && entry.status === 'planned') {
        at(
          [...path, 'status'],
          'статус вернулся от «выполнено» к «запланировано»: если пункт переделывают, напишите «выполняется» ' +
            '(in-progress); если это ошибка — исправьте запись',
          'warning',
        );
      }
      lastStatus.set(entry.item, entry.status);
      entry.evidence?.forEach((evidence, j) => {
        if (evidence.file === undefined) return;
        const attachment = content.attachments.get(evidence.file);
        if (!attachment)
          at(
            [...path, 'evidence', j, 'file'],
            `файла ${evidence.file} нет в папке содержимого: ` +
              'положите его туда (путь считается от папки содержимого) или исправьте путь',
          );
        else if (attachment.bytes > evidenceFileBytes)
          at(
            [...path, 'evidence', j, 'file'],
            `файл ${evidence.file} больше 15 МБ (${formatBytes(attachment.bytes)}): ` +
              'на сайте школы размещают файлы до 15 МБ — уменьшите его или дайте ссылку (url)',
          );
      });
    });
  }
  return problems;
}

/** Section anchors of a roadmap («s-municipal», «s-municipal-I»). */
function sectionAnchors(roadmap: Roadmap): Map<string, true> {
  return new Map([...walkSections<Item, Section>(roadmap.sections)].map((v) => [v.anchor, true]));
}

/** Item anchors of a roadmap with each item's title and section (none for control points and mechanisms). */
function itemSections(roadmap: Roadmap): Map<string, { title: string; section?: string }> {
  const out = new Map<string, { title: string; section?: string }>();
  for (const v of walkItems<Item, Section>(roadmap.sections))
    out.set(itemAnchor(v.section.anchor, v.item, v.index), { title: v.item.title, section: v.section.anchor });
  for (const list of ['controlPoints', 'mechanisms'] as const)
    roadmap[list]?.forEach((item, index) => {
      out.set(listItemAnchor(list, item, index), { title: item.title });
    });
  return out;
}

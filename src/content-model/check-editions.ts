// Checks of the editions of roadmaps (editions.ts): an amendment amends an edition that exists, the latest one, by
// an order dated after that edition's, changes something, and keeps the roadmap's owner; other files refer to the
// roadmap, never to one of its editions.
import { chainEditions, sameDocument } from './edition-chain.ts';
import type { LoadedContent } from './loaded-content.ts';
import { problemAt, type FieldPath, type Problem } from './problems.ts';
import type { CollectionName } from './schemas.ts';
import { rawItems } from './references.ts';

const formatDay = (date: string) => date.split('-').reverse().join('.');

/** The latest edition of every roadmap, by the roadmap's id (only those that have later editions). */
export function currentEditions(content: Pick<LoadedContent, 'roadmaps'>): Map<string, string> {
  const { chains } = chainEditions([...content.roadmaps.values()]);
  const out = new Map<string, string>();
  for (const [root, chain] of chains) if (chain.length > 1) out.set(root, chain.at(-1)!.id);
  return out;
}

export function checkEditions(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const at = (collection: CollectionName, id: string, fieldPath: FieldPath, message: string) => {
    const entry = content[collection].get(id);
    if (entry) problems.push(problemAt(entry, fieldPath, message));
  };
  const { chains, rootOf, broken } = chainEditions([...content.roadmaps.values()]);

  for (const [id, problem] of broken) {
    if (problem.kind === 'circle')
      at(
        'roadmaps',
        id,
        ['amends'],
        'редакции изменяют друг друга по кругу: у первой редакции карты поля amends нет, ' +
          'каждая следующая изменяет предыдущую',
      );
    if (problem.kind === 'branch') {
      const last = chains.get(rootOf.get(problem.amends) ?? '')?.at(-1)?.id ?? problem.by;
      at(
        'roadmaps',
        id,
        ['amends'],
        `редакцию «${problem.amends}» уже изменяет «${problem.by}»: ` +
          `приказ о внесении изменений изменяет последнюю редакцию — напишите amends: ${last}`,
      );
    }
  }
  for (const [root, chain] of chains) {
    for (let i = 1; i < chain.length; i++) {
      const before = chain[i - 1]!;
      const edition = chain[i]!;
      if (edition.data.order.date <= before.data.order.date) {
        at(
          'roadmaps',
          edition.id,
          ['order', 'date'],
          `приказ о внесении изменений датирован ${formatDay(edition.data.order.date)}, ` +
            `а редакция, которую он изменяет («${before.id}»), утверждена ${formatDay(before.data.order.date)}: ` +
            'изменения вносятся позже — проверьте дату или поле amends',
        );
      }
      if (sameDocument(before.data, edition.data, before.body, edition.body)) {
        at(
          'roadmaps',
          edition.id,
          ['amends'],
          `эта редакция ничего не меняет в «${before.id}»: отличается только приказ. ` +
            'Внесите в неё изменения, которые утвердил приказ, или удалите файл',
        );
      }
      if (edition.data.owner !== chain[0]!.data.owner) {
        at(
          'roadmaps',
          edition.id,
          ['owner'],
          `у редакции другой владелец (${edition.data.owner}), ` +
            `чем у дорожной карты «${root}» (${chain[0]!.data.owner}): ` +
            'редакции одной карты принадлежат одной организации',
        );
      }
    }
  }

  // References to a roadmap name the roadmap (its first file), never one of its later editions.
  const edition = (id: string | undefined) =>
    id !== undefined && rootOf.has(id) && rootOf.get(id) !== id ? rootOf.get(id) : undefined;
  const message = (id: string, root: string) =>
    `«${id}» — редакция дорожной карты «${root}»: ссылайтесь на саму карту («${root}»), ` +
    'её действующая редакция подставится сама';
  for (const [id, { data }] of content.roadmaps) {
    data.basedOn?.forEach((target, i) => {
      const root = edition(target);
      if (root) at('roadmaps', id, ['basedOn', i], message(target, root));
    });
    for (const [item, path] of rawItems(data as unknown as Record<string, unknown>)) {
      (item.implements as string[] | undefined)?.forEach((target, i) => {
        const targetId = target.split('#')[0];
        const root = edition(targetId);
        if (root) at('roadmaps', id, [...path, 'implements', i], message(targetId!, root));
      });
    }
  }
  for (const [id, { data }] of content.reports) {
    const root = edition(data.roadmap);
    if (root) at('reports', id, ['roadmap'], message(data.roadmap, root));
  }
  return problems;
}

// Where the content files refer to each other: the fields whose value is the id of another entry. Read from the data
// defensively, so that the references of a file that has other errors are checked too (its fields that are ids are
// checked even when its title is missing): a user fixes everything in one round, not references in a second.
import type { FieldPath } from './problems.ts';
import { idPattern, type CollectionName } from './schemas.ts';

export interface Reference {
  path: FieldPath;
  target: CollectionName;
  id: string;
}

type Raw = Record<string, unknown>;
const object = (value: unknown): Raw | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The references of an entry of `collection` (valid data, or what YAML read of a file with errors). */
export function referencesOf(collection: CollectionName, data: unknown): Reference[] {
  const out: Reference[] = [];
  const root = object(data);
  if (!root) return out;
  const add = (path: FieldPath, target: CollectionName, value: unknown) => {
    if (typeof value === 'string' && idPattern.test(value)) out.push({ path, target, id: value });
  };
  const each = (key: string, visit: (element: Raw, path: FieldPath) => void) =>
    list(root[key]).forEach((element, i) => {
      const o = object(element);
      if (o) visit(o, [key, i]);
    });
  switch (collection) {
    case 'organizations':
      add(['parent'], 'organizations', root.parent);
      add(['head', 'person'], 'people', object(root.head)?.person);
      each('riskProfiles', (p, path) => add([...path, 'riskFactors'], 'riskFactors', p.riskFactors));
      break;
    case 'people':
      add(['organization'], 'organizations', root.organization);
      break;
    case 'glossary':
      add(['scope'], 'organizations', root.scope);
      break;
    case 'riskFactors':
      add(['owner'], 'organizations', root.owner);
      break;
    case 'reports':
      add(['roadmap'], 'roadmaps', root.roadmap);
      add(['organization'], 'organizations', root.organization);
      break;
    case 'roadmaps': {
      add(['owner'], 'organizations', root.owner);
      add(['amends'], 'roadmaps', root.amends);
      const order = object(root.order);
      add(['order', 'issuer'], 'organizations', order?.issuer);
      add(['order', 'signedBy', 'person'], 'people', object(order?.signedBy)?.person);
      list(root.basedOn).forEach((id, i) => {
        add(['basedOn', i], 'roadmaps', id);
      });
      list(root.schools).forEach((id, i) => {
        add(['schools', i], 'organizations', id);
      });
      each('specialists', (s, path) => add([...path, 'person'], 'people', s.person));
      each('committees', (c, path) =>
        list(c.members).forEach((m, j) => {
          add([...path, 'members', j, 'person'], 'people', object(m)?.person);
        }),
      );
      add(['riskFactors'], 'riskFactors', root.riskFactors);
      for (const [item, path] of rawItems(root)) {
        list(item.responsible).forEach((r, i) => {
          add([...path, 'responsible', i, 'person'], 'people', object(r)?.person);
          add([...path, 'responsible', i, 'organization'], 'organizations', object(r)?.organization);
        });
        list(item.implements).forEach((target, i) => {
          if (typeof target === 'string') add([...path, 'implements', i], 'roadmaps', target.split('#')[0]);
        });
      }
      break;
    }
  }
  return out;
}

/** Every item of a roadmap's data with its path: those of the sections at any depth, control points, mechanisms. */
export function rawItems(roadmap: Raw): [Raw, FieldPath][] {
  const out: [Raw, FieldPath][] = [];
  const sections = (value: unknown, path: FieldPath) =>
    list(value).forEach((section, i) => {
      const s = object(section);
      if (!s) return;
      list(s.items).forEach((item, j) => {
        const o = object(item);
        if (o) out.push([o, [...path, i, 'items', j]]);
      });
      sections(s.sections, [...path, i, 'sections']);
    });
  sections(roadmap.sections, ['sections']);
  for (const key of ['controlPoints', 'mechanisms']) {
    list(roadmap[key]).forEach((item, i) => {
      const o = object(item);
      if (o) out.push([o, [key, i]]);
    });
  }
  return out;
}

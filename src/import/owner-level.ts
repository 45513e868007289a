// The level of a roadmap from its owner (`--owner`): a school's roadmap is of the school level, a municipality's of
// the municipal one, a region's of the regional one; an education authority or agency (УО, министерство, ЦРО) has
// the level of the territory it belongs to. The organisation files are read for their `kind` and `parent` only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionFolders } from '../content-model/schemas.ts';

type Level = 'regional' | 'municipal' | 'school';

export interface OwnerLevel {
  level: Level;
  /**
   * The organisations read, from the owner up to the one that gave the level: «sochi-uon (authority) → sochi
   * (municipality)».
   */
  via: string;
}

const levelOfKind: Record<string, Level> = { school: 'school', municipality: 'municipal', region: 'regional' };

/** Organisation ids (file names without the extension, in any subfolder) with their kind and parent. */
function readOrganizations(contentDir: string): Map<string, { kind?: string; parent?: string }> {
  const dir = path.join(contentDir, collectionFolders.organizations);
  const out = new Map<string, { kind?: string; parent?: string }>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name) || entry.name.startsWith('_')) continue;
    try {
      const data = parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')) as {
        kind?: unknown;
        parent?: unknown;
      } | null;
      out.set(entry.name.replace(/\.ya?ml$/, ''), {
        kind: typeof data?.kind === 'string' ? data.kind : undefined,
        parent: typeof data?.parent === 'string' ? data.parent : undefined,
      });
    } catch {
      // A file that does not parse is `npm run check`'s to report; it gives no level here.
    }
  }
  return out;
}

export function ownerLevel(contentDir: string | undefined, owner: string | undefined): OwnerLevel | undefined {
  if (!contentDir || !owner) return undefined;
  const organizations = readOrganizations(contentDir);
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let id: string | undefined = owner; id && !seen.has(id); id = organizations.get(id)?.parent) {
    seen.add(id);
    const org = organizations.get(id);
    if (!org) return undefined;
    chain.push(`${id} (${org.kind ?? '?'})`);
    const level = org.kind ? levelOfKind[org.kind] : undefined;
    if (level) return { level, via: chain.join(' → ') };
  }
  return undefined;
}

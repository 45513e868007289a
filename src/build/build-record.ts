// What a build records about itself in the site folder, for `karta serve`: the subfolder the site was built for, so
// that a site built with --base /shnor/ is shown at /shnor/ and its links work. A hidden file: hosts are told to
// serve none (docs/security.md), and `karta serve` does not.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildRecord {
  base: string;
}

const file = '.karta-build.json';

export function writeBuildRecord(siteDir: string, record: BuildRecord): void {
  writeFileSync(path.join(siteDir, file), `${JSON.stringify(record)}\n`);
}

export function readBuildRecord(siteDir: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(siteDir, file), 'utf8')) as Partial<BuildRecord>;
    return typeof record.base === 'string' && /^\/([A-Za-z0-9._~-]+\/)*$/.test(record.base)
      ? { base: record.base }
      : undefined;
  } catch {
    return undefined;
  }
}

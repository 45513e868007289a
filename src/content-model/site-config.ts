// Which content folder a build uses, and that folder's site settings (site.yaml). Read by astro.config.mjs (base
// path), content.config.ts (collections) and the pages; `karta check` has already reported any problem in them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from './schemas.ts';

const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The content folder: KARTA_CONTENT_DIR (set by `karta build --content`) or src/content. */
export function contentDir(): string {
  return path.resolve(process.env.KARTA_CONTENT_DIR ?? path.join(projectRoot, 'src', 'content'));
}

export function readSiteConfig(dir: string = contentDir()): SiteConfig {
  const file = path.join(dir, 'site.yaml');
  return siteSchema.parse(existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {});
}

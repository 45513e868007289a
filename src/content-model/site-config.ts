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

/**
 * site.yaml of the content folder, with what `karta build --home … --base …` says instead (KARTA_HOME, KARTA_BASE):
 * one municipality or school can publish its part of a region's content without a copy of it.
 */
export function readSiteConfig(dir: string = contentDir()): SiteConfig {
  const file = path.join(dir, 'site.yaml');
  const config = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {};
  return siteSchema.parse({ ...config, ...siteOverrides() });
}

/** Settings given on the command line, which win over site.yaml. */
export function siteOverrides(): Partial<Pick<SiteConfig, 'home' | 'base'>> {
  return {
    ...(process.env.KARTA_HOME ? { home: process.env.KARTA_HOME } : {}),
    ...(process.env.KARTA_BASE ? { base: process.env.KARTA_BASE } : {}),
  };
}

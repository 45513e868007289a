// A content folder's site settings (site.yaml), with what the command line says instead (`karta build --home …
// --base … --title … --description … --url …`): one municipality or school can publish its part of a region's
// content, under its own name and address, without a copy of it. Read before Astro starts, for the base path and
// address; `karta check` reports any problem in the file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from './schemas.ts';

/** The settings of site.yaml the command line can give instead. */
export const overridable = ['home', 'base', 'title', 'description', 'url'] as const;
export type SiteOverrides = Partial<Pick<SiteConfig, (typeof overridable)[number]>>;

/** Only the settings that are given: an option left out of the command line does not blank site.yaml's. */
export function definedOverrides(overrides: SiteOverrides): SiteOverrides {
  return Object.fromEntries(
    overridable.flatMap((key) => (overrides[key] === undefined ? [] : [[key, overrides[key]]])),
  );
}

export function readSiteConfig(dir: string, overrides: SiteOverrides = {}): SiteConfig {
  const file = path.join(dir, 'site.yaml');
  const config = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {};
  return siteSchema.parse({ ...config, ...definedOverrides(overrides) });
}

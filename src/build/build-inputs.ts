// What both ways of building (src/build/build.ts) do with the checked content: keep of it what the pages and the
// data files need, refuse the options instead of site.yaml (--home, --base, --title, --description, --url) that are
// wrong or do not fit it, and give Astro its configuration.
import path from 'node:path';
import type { AstroInlineConfig } from 'astro';
import type { LoadedContent } from '../content-model/loaded-content.ts';
import type { ContentEntry } from '../content-model/loaded-content.ts';
import { definedOverrides, overridable, type SiteOverrides } from '../content-model/site-config.ts';
import { siteSchema, type SiteConfig } from '../content-model/schemas.ts';
import { checkedEntryOf, type PagesContent } from '../site/checked-content.ts';
import { siteContentFrom, unknownHome } from '../site/site-content.ts';
import { nearestName } from '../content-model/nearest-name.ts';
import { homeKindProblem } from '../content-model/check-content.ts';
import type { DocumentSizes } from '../site/document-files.ts';
import { chainEditions } from '../content-model/edition-chain.ts';
import { projectRoot } from './paths.ts';
import type { BuildSettings, CheckedContent } from './protocol.ts';

/** The entries of every collection, the site's settings with the command line's, and the files of `files/`. */
export function checkedContentOf(content: LoadedContent, overrides: SiteOverrides): CheckedContent {
  const entries = <T>(map: Map<string, ContentEntry<T>>) => [...map.values()].map(checkedEntryOf);
  return {
    collections: {
      organizations: entries(content.organizations),
      people: entries(content.people),
      riskFactors: entries(content.riskFactors),
      glossary: entries(content.glossary),
      roadmaps: entries(content.roadmaps),
      reports: entries(content.reports),
    },
    site: { ...content.site, ...definedOverrides(overrides) },
    attachments: new Map([...content.attachments].map(([file, { absoluteFile }]) => [file, absoluteFile])),
  };
}

/**
 * What is wrong with the values of the options instead of site.yaml themselves (an empty --title, --url ftp://…), in
 * Russian: told before the build starts anything, as it needs no content.
 */
export function overridesProblem(values: SiteOverrides): string | undefined {
  for (const key of overridable) {
    if (values[key] === undefined) continue;
    // The schema's words for an empty field speak of a YAML file.
    if (values[key] === '')
      return `--${key} «»: пустое значение — напишите его или уберите параметр (тогда берётся ${key} из site.yaml).`;
    const error = siteSchema.shape[key].safeParse(values[key]).error;
    if (error) return `--${key} «${values[key]}»: ${error.issues[0]?.message ?? 'неверное значение'}.`;
  }
  return undefined;
}

/**
 * What is wrong with --home for this content, in Russian: an organisation that is not there, or one that is not a
 * school, a municipality or a region (the values of the options themselves are `overridesProblem`'s).
 */
export function settingsProblem({
  collections,
  site,
}: Pick<CheckedContent, 'collections' | 'site'>): string | undefined {
  if (unknownHome(collections, site)) {
    const near = nearestName(
      site.home!,
      collections.organizations.map((o) => o.id),
    );
    return (
      `--home «${site.home}»: такой организации нет${near ? ` (может быть, «${near}»?)` : ''}. ` +
      'Укажите идентификатор — имя её файла в папке organizations без .yaml.'
    );
  }
  const home = site.home ? collections.organizations.find((o) => o.id === site.home) : undefined;
  const kind = home && homeKindProblem(home.id, home.data);
  if (kind) return `--home ${kind}.`;
  return undefined;
}

/**
 * What the pages get: the checked entries, and of the roadmaps only those the site publishes; the sizes of their
 * documents already made, once known.
 */
export function pagesContentOf(
  { collections, site }: CheckedContent,
  builtAt: string,
  documentSizes: Promise<DocumentSizes | undefined>,
): PagesContent {
  const published = new Set(siteContentFrom(collections, site, builtAt).roadmaps.map((r) => r.id));
  // With the files of their later editions.
  const { rootOf } = chainEditions(collections.roadmaps);
  return {
    collections: {
      ...collections,
      roadmaps: collections.roadmaps.filter((r) => published.has(rootOf.get(r.id) ?? r.id)),
    },
    site,
    builtAt,
    documentSizes,
  };
}

/** Astro's configuration for a build of `site` into `outDir`, beside astro.config.mjs. */
export function astroConfig(
  settings: Pick<BuildSettings, 'verbose'>,
  site: SiteConfig | undefined,
  outDir: string,
): AstroInlineConfig {
  return {
    root: projectRoot,
    outDir,
    base: site?.base ?? '/',
    ...(site?.url ? { site: site.url } : {}),
    // One cache for every build: the content reaches the pages from the check (src/site/checked-content.ts), not
    // through Astro's content layer, so Astro caches nothing of a content folder's there.
    cacheDir: path.join(projectRoot, '.karta', 'cache', 'astro'),
    // Astro's log is for developers (KARTA_DEBUG=1): a failure is said by the build itself, in Russian.
    logLevel: settings.verbose ? 'info' : 'silent',
    // The data files are written into the staging folder too (the parallel build: meanwhile): nothing to empty.
    vite: { build: { emptyOutDir: false } },
  };
}

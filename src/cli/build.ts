// `karta build`: check the content, build the site (pages, open data, search index) into a fresh folder, and only
// when everything succeeded put it in place of the previous build.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkAndReport } from './check.ts';
import { defaultContentDir, defaultOutDir, projectRoot } from './paths.ts';
import { publishDirectory } from './publish.ts';
import { indexFiles, setCurrentSearchIndex, startSearchIndex, type SearchIndex } from '../search/write-index.ts';
import { writeDataFilesAside } from '../open-data/write-files.ts';
import { siteContentFrom, type Collections } from '../site/site-content.ts';
import { siteSchema, type SiteConfig } from '../content-model/schemas.ts';
import { siteOverrides } from '../content-model/site-config.ts';
import type { ContentEntry } from '../content-model/load-content.ts';
import { handOverCheckedContent, type CheckedEntry } from '../content-model/astro-loader.ts';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  /** Publish only this organisation's part of the content (instead of site.yaml `home`). */
  home?: string;
  /** The subfolder the site is served from (instead of site.yaml `base`). */
  base?: string;
}

export async function runBuild(options: BuildOptions): Promise<number> {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir);
  const outDir = path.resolve(options.outDir ?? defaultOutDir);

  const timer = phaseTimer();
  // The command line's settings win over site.yaml, in this process and in the pages (src/content-model/site-config.ts).
  const overrides = { home: options.home, base: options.base };
  const baseProblem = options.base === undefined ? undefined : siteSchema.shape.base.safeParse(options.base).error;
  if (baseProblem) {
    console.error(`--base «${options.base}»: ${baseProblem.issues[0]?.message ?? 'неверная подпапка'}.`);
    return 1;
  }
  // Only the command line sets them: a variable left in the shell does not change the build.
  for (const [name, value] of [['KARTA_HOME', overrides.home], ['KARTA_BASE', overrides.base]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }

  const checked = timer.measure('check', () => checkedCollections(contentDir));
  if (!checked) {
    console.error('Сайт не собран: предыдущая сборка оставлена без изменений.');
    return 1;
  }
  const { collections, site } = checked;
  if (site.home && !collections.organizations.some((o) => o.id === site.home)) {
    console.error(`--home «${site.home}»: такой организации нет. Укажите идентификатор — имя её файла в папке organizations без .yaml.`);
    console.error('Сайт не собран: предыдущая сборка оставлена без изменений.');
    return 1;
  }

  // astro.config.mjs and the pages read site.yaml of this folder (src/content-model/site-config.ts); Astro's content
  // cache is kept per content folder, so that building another folder never serves entries cached from another.
  process.env.KARTA_CONTENT_DIR = contentDir;
  const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 12);

  try {
    // Written into the site before the previous one when it is there (src/cli/publish.ts).
    const { recycled } = await publishDirectory(outDir, async (staging) => {
      // Astro gets the checked entries, and of the roadmaps only those the site publishes.
      const published = siteContentFrom(collections, site);
      const publishedRoadmaps = new Set(published.roadmaps.map((r) => r.id));
      const forSite = { ...collections, roadmaps: collections.roadmaps.filter((r) => publishedRoadmaps.has(r.id)) };
      handOverCheckedContent(forSite);
      let dataWriter: ReturnType<typeof writeDataFilesAside> | undefined;
      let search: SearchIndex | undefined;
      try {
        // The open data and .ics files are written on the second core while this one starts Astro and renders.
        dataWriter = writeDataFilesAside(staging, forSite, site, published.builtAt);
        const data = dataWriter;
        const { build } = await import('astro');
        search = await startSearchIndex(staging);
        // The searched pages are rendered first and indexed while the rest is rendered (src/integrations/search-index.ts).
        setCurrentSearchIndex(search);
        await timer.measureAsync('pages', () => build({
          root: projectRoot,
          outDir: staging,
          cacheDir: path.join(projectRoot, '.karta', 'cache', cacheKey),
          logLevel: process.env.KARTA_LOG_LEVEL === 'info' ? 'info' : 'warn',
          // The staging folder is new and the data files are being written into it: nothing to empty.
          vite: { build: { emptyOutDir: false } },
        }));
        setCurrentSearchIndex(undefined);
        // Pagefind finishes the index in its process, if it has not yet; the data files are most likely written.
        // Both are waited for even when one fails: nothing may still be writing when the folder is removed.
        const index = search;
        timer.count('search pages handed over while rendering', () => index.handedOver());
        const done = await Promise.allSettled([
          timer.measureAsync('search index after pages', () => index.finish()),
          timer.measureAsync('data files after pages', () => data.done).then((seconds) => timer.record('data files (own process, beside pages)', seconds)),
        ]);
        for (const result of done) if (result.status === 'rejected') throw result.reason;
        // Pagefind leaves the index files it would write the same as they are (in a folder written over).
        return { unchangedFiles: indexFiles(staging) };
      } finally {
        setCurrentSearchIndex(undefined);
        handOverCheckedContent(undefined);
        await dataWriter?.stop();
        await search?.close();
      }
    });
    timer.count('written into the spare site', () => Number(recycled));
  } catch (error) {
    console.error(`\nСборка сайта не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Предыдущая сборка оставлена без изменений.');
    return 1;
  }
  console.log(`Сайт собран: ${path.relative(process.cwd(), outDir) || outDir}`);
  if (process.env.KARTA_TIMINGS) timer.report(process.env.KARTA_TIMINGS);
  return 0;
}

/** Each collection's entries, with their files and MDX bodies (see src/content-model/astro-loader.ts). */
type WithFiles = { [K in keyof Collections]: (Collections[K][number] & CheckedEntry)[] };

/**
 * Checks the content (printing every problem); when it has no errors, returns its collections as lists of entries
 * and the site's settings. Nothing else of the check is kept: the file texts and the data as read go before the
 * pages are built.
 */
function checkedCollections(contentDir: string): { collections: WithFiles; site: SiteConfig } | undefined {
  const content = checkAndReport(contentDir);
  if (!content) return undefined;
  const entries = <T>(map: Map<string, ContentEntry<T>>) =>
    [...map.values()].map(({ id, data, absoluteFile, body }) => ({ id, data, file: absoluteFile, ...(body === undefined ? {} : { body }) }));
  return {
    collections: {
      organizations: entries(content.organizations),
      people: entries(content.people),
      riskFactors: entries(content.riskFactors),
      glossary: entries(content.glossary),
      roadmaps: entries(content.roadmaps),
    },
    site: { ...content.site, ...siteOverrides() },
  };
}

/** Wall time of each build phase; with KARTA_TIMINGS=<file> they are written there as JSON (for `npm run bench`). */
function phaseTimer() {
  const phases: Record<string, number> = {};
  const counts: Record<string, () => number> = {};
  const started = performance.now();
  return {
    measure<T>(name: string, run: () => T): T {
      const t = performance.now();
      try {
        return run();
      } finally {
        phases[name] = (phases[name] ?? 0) + (performance.now() - t) / 1000;
      }
    },
    async measureAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
      const t = performance.now();
      try {
        return await run();
      } finally {
        phases[name] = (phases[name] ?? 0) + (performance.now() - t) / 1000;
      }
    },
    /** A phase that ran beside the others (its time is not part of the total). */
    record(name: string, seconds: number) {
      phases[name] = seconds;
    },
    /** A number the report gives as it is when written. */
    count(name: string, value: () => number) {
      counts[name] = value;
    },
    report(file: string) {
      const total = (performance.now() - started) / 1000;
      const numbers = Object.fromEntries(Object.entries(counts).map(([name, value]) => [name, value()]));
      writeFileSync(file, JSON.stringify({ phases, total, counts: numbers, peakRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 1));
    },
  };
}

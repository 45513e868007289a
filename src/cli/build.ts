// `karta build`: check the content, build the site (pages, open data, search index) into a fresh folder, and only
// when everything succeeded put it in place of the previous build.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultContentDir, defaultOutDir, projectRoot } from './paths.ts';
import { NothingWritten, publishDirectory } from './publish.ts';
import { setCurrentSearchIndex, startSearchIndex, type SearchIndex } from '../search/write-index.ts';
import { checkAndWriteDataFilesAside, type Aside } from './check-aside.ts';
import { buildDate, siteContentFrom, unknownHome } from '../site/site-content.ts';
import { siteSchema } from '../content-model/schemas.ts';
import { handOverCheckedContent } from '../content-model/astro-loader.ts';
import { readSiteConfig } from '../content-model/site-config.ts';

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

  // astro.config.mjs and the pages read site.yaml of this folder (src/content-model/site-config.ts); Astro's content
  // cache is kept per content folder, so that building another folder never serves entries cached from another.
  process.env.KARTA_CONTENT_DIR = contentDir;
  const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 12);

  // Set when the content has errors or --home names no organisation: the build stops, the reason has been printed.
  let rejected = false;
  try {
    // Written into the site before the previous one when it is there (src/cli/publish.ts).
    const { recycled } = await publishDirectory(outDir, async (staging) => {
      let aside: Aside | undefined;
      let search: SearchIndex | undefined;
      try {
        // The content is checked on the second core while this one starts Astro; the same process then writes the
        // open data and .ics files while the pages are rendered.
        aside = checkAndWriteDataFilesAside(contentDir, staging, buildDate());
        const data = aside;
        const started = performance.now();
        const checked = data.checked.then((content) => {
          timer.record('check (own process, beside Astro starting)', data.checkSeconds());
          timer.record('content there after', (performance.now() - started) / 1000);
          if (!content) {
            rejected = true;
            throw new Error('в содержимом есть ошибки');
          }
          const { collections, site } = content;
          if (unknownHome(collections, site)) {
            console.error(`--home «${site.home}»: такой организации нет. Укажите идентификатор — имя её файла в папке organizations без .yaml.`);
            rejected = true;
            throw new Error('нет такой организации');
          }
          // Astro gets the checked entries, and of the roadmaps only those the site publishes.
          const published = new Set(siteContentFrom(collections, site).roadmaps.map((r) => r.id));
          return { ...collections, roadmaps: collections.roadmaps.filter((r) => published.has(r.id)) };
        });
        handOverCheckedContent(checked);
        // Astro's configuration reads site.yaml as it starts: when it cannot, the check's report says why, in Russian.
        if (!readableSiteConfig(contentDir)) await checked;
        const { build } = await import('astro');
        search = await startSearchIndex(staging);
        // The searched pages are rendered first and indexed while the rest is rendered (src/integrations/search-index.ts).
        setCurrentSearchIndex(search);
        await timer.measureAsync('pages', () => build({
          root: projectRoot,
          outDir: staging,
          cacheDir: path.join(projectRoot, '.karta', 'cache', cacheKey),
          logLevel: process.env.KARTA_LOG_LEVEL === 'info' ? 'info' : 'warn',
          // The data files are being written into the staging folder, which may be the spare: nothing to empty.
          // (For the same reason Astro's experimental incremental build must stay off: it would not write the pages
          // already in the spare, and they would be removed as not rewritten.)
          vite: { build: { emptyOutDir: false } },
        }));
        // The pages were made from the checked content (Astro's content loader waits for it).
        await checked;
        setCurrentSearchIndex(undefined);
        // Pagefind finishes the index in its process, if it has not yet; the data files are most likely written.
        // Both are waited for even when one fails: nothing may still be writing when the folder is removed.
        const index = search;
        timer.count('search pages handed over while rendering', () => index.handedOver());
        const done = await Promise.allSettled([
          timer.measureAsync('search index after pages', () => index.finish()),
          timer.measureAsync('data files after pages', () => data.dataFiles).then((seconds) => timer.record('data files (own process, beside pages)', seconds)),
        ]);
        for (const result of done) if (result.status === 'rejected') throw result.reason;
      } catch (error) {
        // Content errors come first: Astro may fail on them (site.yaml) before the check has reported them.
        await aside?.checked.then((content) => void (rejected ||= !content), () => {});
        throw rejected ? new NothingWritten(error instanceof Error ? error.message : String(error)) : error;
      } finally {
        setCurrentSearchIndex(undefined);
        handOverCheckedContent(undefined);
        await aside?.stop();
        await search?.close();
      }
    }, { writtenAfresh: ['pagefind'] });
    timer.count('written into the spare site', () => Number(recycled));
  } catch (error) {
    if (!rejected) console.error(`\nСборка сайта не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error(rejected ? 'Сайт не собран: предыдущая сборка оставлена без изменений.' : 'Предыдущая сборка оставлена без изменений.');
    return 1;
  }
  console.log(`Сайт собран: ${path.relative(process.cwd(), outDir) || outDir}`);
  if (process.env.KARTA_TIMINGS) timer.report(process.env.KARTA_TIMINGS);
  return 0;
}

function readableSiteConfig(contentDir: string): boolean {
  try {
    readSiteConfig(contentDir);
    return true;
  } catch {
    return false;
  }
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

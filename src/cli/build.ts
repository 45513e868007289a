// `karta build`: check the content, build the site (pages, open data, search index) into a fresh folder, and only
// when everything succeeded put it in place of the previous build.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkAndReport } from './check.ts';
import type { LoadedContent } from '../content-model/load-content.ts';
import { defaultContentDir, defaultOutDir, projectRoot } from './paths.ts';
import { publishDirectory } from './publish.ts';
import { setCurrentSearchIndex, startSearchIndex } from '../search/write-index.ts';
import { writeDataFiles } from '../open-data/write-files.ts';
import { siteContentFrom } from '../site/site-content.ts';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
}

export async function runBuild(options: BuildOptions): Promise<number> {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir);
  const outDir = path.resolve(options.outDir ?? defaultOutDir);

  const timer = phaseTimer();
  const content = timer.measure('check', () => checkAndReport(contentDir));
  if (!content) {
    console.error('Сайт не собран: предыдущая сборка оставлена без изменений.');
    return 1;
  }

  // content.config.ts and astro.config.mjs read the content folder from here; Astro's content cache is kept per
  // content folder, so that building another folder never serves entries cached from the previous one.
  process.env.KARTA_CONTENT_DIR = contentDir;
  const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 12);

  try {
    await publishDirectory(outDir, async (staging) => {
      const { build } = await import('astro');
      const search = await startSearchIndex();
      try {
        // Pages go to the search index as they are rendered (src/middleware.ts); Pagefind works meanwhile.
        setCurrentSearchIndex(search);
        await timer.measureAsync('pages', () => build({
          root: projectRoot,
          outDir: staging,
          cacheDir: path.join(projectRoot, '.karta', 'cache', cacheKey),
          logLevel: process.env.KARTA_LOG_LEVEL === 'info' ? 'info' : 'warn',
        }));
        setCurrentSearchIndex(undefined);
        // Pagefind finishes the index in its process while this one writes the data files from the checked content.
        const published = siteContentFrom(collectionsOf(content), content.site);
        await Promise.all([
          timer.measureAsync('search index', () => search.write(staging)),
          timer.measureAsync('data files', () => writeDataFiles(staging, published)),
        ]);
      } finally {
        setCurrentSearchIndex(undefined);
        await search.close();
      }
    });
  } catch (error) {
    console.error(`\nСборка сайта не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Предыдущая сборка оставлена без изменений.');
    return 1;
  }
  console.log(`Сайт собран: ${path.relative(process.cwd(), outDir) || outDir}`);
  if (process.env.KARTA_TIMINGS) timer.report(process.env.KARTA_TIMINGS);
  return 0;
}

/** The checked collections as lists of entries. */
function collectionsOf(content: LoadedContent) {
  const entries = <T>(map: Map<string, { id: string; data: T }>) => [...map.values()].map(({ id, data }) => ({ id, data }));
  return {
    organizations: entries(content.organizations),
    people: entries(content.people),
    riskFactors: entries(content.riskFactors),
    glossary: entries(content.glossary),
    roadmaps: entries(content.roadmaps),
  };
}

/** Wall time of each build phase; with KARTA_TIMINGS=<file> they are written there as JSON (for `npm run bench`). */
function phaseTimer() {
  const phases: Record<string, number> = {};
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
    report(file: string) {
      const total = (performance.now() - started) / 1000;
      writeFileSync(file, JSON.stringify({ phases, total, peakRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 1));
    },
  };
}

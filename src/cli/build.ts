// `karta build`: check the content, build the site (pages, open data, search index) into a fresh folder, and only
// when everything succeeded put it in place of the previous build. The site is rendered in a child process
// (render-pages.ts); this one keeps the search index, which it writes once that process has ended.
import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { defaultContentDir, defaultOutDir, projectRoot } from './paths.ts';
import { publishDirectory } from './publish.ts';
import { takeBuildLock } from './build-lock.ts';
import { writeBuildRecord } from './build-record.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { phaseTimer } from './phase-timer.ts';
import { giveWay } from './give-way.ts';
import { renderPagesAside, type PagesAside } from './render-pages.ts';
import { startSearchIndex, type SearchIndex } from '../search/write-index.ts';

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

  if (!onProjectFileSystem(outDir)) {
    console.error(
      `Сборка сайта не удалась: папка ${outDir} находится на другом диске (файловой системе), чем проект (${projectRoot}), а Astro переносит` +
        ' в папку сайта свои файлы переименованием. Соберите сайт в папку на диске проекта (например, dist) и скопируйте его оттуда.',
    );
    return 1;
  }
  const lock = takeBuildLock(projectRoot);
  if ('heldBy' in lock) {
    console.error(
      `Сборка не начата: в этом проекте уже идёт сборка (процесс ${lock.heldBy.pid}${lock.heldBy.host === hostname() ? '' : ` на ${lock.heldBy.host}`}). ` +
        'Дождитесь её окончания и запустите снова: две сборки одного проекта одновременно мешают друг другу.',
    );
    return 1;
  }
  try {
    return await build(contentDir, outDir, options);
  } finally {
    lock.release();
  }
}

async function build(contentDir: string, outDir: string, options: BuildOptions): Promise<number> {
  const timer = phaseTimer();
  // The command line's settings win over site.yaml, in the processes of the build and in the pages
  // (src/content-model/site-config.ts). Only the command line sets them: a variable left in the shell does not
  // change the build.
  for (const [name, value] of [['KARTA_HOME', options.home], ['KARTA_BASE', options.base]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  // astro.config.mjs and the pages read site.yaml of this folder (src/content-model/site-config.ts).
  process.env.KARTA_CONTENT_DIR = contentDir;

  // Set when the content has errors or --home names no organisation: the build stops, the reason has been printed.
  let rejected = false;
  let peakRssBytes = 0;
  try {
    await publishDirectory(outDir, async (staging) => {
      let search: SearchIndex | undefined;
      let pages: PagesAside | undefined;
      try {
        // The searched pages that came before the index was started.
        const early: [string[], number][] = [];
        pages = renderPagesAside({ contentDir, siteDir: staging }, (files, total) => (search ? search.add(files, total) : early.push([files, total])));
        const rendering = pages;
        // Pagefind, started from this process, gives way to the rendering process started before it.
        giveWay();
        search = await startSearchIndex(staging);
        const index = search;
        for (const [files, total] of early) index.add(files, total);
        const outcome = await timer.measureAsync('pages and data files (own process)', () => rendering.ended);
        if (outcome.kind === 'rejected') {
          rejected = true;
          throw new Error(outcome.reason);
        }
        if (outcome.kind === 'failed') throw new Error(outcome.error);
        timer.add(outcome.timings);
        peakRssBytes = outcome.peakRssBytes;
        // Pagefind has indexed the pages as they came, or finishes now; then it writes the index.
        await timer.measureAsync('search index after pages', () => index.finish());
        writeBuildRecord(staging, { base: readSiteConfig(contentDir).base });
      } finally {
        await pages?.stop();
        await search?.close();
      }
    });
  } catch (error) {
    if (!rejected) console.error(`\nСборка сайта не удалась: ${error instanceof Error ? error.message : String(error)}`);
    console.error(rejected ? 'Сайт не собран: предыдущая сборка оставлена без изменений.' : 'Предыдущая сборка оставлена без изменений.');
    return 1;
  }
  console.log(`Сайт собран: ${path.relative(process.cwd(), outDir) || outDir}`);
  if (!readSiteConfig(contentDir).url) {
    console.warn(
      'Предупреждение: в site.yaml нет url (публичного адреса сайта). Ссылки из файлов календаря (.ics) на пункты карт ' +
        'поэтому относительные: в календаре телефона или почты, куда файл подписан, они не откроются. Добавьте, например, url: https://school12.example.ru',
    );
  }
  if (process.env.KARTA_TIMINGS) timer.report(process.env.KARTA_TIMINGS, Math.max(peakRssBytes, process.resourceUsage().maxRSS * 1024));
  return 0;
}

/** Whether `dir` (or, while it does not exist, the nearest folder above it) is on the project's file system. */
function onProjectFileSystem(dir: string): boolean {
  const projectDevice = statSync(projectRoot).dev;
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    try {
      return statSync(at).dev === projectDevice;
    } catch {
      if (path.dirname(at) === at) return true; // nothing above exists: mkdir will report it
    }
  }
}

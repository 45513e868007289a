// `karta build`: check the content, build the site (pages, open data, search index) into a fresh folder, and only
// when everything succeeded put it in place of the previous build.
//
// Two ways to build the same site. The parallel one is what keeps a region of a thousand schools in its budget: the
// site is rendered in a child process (render-pages.ts) while the content is checked and the data files are written
// in others, and this process indexes the pages for search as they come (docs/architecture.md). The plain one does
// it one step after another in this process — check, `astro build`, data files, Pagefind — and relies on no internal
// of Astro's (the parallel one does: src/build/astro-internals.test.ts names them), so the next upgrade of Astro can
// always fall back to it. A site of fewer than `parallelFrom` roadmaps is built the plain way: each of the parallel
// way's processes loads its modules and the content anew, which costs a small site more than it gains (a school's
// site builds as soon, with a fifth to a quarter less processor time; docs/benchmark.md). `--plain` and `--parallel`
// choose.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { astroWorkingDir, defaultContentDir, defaultOutDir, projectRoot } from './paths.ts';
import { publishDirectory } from './publish.ts';
import { takeBuildLock } from './build-lock.ts';
import { writeBuildRecord } from './build-record.ts';
import { definedOverrides, readSiteConfig, type SiteOverrides } from '../content-model/site-config.ts';
import { collectionFileCount, displayPath } from '../content-model/content-files.ts';
import { buildDate } from '../content-model/build-date.ts';
import type { SiteConfig } from '../content-model/schemas.ts';
import { phaseTimer, type PhaseTimer } from './phase-timer.ts';
import { giveWay } from './give-way.ts';
import { renderPagesAside, type PagesAside } from './render-pages.ts';
import { startSearchIndex, type SearchIndex } from '../search/write-index.ts';
import { checkAndReport } from './check-and-report.ts';
import { astroConfig, checkedContentOf, overridesProblem, pagesContentOf, settingsProblem } from './build-inputs.ts';
import { handOverCheckedContent } from '../site/checked-content.ts';
import { siteContentFrom } from '../site/site-content.ts';
import { writeDataFiles } from './write-data-files.ts';
import type { BuildSettings } from './protocol.ts';
import {
  defaultDocumentsCache,
  documentJobs,
  documentsDisabled,
  documentsReport,
  writeOfficeDocuments,
  writePdfDocuments,
  type DocumentsOutcome,
  type OfficeOutcome,
} from './make-documents.ts';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  /**
   * Instead of site.yaml: publish only this organisation's part of the content (`home`), from this subfolder
   * (`base`), under this name (`title`, `description`) and address (`url`).
   */
  overrides?: SiteOverrides;
  /** The way to build (see above) instead of the one chosen by the number of roadmaps. */
  way?: BuildWay;
  /** A file to write the phases' times into (for the benchmark). */
  timings?: string;
  /** The Chromium that prints the PDFs; «none»: make none (src/build/print-pdf.ts). */
  browser?: string;
  /** Make no documents of the roadmaps (PDF, Word, Excel): `--documents none`, for a quick look at a large site. */
  noDocuments?: boolean;
  /** Where the documents are kept between builds (instead of .karta/cache/documents; the benchmark's own). */
  documentsCache?: string;
}

export type BuildWay = 'plain' | 'parallel';

/** The number of roadmaps from which a site is built the parallel way (see above). */
export const parallelFrom = 50;

/** The way a content folder is built when none is asked for. */
export function buildWayFor(contentDir: string): BuildWay {
  return collectionFileCount(contentDir, 'roadmaps') < parallelFrom ? 'plain' : 'parallel';
}

export async function runBuild(options: BuildOptions): Promise<number> {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir);
  const outDir = path.resolve(options.outDir ?? defaultOutDir);

  if (!onProjectFileSystem(outDir)) {
    console.error(
      `Сборка сайта не удалась: папка ${outDir} находится на другом диске (файловой системе), ` +
        `чем проект (${projectRoot}), а Astro переносит` +
        ' в папку сайта свои файлы переименованием. ' +
        'Соберите сайт в папку на диске проекта (например, dist) и скопируйте его оттуда.',
    );
    return 1;
  }
  const lock = takeBuildLock(projectRoot);
  if ('heldBy' in lock) {
    const onHost = lock.heldBy.host === hostname() ? '' : ` на ${lock.heldBy.host}`;
    console.error(
      `Сборка не начата: в этом проекте уже идёт сборка (процесс ${lock.heldBy.pid}${onHost}). ` +
        'Дождитесь её окончания и запустите снова: две сборки одного проекта одновременно мешают друг другу.',
    );
    return 1;
  }
  const settings: BuildSettings = {
    contentDir,
    overrides: definedOverrides(options.overrides ?? {}),
    builtAt: buildDate(),
    verbose: Boolean(process.env.KARTA_DEBUG),
    documents: !options.noDocuments,
    documentsCache: path.resolve(options.documentsCache ?? defaultDocumentsCache),
    ...(options.browser === undefined ? {} : { browser: options.browser }),
  };
  try {
    return await build(settings, outDir, options, options.way ?? buildWayFor(contentDir));
  } finally {
    lock.release();
  }
}

/** Thrown when the content has errors, or an option instead of site.yaml is wrong: the reason has been printed. */
class Rejected extends Error {}

async function build(settings: BuildSettings, outDir: string, options: BuildOptions, way: BuildWay): Promise<number> {
  const timer = phaseTimer();
  let peakRssBytes = 0;
  let site: SiteConfig | undefined;
  let documents: DocumentsOutcome | undefined;
  try {
    const problem = overridesProblem(settings.overrides);
    if (problem) {
      console.error(problem);
      throw new Rejected(problem);
    }
    await publishDirectory(outDir, async (staging) => {
      if (way === 'plain') documents = await plainBuild(settings, staging, timer);
      else ({ peakRssBytes, documents } = await parallelBuild(settings, staging, timer));
      site = readSiteConfig(settings.contentDir, settings.overrides);
      writeBuildRecord(staging, { base: site.base });
    });
  } catch (error) {
    const rejected = error instanceof Rejected;
    if (!rejected) {
      console.error(`\nСборка сайта не удалась: ${error instanceof Error ? error.message : String(error)}`);
      if (!settings.verbose)
        console.error('Подробности для разработчика (журнал Astro): запустите сборку снова с KARTA_DEBUG=1.');
    }
    // A previous site is said to be kept only when there is one.
    const kept = existsSync(outDir);
    if (rejected)
      console.error(kept ? 'Сайт не собран: предыдущая сборка оставлена без изменений.' : 'Сайт не собран.');
    else if (kept) console.error('Предыдущая сборка оставлена без изменений.');
    return 1;
  }
  console.log(`Сайт собран: ${displayPath(outDir)}`);
  if (!settings.documents) console.log(documentsDisabled);
  else if (documents) {
    for (const line of documentsReport(documents))
      (line.startsWith('Предупреждение') ? console.warn : console.log)(line);
    timer.count('documents: PDFs printed', () => documents!.made.pdf);
    timer.count('documents: total bytes', () => documents!.totalBytes);
    timer.count('documents: pages told their sizes after rendering', () => documents!.pagesToldSizes);
  }
  if (!site?.url) {
    console.warn(
      'Предупреждение: у сайта нет url (публичного адреса: в site.yaml или karta build --url). ' +
        'Ссылки из файлов календаря (.ics) на пункты карт ' +
        'поэтому относительные: в календаре телефона или почты, куда файл подписан, они не откроются. ' +
        'Добавьте, например, url: https://school12.example.ru',
    );
  }
  if (options.timings)
    timer.report(options.timings, way, Math.max(peakRssBytes, process.resourceUsage().maxRSS * 1024));
  return 0;
}

/** The roadmaps' PDFs (src/build/make-documents.ts), printed from the staging folder under the site's base path. */
async function pdfDocuments(
  settings: BuildSettings,
  staging: string,
  office: OfficeOutcome,
): Promise<DocumentsOutcome> {
  const { base } = readSiteConfig(settings.contentDir, settings.overrides);
  const { startChromiumPrinter } = await import('./print-pdf.ts');
  return writePdfDocuments(
    staging,
    base,
    office.jobs,
    settings.documentsCache,
    (dir, at) => startChromiumPrinter(dir, at, settings.browser),
    office,
  );
}

/** The parallel build (see the top of this file); returns the peak memory of the rendering process. */
async function parallelBuild(
  settings: BuildSettings,
  staging: string,
  timer: PhaseTimer,
): Promise<{ peakRssBytes: number; documents: DocumentsOutcome }> {
  let search: SearchIndex | undefined;
  let pages: PagesAside | undefined;
  try {
    // The searched pages that came before the index was started.
    const early: [string[], number][] = [];
    pages = renderPagesAside({ ...settings, siteDir: staging }, (files, total) =>
      search ? search.add(files, total) : early.push([files, total]),
    );
    const rendering = pages;
    // Pagefind, started from this process, gives way to the rendering process started before it.
    giveWay();
    search = await startSearchIndex(
      staging,
      () => readSiteConfig(settings.contentDir, settings.overrides).searchByMunicipalityFrom,
    );
    const index = search;
    for (const [files, total] of early) index.add(files, total);
    // The pages are written once the process says so; it gives back its memory while Pagefind begins to write.
    const outcome = await timer.measureAsync('pages and data files (own process)', () => rendering.reported);
    if (outcome.kind === 'rejected') throw new Rejected(outcome.reason);
    if (outcome.kind === 'failed') throw new Error(outcome.error);
    timer.add(outcome.timings);
    // Pagefind has indexed the pages as they came, or finishes now; then it writes the index, mostly on one core,
    // while the PDFs of the roadmaps that changed are printed on the other. The documents are put in place once
    // Pagefind has been asked to write: placing them keeps this process busy, and Pagefind's last questions would wait.
    const written = timer.measureAsync('search index after pages', () => index.finish());
    written.catch(() => {}); // awaited below
    await index.writing();
    const documents = await timer.measureAsync('documents (PDF) after pages', () =>
      pdfDocuments(settings, staging, outcome.office),
    );
    await written;
    const ended = await rendering.ended;
    if (ended.kind === 'failed') throw new Error(ended.error);
    return { peakRssBytes: outcome.peakRssBytes, documents };
  } finally {
    await pages?.stop();
    await search?.close();
  }
}

/** The plain build: check, `astro build`, data files, documents, Pagefind, one after another, in this process. */
async function plainBuild(settings: BuildSettings, staging: string, timer: PhaseTimer): Promise<DocumentsOutcome> {
  const loaded = timer.measure('check', () => checkAndReport(settings.contentDir, settings.builtAt));
  if (!loaded) throw new Rejected('в содержимом есть ошибки');
  const content = checkedContentOf(loaded, settings.overrides);
  const problem = settingsProblem(content);
  if (problem) {
    console.error(problem);
    throw new Rejected(problem);
  }
  const site = siteContentFrom(content.collections, content.site, settings.builtAt);
  const { jobs, sizes } = documentJobs(site, settings);
  handOverCheckedContent(Promise.resolve(pagesContentOf(content, settings.builtAt, Promise.resolve(sizes))));
  const { build } = await import('astro');
  // Astro builds from a folder of the project's (src/build/paths.ts, astroWorkingDir).
  const cwd = process.cwd();
  mkdirSync(astroWorkingDir, { recursive: true });
  process.chdir(astroWorkingDir);
  try {
    await timer.measureAsync('pages', () => build(astroConfig(settings, content.site, staging)));
  } finally {
    process.chdir(cwd);
    handOverCheckedContent(undefined);
  }
  timer.measure('data files', () => writeDataFiles(staging, site, content.attachments));
  const office = await timer.measureAsync('documents (Word, Excel)', () =>
    writeOfficeDocuments(staging, site, settings.documentsCache, jobs),
  );
  const documents = await timer.measureAsync('documents (PDF)', () => pdfDocuments(settings, staging, office));
  const index = await startSearchIndex(staging, () => content.site.searchByMunicipalityFrom);
  try {
    await timer.measureAsync('search index', () => index.finish());
  } finally {
    await index.close();
  }
  return documents;
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

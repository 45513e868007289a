// The child process of `renderPagesAside` (render-pages.ts): it builds everything of the site but the search index
// into the staging folder — the content is checked and the data files are written by its own child processes
// (check-aside.ts), the pages by Astro — and hands over the searched pages as they are written. It ends when it is
// done, and with it the memory Astro and Vite took, before the search index is written.
//
// It starts the check first and loads everything else while the content is checked: only what that needs is
// imported here, the rest below.
import { checkAndWriteDataFilesAside, type Aside } from './check-aside.ts';
import { phaseTimer } from './phase-timer.ts';
import type { PagesJob, PagesMessage } from './render-pages.ts';
import { buildDate } from '../content-model/build-date.ts';

const send = (message: PagesMessage) => new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));

async function renderPages({ contentDir, siteDir }: PagesJob): Promise<PagesMessage> {
  const timer = phaseTimer();
  // Set when the content has errors, or --home or --base is wrong: the build stops, the reason has been printed.
  let rejected = false;
  let aside: Aside | undefined;
  try {
    // The content is checked on the second core while this one starts Astro; another process then writes the
    // open data and .ics files while the pages are rendered, as of the same day as the pages.
    aside = checkAndWriteDataFilesAside(contentDir, siteDir, buildDate());
    const data = aside;
    const started = performance.now();
    const [{ createHash }, { join }, { projectRoot }, { siteContentFrom, unknownHome }, { siteSchema }, { handOverCheckedContent }, { readSiteConfig }, { setWrittenPagesSink }] = await Promise.all([
      import('node:crypto'),
      import('node:path'),
      import('./paths.ts'),
      import('../site/site-content.ts'),
      import('../content-model/schemas.ts'),
      import('../content-model/astro-loader.ts'),
      import('../content-model/site-config.ts'),
      import('../search/searched-pages.ts'),
    ]);
    // Astro puts the bundle it prerenders from beside the working folder, where its packages must be found: the
    // project's. (The check, started before, keeps the caller's, to name files as the caller sees them.)
    process.chdir(projectRoot);
    const base = process.env.KARTA_BASE; // karta build --base
    const baseProblem = base === undefined ? undefined : siteSchema.shape.base.safeParse(base).error;
    if (baseProblem) {
      console.error(`--base «${base}»: ${baseProblem.issues[0]?.message ?? 'неверная подпапка'}.`);
      rejected = true;
      throw new Error('неверная подпапка');
    }
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
    // Without checked content the pages wait for ever (src/content-model/astro-loader.ts): the build ends here.
    checked.catch(async (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      await data.stop();
      await send(rejected ? { kind: 'rejected', reason } : { kind: 'failed', error: reason }).catch(() => {});
      process.exit(1);
    });
    // Astro's configuration reads site.yaml as it starts: when it cannot, the check's report says why, in Russian.
    if (!readable(() => readSiteConfig(contentDir))) await checked;
    const { build } = await import('astro');
    // The searched pages are rendered first and handed over while the rest is rendered (src/integrations/search-index.ts).
    let handedOver = 0;
    let fromBytes = 0;
    let readBack = 0;
    setWrittenPagesSink({
      searched(files, total) {
        handedOver += files.length;
        void send({ kind: 'searched', files: [...files], total }).catch(() => {}); // a parent that is gone has stopped the build
      },
      written: (fromRenderedBytes) => void (fromRenderedBytes ? fromBytes++ : readBack++),
    });
    timer.count('search pages handed over while rendering', () => handedOver);
    timer.count('pages written from the rendered bytes', () => fromBytes);
    timer.count('pages written from their response read back', () => readBack);
    await timer.measureAsync('pages', () => build({
      root: projectRoot,
      outDir: siteDir,
      // Astro's content cache is kept per content folder, so that building another folder never serves entries
      // cached from another.
      cacheDir: join(projectRoot, '.karta', 'cache', createHash('sha1').update(contentDir).digest('hex').slice(0, 12)),
      logLevel: process.env.KARTA_LOG_LEVEL === 'info' ? 'info' : 'warn',
      // The data files are being written into the staging folder meanwhile: nothing to empty.
      vite: { build: { emptyOutDir: false } },
    }));
    // The pages were made from the checked content (Astro's content loader waits for it).
    await checked;
    timer.record('data files (own process, beside pages)', await timer.measureAsync('data files after pages', () => data.dataFiles));
    return { kind: 'rendered', timings: timer.timings(), peakRssBytes: process.resourceUsage().maxRSS * 1024 };
  } catch (error) {
    // Content errors come first: Astro may fail on them (site.yaml) before the check has reported them.
    await aside?.checked.then((content) => void (rejected ||= !content), () => {});
    if (rejected) return { kind: 'rejected', reason: error instanceof Error ? error.message : String(error) };
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    // Nothing may still be writing when the staging folder is removed after a failure.
    await aside?.stop();
  }
}

function readable(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

process.once('message', async (job: PagesJob) => {
  const result = await renderPages(job);
  await send(result).catch(() => {});
  // Astro may leave a service running (Vite's esbuild): this process is done, and its memory goes with it.
  process.exit(result.kind === 'rendered' ? 0 : 1);
});

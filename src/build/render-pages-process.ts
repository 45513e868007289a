// The child process of `renderPagesAside` (render-pages.ts): it builds everything of the site but the search index
// into the staging folder — the content is checked and the data files are written by its own child processes
// (check-aside.ts), the pages by Astro — and hands over the searched pages as they are written. It ends when it is
// done, and with it the memory Astro and Vite took, before the search index is written.
//
// It starts the check first and loads everything else while the content is checked: only what that needs is
// imported here, the rest below.
import { mkdirSync } from 'node:fs';
import { checkAndWriteDataFilesAside, type Aside } from './check-aside.ts';
import { phaseTimer } from './phase-timer.ts';
import type { SiteConfig } from '../content-model/schemas.ts';
import type { PagesJob, PagesMessage } from './protocol.ts';

const send = (message: PagesMessage) =>
  new Promise<void>((resolve, reject) =>
    process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );

/**
 * Ends this process at once. Not with process.exit(): in Node 24 it waits for V8's helper threads, and one that is
 * compiling may wait for a garbage collection on this thread, which never comes (nodejs/node#54918, #64274), so the
 * process, and the build with it, can hang for ever. A kill leaves nothing to wait for. The parent has been told the
 * outcome before; a kill after a build it was told of as rendered fails that build (src/build/render-pages.ts).
 */
function endNow(): void {
  process.kill(process.pid, 'SIGKILL');
}

async function renderPages({
  contentDir,
  siteDir,
  overrides,
  builtAt,
  verbose,
  documents,
  documentsCache,
}: PagesJob): Promise<PagesMessage> {
  const timer = phaseTimer();
  // Set when the content has errors, or an option instead of site.yaml is wrong: the build stops, the reason has been
  // printed.
  let rejected = false;
  let aside: Aside | undefined;
  try {
    // The content is checked on the second core while this one starts Astro; another process then writes the
    // open data and .ics files while the pages are rendered, as of the same day as the pages.
    aside = checkAndWriteDataFilesAside({ contentDir, overrides, builtAt }, siteDir, {
      documents,
      documentsCache,
    });
    const data = aside;
    const started = performance.now();
    const [
      { astroWorkingDir },
      { handOverCheckedContent },
      { readSiteConfig },
      { setWrittenPagesSink },
      { astroConfig, pagesContentOf, settingsProblem },
    ] = await Promise.all([
      import('./paths.ts'),
      import('../site/checked-content.ts'),
      import('../content-model/site-config.ts'),
      import('../search/searched-pages.ts'),
      import('./build-inputs.ts'),
    ]);
    // Astro builds from a folder of the project's (src/build/paths.ts, astroWorkingDir). (The check, started
    // before, keeps the caller's, to name files as the caller sees them.)
    mkdirSync(astroWorkingDir, { recursive: true });
    process.chdir(astroWorkingDir);
    const checked = data.checked.then((content) => {
      timer.record('check (own process, beside Astro starting)', data.checkSeconds());
      timer.record('content there after', (performance.now() - started) / 1000);
      if (!content) {
        rejected = true;
        throw new Error('в содержимом есть ошибки');
      }
      const problem = settingsProblem(content);
      if (problem) {
        console.error(problem);
        rejected = true;
        throw new Error(problem);
      }
      return pagesContentOf(content, builtAt, data.documentSizes);
    });
    handOverCheckedContent(checked);
    // Without checked content the pages wait for ever (src/site/checked-content.ts): the build ends here.
    checked.catch(async (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      await data.stop();
      await send(rejected ? { kind: 'rejected', reason } : { kind: 'failed', error: reason }).catch(() => {});
      endNow();
    });
    // The base path and address are Astro's configuration, needed as it starts: from site.yaml, read here (when it
    // cannot be read, the check's report says why, in Russian).
    let site: SiteConfig | undefined;
    try {
      site = readSiteConfig(contentDir, overrides);
    } catch {
      await checked;
    }
    const { build } = await import('astro');
    // The searched pages are rendered first and handed over while the rest is rendered
    // (src/build/astro-integration.ts).
    let handedOver = 0;
    let fromBytes = 0;
    let readBack = 0;
    setWrittenPagesSink({
      searched(files, total) {
        handedOver += files.length;
        // A parent that is gone has stopped the build.
        void send({ kind: 'searched', files: [...files], total }).catch(() => {});
      },
      written: (fromRenderedBytes) => void (fromRenderedBytes ? fromBytes++ : readBack++),
    });
    timer.count('search pages handed over while rendering', () => handedOver);
    timer.count('pages written from the rendered bytes', () => fromBytes);
    timer.count('pages written from their response read back', () => readBack);
    await timer.measureAsync('pages', () => build(astroConfig({ verbose }, site, siteDir)));
    // The pages were made from the checked content (src/site/page-content.ts waits for it).
    await checked;
    const written = await timer.measureAsync('data files after pages', () => data.dataFiles);
    timer.record('data files and office documents (own process, beside pages)', written.seconds);
    return {
      kind: 'rendered',
      timings: timer.timings(),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      office: written.office,
    };
  } catch (error) {
    // Content errors come first: Astro may fail on them (site.yaml) before the check has reported them.
    await aside?.checked.then(
      (content) => void (rejected ||= !content),
      () => {},
    );
    if (rejected) return { kind: 'rejected', reason: error instanceof Error ? error.message : String(error) };
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    // Nothing may still be writing when the staging folder is removed after a failure.
    await aside?.stop();
  }
}

process.once('message', async (job: PagesJob) => {
  const result = await renderPages(job);
  await send(result).catch(() => {});
  // The process ends as its work has, nothing being left running; not by process.exit(), which can hang for ever in
  // Node 24 when V8 is still compiling on a helper thread (see endNow). Should something of Astro's still run after
  // a while, the process is killed, and the build fails saying so rather than waiting for ever.
  process.exitCode = result.kind === 'rendered' ? 0 : 1;
  if (process.connected) process.disconnect();
  setTimeout(endNow, 10_000).unref();
});

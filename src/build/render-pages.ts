// `karta build` renders the site in a child process (render-pages-process.ts) and keeps only the search index in its
// own: Pagefind takes most of its memory when it writes the index, and Astro, Vite and the content take as much in
// the process that renders; so the index is written only once that process has rendered everything and is ending
// (its memory goes in a fraction of a second, Pagefind's grows over seconds). The searched pages come
// from it in batches while it renders, and Pagefind indexes them meanwhile.
import { startChild } from './child-process.ts';
import type { PagesJob, PagesMessage, PagesOutcome } from './protocol.ts';

export interface PagesAside {
  /**
   * Settles when the child process has ended: how it ended (a failure of its own or an end without a word is
   * `failed`).
   */
  ended: Promise<PagesOutcome>;
  /**
   * Settles when the process has said how it ended, as it begins to end (giving back its memory takes the kernel a
   * while), or when it has ended without a word; `ended` says whether it ended as it said.
   */
  reported: Promise<PagesOutcome>;
  /** Ends the process early (after a failure here) and waits for it to end. */
  stop: () => Promise<void>;
}

/**
 * Starts rendering the site of `job` in a child process; `searched` gets the searched pages as they are written, and
 * how many the site has in all.
 */
export function renderPagesAside(job: PagesJob, searched: (files: string[], total: number) => void): PagesAside {
  // V8 sizes its heap for the machine (on one with much memory: a young generation of up to 32 MB a half, an old one
  // left to double before it is collected), and a region's rendering leaves as much garbage as it keeps: the old
  // generation may grow by 70 % only (at 100 % the build's peak memory is some 40 MB higher, and no faster; at 50 % it
  // is no lower). The young one is twice V8's 32 MB: much of what a page makes outlives a scavenge, and
  // at 32 MB a region's scavenges take markedly longer on the longest path of the build, while 64 MB raises the
  // build's peak memory by a few MB only. Without pretenuring: V8 moves the allocations of some page-rendering code
  // straight to the old generation, where they die, and each full collection marks the whole content again on helper
  // threads; without it (and with the page bytes released as they are written, src/build/release-bytes.ts)
  // there are fewer full collections and cheaper scavenges. Figures: docs/benchmark.md.
  const child = startChild(new URL('./render-pages-process.ts', import.meta.url), [
    '--max-semi-space-size=64',
    '--heap-growing-percent=70',
    '--no-allocation-site-pretenuring',
  ]);
  let outcome: PagesOutcome | undefined;
  let report!: (outcome: PagesOutcome) => void;
  const reported = new Promise<PagesOutcome>((resolve) => {
    report = resolve;
  });
  child.process.on('message', (message: PagesMessage) => {
    if (message.kind === 'searched') searched(message.files, message.total);
    else report((outcome = message));
  });
  const ended = child.closed.then(({ code, signal }): PagesOutcome => {
    if (outcome?.kind === 'rendered' && code !== 0) outcome = undefined;
    const how = signal ? `по сигналу ${signal}` : `с кодом ${code}`;
    return (
      outcome ?? {
        kind: 'failed',
        error: `страницы не собраны: ${child.failure() || `процесс сборки страниц завершился ${how}`}`,
      }
    );
  });
  void ended.then(report);
  const stop = async () => {
    child.stop();
    await ended;
  };
  child.send(job);
  return { ended, reported, stop };
}

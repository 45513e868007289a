// Astro's part of `karta build`. It waits for the checked content before anything is rendered (Astro bundles the
// pages meanwhile). And during the parallel build (src/build/build.ts), the roadmap and organisation pages (the
// searched ones) are rendered first and handed over to the search index in batches as soon as they are written
// (src/search/searched-pages.ts): Pagefind indexes them in its own process on the second core while Astro renders the
// rest. It wraps Astro's prerenderer (the `astro:build:start` hook); builds without an index (plain `astro build`) are
// left alone.
//
// The pages of routes with parameters (a region's thousands: roadmaps, organisations, their calendars) are written
// here, synchronously, and Astro gets an empty response, for which it writes nothing: Astro awaits a folder and a
// file of each page on the thread pool, which on this kind of disk costs about three times as long.
import { mkdirSync, writeFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchedRoutes, writtenPagesSink } from '../search/searched-pages.ts';
import { checkedContentReady } from '../site/checked-content.ts';
import { usedWordForms, wordForms } from '../search/search-text.ts';
import { writeSearchFiles } from '../search/search-files.ts';
import { releaseBytes } from './release-bytes.ts';

/** Pages per batch: Pagefind works on one while the next are rendered. */
const batchSize = 100;

const renderedBytes = Symbol('karta.renderedBytes');
type Kept = Response & { [renderedBytes]?: Uint8Array };

/**
 * Astro renders a page to a string, encodes it and returns `new Response(bytes)`: the response copies the bytes
 * into a stream, and the page is then read back from it — a tenth of the rendering of a region, whose pages are
 * 300 MB of HTML. While the pages are rendered, a response made from bytes keeps them instead and has no body; the
 * pages written here are written from them, the others (Astro writes those) get a response of their bytes. Returns
 * what puts Response back. Where Astro makes its responses otherwise, pages are read back as before (the build
 * counts both kinds: `karta build --timings`, a test holds it to the first).
 */
function keepRenderedBytes(): { restore: () => void; Original: typeof Response } {
  const Original = globalThis.Response;
  class KeepingBytes extends Original {
    constructor(body?: BodyInit | null, init?: ResponseInit) {
      const bytes = body instanceof Uint8Array ? body : undefined;
      super(bytes ? null : body, init);
      if (bytes) (this as Kept)[renderedBytes] = bytes;
    }
  }
  globalThis.Response = KeepingBytes;
  return { restore: () => void (globalThis.Response = Original), Original };
}

export function kartaBuild(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let oneAtATime = true;
  let directories = true;
  return {
    name: 'karta:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        outDir = fileURLToPath(config.outDir);
        // Each searched page is written before the next is rendered only when Astro renders one at a time.
        oneAtATime = config.build.concurrency === 1;
        // Pages are written as <path>/index.html, as astro.config.mjs has it (build.format 'directory').
        directories = config.build.format === 'directory';
        // The dictionary of word forms is read while Astro starts and the content is checked, not when the first
        // page needs it (src/search/search-text.ts).
        if (writtenPagesSink()) void wordForms().catch(() => {});
      },
      // The table of word forms (from every page's words) and the glossary terms the index adds as results.
      'astro:build:done': async () => {
        const forms = usedWordForms();
        if (forms) writeSearchFiles(outDir, await forms);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // The content is checked in another process while Astro starts and bundles the pages
        // (src/build/render-pages-process.ts); the pages wait for it (src/site/page-content.ts), and so does the
        // prerenderer below. Content with errors stops the build before a page is rendered.
        const sink = writtenPagesSink();
        if (!sink || !oneAtATime || !directories) return;
        let rendered: string[] = [];
        // How many searched pages the site has (known once the paths are): the index's bundles depend on it.
        let searchedTotal = 0;
        const send = () => {
          if (rendered.length) sink.searched(rendered, searchedTotal);
          rendered = [];
        };
        let kept: ReturnType<typeof keepRenderedBytes> | undefined;
        setPrerenderer((prerenderer) => ({
          name: 'karta:search-index',
          setup: async () => {
            await checkedContentReady();
            kept = keepRenderedBytes();
            await prerenderer.setup?.();
          },
          teardown: () => {
            kept?.restore();
            send(); // the last batch, if no other page came after the searched ones
            return prerenderer.teardown?.() ?? Promise.resolve();
          },
          ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
          async getStaticPaths() {
            const paths = await prerenderer.getStaticPaths();
            const searched = paths.filter((p) => searchedRoutes.has(p.route.route));
            searchedTotal = searched.length;
            return [...searched, ...paths.filter((p) => !searchedRoutes.has(p.route.route))];
          },
          async render(request, options) {
            const route = options.routeData;
            const searched = searchedRoutes.has(route.route);
            // Pages are rendered one at a time: every searched page is written by now.
            if (!searched) send();
            const result = await prerenderer.render(request, options);
            // A response, or a response with what Astro's incremental build collects.
            const response: Kept = result instanceof Response ? result : result.response;
            const bytes = response[renderedBytes];
            const withResponse = (other: Response) =>
              result instanceof Response ? other : { ...result, response: other };
            if (response.status !== 200 || route.type !== 'page' || route.params.length === 0) {
              // Astro writes it: with its bytes as the body.
              return bytes && kept
                ? withResponse(
                    new kept.Original(bytes as Uint8Array<ArrayBuffer>, {
                      status: response.status,
                      statusText: response.statusText,
                      headers: response.headers,
                    }),
                  )
                : result;
            }
            if (!bytes && !response.body) return result;
            const pagePath = decodeURI(new URL(request.url).pathname).slice(base.length).replace(/\/?$/, '/');
            const file = `${pagePath}index.html`;
            const target = path.join(outDir, file);
            mkdirSync(path.dirname(target), { recursive: true });
            if (bytes) {
              writeFileSync(target, bytes);
              releaseBytes(bytes);
            } else {
              // As it comes (one piece for a page rendered to a string): `arrayBuffer()` would copy it once more.
              const chunks: Uint8Array[] = [];
              for await (const chunk of response.body!) chunks.push(chunk);
              writeFileSync(target, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
            }
            sink.written(Boolean(bytes));
            if (searched) {
              rendered.push(file);
              if (rendered.length >= batchSize) send();
            }
            // A turn of the event loop: Pagefind's answers (and the data files' messages) wait for it, and with nothing
            // to wait for on disk Astro would render page after page without one.
            await nextTurn();
            return withResponse(new (kept?.Original ?? Response)(null, { status: 200, headers: response.headers }));
          },
        }));
      },
    },
  };
}

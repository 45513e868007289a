// During `karta build`, the roadmap and organisation pages (the searched ones) are rendered first and handed over to
// the search index in batches as soon as they are written (src/search/searched-pages.ts): Pagefind indexes them in
// its own process on the second core while Astro renders the rest. It wraps Astro's prerenderer (the
// `astro:build:start` hook); builds without an index (plain `astro build`) are left alone.
//
// The pages of routes with parameters (a region's thousands: roadmaps, organisations, their calendars) are written
// here, synchronously, and Astro gets an empty response, for which it writes nothing: Astro awaits a folder and a
// file of each page on the thread pool, which on this kind of disk costs about three times as long.
import { mkdirSync, writeFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchedPagesSink, searchedRoutes } from '../search/searched-pages.ts';

/** Pages per batch: Pagefind works on one while the next are rendered. */
const batchSize = 100;

export function searchIndexWhileRendering(): AstroIntegration {
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
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const sink = searchedPagesSink();
        if (!sink || !oneAtATime || !directories) return;
        let rendered: string[] = [];
        const send = () => {
          if (rendered.length) sink(rendered);
          rendered = [];
        };
        setPrerenderer((prerenderer) => ({
          name: 'karta:search-index',
          setup: () => prerenderer.setup?.() ?? Promise.resolve(),
          teardown: () => {
            send(); // the last batch, if no other page came after the searched ones
            return prerenderer.teardown?.() ?? Promise.resolve();
          },
          ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
          async getStaticPaths() {
            const paths = await prerenderer.getStaticPaths();
            return [...paths.filter((p) => searchedRoutes.has(p.route.route)), ...paths.filter((p) => !searchedRoutes.has(p.route.route))];
          },
          async render(request, options) {
            const route = options.routeData;
            const searched = searchedRoutes.has(route.route);
            // Pages are rendered one at a time: every searched page is written by now.
            if (!searched) send();
            const result = await prerenderer.render(request, options);
            // A response, or a response with what Astro's incremental build collects.
            const response = result instanceof Response ? result : result.response;
            if (response.status !== 200 || !response.body || route.type !== 'page' || route.params.length === 0) return result;
            const file = `${decodeURI(new URL(request.url).pathname).slice(base.length).replace(/\/?$/, '/')}index.html`;
            const target = path.join(outDir, file);
            mkdirSync(path.dirname(target), { recursive: true });
            // The body's bytes as they come (one piece for a page rendered to a string): `arrayBuffer()` would copy
            // every page once more.
            const chunks: Uint8Array[] = [];
            for await (const chunk of response.body) chunks.push(chunk);
            writeFileSync(target, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
            if (searched) {
              rendered.push(file);
              if (rendered.length >= batchSize) send();
            }
            // A turn of the event loop: Pagefind's answers (and the data files' messages) wait for it, and with nothing
            // to wait for on disk Astro would render page after page without one.
            await nextTurn();
            const empty = new Response(null, { status: 200, headers: response.headers });
            return result instanceof Response ? empty : { ...result, response: empty };
          },
        }));
      },
    },
  };
}

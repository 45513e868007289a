// During `karta build`, the roadmap and organisation pages (the searched ones) are rendered first and handed to the
// search index in batches as soon as they are written (src/search/write-index.ts): Pagefind indexes them in its own
// process on the second core while Astro renders the rest, and writes the index before Astro is done. It wraps
// Astro's prerenderer (the `astro:build:start` hook); builds without an index (plain `astro build`) are left alone.
import type { AstroIntegration } from 'astro';
import { currentSearchIndex, searchedRoutes } from '../search/write-index.ts';

/** Pages per batch: Pagefind works on one while the next are rendered. */
const batchSize = 100;

export function searchIndexWhileRendering(): AstroIntegration {
  let base = '/';
  let oneAtATime = true;
  return {
    name: 'karta:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        // Astro writes each page before it renders the next only when it renders one at a time.
        oneAtATime = config.build.concurrency === 1;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const index = currentSearchIndex();
        if (!index || !oneAtATime) return;
        let rendered: string[] = [];
        const send = () => {
          index.add(rendered);
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
          render(request, options) {
            // The pages rendered before this one are written by now.
            if (!searchedRoutes.has(options.routeData.route)) {
              send();
              index.allAdded();
            } else {
              if (rendered.length >= batchSize) send();
              rendered.push(`${new URL(request.url).pathname.slice(base.length).replace(/\/?$/, '/')}index.html`);
            }
            return prerenderer.render(request, options);
          },
        }));
      },
    },
  };
}

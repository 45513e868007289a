// During `karta build`, every roadmap and organisation page goes to the search index as soon as it is rendered
// (see src/search/write-index.ts), and those pages are rendered first: Pagefind indexes them in its own process on
// the second core while Astro renders the calendars and the rest. It wraps Astro's prerenderer (the
// `astro:build:start` hook); builds without an index (plain `astro build`) are left as they are.
import type { AstroIntegration } from 'astro';
import { currentSearchIndex, searchedRoutes } from '../search/write-index.ts';

export function searchIndexWhileRendering(): AstroIntegration {
  let base = '/';
  return {
    name: 'karta:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const index = currentSearchIndex();
        if (!index) return;
        setPrerenderer((prerenderer) => ({
          name: 'karta:search-index',
          setup: () => prerenderer.setup?.() ?? Promise.resolve(),
          teardown: () => prerenderer.teardown?.() ?? Promise.resolve(),
          ...(prerenderer.collectStaticImages ? { collectStaticImages: () => prerenderer.collectStaticImages!() } : {}),
          async getStaticPaths() {
            const paths = await prerenderer.getStaticPaths();
            const searched = paths.filter((p) => searchedRoutes.has(p.route.route));
            return [...searched, ...paths.filter((p) => !searchedRoutes.has(p.route.route))];
          },
          async render(request, options) {
            const result = await prerenderer.render(request, options);
            if (!searchedRoutes.has(options.routeData.route)) return result;
            const response = result instanceof Response ? result : result.response;
            const html = await response.text();
            index.add(`/${new URL(request.url).pathname.slice(base.length)}`, html);
            const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
            return result instanceof Response ? copy : { ...result, response: copy };
          },
        }));
      },
    },
  };
}

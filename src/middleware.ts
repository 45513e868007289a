// During `karta build`, every roadmap and organisation page is handed to the search index as it is rendered
// (see src/search/write-index.ts). Other pages, and builds without an index, pass through untouched.
import { defineMiddleware } from 'astro:middleware';
import { currentSearchIndex, searchedRoutes } from './search/write-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const index = currentSearchIndex();
  if (!index || !searchedRoutes.has(context.routePattern)) return response;
  const html = await response.text();
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  index.add(`/${context.url.pathname.slice(base.length)}`, html);
  return new Response(html, { status: response.status, headers: response.headers });
});

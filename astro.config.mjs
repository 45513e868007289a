// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readSiteConfig } from './src/content-model/site-config.ts';
import { checkedEntries } from './src/content-model/astro-loader.ts';
import { abbreviatorsByOrganization } from './src/glossary/abbreviations.ts';
import { rehypeAbbreviations } from './src/glossary/rehype-abbreviations.ts';
import { searchIndexWhileRendering } from './src/integrations/search-index.ts';

const site = readSiteConfig();

/** Abbreviators for MDX narratives, from the checked glossary and organisations (made when the first MDX is compiled). */
/** @type {ReturnType<typeof abbreviatorsByOrganization> | undefined} */
let abbreviators;
/** @param {string | undefined} owner */
function abbreviatorFor(owner) {
  if (!abbreviators) {
    const glossary = checkedEntries('glossary').map((e) => /** @type {import('./src/content-model/schemas.ts').GlossaryEntry} */ (e.data));
    const organizations = new Map(checkedEntries('organizations').map((e) => [e.id, /** @type {import('./src/content-model/schemas.ts').Organization} */ (e.data)]));
    abbreviators = abbreviatorsByOrganization(glossary, organizations);
  }
  return abbreviators(owner);
}

export default defineConfig({
  // Plain static HTML: every page works as a file on any static host, in a subfolder, or linked from a school site.
  output: 'static',
  site: site.url,
  base: site.base,
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  integrations: [
    // Narratives of MDX roadmaps (order texts) go through the unified/remark pipeline with remark-gfm for tables
    // and lists, pinned by this project rather than left to the processor's built-in default, and get their
    // abbreviations marked up like the rest of the page.
    mdx({ processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeAbbreviations, { abbreviatorFor }]] }) }),
    // `karta build` indexes the roadmap and organisation pages for search while the rest is rendered.
    searchIndexWhileRendering(),
  ],
  vite: {
    build: {
      // Scripts as files, never inline (the Content-Security-Policy allows only the site's own files).
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX output carries a directive the bundler cannot keep; the warning is noise for our users.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});

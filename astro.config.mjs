// @ts-check
import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/content-model/site-config.ts';
import { checkedContentReady } from './src/content-model/astro-loader.ts';
import { searchIndexWhileRendering } from './src/integrations/search-index.ts';

const site = readSiteConfig();

export default defineConfig({
  // Plain static HTML: every page works as a file on any static host, in a subfolder, or linked from a school site.
  output: 'static',
  site: site.url,
  base: site.base,
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  integrations: [
    // The content is checked in another process while Astro starts (src/cli/render-pages-process.ts): the build waits
    // for it here, and content with errors stops it before anything is written.
    { name: 'karta-checked-content', hooks: { 'astro:build:start': () => checkedContentReady() } },
    // `karta build` indexes the roadmap and organisation pages for search while the rest is rendered.
    searchIndexWhileRendering(),
  ],
  vite: {
    build: {
      // Scripts as files, never inline (the Content-Security-Policy allows only the site's own files).
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});

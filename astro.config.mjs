// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readSiteConfig } from './src/content-model/site-config.ts';

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
    // Narratives of MDX roadmaps (order texts) go through the unified/remark pipeline with remark-gfm for tables
    // and lists, pinned by this project rather than left to the processor's built-in default.
    mdx({ processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) }),
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

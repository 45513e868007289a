// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  // Plain static HTML: every page works as a file on any static host, in a subfolder, or linked from a school site.
  output: 'static',
  build: { format: 'directory' },
  trailingSlash: 'ignore',
  integrations: [
    // Narratives of MDX roadmaps (order texts) go through the unified/remark pipeline with remark-gfm for tables
    // and lists, pinned by this project rather than left to the processor's built-in default.
    mdx({ processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) }),
  ],
  vite: {
    build: {
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

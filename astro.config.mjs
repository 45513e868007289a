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
  devToolbar: { enabled: false },
  telemetry: false,
});

// @ts-check
import { kartaBuild } from './src/build/astro-integration.ts';

// The base path and the address of a site (site.yaml, `--base`, `--url`) are given by `karta build` with the rest of
// what it builds (src/build/build-inputs.ts, astroConfig): nothing here reads the content or the environment.
// A plain object, typed, rather than `defineConfig` from 'astro/config': that module loads SVGO and its CSS tools
// (some 270 modules, about a tenth of a second) into every build, for SVG optimisation the site does not use.
/** @type {import('astro').AstroUserConfig} */
export default {
  // Plain static HTML: every page works as a file on any static host, in a subfolder, or linked from a school site.
  output: 'static',
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  // Waits for the checked content; `karta build` indexes the roadmap and organisation pages for search while the
  // rest is rendered.
  integrations: [kartaBuild()],
  vite: {
    build: {
      // Scripts as files, never inline (the Content-Security-Policy allows only the site's own files).
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
};

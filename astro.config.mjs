// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { storeFromFile } from './src/data/store-from-file.ts';

// BASE_PATH=/atlas/ npm run build publishes the site under a sub-path.
const base = process.env.BASE_PATH || '/';
// OUT_DIR builds a variant (e.g. the sub-path build the browser tests serve) beside dist/.
const outDir = process.env.OUT_DIR || 'dist';
// SITE_URL is the published origin, for the sitemap's absolute addresses (default: the local preview).
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Scripts and styles always as files, never inlined: the Content-Security-Policy forbids inline code. Four pages
  // rendered at once: a page's file writes overlap the next one's rendering (1,000 regulations: 12.7 s → 10.5 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Preact, its hooks and its JSX runtime in one chunk: every page script that uses one uses the others, and three
      // chunks gzip worse than one (docs/adr/0024).
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } },
      },
    },
  },
  // Preact's Babel pass only for the components (.tsx): by default it ran over every .ts file of the site, which
  // Vite compiles anyway (1.5 s of a build of 1,000 regulations, the same bundles). The 404 page is not a page to
  // list; the build reads the content store from its file (src/data/store-from-file.ts).
  integrations: [
    mdx(),
    preact({ include: [/\.tsx$/] }),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    storeFromFile(),
  ],
  devToolbar: { enabled: false },
});

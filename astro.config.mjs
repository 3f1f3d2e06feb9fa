// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// BASE_PATH=/atlas/ npm run build publishes the site under a sub-path.
const base = process.env.BASE_PATH || '/';
// OUT_DIR builds a variant (e.g. the sub-path build the browser tests serve) beside dist/.
const outDir = process.env.OUT_DIR || 'dist';

export default defineConfig({
  base,
  outDir,
  trailingSlash: 'always',
  // Scripts and styles always as files, never inlined: the Content-Security-Policy forbids inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});

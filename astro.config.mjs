// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// BASE_PATH=/atlas/ npm run build publishes the site under a sub-path.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  // Scripts and styles always as files, never inlined: the Content-Security-Policy forbids inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});

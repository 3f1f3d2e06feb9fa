// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// BASE_PATH=/atlas/ npm run build publishes the site under a sub-path.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});

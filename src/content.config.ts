import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { regulationSchema } from './lib/schema.ts';
import { contentLocation } from './lib/content/location.ts';

// One YAML file per regulation; the same schema validates it in tests and in
// `npm run validate` (which also checks every citation against seeds/).
const regulations = defineCollection({
  loader: glob({ base: contentLocation().contentDir, pattern: '*.{yaml,yml}' }),
  schema: regulationSchema,
});

export const collections = { regulations };

import { defineCollection } from 'astro:content';
import { regulationsLoader } from './data/loader.ts';
import { regulationSchema } from './lib/schema.ts';

// One YAML file per regulation, checked as `npm run validate` checks it (schema,
// references, citations against seeds/): a build with an invalid file fails.
// The schema here gives the collection its types.
const regulations = defineCollection({
  loader: regulationsLoader(),
  schema: regulationSchema,
});

export const collections = { regulations };

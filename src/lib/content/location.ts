import { todayIso } from '../dates.ts';

// Where the regulations are read from: content/regulations/ and seeds/, unless
// ATLAS_CONTENT and ATLAS_SEEDS name other folders (a test build with a sixth
// regulation, the scale benchmark's synthetic thousands). Rule cases are read
// from content/cases/ or ATLAS_CASES; content elsewhere has none unless
// ATLAS_CASES names them (the real cases name the real regulations). Node-only.
export const contentLocation = (env: Record<string, string | undefined> = process.env) => ({
  contentDir: env.ATLAS_CONTENT || 'content/regulations',
  seedsDir: env.ATLAS_SEEDS || 'seeds',
  casesDir: env.ATLAS_CASES || (env.ATLAS_CONTENT ? undefined : 'content/cases'),
});

/**
 * The day a build or a batch check is computed for: ATLAS_AS_OF if set (reproducible builds and
 * tests), else today's date in UTC, the build machine's calendar day wherever it runs.
 */
export const asOfDay = (env: Record<string, string | undefined> = process.env): string =>
  env.ATLAS_AS_OF || todayIso('utc');

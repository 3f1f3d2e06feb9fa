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

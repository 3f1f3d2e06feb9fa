// Where the regulations are read from: content/regulations/ and seeds/, unless
// ATLAS_CONTENT and ATLAS_SEEDS name other folders (a test build with a sixth
// regulation, the scale benchmark's synthetic thousands). Node-only.
export const contentLocation = (env: Record<string, string | undefined> = process.env) => ({
  contentDir: env.ATLAS_CONTENT || 'content/regulations',
  seedsDir: env.ATLAS_SEEDS || 'seeds',
});

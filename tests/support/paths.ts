import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentLocation } from '../../src/lib/content/location.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The content the tests check is where the build reads it (ATLAS_CONTENT, ATLAS_SEEDS, ATLAS_CASES;
// relative to the project), so the same tests run over another atlas, e.g. the real five plus a sixth.
const location = contentLocation();
export const SEEDS = resolve(ROOT, location.seedsDir);
export const CONTENT = resolve(ROOT, location.contentDir);
/** The rule cases of CONTENT, if it has any. */
export const CASES = location.casesDir && resolve(ROOT, location.casesDir);
export const DIST = join(ROOT, 'dist');
/** The test variant (`npm run build:subpath`): served from SUBPATH_BASE, and holding the fixtures' synthetic sixth regulation. */
export const SUBPATH_DIST = join(ROOT, 'dist-subpath');
export const SUBPATH_BASE = '/atlas/';
export const FIXTURES = join(ROOT, 'tests/fixtures');

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');
export const CONTENT = join(ROOT, 'content/regulations');
export const DIST = join(ROOT, 'dist');
/** The test variant (`npm run build:subpath`): served from SUBPATH_BASE, and holding the fixtures' synthetic sixth regulation. */
export const SUBPATH_DIST = join(ROOT, 'dist-subpath');
export const SUBPATH_BASE = '/atlas/';
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** The five seed texts with the article counts their own numbering gives. */
export const SEED_FILES = [
  'tongzhou-2023.txt',
  'hongqi-2022.txt',
  'lianyungang-2021.txt',
  'jiangyin-2022-draft.txt',
  'changning-2023.txt',
] as const;

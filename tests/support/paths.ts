import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');
export const CONTENT = join(ROOT, 'content/regulations');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** The five seed texts with the article counts their own numbering gives. */
export const SEED_FILES = [
  'tongzhou-2023.txt',
  'hongqi-2022.txt',
  'lianyungang-2021.txt',
  'jiangyin-2022-draft.txt',
  'changning-2023.txt',
] as const;

// Assembles the content of the test variant build (`npm run build:subpath`):
// the real regulations plus the synthetic sixth from the test fixtures, in
// .variant/, so that build proves a new content file needs no code change.
// Run as a script; the paths are exported for the tests.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VARIANT_CONTENT = join(ROOT, '.variant/content');
export const VARIANT_SEEDS = join(ROOT, '.variant/seeds');

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(join(ROOT, '.variant'), { recursive: true, force: true });
  for (const [target, sources] of [
    [VARIANT_CONTENT, ['content/regulations', 'tests/fixtures/content/good']],
    [VARIANT_SEEDS, ['seeds', 'tests/fixtures/seeds']],
  ] as const) {
    mkdirSync(target, { recursive: true });
    for (const s of sources) cpSync(join(ROOT, s), target, { recursive: true });
  }
}

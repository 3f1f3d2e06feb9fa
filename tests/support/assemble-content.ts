// Assembles the content of the test variant build (`npm run build:subpath`):
// the real regulations plus the synthetic sixth from the test fixtures, with
// their rule cases, in .variant/ (or the folder given), so that build and the
// tests run over it prove a new content file needs no code change.
// Run as a script; the function and paths are exported for the tests.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VARIANT = join(ROOT, '.variant');

/** The folders of an assembled atlas, as ATLAS_CONTENT, ATLAS_SEEDS and ATLAS_CASES take them. */
export const assembledLocation = (folder: string) => ({
  contentDir: join(folder, 'content'),
  seedsDir: join(folder, 'seeds'),
  casesDir: join(folder, 'cases'),
});

/** Copies the real content and the fixtures' sixth regulation into `folder`, replacing what was there. */
export function assembleContent(folder: string): ReturnType<typeof assembledLocation> {
  const location = assembledLocation(folder);
  rmSync(folder, { recursive: true, force: true });
  for (const [target, sources] of [
    [location.contentDir, ['content/regulations', 'tests/fixtures/content/good']],
    [location.seedsDir, ['seeds', 'tests/fixtures/seeds']],
    [location.casesDir, ['content/cases', 'tests/fixtures/cases/good']],
  ] as const) {
    mkdirSync(target, { recursive: true });
    for (const s of sources) cpSync(join(ROOT, s), target, { recursive: true });
  }
  return location;
}

if (import.meta.url === `file://${process.argv[1]}`) assembleContent(resolve(process.argv[2] ?? VARIANT));

// The regulations of the content the tests check (content/regulations/, or
// ATLAS_CONTENT: see paths.ts) and the synthetic one from the fixtures, loaded
// and validated as the site loads them.
import { join } from 'node:path';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { CONTENT, FIXTURES, SEEDS } from './paths.ts';

export const realEntries = () => loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });
export const fixtureEntries = () =>
  loadRegulationsOrThrow({ contentDir: join(FIXTURES, 'content/good'), seedsDir: join(FIXTURES, 'seeds') });
/** One small regulation per shape real texts use (tests/fixtures/content/shapes/), with the seeds it cites. */
export const shapeEntries = () =>
  loadRegulationsOrThrow({
    contentDir: join(FIXTURES, 'content/shapes'),
    seedsDir: join(FIXTURES, 'content/shapes/seeds'),
  });

// The site's content check in child processes: split over several processes it finds what one process and
// `npm run validate`'s checkRegulations find, the same regulations and the same problems in the same order, the
// links between versions (which need every file) included, with their lines.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegulationsInProcesses } from '../../../src/lib/content/check-in-processes.ts';
import { checkRegulations, type LoadOptions } from '../../../src/lib/content/load.ts';
import { CONTENT, FIXTURES, SEEDS } from '../../support/paths.ts';

/** The real content, the broken fixtures, and a copy of a real file whose earlier version names an uncoded id. */
function mixedContent(): LoadOptions {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  const contentDir = join(dir, 'content');
  const seedsDir = join(dir, 'seeds');
  cpSync(CONTENT, contentDir, { recursive: true });
  cpSync(join(FIXTURES, 'content/broken'), contentDir, { recursive: true });
  cpSync(SEEDS, seedsDir, { recursive: true });
  cpSync(join(FIXTURES, 'seeds'), seedsDir, { recursive: true });
  const linking = readdirSync(CONTENT).find((f) =>
    /^supersedes:\n {2}- title: /m.test(readFileSync(join(CONTENT, f), 'utf8')),
  );
  expect(linking, 'a content file that names an earlier version by title').toBeDefined();
  // A coded version takes its number and date from its own file: the link names only the id.
  const text = readFileSync(join(CONTENT, linking!), 'utf8').replace(
    /^supersedes:\n {2}- title: .*\n(?: {4}(?:documentNumber|issued): .*\n)*/m,
    'supersedes:\n  - id: no-such-version\n',
  );
  writeFileSync(join(contentDir, `zz-${linking}`), text);
  return { contentDir, seedsDir, root: dir };
}

describe('checkRegulationsInProcesses', () => {
  const opts = mixedContent();
  const expected = (() => {
    const regulations: { id: string; file: string }[] = [];
    const problems = checkRegulations(opts, ({ id, file }) => regulations.push({ id, file }));
    return { regulations, problems };
  })();

  it('finds, in one process or several, what checkRegulations finds, in the same order', async () => {
    expect(expected.problems.length).toBeGreaterThan(readdirSync(join(FIXTURES, 'content/broken')).length - 1);
    const link = expected.problems.find((p) => p.field === 'supersedes[0].id');
    expect(link?.line, 'a problem with a link between versions, at its line').toBeGreaterThan(0);
    for (const processes of [1, 2, 3, 7]) {
      const checked = await checkRegulationsInProcesses(opts, processes);
      expect(checked.problems, `${processes} processes`).toEqual(expected.problems);
      expect(checked.regulations.map(({ id, file }) => ({ id, file }))).toEqual(expected.regulations);
    }
  });
});

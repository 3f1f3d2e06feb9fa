// A sixth real-shaped regulation added to the content needs no test edited:
// the fixtures' 样例区 (content file, source text and rule cases) assembled
// with the project content passes the content checks and the rule cases, and
// the test files that go over the content (validation, citations, fidelity,
// the source parser, search records, the site's loader) pass unchanged when
// pointed at the six with ATLAS_CONTENT, ATLAS_SEEDS and ATLAS_CASES.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_FILE_RE, loadRegulations } from '../../../src/lib/content/load.ts';
import { checkRuleCases } from '../../../src/lib/content/rule-cases.ts';
import { assembleContent } from '../../support/assemble-content.ts';
import { CONTENT, FIXTURES, ROOT } from '../../support/paths.ts';
import { fixtureEntries } from '../../support/regulations.ts';

const CONTENT_TESTS = [
  'tests/data/loader.test.ts',
  'tests/lib/content/citations.test.ts',
  'tests/lib/content/fidelity.test.ts',
  'tests/lib/content/parse-file.test.ts',
  'tests/lib/eligibility/cases.test.ts',
  'tests/lib/search/records.test.ts',
  'tests/lib/source/parse.test.ts',
  'tests/scripts/validate.test.ts',
];

describe('a sixth regulation', () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-six-'));
  const six = assembleContent(folder);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const [sixth] = fixtureEntries();
  if (!sixth) throw new Error('no regulation in the fixture content');

  it('passes the content checks and its rule cases beside the project content', () => {
    const { entries, problems } = loadRegulations({ ...six, root: ROOT });
    expect(problems).toEqual([]);
    const ids = readdirSync(CONTENT)
      .filter((f) => CONTENT_FILE_RE.test(f))
      .map((f) => f.replace(CONTENT_FILE_RE, ''));
    expect(entries.map((e) => e.id).sort()).toEqual([...ids, sixth.id].sort());
    const cases = checkRuleCases(six.casesDir, entries);
    expect(cases.problems).toEqual([]);
    expect(cases.files).toBe(readdirSync(six.casesDir).length);
    expect(readdirSync(join(FIXTURES, 'cases/good'))).toContain(`${sixth.id}.yaml`);
  });

  it('passes the tests that go over the content, unedited', { timeout: 120_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'unit',
        '--reporter=verbose',
        ...CONTENT_TESTS,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ATLAS_CONTENT: six.contentDir, ATLAS_SEEDS: six.seedsDir, ATLAS_CASES: six.casesDir },
      },
    );
    expect(run.status, run.stdout.slice(-4000)).toBe(0);
    // The run went over the sixth, not only the project content.
    expect(run.stdout).toContain(`${sixth.id}: every quote stands verbatim`);
    expect(run.stdout).toContain(`${sixth.id}: one per article`);
  });
});

// `npm run validate` exits non-zero and names file, line, field and expectation
// for a malformed content file, and for a rule case whose verdict is wrong.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILE_RE } from '../../src/lib/content/load.ts';
import { CASES, CONTENT, FIXTURES, ROOT } from '../support/paths.ts';

const validate = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
const contentFiles = (dir: string) => readdirSync(dir).filter((f) => CONTENT_FILE_RE.test(f));

describe('npm run validate', () => {
  it('passes the project content and its rule cases', () => {
    const run = validate();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^${contentFiles(CONTENT).length} regulations valid; \\d+ citations checked`),
    );
    if (CASES)
      expect(run.stdout).toContain(`${contentFiles(CASES).length} rule case files give the verdicts they expect.`);
  });

  it('fails on a malformed file, saying where and what was expected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
    cpSync(join(FIXTURES, 'content/broken/wrong-type.yaml'), join(dir, 'wrong-type.yaml'));
    cpSync(join(FIXTURES, 'content/broken/missing-article.yaml'), join(dir, 'missing-article.yaml'));
    const run = validate(dir, join(FIXTURES, 'seeds'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /missing-article\.yaml:34: dates\.effective\.cite\.article: article 9 does not exist: expected 1 to 4/,
    );
    expect(run.stderr).toMatch(
      /wrong-type\.yaml:65: tiers\[0\]\.prizes\[0\]\.amountYuan: expected number, received string/,
    );
    expect(run.stderr).toMatch(/2 problem\(s\)/);
  });

  it('refuses an alias bomb and a file of megabytes at once, echoing no long value', () => {
    // Before: the bomb kept validate (and so the build) walking for minutes, and the title passed.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-bounds-'));
    const sample = readFileSync(join(FIXTURES, 'content/good/sample-2024.yaml'), 'utf8');
    const levels = Array.from({ length: 9 }, (_, d) => `  - &l${d + 1} [${Array(9).fill(`*l${d}`).join(', ')}]`);
    writeFileSync(
      join(dir, 'bomb.yaml'),
      `${sample}bomb:\n  - &l0 { cite: { article: 1, quote: 样例 } }\n${levels.join('\n')}\n`,
    );
    writeFileSync(join(dir, 'huge.yaml'), sample.replace(/^title: .*$/m, `title: ${'样'.repeat(10 * 1024 * 1024)}`));
    const start = performance.now();
    const run = validate(dir, join(FIXTURES, 'seeds'));
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /bomb\.yaml:\d+: \(file\): YAML alias \*l0 \(81 in the file\): expected every value written out/,
      ),
      expect.stringMatching(/huge\.yaml: \(file\): file of 30\.0 MB \(\d+ bytes\): expected at most 256 KB/),
      '',
      `2 problem(s) in ${dir}. Fix them and run npm run validate again.`,
    ]);
    for (const line of lines) expect(line.length).toBeLessThan(400);
  });

  describe('runs the rule cases', () => {
    const content = join(FIXTURES, 'content/good');
    const seeds = join(FIXTURES, 'seeds');

    it('passes cases that get the verdicts they expect', () => {
      const run = validate(content, seeds, join(FIXTURES, 'cases/good'));
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('1 rule case files give the verdicts they expect.');
    });

    it('fails on a wrong verdict, saying which case, what it expected and what it got', () => {
      const run = validate(content, seeds, join(FIXTURES, 'cases/wrong-verdict'));
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        'tests/fixtures/cases/wrong-verdict/sample-2024.yaml:17: case "注册在样例区却说不符合": expected outcome ruled-out, failed [registered], got outcome eligible, failed []',
        '',
        `1 problem(s) in ${join(FIXTURES, 'cases/wrong-verdict')}. Fix them and run npm run validate again.`,
      ]);
    });

    it('names a case file whose regulation is not in the content', () => {
      const run = validate(content, seeds, join(ROOT, 'content/cases'));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /content\/cases\/tongzhou-2023\.yaml:\d+: regulation: unknown regulation "tongzhou-2023"/,
      );
    });
  });
});

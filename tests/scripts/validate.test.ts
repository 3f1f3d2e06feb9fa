// `npm run validate` (which every build runs first) exits non-zero and names
// file, line, field and expectation for a malformed content file.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../support/paths.ts';

const validate = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run validate', () => {
  it('passes the project content', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/validate.ts')], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^5 regulations valid; \d+ citations checked/);
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
});

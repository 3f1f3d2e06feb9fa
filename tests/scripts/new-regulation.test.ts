// `npm run new-regulation`: writes a starter content file that `npm run
// validate` then reports, field by field, as still to code; refuses a text
// without articles and an existing file unless --force.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SEEDS } from '../support/paths.ts';

let dir: string;
let content: string;
let seeds: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-new-regulation-'));
  content = join(dir, 'content');
  seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  copyFileSync(join(SEEDS, 'tongzhou-2023.txt'), join(seeds, 'tongzhou-2023.txt'));
});

// The content folder comes from ATLAS_CONTENT, as for every script.
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_SEEDS: seeds },
  });
const newRegulation = (...args: string[]) => run('new-regulation.ts', ...args);

describe('npm run new-regulation', () => {
  it('writes the starter, says where and what next; validate then lists what remains to code in that file', () => {
    const made = newRegulation(join(seeds, 'tongzhou-2023.txt'));
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const file = join(content, 'tongzhou-2023.yaml');
    expect(made.stdout).toContain(`Wrote ${file}: 29 articles listed`);
    expect(made.stdout).toMatch(/Next steps[\s\S]*npm run validate[\s\S]*content\/cases\/tongzhou-2023\.yaml/);
    expect(readFileSync(file, 'utf8')).toMatch(/^title: 通州区区长质量奖管理办法$/m);

    const validated = run('validate.ts', content, seeds);
    expect(validated.status).toBe(1);
    const problems = validated.stderr.split('\n').filter((l) => l.includes('tongzhou-2023.yaml:'));
    expect(problems.map((l) => l.split(': ')[1])).toEqual([
      'source.publisher',
      'source.url',
      'source.retrievedOn',
      'repeals',
      'awardCycle',
      'tiers',
      'higherAwardBonuses',
      'evaluationStandards',
      'applicants',
      'exclusionClauses',
      'process.stages',
      'process.publicity',
      'sanctions.bans',
      'sanctions.revocationCauses',
      'sanctions.reapplication',
      'sanctions.reportingDuties',
      'sanctions.titleUseLimits',
    ]);
    expect(validated.stderr).toMatch(
      /tongzhou-2023\.yaml:\d+: tiers: empty: expected a list \(at least one\) of \{id, name, kind/,
    );
    expect(validated.stderr).toMatch(/17 problem\(s\)/);
  });

  it('writes where --out says', () => {
    const out = join(dir, 'elsewhere', 'tz.yaml');
    const made = newRegulation(join(seeds, 'tongzhou-2023.txt'), '--out', out);
    expect(made.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(content, 'tongzhou-2023.yaml'))).toBe(false);
  });

  it('refuses to overwrite a file without --force, and overwrites it with --force', () => {
    const file = join(content, 'tongzhou-2023.yaml');
    mkdirSync(content);
    writeFileSync(file, '# coding in progress\n');
    const refused = newRegulation(join(seeds, 'tongzhou-2023.txt'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already exists: pass --force to overwrite it/);
    expect(readFileSync(file, 'utf8')).toBe('# coding in progress\n');

    const forced = newRegulation(join(seeds, 'tongzhou-2023.txt'), '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^title: 通州区区长质量奖管理办法$/m);
  });

  it('refuses a text it cannot parse into articles, writing nothing', () => {
    writeFileSync(join(seeds, 'garbage.txt'), '这是一段没有条文的文字。\n第二行也不是条文。\n');
    const refused = newRegulation(join(seeds, 'garbage.txt'));
    expect(refused.status).toBe(1);
    // It says there is no 第X条 at all, and what the author can do about it.
    expect(refused.stderr).toMatch(/garbage\.txt: no article \(第一条, 第二条 …\) found anywhere in the text/);
    expect(refused.stderr).toMatch(/look for a version that has them/);
    expect(refused.stdout).toBe('');
    expect(existsSync(join(content, 'garbage.yaml'))).toBe(false);
  });

  it('refuses a source file name the schema would not take, and a missing argument', () => {
    copyFileSync(join(seeds, 'tongzhou-2023.txt'), join(seeds, '通州.txt'));
    const badName = newRegulation(join(seeds, '通州.txt'));
    expect(badName.status).toBe(1);
    expect(badName.stderr).toMatch(/lower-case letters, digits and hyphens/);
    const noArg = newRegulation();
    expect(noArg.status).toBe(1);
    expect(noArg.stderr).toMatch(/usage: npm run new-regulation/);
    expect(existsSync(content)).toBe(false);
  });

  it('writes a starter for a web page whose notice and articles run together on one line (宿迁)', () => {
    copyFileSync(join(FIXTURES, 'web-texts', 'suqian-2010.txt'), join(seeds, 'suqian-2010.txt'));
    const made = newRegulation(join(seeds, 'suqian-2010.txt'));
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const file = join(content, 'suqian-2010.yaml');
    // The sample is the page's opening: six articles, the last cut.
    expect(made.stdout).toContain(`Wrote ${file}: 6 articles listed`);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/^title: 宿迁市市长质量奖管理办法$/m);
    expect(yaml).toMatch(/^ {2}value: 宿政规发〔2010〕6号$/m);
    const validated = run('validate.ts', content, seeds);
    const fields = validated.stderr
      .split('\n')
      .filter((l) => l.includes('suqian-2010.yaml:'))
      .map((l) => l.split(': ')[1]);
    // What it could not read is reported; nothing it read is.
    expect(fields).toEqual(expect.arrayContaining(['jurisdiction.province', 'issuer', 'tiers']));
    expect(fields).not.toContain('title');
    expect(fields).not.toContain('documentNumber');
    expect(fields.some((f) => f?.includes('cite'))).toBe(false);
  });
});

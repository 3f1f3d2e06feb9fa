// `npm run check`: the batch checker gives the engine's verdicts for a JSON
// applicant and for each CSV row, and reports bad rows by row and field while
// still checking the good ones.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../src/lib/eligibility/engine.ts';
import { ROOT } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_AS_OF: '2026-11-22' },
  });

describe('npm run check', () => {
  it('one applicant from JSON: the same verdicts as the engine, as JSON', () => {
    const run = check('examples/answers.json', '--json');
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout);
    const { name, ...answers } = JSON.parse(readFileSync(join(ROOT, 'examples/answers.json'), 'utf8'));
    expect(result.name).toBe(name);
    expect(result.verdicts).toEqual(JSON.parse(JSON.stringify(checkAll(realEntries(), answers, '2026-11-22'))));
    const tongzhou = result.verdicts.find((v: { id: string }) => v.id === 'tongzhou-2023');
    expect(tongzhou).toMatchObject({ outcome: 'ruled-out', eligibleFrom: '2027-05-20' });
  });

  it('a CSV: each row checked, the bad row reported by row and field, exit 1', () => {
    const run = check('examples/applicants.csv');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /■ 第2行 通州甲公司（核对日期 2026-11-22）\n[^■]* {2}南通市通州区：不符合条件（2027-05-20 起可申报）/,
    );
    expect(run.stdout).toMatch(
      /■ 第3行 通州乙公司（刚满三年）[^■]*?南通市通州区：没有硬性条件排除您\n {4}! 获奖后3年内不得再申报同一奖项/,
    );
    expect(run.stdout).toMatch(
      /■ 第4行 连云港质量经理[^■]*?连云港市：没有硬性条件排除您[^■]*?南通市通州区：不接受此类主体申报/,
    );
    expect(run.stdout).toMatch(
      /✗ 第5行 填错的一行：回答有误，未核对\n( {4}.+\n)* {4}jurisdiction: 未知地区“江苏省\/南通市\/崇川区”/,
    );
    expect(run.stdout).toMatch(/ {4}foundedOn: 2030-01-01 晚于今天（2026-11-22）/);
    expect(run.stdout).toMatch(/ {4}independentLegalPerson: “也许”应为 是 或 否/);
    expect(run.stderr).toMatch(/1 个申报者的回答有误/);
  });

  it('--date checks as of another day', () => {
    const run = check('examples/answers.json', '--json', '--date', '2027-05-20');
    const tongzhou = JSON.parse(run.stdout)[0].verdicts.find((v: { id: string }) => v.id === 'tongzhou-2023');
    expect(tongzhou.outcome).toBe('eligible');
  });

  it('says how to use it when given nothing', () => {
    const run = check();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run check --/);
  });
});

// `npm run check`: the batch checker gives the engine's verdicts for a JSON
// applicant and for each CSV row, in the wizard's words (per tier, with the
// quota, the answers that passed, other places folded as not applicable, the
// notice), and reports bad rows by row and field while still checking the good ones.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactApplicant } from '../../src/lib/batch/compact.ts';
import { checkAll } from '../../src/lib/eligibility/engine.ts';
import { outsidePlace } from '../../src/lib/eligibility/wizard.ts';
import { reportNotice } from '../../src/lib/wording/findings.ts';
import { ROOT } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const AS_OF = '2026-11-22';
const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_AS_OF: AS_OF },
  });

/** One applicant's block of the text report. */
const blockOf = (stdout: string, heading: string) => {
  const start = stdout.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = stdout.indexOf('\n■', start + 1);
  return stdout.slice(start, end < 0 ? undefined : end);
};

describe('npm run check', () => {
  it('one applicant from JSON: the engine’s verdicts without the regulations’ own texts, as JSON', () => {
    const run = check('examples/answers.json', '--json');
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout);
    const { name, ...answers } = JSON.parse(readFileSync(join(ROOT, 'examples/answers.json'), 'utf8'));
    expect(result.name).toBe(name);
    const entries = realEntries();
    const verdicts = checkAll(entries, answers, AS_OF);
    const checked = {
      row: 1,
      name,
      checkDate: AS_OF,
      verdicts,
      outOfPlace: outsidePlace(entries, answers.jurisdiction),
    };
    expect(result).toEqual(JSON.parse(JSON.stringify(compactApplicant(checked))));
    expect(result).not.toHaveProperty('outOfPlace');
    const tongzhou = result.verdicts.find((v: { id: string }) => v.id === 'tongzhou-2023');
    expect(tongzhou).toMatchObject({ outcome: 'ruled-out', eligibleFrom: '2027-05-20' });
    expect(tongzhou.tiers.length).toBeGreaterThan(0);
    // Where the text says it is kept; what the regulation's data file holds is not repeated for each applicant.
    const { quote, ...where } = verdicts.find((v) => v.id === 'tongzhou-2023')!.failures[0]!.cite;
    expect(tongzhou.failures[0].cite).toEqual(where);
    expect(run.stdout).not.toContain(quote);
    expect(run.stdout).not.toMatch(/"(quote|summary|title|shortName|note|quota)":/);
    // Regulations of other places are folded to their outcome and why, as the text report folds them.
    const elsewhere = result.verdicts.filter((v: { outOfPlace?: boolean }) => v.outOfPlace);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const v of elsewhere)
      expect(Object.keys(v).sort()).toEqual(['failures', 'id', 'outOfPlace', 'outcome', 'status']);
  });

  it('a CSV: each row checked in the wizard’s words, the bad row reported by row and field, exit 1', () => {
    const run = check('examples/applicants.csv');
    expect(run.status).toBe(1);
    const first = blockOf(run.stdout, '■ 第2行 通州甲公司（核对日期 2026-11-22）');
    // Time-bound: from when, and the round it first reaches, never a promise.
    expect(first).toMatch(
      /\n {2}南通市通州区：不符合条件：自 2027-05-20 起，可核对的硬性条件不再构成障碍；评选每年一次/,
    );
    expect(first).toMatch(/以当年申报通知为准/);
    expect(first).not.toMatch(/可申报|可获得|时间不能改变/);
    expect(first).toMatch(/文号：通政规〔2023〕1号；原文与编码：regulations\/tongzhou-2023\//);
    expect(first).toMatch(/◇ 通州区区长质量奖（正奖）：不符合条件[^\n]*\n {6}名额：每年[^\n]*评审择优/);
    // Other places are not applicable, folded into one line after the applicant's own.
    expect(first).toMatch(/ {2}不适用（辖区不同）：另有 \d 部办法的辖区不包括您的所在地：/);
    expect(first).not.toMatch(/江阴市：/);

    const second = blockOf(run.stdout, '■ 第3行 通州乙公司（刚满三年）');
    expect(second).toMatch(/! 获奖后3年内不得再申报本办法的奖项/);
    expect(second).toMatch(/您曾于 2025-01-10 获得此奖；再次获奖：/);

    const third = blockOf(run.stdout, '■ 第4行 连云港质量经理');
    expect(third).toMatch(/\n {2}连云港市：/);
    // A regulation of another place that admits no individuals is folded too: it is not this applicant's place.
    expect(third).toMatch(/不适用（辖区不同）：另有 4 部办法[^\n]*南通市通州区/);
    expect(third).toMatch(/已核对并满足的条件：\d+ 项\n {4}✓ /);
    expect(third).toMatch(/待准备：\d+ 项[^\n]*\n {4}□ /);

    expect(run.stdout).toMatch(
      /✗ 第5行 填错的一行：回答有误，未核对\n( {4}.+\n)* {4}jurisdiction: 未知地区“江苏省\/南通市\/崇川区”/,
    );
    expect(run.stdout).toMatch(/ {4}foundedOn: 2030-01-01 晚于今天（2026-11-22）/);
    expect(run.stdout).toMatch(/ {4}independentLegalPerson: “也许”应为 是 或 否/);
    expect(run.stdout).toContain(reportNotice(AS_OF));
    expect(run.stderr).toMatch(/1 个申报者的回答有误/);
  });

  it('--date checks as of another day: the fine is past, and the year not yet answered is open', () => {
    const run = check('examples/answers.json', '--json', '--date', '2027-05-20');
    const tongzhou = JSON.parse(run.stdout)[0].verdicts.find((v: { id: string }) => v.id === 'tongzhou-2023');
    expect(tongzhou.failures).toEqual([]);
    // As of 2027 the window of a yearly record reaches 2026, which the answers (given in 2026) cannot hold.
    expect(tongzhou.outcome).toBe('cannot-tell');
    const years = tongzhou.unknowns.flatMap((u: { missingYears?: { years: number[] }[] }) =>
      (u.missingYears ?? []).flatMap((m) => m.years),
    );
    expect(new Set(years)).toEqual(new Set([2026]));
  });

  it('says how to use it when given nothing', () => {
    const run = check();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run check --/);
  });
});

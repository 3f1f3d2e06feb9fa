// Every finding the engine gives has words: each rule case, at its own place and
// at every other, goes through the engine and the wording, and every reason code
// is met by a case or by an input built below. A code without words fails to
// compile (the wording maps are records over the codes); a code no input reaches
// fails here.
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import {
  answerContext,
  type CheckInput,
  checkAll,
  checkRegulation,
  type Finding,
  type ReasonCode,
  type RegulationVerdict,
  rulesOf,
} from '../../../src/lib/eligibility/engine.ts';
import { jurisdictionPath, OTHER_JURISDICTION } from '../../../src/lib/jurisdiction.ts';
import {
  findingReason,
  findingSummary,
  findingText,
  outcomeText,
  REASON_CODES,
  statusCaveat,
  tallyText,
} from '../../../src/lib/wording/findings.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';

const entries: CheckInput[] = [...realEntries(), ...fixtureEntries()].map((e) => ({
  id: e.id,
  regulation: rulesOf(e.regulation),
}));
const places = [...new Set(entries.map((e) => jurisdictionPath(e.regulation))), OTHER_JURISDICTION];
const cases = ruleCases(entries);

const findingsOf = (v: RegulationVerdict): Finding[] => [
  ...v.failures,
  ...v.unknowns,
  ...v.passed,
  ...v.checklist,
  ...v.limits,
];
const codesOf = (f: Finding): ReasonCode[] => [f.code, ...(f.code === 'tested' ? f.tests.map((t) => t.code) : [])];

const seen = new Set<ReasonCode>();

const HAN = /\p{sc=Han}/u;
const UNFILLED = /undefined|NaN|\[object|null/;

/** Words every finding of the verdicts; returns what does not read as Chinese with its values filled in. */
function unworded(verdicts: RegulationVerdict[], what: string): string[] {
  const bad: string[] = [];
  const check = (text: string, about: string) => {
    if (!HAN.test(text) || UNFILLED.test(text)) bad.push(`${about}: ${text}`);
  };
  check(tallyText(verdicts), what);
  for (const v of verdicts) {
    check(outcomeText(v), `${what}: ${v.id}`);
    const caveat = statusCaveat(v);
    if (caveat !== undefined) check(caveat, `${what}: ${v.id}`);
    for (const f of findingsOf(v)) {
      for (const code of codesOf(f)) seen.add(code);
      const about = `${what}: ${v.id} ${f.id} (${f.code})`;
      check(findingSummary(f), about);
      check(findingReason(f), about);
      check(findingText(f), about);
    }
  }
  return bad;
}

const answersFor = (raw: Record<string, unknown>, checkDate: string) => {
  const { answers, problems } = parseAnswers({ checkDate, ...raw }, answerContext(entries, checkDate));
  expect(problems).toEqual([]);
  return answers!;
};

describe('the words of findings', () => {
  it('every finding of every rule case, at every place, is worded in full', () => {
    let checked = 0;
    const bad: string[] = [];
    for (const { file, c, answers } of cases) {
      expect(answers, c.name).toBeDefined();
      for (const place of places) {
        const at = { ...answers!, jurisdiction: place };
        bad.push(...unworded(checkAll(entries, at, c.checkDate), `${file.regulation} “${c.name}” at ${place}`));
        checked++;
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(cases.length);
  });

  it('an applicant who has not said who applies is asked to', () => {
    const verdicts = checkAll(entries, answersFor({}, '2026-11-22'), '2026-11-22');
    expect(unworded(verdicts, 'no applicant type')).toEqual([]);
    for (const v of verdicts) expect(v.unknowns.map((f) => f.code)).toEqual(['applicant-type-missing']);
  });

  it('a re-application rule counted from the award’s expiry says so, and waits the validity years too', () => {
    const source = entries.find(
      (e) => e.regulation.sanctions.reapplication.length && e.regulation.sanctions.awardValidityYears,
    );
    if (!source) throw new Error('no regulation with a re-application rule and an award validity to build on');
    const reg = source.regulation;
    const validity = reg.sanctions.awardValidityYears!.value;
    const rule = reg.sanctions.reapplication[0]!;
    const fromExpiry: CheckInput = {
      id: source.id,
      regulation: { ...reg, sanctions: { ...reg.sanctions, reapplication: [{ ...rule, after: 'award-expiry' }] } },
    };
    const tier = reg.tiers.find((t) => t.recipients.includes('organization'))!;
    const base = cases.find((x) => x.file.regulation === source.id && x.c.applicantType === 'organization')!;
    const answers = { ...base.answers!, earlierAwards: [{ regulation: source.id, tier: tier.id, date: '2025-03-01' }] };
    const fromAward = checkRegulation(source, answers, '2026-11-22');
    const expiring = checkRegulation(fromExpiry, answers, '2026-11-22');
    const wait = (v: RegulationVerdict) => [...v.failures, ...v.limits].find((f) => f.kind === 'reapplication')!;
    expect(wait(fromAward).eligibleFrom).toBe(`${2025 + rule.waitYears}-03-01`);
    expect(wait(expiring).eligibleFrom).toBe(`${2025 + validity + rule.waitYears}-03-01`);
    expect(findingSummary(wait(fromAward))).toMatch(/^获奖后/);
    expect(findingSummary(wait(expiring))).toBe(
      `奖项有效期（${validity}年）满后${rule.waitYears}年内不得再申报${rule.scope === 'same-award' ? '同一奖项' : '本办法的奖项'}`,
    );
    expect(unworded([fromAward, expiring], 'award-expiry')).toEqual([]);
  });

  it('every reason code is given by some input above', () => {
    expect(REASON_CODES.length).toBeGreaterThan(15);
    expect([...seen].sort()).toEqual([...REASON_CODES].sort());
  });
});

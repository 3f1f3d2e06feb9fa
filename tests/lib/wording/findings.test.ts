// Every finding the engine gives has words: each rule case, at its own place and
// at every other, goes through the engine and the wording, and every reason code
// is met by a case or by an input built below (on a hand-made regulation that
// holds one condition of each kind of test, so the inputs do not depend on how
// the content is coded). A code without words fails to compile (the wording
// maps are records over the codes); a code no input reaches fails here.
import { describe, expect, it } from 'vitest';
import { INCIDENT_GRADES, INCIDENT_KINDS } from '../../../src/lib/codebook.ts';
import type { Answers } from '../../../src/lib/eligibility/answers.ts';
import {
  type CheckInput,
  checkAll,
  checkRegulation,
  type EngineRules,
  type Finding,
  type ReasonCode,
  type RegulationVerdict,
  rulesOf,
} from '../../../src/lib/eligibility/engine.ts';
import { jurisdictionPath, OTHER_JURISDICTION } from '../../../src/lib/jurisdiction.ts';
import type { Condition } from '../../../src/lib/schema.ts';
import {
  answerText,
  findingReason,
  findingSummary,
  findingText,
  incompleteText,
  matchText,
  missingText,
  missingYearsText,
  OUTCOME_LABELS,
  outcomeText,
  partLabel,
  REASON_CODES,
  reportNotice,
  roundText,
  statusCaveat,
  statusMark,
  tallyText,
  tierOutcomeText,
  tierQuotaLine,
  whyNotApplicable,
} from '../../../src/lib/wording/findings.ts';
import { questionOf } from '../../../src/lib/wording/questions.ts';
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
  ...v.tiers.flatMap((t) => t.findings),
];
const codesOf = (f: Finding): ReasonCode[] => [f.code, ...(f.code === 'tested' ? f.tests.map((t) => t.code) : [])];

const seen = new Set<ReasonCode>();

const HAN = /\p{sc=Han}/u;
const UNFILLED = /undefined|NaN|\[object|null/;
/** Words a verdict must never use: a promise of the award or of a round, or time as the only thing that cannot help. */
const PROMISE = /可申报|可获得|时间不能改变/;

/** Words every finding and tier of the verdicts; returns what does not read as Chinese with its values filled in. */
function unworded(verdicts: RegulationVerdict[], what: string): string[] {
  const bad: string[] = [];
  const check = (text: string, about: string, promiseFree = false) => {
    if (!HAN.test(text) || UNFILLED.test(text) || (promiseFree && PROMISE.test(text))) bad.push(`${about}: ${text}`);
  };
  check(tallyText(verdicts), what);
  for (const v of verdicts) {
    check(outcomeText(v), `${what}: ${v.id}`, true);
    const caveat = statusCaveat(v);
    if (caveat !== undefined) check(caveat, `${what}: ${v.id}`);
    if (statusMark(v)) check(statusMark(v), `${what}: ${v.id}`);
    for (const t of v.tiers) {
      check(tierOutcomeText(t, v), `${what}: ${v.id} tier ${t.id}`, true);
      check(tierQuotaLine(t, v), `${what}: ${v.id} tier ${t.id}`);
    }
    for (const f of findingsOf(v)) {
      for (const code of codesOf(f)) seen.add(code);
      const about = `${what}: ${v.id} ${f.id} (${f.code})`;
      check(findingSummary(f), about);
      check(findingReason(f), about, true);
      check(findingText(f), about);
      const missing = missingText(f);
      if (missing !== undefined) check(missing, about);
    }
  }
  return bad;
}

// ——— a hand-made regulation: one condition per kind of test ———

const cite = (article: number) => ({ article, quote: `第${article}条的原文` });
const condition = (id: string, c: Partial<Condition>): Condition => ({
  id,
  category: 'licences',
  summary: `条件${id}`,
  assessment: 'self-checkable',
  cite: cite(1),
  ...c,
});
const test = (fact: string, op: string, match?: Record<string, (string | boolean)[]>) =>
  ({ fact, op, ...(match && { match }) }) as NonNullable<Condition['tests']>[number];

const SAMPLE_ID = 'wording-sample';
const quota = { max: 2, asARule: true, fewerOrVacantAllowed: true, cite: cite(4) };
const sampleRules = (everyYears: number): EngineRules => ({
  title: '样例质量奖管理办法',
  shortName: '样例区',
  documentNumber: { value: '样政规〔2024〕1号' },
  stage: { value: 'final' },
  dates: { effective: { date: '2024-01-01' } },
  awardCycle: { everyYears },
  jurisdiction: { province: '样例省', district: '样例区', level: 'district', cites: [cite(1)] },
  tiers: [
    {
      id: 'gold',
      name: '样例区区长质量奖',
      kind: 'award',
      recipients: ['organization', 'individual'],
      quota,
      repeatWinners: { prize: false, countsTowardQuota: false, cite: cite(5) },
    },
    { id: 'merit', name: '样例区质量管理优秀奖', kind: 'merit-award', recipients: ['organization'], quota },
  ],
  applicants: [
    {
      type: 'organization',
      cite: cite(2),
      conditions: [
        condition('place', { tests: [test('jurisdiction', 'in-jurisdiction')] }),
        condition('years', { minYears: 3, tests: [test('foundedOn', 'years-since-at-least')] }),
        condition('legal', { tests: [test('independentLegalPerson', 'is-true')] }),
        condition('rank', { rankMax: 5, tests: [test('industryRank', 'rank-at-most')] }),
        condition('patents', { minCount: 1, tests: [test('inventionPatents', 'count-at-least')] }),
        condition('green', {
          lookbackYears: 3,
          onlyIf: { fact: 'industrialEnterprise', is: true },
          tests: [test('environmentalCreditRatings', 'every-year-within', { rating: ['green', 'blue'] })],
        }),
        condition('judged', { assessment: 'judgment' }),
        condition('judged-tested', { assessment: 'judgment', tests: [test('certifiedQms', 'is-true')] }),
        condition('self', {}),
      ],
    },
    {
      type: 'individual',
      cite: cite(3),
      conditions: [
        condition('work', { minYears: 5, tests: [test('workHistory', 'years-in-place-at-least')] }),
        condition('no-violations', { tests: [test('personalViolations', 'none-within')] }),
      ],
    },
  ],
  exclusionClauses: [
    {
      ...condition('accidents', {
        lookbackYears: 3,
        tests: [test('accidents', 'none-within', { grade: ['larger', 'major', 'especially-major'] })],
      }),
      appliesTo: ['organization'],
    },
    {
      ...condition('penalties', { lookbackYears: 3, tests: [test('administrativePenalties', 'none-within')] }),
      appliesTo: ['organization'],
    },
    { ...condition('violations', { tests: [test('otherViolations', 'none-within')] }), appliesTo: ['organization'] },
    {
      ...condition('losses', {
        lookbackYears: 3,
        tests: [test('annualResults', 'no-loss-within', { policyInduced: [false] })],
      }),
      appliesTo: ['organization'],
    },
    {
      ...condition('loss-sum', { lookbackYears: 3, tests: [test('annualResults', 'no-cumulative-loss-within')] }),
      appliesTo: ['organization'],
    },
  ],
  sanctions: {
    bans: [{ cause: 'fraud', years: 3, appliesTo: ['organization', 'individual'], cite: cite(6) }],
    reapplication: [
      { waitYears: 3, after: 'award', scope: 'same-award', cite: cite(7) },
      // Binds the winners of the lower tier only, and closes every tier to them.
      { waitYears: 5, after: 'award', scope: 'any-tier', afterTiers: ['merit'], cite: cite(8) },
    ],
  },
});
const sample: CheckInput = { id: SAMPLE_ID, regulation: sampleRules(1) };
const samplePlace = jurisdictionPath(sample.regulation);
const DAY = '2026-11-22';

/** An organization that meets every condition of the sample. */
const clean: Answers = {
  applicantType: 'organization',
  jurisdiction: samplePlace,
  foundedOn: '2015-01-01',
  independentLegalPerson: true,
  industryRank: 2,
  inventionPatents: 3,
  industrialEnterprise: true,
  environmentalCreditRatings: [2023, 2024, 2025].map((year) => ({ year, rating: 'green' })),
  certifiedQms: true,
  accidents: [
    { date: '2025-05-01', grade: 'general' },
    { date: '2020-01-01', grade: 'major' },
  ],
  administrativePenalties: [],
  otherViolations: [],
  annualResults: [
    { year: 2023, netProfit: 100 },
    { year: 2024, netProfit: -20, policyInduced: true },
    { year: 2025, netProfit: 50 },
  ],
  sanctions: [],
  earlierAwards: [],
};

/** Inputs meant to give every reason code: each a variant of the clean answers. */
const variants: Record<string, Answers> = {
  clean,
  'not yet three years, a major accident, a loss, a fine': {
    ...clean,
    foundedOn: '2025-01-01',
    industryRank: 9,
    inventionPatents: 0,
    environmentalCreditRatings: [2023, 2024, 2025].map((year) => ({ year, rating: year === 2024 ? 'yellow' : 'blue' })),
    accidents: [{ date: '2025-05-01', grade: 'major', kind: 'food-drug-safety' }],
    otherViolations: [{ date: '2010-01-01' }],
    annualResults: [
      { year: 2023, netProfit: -300, policyInduced: false },
      { year: 2024, netProfit: 10 },
      { year: 2025, netProfit: 10 },
    ],
  },
  'half answers': {
    ...clean,
    accidents: [{ grade: 'major' }, {}],
    administrativePenalties: [{}],
    environmentalCreditRatings: [{ year: 2023, rating: 'green' }],
    annualResults: [{ year: 2024 }, { year: 2025, netProfit: 10 }],
    sanctions: [{ event: 'award-revoked-for-fraud' }],
    earlierAwards: [{ regulation: SAMPLE_ID }],
  },
  'not an industrial enterprise, no records answered': {
    applicantType: 'organization',
    jurisdiction: samplePlace,
    industrialEnterprise: false,
  },
  'banned, and a winner of the top tier': {
    ...clean,
    sanctions: [{ regulation: SAMPLE_ID, event: 'award-revoked-for-fraud', date: '2025-01-01' }],
    earlierAwards: [{ regulation: SAMPLE_ID, tier: 'gold', date: '2025-03-01' }],
  },
  'a winner of the top tier': {
    ...clean,
    earlierAwards: [{ regulation: SAMPLE_ID, tier: 'gold', date: '2025-03-01' }],
  },
  'a winner of the lower tier': {
    ...clean,
    earlierAwards: [{ regulation: SAMPLE_ID, tier: 'merit', date: '2025-03-01' }],
  },
  'seeks a tier not set up': { ...clean, soughtTier: 'nomination-award' },
  'from another place': { ...clean, jurisdiction: OTHER_JURISDICTION },
  'no applicant type': {},
  'an individual, four years here and still working': {
    applicantType: 'individual',
    jurisdiction: samplePlace,
    workHistory: [
      { place: samplePlace, from: '2022-11-22' },
      { place: OTHER_JURISDICTION, from: '2010-01-01', to: '2022-11-01' },
    ],
    personalViolations: [],
    sanctions: [],
    earlierAwards: [],
  },
  'an individual with a period half told': {
    applicantType: 'individual',
    jurisdiction: samplePlace,
    workHistory: [{ from: '2010-01-01' }],
  },
};
const orgOnly: CheckInput = {
  id: SAMPLE_ID,
  regulation: {
    ...sample.regulation,
    applicants: sample.regulation.applicants.filter((a) => a.type === 'organization'),
  },
};

const verdictOf = (a: Answers, entry = sample, day = DAY) => checkRegulation(entry, a, day);

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

  it('every finding of the hand-made inputs is worded in full, for a yearly and a two-yearly cycle', () => {
    const twoYearly: CheckInput = { id: SAMPLE_ID, regulation: sampleRules(2) };
    const bad: string[] = [];
    for (const [name, a] of Object.entries(variants))
      for (const entry of [sample, twoYearly]) bad.push(...unworded([verdictOf(a, entry)], name));
    bad.push(...unworded([verdictOf({ applicantType: 'individual', jurisdiction: samplePlace }, orgOnly)], 'org only'));
    expect(bad).toEqual([]);
  });

  it('an applicant who has not said who applies is asked to', () => {
    const verdicts = checkAll(entries, {}, DAY);
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
    const wait = (v: RegulationVerdict) =>
      [...v.failures, ...v.limits, ...v.tiers.flatMap((t) => t.findings)].find((f) => f.code === 'reapplication-wait')!;
    const fromAward = wait(checkRegulation(source, answers, DAY));
    const expiring = wait(checkRegulation(fromExpiry, answers, DAY));
    expect(fromAward.eligibleFrom).toBe(`${2025 + rule.waitYears}-03-01`);
    expect(expiring.eligibleFrom).toBe(`${2025 + validity + rule.waitYears}-03-01`);
    expect(findingSummary(fromAward)).toMatch(/^获/);
    expect(findingSummary(expiring)).toContain(`有效期（${validity}年）满后${rule.waitYears}年内不得再申报`);
  });

  it('every reason code is given by some input above', () => {
    expect(REASON_CODES.length).toBeGreaterThan(25);
    expect([...seen].sort()).toEqual([...REASON_CODES].sort());
  });
});

describe('the outcome line', () => {
  const waiting = verdictOf(variants['a winner of the top tier']!);

  it('a yearly award: from when nothing checked stands in the way, and the first round that day can reach', () => {
    expect(waiting.outcome).toBe('eligible'); // the merit tier is open: only the top one waits
    const gold = waiting.tiers.find((t) => t.id === 'gold')!;
    expect(gold.outcome).toBe('ruled-out');
    expect(tierOutcomeText(gold, waiting)).toBe(
      `样例区区长质量奖（正奖）：${OUTCOME_LABELS['ruled-out']}：自 2028-03-01 起，可核对的硬性条件不再构成障碍；${roundText('2028-03-01', 1)}`,
    );
    expect(roundText('2028-03-01', 1)).toBe(
      '评选每年一次：最早可参加 2028 年的评选；如该年申报截止早于 2028-03-01，则为 2029 年，以当年申报通知为准',
    );
    const closed = verdictOf(variants['a winner of the top tier']!, {
      id: SAMPLE_ID,
      regulation: { ...sample.regulation, tiers: sample.regulation.tiers.slice(0, 1) },
    });
    expect(closed.outcome).toBe('ruled-out');
    expect(outcomeText(closed)).toBe(
      `不符合条件：自 2028-03-01 起，可核对的硬性条件不再构成障碍；${roundText('2028-03-01', 1)}`,
    );
    expect(outcomeText(closed)).not.toMatch(PROMISE);
    // A question still open bears on every tier: the tier's day is hedged as the regulation's is.
    const open = {
      ...closed,
      unknowns: [
        {
          id: 'x',
          kind: 'condition',
          code: 'judgment',
          summary: 's',
          cite: closed.tiers[0]!.findings[0]!.cite,
        } as const,
      ],
    };
    expect(tierOutcomeText(closed.tiers[0]!, open)).toContain('（另有 1 项尚未回答）');
    expect(tierOutcomeText(closed.tiers[0]!, closed)).not.toContain('尚未回答');
  });

  it('a two-yearly award: the next 届 after that day, its year left to the 申报通知', () => {
    const text = roundText('2028-03-01', 2);
    expect(text).toBe('评选每两年一次：为 2028-03-01 之后的下一届，其年份以申报通知为准');
    expect(text).not.toMatch(/2029|2030/);
  });

  it('where time alone cannot clear it, says that waiting does not, not that time cannot change it', () => {
    const v = verdictOf({ ...clean, independentLegalPerson: false });
    expect(v.outcome).toBe('ruled-out');
    expect(v.eligibleFrom).toBeUndefined();
    expect(outcomeText(v)).toBe('不符合条件（单靠等待不会消除）');
  });

  it('a time-bound verdict with questions still open says so', () => {
    const v = verdictOf(
      { ...variants['a winner of the top tier']!, administrativePenalties: [{}] },
      {
        id: SAMPLE_ID,
        regulation: { ...sample.regulation, tiers: sample.regulation.tiers.slice(0, 1) },
      },
    );
    expect(outcomeText(v)).toContain('自 2028-03-01 起，所列不符合的条件不再构成障碍（另有 1 项尚未回答）');
  });

  it('a rule that binds the winners of one tier names that tier, and frees the others', () => {
    const v = verdictOf(variants['a winner of the lower tier']!);
    expect(v.outcome).toBe('ruled-out');
    const wait = v.failures.find((f) => f.code === 'reapplication-wait')!;
    expect(findingSummary(wait)).toBe(
      '获得样例区质量管理优秀奖后5年内不得再申报本办法的奖项（获得其他奖项的不受此限）',
    );
    expect(findingReason(wait)).toBe(
      '您于 2025-03-01 获得样例区质量管理优秀奖，2030-03-01 前不得再申报样例区区长质量奖；您于 2025-03-01 获得样例区质量管理优秀奖，2030-03-01 前不得再申报样例区质量管理优秀奖',
    );
  });

  it('another place is not applicable, never “不符合条件”', () => {
    const v = verdictOf({ ...variants['from another place']!, independentLegalPerson: false });
    expect(v.outcome).toBe('out-of-area');
    expect(outcomeText(v)).toBe('不适用（辖区不同）');
    // The fold cites the place condition, not the first failure in the list.
    expect(v.failures.map((f) => f.id)).toEqual(['place', 'legal']);
    v.failures.reverse();
    expect(whyNotApplicable(v)?.id).toBe('place');
  });

  it('each tier carries its quota per cycle and the reviewers’ choice', () => {
    const v = verdictOf(clean);
    expect(v.tiers.map((t) => tierQuotaLine(t, v))).toEqual([
      '名额：每年原则上不超过2个，可少额或空缺，评审择优',
      '名额：每年原则上不超过2个，可少额或空缺，评审择优',
    ]);
    const twoYearly = checkRegulation({ id: SAMPLE_ID, regulation: sampleRules(2) }, clean, DAY);
    expect(tierQuotaLine(twoYearly.tiers[0]!, twoYearly)).toBe(
      '名额：每届（每两年一次）原则上不超过2个，可少额或空缺，评审择优',
    );
  });

  it('the notice says what a verdict is not, and the day of the data', () => {
    const notice = reportNotice('2026-12-02');
    for (const words of ['评审决定', '申报通知', '法律意见', '2026-12-02']) expect(notice).toContain(words);
  });
});

describe('what a test counts, and what a half answer lacks', () => {
  it('a match is worded from the codebook labels and the attributes’ names', () => {
    const text = matchText('accidents', { grade: ['larger', 'major'], kind: ['food-drug-safety'] });
    expect(text).toBe(
      `（计入：${partLabel('accidents', 'grade')} ${INCIDENT_GRADES.larger.label}、${INCIDENT_GRADES.major.label}；${partLabel('accidents', 'kind')} ${INCIDENT_KINDS['food-drug-safety'].label}）`,
    );
    expect(matchText('accidents', { responsible: [true] })).toBe(
      `（计入：${partLabel('accidents', 'responsible')} 是）`,
    );
    expect(matchText('accidents', undefined)).toBe('');
  });

  it('an accident clause that counts some grades names them, and clears the others', () => {
    const v = verdictOf(clean);
    const accidents = v.passed.find((f) => f.id === 'accidents')!;
    const reason = findingReason(accidents);
    expect(reason).toContain(INCIDENT_GRADES.larger.label);
    expect(reason).toContain('2020-01-01 在此之前');
    expect(reason).toContain('另有 1 项不属计入的种类');
  });

  it('incomplete items name the question, the item and its missing parts', () => {
    const text = incompleteText([
      { fact: 'accidents', index: 2, missing: ['grade'] },
      { fact: 'accidents', index: 0, missing: ['date', 'kind'] },
    ]);
    expect(text).toBe(
      `${questionOf('accidents')}：第 1 项缺日期、${partLabel('accidents', 'kind')}；第 3 项缺${partLabel('accidents', 'grade')}`,
    );
    const v = verdictOf(variants['half answers']!);
    const penalties = v.unknowns.find((f) => f.id === 'penalties')!;
    expect(findingReason(penalties)).toBe(`请补全：${questionOf('administrativePenalties')}：第 1 项缺日期`);
    expect(missingText(penalties)).toBeUndefined();
  });

  it('missing years name the years and what each lacks', () => {
    expect(missingYearsText([{ fact: 'annualResults', years: [2023, 2024] }])).toBe(
      `${questionOf('annualResults')}：缺 2023、2024 年度的净利润`,
    );
    const v = verdictOf(variants['half answers']!);
    const sum = v.unknowns.find((f) => f.id === 'loss-sum')!;
    expect(findingReason(sum)).toContain('缺 2023 年度的净利润');
    expect(findingReason(sum)).toContain('第 1 项缺净利润');
  });

  it('an unanswered fact is asked for by its question', () => {
    const v = verdictOf(variants['not an industrial enterprise, no records answered']!);
    const rank = v.unknowns.find((f) => f.id === 'rank')!;
    expect(findingReason(rank)).toBe('缺少回答');
    expect(missingText(rank)).toBe(`（请回答：${questionOf('industryRank')}）`);
    const green = v.passed.find((f) => f.id === 'green')!;
    expect(findingReason(green)).toBe(
      `不适用：您回答“${questionOf('industrialEnterprise')}”为“否”，本条只适用于回答“是”的申报者`,
    );
  });
});

describe('the answers table', () => {
  it('names an earlier award by its regulation and tier, not their ids', () => {
    const named = entries.map((e) => ({ id: e.id, shortName: e.regulation.shortName, tiers: e.regulation.tiers }));
    const [first] = named;
    const [tier] = first!.tiers;
    const text = answerText('earlierAwards', [{ regulation: first!.id, tier: tier!.id, date: '2024-12-01' }], named);
    expect(text).toContain(first!.shortName);
    expect(text).toContain(tier!.name);
    expect(text).not.toContain(first!.id);
    expect(text).toContain('2024-12-01');
  });
});

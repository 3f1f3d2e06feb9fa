// Answer validation: every bad answer names its field and what was expected;
// nothing throws on user input.
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS, parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext } from '../../../src/lib/eligibility/engine.ts';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries();
const ctx = answerContext(entries, '2026-11-22');
const problemsOf = (input: unknown) => parseAnswers(input, ctx).problems;
const fields = (input: unknown) => problemsOf(input).map((p) => p.field);

describe('parseAnswers', () => {
  it('accepts good answers, with unanswered facts left out', () => {
    const r = parseAnswers(
      {
        applicantType: 'organization',
        jurisdiction: '江苏省/南通市/通州区',
        foundedOn: '2015-06-01',
        accidents: [],
        independentLegalPerson: true,
        soughtTier: 'award',
        inventionPatents: 0,
        annualResults: [{ year: 2024, netProfit: -120.5, policyInduced: true }, { year: 2025 }],
        administrativePenalties: [{}],
        dishonestyRecords: [{ date: '2025-01-01', severity: 'serious', labourSecurity: false }],
        sanctions: [
          { regulation: 'other', event: 'award-revoked-for-incident', date: '2021-01-01' },
          { date: '2020-01-01' },
        ],
      },
      ctx,
    );
    expect(r.problems).toEqual([]);
    // Half answers (an item with no date, a year with no result) are kept as given.
    expect(r.answers).toMatchObject({ foundedOn: '2015-06-01', accidents: [], administrativePenalties: [{}] });
    expect(r.answers?.annualResults).toEqual([{ year: 2024, netProfit: -120.5, policyInduced: true }, { year: 2025 }]);
  });

  it.each([
    ['a founding date in the future', { foundedOn: '2027-01-01' }, 'foundedOn', /晚于今天（2026-11-22）/],
    ['a malformed date', { foundedOn: '2023-02-30' }, 'foundedOn', /不是有效日期/],
    [
      'a date in the wrong form',
      { administrativePenalties: [{ date: '2023/11/23' }] },
      'administrativePenalties.0.date',
      /YYYY-MM-DD/,
    ],
    [
      'an event that has not happened yet',
      { accidents: [{ date: '2025-01-01' }, { date: '2026-12-01' }] },
      'accidents.1.date',
      /只填已经发生的事/,
    ],
    ['a negative rank', { industryRank: -2 }, 'industryRank', /1 或更大/],
    ['a rank that is not a whole number', { industryRank: 2.5 }, 'industryRank', /整数/],
    ['an unknown jurisdiction', { jurisdiction: '火星' }, 'jurisdiction', /未知地区“火星”：应为 .*other/],
    [
      'an unknown applicant type',
      { applicantType: 'government' },
      'applicantType',
      /organization（组织）或 individual（个人）/,
    ],
    ['yes-or-no given as text', { hasLicences: 'yes' }, 'hasLicences', /“是”或“否”/],
    ['a day before 1900', { foundedOn: '1899-12-31' }, 'foundedOn', /1900-01-01 与 2200-12-31 之间/],
    ['a year not yet over', { annualResults: [{ year: 2026, netProfit: 1 }] }, 'annualResults.0.year', /还没有结束/],
    [
      'a year given twice',
      {
        annualResults: [
          { year: 2024, netProfit: 1 },
          { year: 2024, netProfit: 2 },
        ],
      },
      'annualResults.1.year',
      /填了两次/,
    ],
    [
      'an amount that is no number',
      { annualResults: [{ year: 2024, netProfit: '-12万' }] },
      'annualResults.0.netProfit',
      /金额应为数字/,
    ],
    ['a negative count', { inventionPatents: -1 }, 'inventionPatents', /不应为负/],
    [
      'an accident grade the codebook lacks',
      { accidents: [{ date: '2024-01-01', grade: 'minor' }] },
      'accidents.0.grade',
      /grade应为/,
    ],
    [
      'an attribute the fact lacks',
      { administrativePenalties: [{ date: '2024-01-01', grade: 'general' }] },
      'administrativePenalties.0',
      /没有这一项：grade/,
    ],
    [
      'a period ending before it began',
      { workHistory: [{ from: '2020-01-01', to: '2019-01-01' }] },
      'workHistory.0.to',
      /早于开始日期/,
    ],
    [
      'a period in an unknown place',
      { workHistory: [{ place: '火星', from: '2020-01-01' }] },
      'workHistory.0.place',
      /未知地区/,
    ],
    ['an unknown award sought', { soughtTier: 'gold' }, 'soughtTier', /所申报的奖项应为/],
    [
      'too many items',
      { accidents: Array.from({ length: MAX_ITEMS + 1 }, () => ({})) },
      'accidents',
      /最多填写 200 项/,
    ],
    [
      'an award under an unknown regulation',
      { earlierAwards: [{ regulation: 'nowhere', tier: 'x', date: '2024-01-01' }] },
      'earlierAwards.0.regulation',
      /未知办法/,
    ],
    [
      'an award of a tier the regulation lacks',
      { earlierAwards: [{ regulation: entries[0]!.id, tier: 'gold', date: '2024-01-01' }] },
      'earlierAwards.0.tier',
      /没有奖项“gold”/,
    ],
    [
      'an unknown sanction event',
      { sanctions: [{ regulation: 'other', event: 'lateness', date: '2024-01-01' }] },
      'sanctions.0.event',
      /event应为/,
    ],
    [
      'a sanction under an unknown scheme',
      { sanctions: [{ regulation: 'nowhere', event: 'award-revoked-for-fraud', date: '2024-01-01' }] },
      'sanctions.0.regulation',
      /未知办法“nowhere”：应为 .*other/,
    ],
    ['a question the checker does not ask', { favouriteColour: 'blue' }, '(answers)', /没有这一项：favouriteColour/],
  ])('%s', (_, input, field, message) => {
    const ps = problemsOf(input);
    const p = ps.find((x) => x.field === field);
    expect(p, JSON.stringify(ps)).toBeDefined();
    expect(p!.message).toMatch(message);
    expect(parseAnswers(input, ctx).answers).toBeUndefined();
  });

  it('reports every problem at once, and never throws on nonsense', () => {
    expect(fields({ foundedOn: '2030-01-01', jurisdiction: '火星', checkDate: '2026-13-01' }).sort()).toEqual([
      'checkDate',
      'foundedOn',
      'jurisdiction',
    ]);
    for (const junk of [
      null,
      42,
      'text',
      [],
      { accidents: 'yesterday' },
      { earlierAwards: [null, 3] },
      { accidents: ['2024-01-01'] },
    ]) {
      expect(() => parseAnswers(junk, ctx)).not.toThrow();
      expect(parseAnswers(junk, ctx).answers).toBeUndefined();
    }
  });
});

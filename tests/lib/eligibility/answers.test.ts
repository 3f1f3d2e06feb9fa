// Answer validation: every bad answer names its field and what was expected;
// nothing throws on user input.
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answersFromRow } from '../../../src/lib/eligibility/answer-row.ts';
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
      },
      ctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.answers).toMatchObject({ foundedOn: '2015-06-01', accidents: [] });
  });

  it.each([
    ['a founding date in the future', { foundedOn: '2027-01-01' }, 'foundedOn', /晚于今天（2026-11-22）/],
    ['a malformed date', { foundedOn: '2023-02-30' }, 'foundedOn', /不是有效日期/],
    [
      'a date in the wrong form',
      { administrativePenalties: ['2023/11/23'] },
      'administrativePenalties.0',
      /YYYY-MM-DD/,
    ],
    [
      'an event that has not happened yet',
      { accidents: ['2025-01-01', '2026-12-01'] },
      'accidents.1',
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
    ['a loss year still to come', { lossYears: [2027] }, 'lossYears.0', /还没有到/],
    [
      'an award under an unknown regulation',
      { earlierAwards: [{ regulation: 'nowhere', tier: 'x', date: '2024-01-01' }] },
      'earlierAwards.0.regulation',
      /未知办法/,
    ],
    [
      'an award of a tier the regulation lacks',
      { earlierAwards: [{ regulation: 'hongqi-2022', tier: 'gold', date: '2024-01-01' }] },
      'earlierAwards.0.tier',
      /没有奖项“gold”/,
    ],
    [
      'an unknown sanction cause',
      { sanctions: [{ regulation: 'hongqi-2022', cause: 'lateness', date: '2024-01-01' }] },
      'sanctions.0.cause',
      /原因应为/,
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
    for (const junk of [null, 42, 'text', [], { accidents: 'yesterday' }, { earlierAwards: [null, 3] }]) {
      expect(() => parseAnswers(junk, ctx)).not.toThrow();
      expect(parseAnswers(junk, ctx).answers).toBeUndefined();
    }
  });
});

describe('answersFromRow (CSV)', () => {
  it('reads yes/no, lists, none and records', () => {
    const { raw, problems } = answersFromRow({
      name: '甲',
      applicantType: 'organization',
      independentLegalPerson: '是',
      hasLicences: 'false',
      accidents: '2024-01-02; 2025-03-04',
      administrativePenalties: '无',
      lossYears: '2024；2025',
      industryRank: '3',
      earlierAwards: 'tongzhou-2023:district-head-award:2024-12-01',
      otherViolations: '',
    });
    expect(problems).toEqual([]);
    expect(raw).toEqual({
      applicantType: 'organization',
      independentLegalPerson: true,
      hasLicences: false,
      accidents: ['2024-01-02', '2025-03-04'],
      administrativePenalties: [],
      lossYears: [2024, 2025],
      industryRank: 3,
      earlierAwards: [{ regulation: 'tongzhou-2023', tier: 'district-head-award', date: '2024-12-01' }],
    });
  });

  it('names the column it cannot read', () => {
    const { problems } = answersFromRow({ hasLicences: '也许', earlierAwards: 'tongzhou-2023', colour: 'x' });
    expect(problems.map((p) => p.field).sort()).toEqual(['colour', 'earlierAwards.0', 'hasLicences']);
  });
});

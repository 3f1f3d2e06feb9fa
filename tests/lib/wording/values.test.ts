// Coded values in words: the quota beside a verdict and the re-application
// rules, read as the texts write them (a rule that binds the winners of one
// tier only says so), and the same words for every regulation of the content.
import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../src/lib/schema.ts';
import {
  perCycleText,
  quotaText,
  reapplicationLimitText,
  reapplicationRuleText,
  tierQuotaText,
} from '../../../src/lib/wording/values.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const cite = { article: 4, quote: '原文' };
const quota = (q: Partial<NonNullable<Tier['quota']>>) => ({
  quota: { asARule: false, fewerOrVacantAllowed: false, cite, ...q },
});

describe('quotas', () => {
  it('原则上 qualifies the figure it stands before', () => {
    expect(quotaText(quota({ max: 2, asARule: true, fewerOrVacantAllowed: true }))).toBe(
      '原则上不超过2个，可少额或空缺',
    );
    expect(quotaText(quota({ min: 3, max: 5 }))).toBe('3至5个');
    expect(quotaText({})).toBe('原文未规定');
  });

  it('beside a verdict: per year or per round, and chosen by the reviewers', () => {
    expect(perCycleText(1)).toBe('每年');
    expect(perCycleText(2)).toBe('每届（每两年一次）');
    expect(tierQuotaText(quota({ max: 2, asARule: true, fewerOrVacantAllowed: true }), 1)).toBe(
      '每年原则上不超过2个，可少额或空缺，评审择优',
    );
    expect(tierQuotaText(quota({ maxPerTrack: 2 }), 2)).toBe('每届（每两年一次）每个类别各不超过2个，评审择优');
    expect(tierQuotaText({}, 1)).toBe('名额原文未规定，评审择优');
  });

  it('every tier of the content has its quota in words', () => {
    for (const { id, regulation } of [...realEntries(), ...fixtureEntries()])
      for (const t of regulation.tiers)
        expect(tierQuotaText(t, regulation.awardCycle.everyYears), `${id} ${t.id}`).toMatch(/^(每|名额).+评审择优$/);
  });
});

describe('re-application rules', () => {
  const sameAward = { waitYears: 3, after: 'award', scope: 'same-award' } as const;
  const anyTier = { waitYears: 5, after: 'award', scope: 'any-tier' } as const;

  it('from the award, or from its expiry', () => {
    expect(reapplicationRuleText(sameAward)).toBe('获奖3年后可再申报同一奖项');
    expect(reapplicationLimitText(sameAward)).toBe('获奖后3年内不得再申报同一奖项');
    expect(reapplicationLimitText({ ...anyTier, after: 'award-expiry' }, 4)).toBe(
      '奖项有效期（4年）满后5年内不得再申报本办法的奖项',
    );
  });

  it('a rule that binds the winners of some tiers names them and frees the others', () => {
    const rule = { ...anyTier, afterTiers: ['mayor-award'] };
    expect(reapplicationLimitText(rule, undefined, ['连云港市市长质量奖'])).toBe(
      '获得连云港市市长质量奖后5年内不得再申报本办法的奖项（获得其他奖项的不受此限）',
    );
    expect(reapplicationRuleText(rule, undefined, ['连云港市市长质量奖'])).toBe(
      '获得连云港市市长质量奖5年后方可再申报本办法的奖项（获得其他奖项的不受此限）',
    );
    expect(reapplicationLimitText({ ...rule, after: 'award-expiry' }, 4, ['甲奖', '乙奖'])).toBe(
      '所获甲奖或乙奖有效期（4年）满后5年内不得再申报本办法的奖项（获得其他奖项的不受此限）',
    );
  });

  it('every rule of the content names the tiers it binds, by name', () => {
    for (const { id, regulation } of [...realEntries(), ...fixtureEntries()]) {
      const { reapplication, awardValidityYears } = regulation.sanctions;
      for (const rule of reapplication) {
        const names = rule.afterTiers?.map((t) => regulation.tiers.find((x) => x.id === t)?.name ?? t);
        const text = reapplicationRuleText(rule, awardValidityYears?.value, names);
        expect(text, id).not.toMatch(/[a-z]/);
        for (const name of names ?? []) expect(text, id).toContain(name);
      }
    }
  });
});

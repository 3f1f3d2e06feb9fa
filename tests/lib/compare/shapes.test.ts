// The comparison of shapes real regulations use (tests/fixtures/content/shapes/): quotas per recipient with no
// shared total, a tier outside the yearly total, a bonus as a share of a higher prize, a cycle set elsewhere,
// a text known only in part, recipients beyond organizations and individuals.
import { describe, expect, it } from 'vitest';
import { prizesSection, shareOfPrize, tiersSection } from '../../../src/lib/compare/awards.ts';
import { tierCapacity, tierPayout } from '../../../src/lib/compare/capacity.ts';
import type { ComparisonSection } from '../../../src/lib/compare/table.ts';
import { shapeEntries } from '../../support/regulations.ts';

const entries = shapeEntries();
const byId = (id: string) => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture ${id}`);
  return e;
};
const tiers = tiersSection(entries);
const prizes = prizesSection(entries);
const text = (section: ComparisonSection, row: string, id: string) => {
  const r = section.rows.find((x) => x.id === row);
  if (!r) throw new Error(`no row ${row}`);
  return r.cells[id]!.text;
};

describe('quotas per recipient with no shared total', () => {
  const { id, regulation: reg } = byId('shape-per-recipient-2024');
  const tier = reg.tiers[0]!;

  it('sum to the tier’s limit, each recipient its own cap', () => {
    expect(tier.quota).toBeUndefined();
    const cap = tierCapacity(reg, tier);
    expect(cap).toMatchObject({ maxPerCycle: 4, maxPerYear: 4, maxPerRecipient: { organization: 2, individual: 2 } });
    expect(cap.explanation).toContain('= 4个');
  });

  it('read as quotas, never 名额未定 or 未规定', () => {
    for (const row of ['tier-1-quota', 'tier-1-per-year', 'tier-1-individuals', 'awards-per-year'])
      expect(text(tiers, row, id)).not.toMatch(/未定|未规定|无法/);
    expect(text(tiers, 'tier-1-quota', id)).toMatch(/组织不超过2个.*个人不超过2个.*无共同总数/);
    expect(text(tiers, 'tier-1-individuals', id)).toBe('2个');
  });

  it('pay each recipient’s cap at its own prize', () => {
    expect(tierPayout(reg, tier).maxPerCycleYuan).toBe(2 * 200_000 + 2 * 50_000);
    expect(text(prizes, 'payout-per-cycle', id)).toBe('50万元');
  });
});

describe('a tier with no limit, outside the yearly total', () => {
  const { id, regulation: reg } = byId('shape-outside-total-2024');
  const special = reg.tiers.find((t) => t.quota?.unlimited)!;

  it('is flagged, neither unknown nor zero', () => {
    expect(tierCapacity(reg, special)).toMatchObject({ unlimited: true, outsideTotal: true, maxPerCycle: undefined });
    expect(text(tiers, `tier-${special.rank}-per-year`, id)).toBe('不限定名额');
    expect(text(tiers, `tier-${special.rank}-quota`, id)).toContain('不占年度奖项总指标');
  });

  it('stands beside the totals, which sum the other tiers', () => {
    const awards = text(tiers, 'awards-per-year', id);
    expect(awards).toMatch(/^3个（另有.*不限定名额，不占年度奖项总指标，未计入）$/);
    expect(awards).toContain(special.name);
    expect(text(prizes, 'payout-per-cycle', id)).toMatch(/^150万元（另有/);
    // A total that leaves a tier out is no maximum to mark as the highest.
    expect(prizes.rows.find((r) => r.id === 'payout-per-cycle')!.cells[id]!.num).toBeUndefined();
  });
});

describe('a bonus as a share of the higher award’s prize', () => {
  const { id, regulation: reg } = byId('shape-share-bonus-2024');
  const bonus = reg.higherAwardBonuses[0]!;

  it('is computed where the atlas has the award', () => {
    expect(bonus).toMatchObject({ percentOfPrize: 50, amountYuan: null });
    expect(shareOfPrize(entries, bonus, 50)).toEqual({ min: 250_000, max: 250_000 });
    expect(text(prizes, 'higher-award-bonuses', id)).toContain('50%（25万元');
  });

  it('stays a percentage where it does not', () => {
    const alone = prizesSection([byId(id)]);
    expect(text(alone, 'higher-award-bonuses', id)).toMatch(/该奖项奖金的50%$/);
  });
});

describe('a cycle set by higher-level rules', () => {
  const { id, regulation: reg } = byId('shape-cycle-set-by-2024');

  it('names who sets it and computes nothing per year', () => {
    expect(reg.awardCycle.everyYears).toEqual({ setBy: 'higher-level-rules' });
    expect(text(tiers, 'cycle', id)).toBe('按上级规定');
    const cap = tierCapacity(reg, reg.tiers[0]!);
    expect(cap).toMatchObject({ maxPerCycle: 2, maxPerYear: undefined });
    expect(text(tiers, 'tier-1-per-year', id)).toMatch(/无法折合每年/);
    expect(text(prizes, 'payout-per-cycle', id)).toBe('20万元');
    expect(text(prizes, 'payout-per-year', id)).toMatch(/无法折合每年/);
  });
});

describe('a text known only in part', () => {
  const { id } = byId('shape-partial-2015');

  it('reads 现有文本未载 where it is silent, never 未规定 or zero', () => {
    const cells = [...tiers.rows, ...prizes.rows].map((r) => r.cells[id]!);
    for (const c of cells) expect(c.text).not.toMatch(/未规定|未定|^0/);
    for (const row of ['tier-1-quota', 'tier-1-per-year', 'prize-1-organization', 'payout-per-cycle'])
      expect(text(row.startsWith('tier') ? tiers : prizes, row, id)).toBe('现有文本未载');
  });
});

describe('recipients beyond organizations and individuals', () => {
  const { id, regulation: reg } = byId('shape-recipients-2024');

  it('get prize rows of their own', () => {
    for (const t of reg.tiers)
      for (const r of t.recipients) expect(text(prizes, `prize-${t.rank}-${r}`, id)).toMatch(/万元$/);
    expect(prizes.rows.find((r) => r.id === 'prize-2-project')!.label).toContain('项目');
    expect(prizes.rows.find((r) => r.id === 'prize-3-organizational-unit')!.label).toContain('组织单元');
  });
});

// Normalized quotas and payouts: biennial cycles, totals shared across tracks,
// per-recipient caps, and the payout optimizer checked against brute force.
import { describe, expect, it } from 'vitest';
import { awardSlots, perYear, tierCapacity, tierPayout } from '../../../src/lib/compare/capacity.ts';
import type { Regulation, Tier } from '../../../src/lib/schema.ts';
import { realEntries } from '../../support/regulations.ts';

const regs = new Map(realEntries().map((e) => [e.id, e.regulation]));
/** A regulation of the content, by id. */
const regOf = (id: string): Regulation => {
  const reg = regs.get(id);
  if (!reg) throw new Error(`no regulation ${id} in the content`);
  return reg;
};
const tier = (id: string, tierId: string) => regOf(id).tiers.find((t) => t.id === tierId)!;

describe('awards per cycle and per year', () => {
  it('a biennial quota of 3 is 1.5 a year (红旗)', () => {
    const reg = regOf('hongqi-2022');
    expect(reg.awardCycle.everyYears).toBe(2);
    const cap = tierCapacity(reg, reg.tiers[0]!);
    expect(cap.maxPerCycle).toBe(3);
    expect(cap.maxPerYear).toBe(1.5);
    expect(cap.explanation).toContain('3 ÷ 2 = 1.5');
  });

  it('长宁 质量金奖: ten shared by the two tracks, not ten each; five a year', () => {
    const reg = regOf('changning-2023');
    const gold = tier('changning-2023', 'gold-award');
    expect(gold.tracks).toHaveLength(2);
    const cap = tierCapacity(reg, gold);
    expect(cap.maxPerCycle).toBe(10);
    expect(cap.maxPerYear).toBe(5);
    // No per-track cap: all ten may go to individuals (成果) or to organizations (模式).
    expect(cap.maxPerRecipient).toEqual({ organization: 10, individual: 10 });
  });

  it('长宁 区长质量奖: two per track makes four per cycle, two a year', () => {
    const cap = tierCapacity(regOf('changning-2023'), tier('changning-2023', 'district-head-award'));
    expect(cap.maxPerCycle).toBe(4);
    expect(cap.maxPerYear).toBe(2);
    expect(cap.maxPerRecipient).toEqual({ organization: 2, individual: 2 });
  });

  it('连云港: a cap of one individual inside a shared total of three', () => {
    const reg = regOf('lianyungang-2021');
    const mayor = tierCapacity(reg, tier('lianyungang-2021', 'mayor-award'));
    expect(mayor).toMatchObject({ maxPerCycle: 3, maxPerYear: 3, maxPerRecipient: { organization: 3, individual: 1 } });
    const nomination = tierCapacity(reg, tier('lianyungang-2021', 'nomination-award'));
    expect(nomination).toMatchObject({ minPerCycle: 3, maxPerCycle: 5, minPerYear: 3, maxPerYear: 5 });
  });

  it('flags quotas written 原则上', () => {
    expect(tierCapacity(regOf('tongzhou-2023'), regOf('tongzhou-2023').tiers[0]!).asARule).toBe(true);
    expect(tierCapacity(regOf('hongqi-2022'), regOf('hongqi-2022').tiers[0]!).asARule).toBe(false);
  });
});

describe('most prize money per cycle', () => {
  it('长宁 区长质量奖: 2 × 50万 (模式) + 2 × 2万 (成果) = 104万, 52万 a year', () => {
    const p = tierPayout(regOf('changning-2023'), tier('changning-2023', 'district-head-award'));
    expect(p.maxPerCycleYuan).toBe(1_040_000);
    expect(p.maxPerYearYuan).toBe(520_000);
    expect(p.allocation.map((a) => [a.slot.track, a.count])).toEqual([
      ['model', 2],
      ['achievement', 2],
    ]);
  });

  it('长宁 质量金奖: the shared ten all go to the better-paid 模式 track: 100万', () => {
    const p = tierPayout(regOf('changning-2023'), tier('changning-2023', 'gold-award'));
    expect(p.maxPerCycleYuan).toBe(10 * 100_000);
    expect(p.allocation).toHaveLength(1);
  });

  it('红旗: 3 × 5万 per two years is 7.5万 a year', () => {
    const p = tierPayout(regOf('hongqi-2022'), regOf('hongqi-2022').tiers[0]!);
    expect(p.maxPerCycleYuan).toBe(150_000);
    expect(p.maxPerYearYuan).toBe(75_000);
  });

  it('通州 pays first-time winners only, and says so', () => {
    const p = tierPayout(regOf('tongzhou-2023'), regOf('tongzhou-2023').tiers[0]!);
    expect(p.maxPerCycleYuan).toBe(2 * 300_000);
    expect(p.explanation).toContain('仅首次获奖者发奖金');
  });

  it('respects a per-recipient cap when the capped recipient is paid more', () => {
    const reg = regOf('lianyungang-2021');
    const base = tier('lianyungang-2021', 'mayor-award');
    const richIndividuals: Tier = {
      ...base,
      prizes: base.prizes.map((p) => (p.recipient === 'individual' ? { ...p, amountYuan: 600_000 } : p)),
    };
    // One individual (the cap) at 60万, the other two places to organizations at 50万.
    expect(tierPayout(reg, richIndividuals).maxPerCycleYuan).toBe(600_000 + 2 * 500_000);
  });

  it('cannot bound the money when no quota bounds the awards, and is zero when no prize is set', () => {
    const reg = regOf('hongqi-2022');
    const t = reg.tiers[0]!;
    expect(tierPayout(reg, { ...t, quota: undefined }).maxPerCycleYuan).toBeUndefined();
    expect(tierCapacity(reg, { ...t, quota: undefined }).maxPerYear).toBeUndefined();
    expect(tierPayout(reg, { ...t, prizes: [] }).maxPerCycleYuan).toBe(0);
  });

  it('the optimizer agrees with brute force on random tiers', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const reg: Regulation = {
      ...regOf('changning-2023'),
      awardCycle: { ...regOf('changning-2023').awardCycle, everyYears: 1 },
      tracks: [
        {
          id: 'a',
          name: 'A',
          recipients: ['organization', 'individual'],
          cite: regOf('changning-2023').tracks![0]!.cite,
        },
        {
          id: 'b',
          name: 'B',
          recipients: ['organization', 'individual'],
          cite: regOf('changning-2023').tracks![0]!.cite,
        },
      ],
    };
    const base = tier('changning-2023', 'gold-award');
    for (let round = 0; round < 200; round++) {
      const t: Tier = {
        ...base,
        tracks: ['a', 'b'],
        quota: { ...base.quota!, max: 1 + rand(6), maxPerTrack: rand(2) ? 1 + rand(4) : undefined },
        recipientCaps: rand(2)
          ? [{ recipient: 'individual', max: 1 + rand(3), asARule: false, cite: base.cite }]
          : undefined,
        prizes: (['a', 'b'] as const).flatMap((track) =>
          (['organization', 'individual'] as const).map((recipient) => ({
            recipient,
            track,
            amountYuan: 1 + rand(9),
            cite: base.cite,
          })),
        ),
      };
      const slots = awardSlots(reg, t);
      expect(slots).toHaveLength(4);
      let best = 0;
      const total = t.quota!.max!;
      const n = total + 1;
      for (let code = 0; code < n ** 4; code++) {
        const counts = [0, 1, 2, 3].map((i) => Math.floor(code / n ** i) % n);
        if (counts.reduce((a, b) => a + b, 0) > total) continue;
        const perTrack = (tr: string) => counts.filter((_, i) => slots[i]?.track === tr).reduce((a, b) => a + b, 0);
        if (
          t.quota!.maxPerTrack !== undefined &&
          (perTrack('a') > t.quota!.maxPerTrack || perTrack('b') > t.quota!.maxPerTrack)
        )
          continue;
        const individuals = counts.filter((_, i) => slots[i]?.recipient === 'individual').reduce((a, b) => a + b, 0);
        const cap = t.recipientCaps?.[0];
        if (cap && individuals > cap.max) continue;
        best = Math.max(
          best,
          counts.reduce((s, c, i) => s + c * slots[i]!.prize!.amountYuan, 0),
        );
      }
      expect(tierPayout(reg, t).maxPerCycleYuan, JSON.stringify(t.quota) + JSON.stringify(t.recipientCaps)).toBe(best);
    }
  });
});

describe('perYear', () => {
  it('divides by the cycle and rounds to cents of a unit', () => {
    expect(perYear(3, 2)).toBe(1.5);
    expect(perYear(1, 3)).toBe(0.33);
    expect(perYear(5, 1)).toBe(5);
  });
});

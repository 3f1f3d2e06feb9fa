// How many awards a tier can give and how much money that can cost, per cycle
// and per year, computed from the coded quotas, caps and prizes.
import type { Recipient } from '../codebook.ts';
import { cycleYears } from '../cycle.ts';
import type { Regulation, Tier } from '../schema.ts';
import { capacityWorkings, payoutWorkings } from '../wording/compare.ts';

type Prize = Tier['prizes'][number];

/** One kind of award a tier gives: a recipient type, within a track where the tier has tracks. */
export interface AwardSlot {
  recipient: Recipient;
  track?: string;
  /** The prize for this slot; undefined where the text sets no amount. */
  prize?: Prize;
}

export interface TierCapacity {
  /** Most awards per cycle (all tracks and recipients together); undefined when no quota caps it. */
  maxPerCycle?: number;
  minPerCycle?: number;
  maxPerYear?: number;
  minPerYear?: number;
  /** Most awards per cycle for each recipient type the tier admits. */
  maxPerRecipient: Partial<Record<Recipient, number>>;
  /** The quota is qualified by 原则上 (as a rule). */
  asARule: boolean;
  /** The text sets no number at all (不限定名额): no maximum, and not because the coding lacks one. */
  unlimited: boolean;
  /** The tier does not count toward the regulation's yearly total (不占年度奖项总指标). */
  outsideTotal: boolean;
  /** How the figures were reached, in words (capacityWorkings in src/lib/wording/compare.ts). */
  explanation: string;
}

export interface PayoutAllocation {
  slot: AwardSlot;
  count: number;
}

export interface TierPayout {
  /** Most prize money per cycle; undefined when no quota bounds the number of awards. */
  maxPerCycleYuan?: number;
  maxPerYearYuan?: number;
  allocation: PayoutAllocation[];
  /** How the figure was reached, in words (payoutWorkings in src/lib/wording/compare.ts). */
  explanation: string;
}

/** Rounds a per-year figure for display: 1.5, 0.33. */
export function perYear(perCycle: number, everyYears: number): number {
  return Math.round((perCycle / everyYears) * 100) / 100;
}

/** A per-year figure where the cycle is a number of years; undefined where higher-level rules set it. */
const perYearOf = (perCycle: number | undefined, everyYears: number | undefined) =>
  perCycle === undefined || everyYears === undefined ? undefined : perYear(perCycle, everyYears);

export function awardSlots(reg: Regulation, tier: Tier): AwardSlot[] {
  const prizeFor = (recipient: Recipient, track?: string) =>
    tier.prizes.find((p) => p.recipient === recipient && (p.track === undefined || p.track === track));
  if (!tier.tracks?.length) return tier.recipients.map((recipient) => ({ recipient, prize: prizeFor(recipient) }));
  return tier.tracks.flatMap((trackId) => {
    const track = reg.tracks?.find((t) => t.id === trackId);
    const recipients = (track?.recipients ?? tier.recipients).filter((r) => tier.recipients.includes(r));
    return recipients.map((recipient) => ({ recipient, track: trackId, prize: prizeFor(recipient, trackId) }));
  });
}

/** Per-recipient caps that cover every recipient of the tier bound it by their sum (2 组织 + 2 个人, no shared total). */
function capsTotal(tier: Tier): number | undefined {
  const caps = tier.recipientCaps ?? [];
  if (!caps.length || !tier.recipients.every((r) => caps.some((c) => c.recipient === r))) return undefined;
  return caps.filter((c) => tier.recipients.includes(c.recipient)).reduce((s, c) => s + c.max, 0);
}

/** The shared total a quota puts on a tier: its max, else the per-track max times the tracks, else the caps' sum. */
function totalMax(tier: Tier): number | undefined {
  const q = tier.quota;
  if (q?.unlimited) return undefined;
  if (q?.max !== undefined) return q.max;
  if (q?.maxPerTrack !== undefined && tier.tracks?.length) return q.maxPerTrack * tier.tracks.length;
  return capsTotal(tier);
}

interface Limits {
  total?: number;
  perTrack?: number;
  perRecipient: Partial<Record<Recipient, number>>;
}

function limitsOf(tier: Tier): Limits {
  const perRecipient: Partial<Record<Recipient, number>> = {};
  for (const cap of tier.recipientCaps ?? []) perRecipient[cap.recipient] = cap.max;
  return { total: totalMax(tier), perTrack: tier.quota?.maxPerTrack, perRecipient };
}

/**
 * The allocation of awards to slots that maximizes `weight`, within the total,
 * per-track and per-recipient limits. Exact (depth-first with a bound); the
 * heaviest slots are tried first, so the first allocation found is the greedy one.
 */
function bestAllocation(
  slots: AwardSlot[],
  limits: Limits,
  weight: (s: AwardSlot) => number,
): { value: number; counts: number[] } {
  const order = slots.map((slot, i) => ({ slot, i, weight: weight(slot) })).sort((a, b) => b.weight - a.weight);
  const total = limits.total ?? 0;
  const counts = new Array<number>(slots.length).fill(0);
  let best = { value: -1, counts: [...counts] };
  const usedTrack = new Map<string | undefined, number>();
  const usedRecipient = new Map<Recipient, number>();

  const visit = (k: number, used: number, value: number) => {
    const next = order[k];
    if (!next) {
      // Every slot has its count.
      if (value > best.value) best = { value, counts: [...counts] };
      return;
    }
    const remainingBound = (total - used) * Math.max(0, ...order.slice(k).map((o) => o.weight));
    if (value + remainingBound <= best.value) return;
    const { slot: s, i } = next;
    let room = total - used;
    if (limits.perTrack !== undefined && s.track !== undefined)
      room = Math.min(room, limits.perTrack - (usedTrack.get(s.track) ?? 0));
    const cap = limits.perRecipient[s.recipient];
    if (cap !== undefined) room = Math.min(room, cap - (usedRecipient.get(s.recipient) ?? 0));
    for (let n = Math.max(0, room); n >= 0; n--) {
      counts[i] = n;
      usedTrack.set(s.track, (usedTrack.get(s.track) ?? 0) + n);
      usedRecipient.set(s.recipient, (usedRecipient.get(s.recipient) ?? 0) + n);
      visit(k + 1, used + n, value + n * next.weight);
      usedTrack.set(s.track, usedTrack.get(s.track)! - n);
      usedRecipient.set(s.recipient, usedRecipient.get(s.recipient)! - n);
    }
    counts[i] = 0;
  };
  visit(0, 0, 0);
  return best;
}

export function tierCapacity(reg: Regulation, tier: Tier): TierCapacity {
  const years = cycleYears(reg.awardCycle);
  const slots = awardSlots(reg, tier);
  const limits = limitsOf(tier);
  const q = tier.quota;
  const maxPerRecipient: Partial<Record<Recipient, number>> = {};
  if (limits.total !== undefined) {
    for (const r of tier.recipients) {
      maxPerRecipient[r] = bestAllocation(slots, limits, (s) => (s.recipient === r ? 1 : 0)).value;
    }
  }
  const maxPerYear = perYearOf(limits.total, years);
  return {
    maxPerCycle: limits.total,
    minPerCycle: q?.min,
    maxPerYear,
    minPerYear: perYearOf(q?.min, years),
    maxPerRecipient,
    asARule: q?.asARule ?? false,
    unlimited: q?.unlimited ?? false,
    outsideTotal: q?.outsideTotal ?? false,
    explanation: capacityWorkings(tier, years, { maxPerCycle: limits.total, maxPerYear }),
  };
}

/** The most prize money a tier can pay per cycle: the quota filled with the best-paid awards it allows. */
export function tierPayout(reg: Regulation, tier: Tier): TierPayout {
  const years = cycleYears(reg.awardCycle);
  const slots = awardSlots(reg, tier);
  const limits = limitsOf(tier);
  const payout = (figures: Omit<TierPayout, 'explanation'>): TierPayout => ({
    ...figures,
    explanation: payoutWorkings(reg, tier, figures),
  });
  if (!tier.prizes.length) return payout({ maxPerCycleYuan: 0, maxPerYearYuan: 0, allocation: [] });
  if (limits.total === undefined) return payout({ allocation: [] });
  const { value, counts } = bestAllocation(slots, limits, (s) => s.prize?.amountYuan ?? 0);
  const allocation = slots
    .map((slot, i) => ({ slot, count: counts[i] ?? 0 }))
    .filter((a) => a.count > 0 && a.slot.prize);
  return payout({ maxPerCycleYuan: value, maxPerYearYuan: perYearOf(value, years), allocation });
}

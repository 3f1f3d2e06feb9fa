// How many awards a tier can give and how much money that can cost, per cycle
// and per year, computed from the coded quotas, caps and prizes.
import { RECIPIENT_TYPES, type Recipient } from '../codebook.ts';
import { formatYuan } from '../wording/format.ts';
import type { Regulation, Tier } from '../schema.ts';

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
  /** How the figures were reached, in words. */
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
  explanation: string;
}

const cycleWords = (years: number) => (years === 1 ? '每年' : `每${years}年`);

/** Rounds a per-year figure for display: 1.5, 0.33. */
export function perYear(perCycle: number, everyYears: number): number {
  return Math.round((perCycle / everyYears) * 100) / 100;
}

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

/** The shared total a quota puts on a tier: its max, else the per-track max times the tracks. */
function totalMax(tier: Tier): number | undefined {
  const q = tier.quota;
  if (!q) return undefined;
  if (q.max !== undefined) return q.max;
  if (q.maxPerTrack !== undefined && tier.tracks?.length) return q.maxPerTrack * tier.tracks.length;
  return undefined;
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
  const years = reg.awardCycle.everyYears;
  const slots = awardSlots(reg, tier);
  const limits = limitsOf(tier);
  const q = tier.quota;
  const maxPerRecipient: Partial<Record<Recipient, number>> = {};
  if (limits.total !== undefined) {
    for (const r of tier.recipients) {
      maxPerRecipient[r] = bestAllocation(slots, limits, (s) => (s.recipient === r ? 1 : 0)).value;
    }
  }
  const parts: string[] = [];
  if (limits.total === undefined) parts.push('原文未规定名额上限');
  else if (q?.max !== undefined)
    parts.push(`${cycleWords(years)}不超过${q.max}个${tier.tracks && tier.tracks.length > 1 ? '（各类别共享）' : ''}`);
  else parts.push(`${tier.tracks!.length}个类别 × 每类别不超过${q!.maxPerTrack}个 = ${limits.total}个`);
  for (const cap of tier.recipientCaps ?? [])
    parts.push(`其中${RECIPIENT_TYPES[cap.recipient].label}不超过${cap.max}个`);
  if (limits.total !== undefined && years > 1)
    parts.push(`折合每年 ${limits.total} ÷ ${years} = ${perYear(limits.total, years)}个`);
  if (q?.asARule) parts.push('原文称“原则上”，名额可变通');
  return {
    maxPerCycle: limits.total,
    minPerCycle: q?.min,
    maxPerYear: limits.total === undefined ? undefined : perYear(limits.total, years),
    minPerYear: q?.min === undefined ? undefined : perYear(q.min, years),
    maxPerRecipient,
    asARule: q?.asARule ?? false,
    explanation: parts.join('；'),
  };
}

function slotLabel(reg: Regulation, s: AwardSlot): string {
  const track = reg.tracks?.find((t) => t.id === s.track)?.name;
  return track ?? RECIPIENT_TYPES[s.recipient].label;
}

/** The most prize money a tier can pay per cycle: the quota filled with the best-paid awards it allows. */
export function tierPayout(reg: Regulation, tier: Tier): TierPayout {
  const years = reg.awardCycle.everyYears;
  const slots = awardSlots(reg, tier);
  const limits = limitsOf(tier);
  if (!tier.prizes.length)
    return { maxPerCycleYuan: 0, maxPerYearYuan: 0, allocation: [], explanation: '原文未规定奖金金额' };
  if (limits.total === undefined) return { allocation: [], explanation: '原文未规定名额上限，奖金总额无从计算' };
  const { value, counts } = bestAllocation(slots, limits, (s) => s.prize?.amountYuan ?? 0);
  const allocation = slots
    .map((slot, i) => ({ slot, count: counts[i] ?? 0 }))
    .filter((a) => a.count > 0 && a.slot.prize);
  const terms = allocation.map(
    (a) => `${a.count} × ${formatYuan(a.slot.prize!.amountYuan)}（${slotLabel(reg, a.slot)}）`,
  );
  const parts = [`${terms.join(' + ')} = ${formatYuan(value)}`];
  if (years > 1) parts.push(`折合每年 ${formatYuan(perYear(value, years))}`);
  if (tier.prizes.some((p) => p.firstTimeOnly)) parts.push('仅首次获奖者发奖金，按获奖者均为首次获奖计');
  if (tier.quota?.asARule) parts.push('名额为“原则上”');
  return { maxPerCycleYuan: value, maxPerYearYuan: perYear(value, years), allocation, explanation: parts.join('；') };
}

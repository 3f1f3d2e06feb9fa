// Whether a regulation is in force, a draft, not yet in force or past its
// validity, as of a given day — computed from its coded dates.
import { addDays, addYears, earliestDay, latestDay } from './dates.ts';
import type { Regulation } from './schema.ts';

export type RegulationStatus = 'draft' | 'in-force' | 'not-yet-in-force' | 'expired';

export const STATUS_LABELS: Record<RegulationStatus, string> = {
  draft: '草稿（未生效）',
  'in-force': '现行有效',
  'not-yet-in-force': '尚未施行',
  expired: '已过有效期',
};

export interface StatusVerdict {
  status: RegulationStatus;
  asOf: string;
  /** Last day of validity, exact or (month precision) the latest it can be. */
  validUntil?: string;
  /** Why, in one sentence. */
  reason: string;
}

/** Last day in force: the coded expiry, else effective date plus validity years minus one day. */
/** The parts of a regulation its status depends on. */
export type StatusFields = Pick<Regulation, 'stage' | 'dates' | 'validityYears'>;

export function lastDayInForce(reg: StatusFields): string | undefined {
  if (reg.dates.expires) return latestDay(reg.dates.expires.date);
  if (reg.dates.effective && reg.validityYears) {
    return addDays(addYears(latestDay(reg.dates.effective.date), reg.validityYears.value), -1);
  }
  return undefined;
}

export function regulationStatus(reg: StatusFields, asOf: string): StatusVerdict {
  const validUntil = lastDayInForce(reg);
  if (reg.stage.value === 'draft') {
    return { status: 'draft', asOf, validUntil, reason: '本文本为讨论稿或征求意见稿，未正式印发。' };
  }
  const effective = reg.dates.effective ?? reg.dates.issued;
  if (effective && asOf < earliestDay(effective.date)) {
    return { status: 'not-yet-in-force', asOf, validUntil, reason: `自 ${effective.date} 起施行。` };
  }
  if (validUntil && asOf > validUntil) {
    return { status: 'expired', asOf, validUntil, reason: `有效期至 ${validUntil}，已届满。` };
  }
  return {
    status: 'in-force',
    asOf,
    validUntil,
    reason: validUntil ? `有效期至 ${validUntil}。` : '原文未规定有效期。',
  };
}

// Whether a regulation is in force, a draft, not yet in force or past its
// validity, as of a given day — computed from its coded dates. The words for a
// status and its reason are in wording/values.ts (statusLabel, statusReasonText).
import { addDays, addYears, earliestDay, latestDay } from './dates.ts';
import type { Regulation } from './schema.ts';
import type { Without } from './without.ts';

export type RegulationStatus = 'draft' | 'in-force' | 'not-yet-in-force' | 'expired';

export interface StatusVerdict {
  status: RegulationStatus;
  asOf: string;
  /** Last day of validity, exact or (month precision) the latest it can be; undefined when the text sets none. */
  validUntil?: string;
  /** The coded day it takes effect (or is issued), for a regulation not yet in force. */
  effectiveFrom?: string;
}

/** The parts of a regulation its status depends on (their citations need not come along: the checker's index drops them). */
export type StatusFields = Without<Pick<Regulation, 'stage' | 'dates' | 'validityYears'>, 'cite' | 'note'>;

/** Last day in force: the coded expiry, else effective date plus validity years minus one day. */
export function lastDayInForce(reg: StatusFields): string | undefined {
  if (reg.dates.expires) return latestDay(reg.dates.expires.date);
  if (reg.dates.effective && reg.validityYears) {
    return addDays(addYears(latestDay(reg.dates.effective.date), reg.validityYears.value), -1);
  }
  return undefined;
}

export function regulationStatus(reg: StatusFields, asOf: string): StatusVerdict {
  const validUntil = lastDayInForce(reg);
  if (reg.stage.value === 'draft') return { status: 'draft', asOf, validUntil };
  const effective = reg.dates.effective ?? reg.dates.issued;
  if (effective && asOf < earliestDay(effective.date))
    return { status: 'not-yet-in-force', asOf, validUntil, effectiveFrom: effective.date };
  if (validUntil && asOf > validUntil) return { status: 'expired', asOf, validUntil };
  return { status: 'in-force', asOf, validUntil };
}

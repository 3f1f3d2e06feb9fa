// Whether a regulation is in force, a draft, not yet in force, past its
// validity or replaced by a later version, as of a given day — computed from
// its coded dates and, for a replaced one, its successor's (versions.ts finds it). The words for a
// status and its reason are in wording/values.ts (statusLabel, statusReasonText).
import { addDays, addYears, earliestDay, latestDay } from './dates.ts';
import type { Regulation } from './schema.ts';
import type { Without } from './without.ts';

export type RegulationStatus = 'draft' | 'in-force' | 'not-yet-in-force' | 'expired' | 'superseded';

/** The coded regulation that replaces one, and the day it takes effect (unknown when it has no coded date). */
export type Succession = {
  id: string;
  title: string;
  from?: string;
};

export interface StatusVerdict {
  status: RegulationStatus;
  asOf: string;
  /** Last day of validity, exact or (month precision) the latest it can be; undefined when the text sets none. */
  validUntil?: string;
  /** The coded day it takes effect (or is issued), for a regulation not yet in force. */
  effectiveFrom?: string;
  /** For a superseded regulation: which replaced it, and from when. */
  supersededBy?: Succession;
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

/**
 * The status as of a day. `succession` is the coded version that replaces this one, if any: from the day it takes
 * effect this one is superseded — unless its own validity had already run out, when it is expired.
 */
export function regulationStatus(reg: StatusFields, asOf: string, succession?: Succession): StatusVerdict {
  const validUntil = lastDayInForce(reg);
  if (reg.stage.value === 'draft') return { status: 'draft', asOf, validUntil };
  const from = succession?.from;
  if (succession && from !== undefined && asOf >= from && !(validUntil && addDays(validUntil, 1) < from))
    return { status: 'superseded', asOf, validUntil, supersededBy: succession };
  const effective = reg.dates.effective ?? reg.dates.issued;
  if (effective && asOf < earliestDay(effective.date))
    return { status: 'not-yet-in-force', asOf, validUntil, effectiveFrom: effective.date };
  if (validUntil && asOf > validUntil) return { status: 'expired', asOf, validUntil };
  return { status: 'in-force', asOf, validUntil };
}

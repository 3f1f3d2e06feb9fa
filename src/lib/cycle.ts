// An award's cycle as the texts give it: a number of years, or (评选周期按上级规定) who sets it instead.
import type { CYCLE_SETTERS } from './codebook.ts';

export type AwardCycle = { everyYears: number | { setBy: keyof typeof CYCLE_SETTERS } };

/** Every how many years the award is given; undefined where the text leaves it to other rules (no round is named). */
export const cycleYears = (c: AwardCycle): number | undefined =>
  typeof c.everyYears === 'number' ? c.everyYears : undefined;

/** Who sets the cycle where the text gives no number. */
export const cycleSetter = (c: AwardCycle): keyof typeof CYCLE_SETTERS | undefined =>
  typeof c.everyYears === 'number' ? undefined : c.everyYears.setBy;

// The checker on shapes real regulations use (tests/fixtures/content/shapes/): it asks organizations and
// individuals only, names no round where the cycle is set elsewhere, and words per-recipient quotas.
import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../../../src/lib/eligibility/answers.ts';
import * as v from 'valibot';
import { checkRegulation, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { outcomeText, tierQuotaLine } from '../../../src/lib/wording/findings.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import { shapeEntries } from '../../support/regulations.ts';

const entries = shapeEntries();
const entry = (id: string) => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture ${id}`);
  return { id: e.id, regulation: rulesOf(e.regulation) };
};
/** A young organization of the regulation's place: only time stands in the way. */
const young = (id: string): Answers => ({
  applicantType: 'organization',
  jurisdiction: jurisdictionPath(entry(id).regulation),
  foundedOn: '2025-01-01',
  administrativePenalties: [],
});

describe('the checker on the shapes', () => {
  it('names no round where higher-level rules set the cycle', () => {
    const v = checkRegulation(entry('shape-cycle-set-by-2024'), young('shape-cycle-set-by-2024'), '2026-06-01');
    expect(v.outcome).toBe('ruled-out');
    expect(v.awardCycle).toBeUndefined();
    expect(v.eligibleFrom).toBe('2028-01-01');
    expect(outcomeText(v)).not.toMatch(/评选|届/);
    // With a yearly cycle the same answers name the round.
    const yearly = checkRegulation(entry('shape-page-date-2025'), young('shape-page-date-2025'), '2026-06-01');
    expect(outcomeText(yearly)).toMatch(/评选每年一次/);
  });

  it('seeks no tier given to projects or units, and does not break', () => {
    const v = checkRegulation(entry('shape-recipients-2024'), young('shape-recipients-2024'), '2029-01-01');
    expect(v.outcome).toBe('eligible');
    expect(v.tiers.map((t) => t.id)).toEqual(['district-head-award']);
  });

  it('asks organizations and individuals only', () => {
    expect(v.safeParse(answersSchema, { applicantType: 'project' }).success).toBe(false);
    expect(v.safeParse(answersSchema, { applicantType: 'individual' }).success).toBe(true);
  });

  it('words a quota per recipient as a quota', () => {
    const v = checkRegulation(entry('shape-per-recipient-2024'), young('shape-per-recipient-2024'), '2029-01-01');
    const tier = v.tiers[0]!;
    expect(tierQuotaLine(tier, v)).toMatch(/^名额：每年组织不超过2个，个人不超过2个/);
  });
});

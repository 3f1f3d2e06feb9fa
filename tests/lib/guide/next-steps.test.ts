// The checker report's next steps over the loaded content (and the fixtures' sixth regulation): every item cites a
// passage of its own text, the round counts from the right day, recommenders follow who applies, and only the
// verdicts that leave the applicant in the running, or only time stands in the way of, have any.
import { describe, expect, it } from 'vitest';
import { APPLICANT_TYPES } from '../../../src/lib/codebook.ts';
import { citedPassage } from '../../../src/lib/content/citations.ts';
import { cycleYears } from '../../../src/lib/cycle.ts';
import { checkRegulation, type RegulationVerdict } from '../../../src/lib/eligibility/engine.ts';
import { applyingOf, hasNextSteps, nextSteps } from '../../../src/lib/guide/next-steps.ts';
import { timeline } from '../../../src/lib/guide/steps.ts';
import { materialsUnnamedText, nextStepWords } from '../../../src/lib/wording/next-steps.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';

const entries = realEntries();
const all = [...entries, ...fixtureEntries()];
const cases = ruleCases(entries).flatMap(({ file, c, answers }) => {
  const entry = entries.find((e) => e.id === file.regulation);
  return entry && answers ? [{ entry, c, verdict: checkRegulation(entry, answers, c.checkDate) }] : [];
});
const eligibleVerdict = (id: string): RegulationVerdict =>
  ({ id, outcome: 'eligible', failures: [], unknowns: [], limits: [], tiers: [] }) as unknown as RegulationVerdict;

describe('next steps', () => {
  it('come for the verdicts not excluded or time-bound, and for no other', () => {
    const withSteps = cases.filter((x) => hasNextSteps(x.verdict));
    expect(withSteps.length).toBeGreaterThan(0);
    expect(cases.some((x) => !hasNextSteps(x.verdict))).toBe(true);
    for (const { entry, c, verdict } of cases) {
      const steps = nextSteps(applyingOf(entry.regulation), verdict, c.applicantType, c.checkDate);
      expect(!!steps, `${c.name}: ${verdict.outcome}`).toBe(hasNextSteps(verdict));
      if (!steps) continue;
      expect(steps.guide).toBe(`regulations/${entry.id}/guide/`);
      const round = steps.items.find((s) => s.code === 'first-round');
      const years = cycleYears(entry.regulation.awardCycle);
      expect(!!round, c.name).toBe(!!years);
      if (round?.code === 'first-round') {
        // The round counts from the day time clears the way, else from the check day.
        expect(round.from).toBe(verdict.outcome === 'ruled-out' ? verdict.eligibleFrom : c.checkDate);
        expect(round.everyYears).toBe(years);
      }
    }
  });

  it('cite, item by item, a passage of the regulation’s own text, for every regulation and who applies', () => {
    for (const entry of all)
      for (const type of APPLICANT_TYPES) {
        const steps = nextSteps(applyingOf(entry.regulation), eligibleVerdict(entry.id), type, '2026-12-01')!;
        for (const s of steps.items) {
          const passage = citedPassage(entry.source, s.cite);
          expect('text' in passage, `${entry.id} ${s.code}`).toBe(true);
          // Every code has its words.
          expect(nextStepWords(s).text.length).toBeGreaterThan(0);
        }
      }
  });

  it('list every material the text names, and the recommenders for the applicant’s type', () => {
    for (const entry of all) {
      const app = entry.regulation.application;
      for (const type of APPLICANT_TYPES) {
        const steps = nextSteps(applyingOf(entry.regulation), eligibleVerdict(entry.id), type, '2026-12-01')!;
        const materials = steps.items.filter((s) => s.code === 'material');
        expect(materials.map((m) => m.name)).toEqual((app?.materials ?? []).map((m) => m.name));
        expect(steps.materialsUnnamed).toBe(!app?.materials.length);
        const recommenders = steps.items.filter((s) => s.code === 'recommender').map((s) => s.name);
        const own = (app?.recommenders ?? []).filter((r) => !r.appliesTo || r.appliesTo.includes(type));
        expect(recommenders).toEqual(own.map((r) => r.name));
        // The bare requirement stands in only where no recommender is coded for this applicant.
        const required = steps.items.some((s) => s.code === 'recommendation-required');
        expect(required).toBe(!own.length && !!entry.regulation.process.recommendationRequired);
      }
    }
  });

  it('say where the text names no material, as the text is silent or only partly at hand', () => {
    expect(materialsUnnamedText({ partialText: false })).toContain('原文未规定');
    expect(materialsUnnamedText({ partialText: true })).toContain('现有文本未载');
  });

  it('list the publicity periods the guide places at or before applying, each with its days', () => {
    let periods = 0;
    for (const entry of all) {
      const guide = timeline(entry.regulation.process).applying;
      const steps = nextSteps(applyingOf(entry.regulation), eligibleVerdict(entry.id), undefined, '2026-12-01')!;
      const own = steps.items.filter((s) => s.code === 'own-publicity');
      expect(own.map((s) => [s.stage, s.minimumDays, s.cite])).toEqual(
        guide.map((l) => [
          (l.values as { stage: string }).stage,
          (l.values as { days: { value: number } }).days.value,
          l.cites[0],
        ]),
      );
      for (const s of own) expect(entry.regulation.process.publicity.map((p) => p.cite)).toContainEqual(s.cite);
      periods += own.length;
    }
    expect(periods, 'some regulation has a publicity held at or before applying').toBeGreaterThan(0);
  });

  it('never word the award as a promise', () => {
    for (const entry of all) {
      const steps = nextSteps(applyingOf(entry.regulation), eligibleVerdict(entry.id), undefined, '2026-12-01')!;
      for (const s of steps.items) expect(nextStepWords(s).text).not.toMatch(/可获得|可申报|保证/);
    }
  });
});

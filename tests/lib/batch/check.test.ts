// Checking one applicant of a batch gives the engine's verdicts on the check day
// (the batch's date over the applicant's own), or its problems; the batch's date
// is held to the answers' rule for a day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplicant, checkDateProblem, isInvalid } from '../../../src/lib/batch/check.ts';
import { csvApplicants } from '../../../src/lib/batch/csv-applicants.ts';
import { answerContext, checkAll } from '../../../src/lib/eligibility/engine.ts';
import { outsidePlace } from '../../../src/lib/eligibility/wizard.ts';
import { ROOT } from '../../support/paths.ts';
import { realEntries } from '../../support/regulations.ts';

const TODAY = '2026-11-22';
const entries = realEntries();
const context = answerContext(entries, TODAY);
const { applicants } = csvApplicants(readFileSync(join(ROOT, 'examples/applicants.csv'), 'utf8'));

describe('checkApplicant', () => {
  it('gives the engine’s verdicts and the places folded, for every valid row', () => {
    const checked = applicants.map((a) => checkApplicant(a, entries, context, { today: TODAY }));
    const valid = checked.filter((r) => !isInvalid(r));
    expect(valid.length).toBeGreaterThan(1);
    for (const [i, r] of checked.entries()) {
      if (isInvalid(r)) continue;
      const raw = applicants[i]!.raw;
      expect(r.checkDate).toBe((raw.checkDate as string | undefined) ?? TODAY);
      expect(r.verdicts).toEqual(checkAll(entries, raw as never, r.checkDate));
      expect(r.outOfPlace).toEqual(outsidePlace(entries, raw.jurisdiction));
    }
  });

  it('reports a row’s own problems with what validation finds, each field once', () => {
    const bad = { row: 7, name: '乙', raw: { foundedOn: '2999-01-01' }, problems: [{ field: '第9列', message: 'x' }] };
    const r = checkApplicant(bad, entries, context, { today: TODAY });
    expect(isInvalid(r) && r.problems.map((p) => p.field)).toEqual(['第9列', 'foundedOn']);
  });

  it('checks on the batch’s date over the applicant’s own', () => {
    const a = { row: 2, name: '甲', raw: { applicantType: 'organization', checkDate: '2026-01-01' }, problems: [] };
    const r = checkApplicant(a, entries, context, { date: '2027-05-20', today: TODAY });
    expect(!isInvalid(r) && r.checkDate).toBe('2027-05-20');
  });
});

describe('checkDateProblem', () => {
  it.each(['garbage', '2026-13-45', '2026-02-30', '2026-2-3', '0500-01-01'])('refuses %s', (day) => {
    expect(checkDateProblem(day, context)).toMatch(/日期|之间/);
  });
  it.each(['2026-02-28', '2028-02-29', TODAY])('takes %s', (day) => {
    expect(checkDateProblem(day, context)).toBeUndefined();
  });
});

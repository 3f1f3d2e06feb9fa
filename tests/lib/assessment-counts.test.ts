import { describe, expect, it } from 'vitest';
import {
  assessmentCounts,
  type CountedRegulation,
  coverageRows,
  NO_COUNTS,
  totalsByApplicant,
} from '../../src/lib/assessment-counts.ts';
import type { Condition } from '../../src/lib/schema.ts';

// A hand-made regulation: one rule of each coding for organizations, two for individuals,
// and clauses that name one type or both.
const rule = (id: string, assessment: Condition['assessment'], tested: boolean): Condition => ({
  id,
  category: 'reputation',
  summary: id,
  assessment,
  ...(tested ? { tests: [{ fact: 'hasLicences', op: 'is-true' }] } : {}),
  cite: { article: 1, quote: '原文' },
});

const fixture: CountedRegulation = {
  tracks: [
    { id: 'model', name: '模式', recipients: ['organization'], cite: { article: 1, quote: '原文' } },
    { id: 'result', name: '成果', recipients: ['individual'], cite: { article: 1, quote: '原文' } },
  ],
  applicants: [
    {
      type: 'organization',
      tracks: ['model'],
      cite: { article: 1, quote: '原文' },
      conditions: [
        rule('tested', 'self-checkable', true),
        rule('floor', 'judgment', true),
        rule('reviewers', 'judgment', false),
        rule('unasked', 'self-checkable', false),
      ],
    },
    {
      type: 'individual',
      tracks: ['result'],
      cite: { article: 1, quote: '原文' },
      conditions: [rule('reviewers', 'judgment', false), rule('reviewers-too', 'judgment', false)],
    },
  ],
  exclusionClauses: [
    { ...rule('both', 'self-checkable', true), appliesTo: ['organization', 'individual'] },
    { ...rule('organizations-only', 'judgment', false), appliesTo: ['organization'] },
  ],
};

describe('assessmentCounts', () => {
  it('puts each rule in one of tested, left to the reviewers and unasked, and counts judgment floors among the tested', () => {
    const counts = assessmentCounts(fixture.applicants[0]!.conditions);
    expect(counts).toEqual({ total: 4, tested: 2, judgmentWithFloor: 1, leftToReviewers: 1, selfCheckUnasked: 1 });
  });

  it('counts nothing in an empty list', () => {
    expect(assessmentCounts([])).toEqual(NO_COUNTS);
  });
});

describe('coverageRows', () => {
  const rows = coverageRows([{ id: 'sample', regulation: fixture }]);

  it('gives one row per applicant entry, with its track names, counting the clauses that name its type', () => {
    expect(rows).toEqual([
      {
        regulationId: 'sample',
        applicant: 'organization',
        tracks: ['模式'],
        counts: { total: 6, tested: 3, judgmentWithFloor: 1, leftToReviewers: 2, selfCheckUnasked: 1 },
      },
      {
        regulationId: 'sample',
        applicant: 'individual',
        tracks: ['成果'],
        counts: { total: 3, tested: 1, judgmentWithFloor: 0, leftToReviewers: 2, selfCheckUnasked: 0 },
      },
    ]);
  });

  it('adds the rows up per applicant type', () => {
    const twice = coverageRows([
      { id: 'a', regulation: fixture },
      { id: 'b', regulation: { ...fixture, exclusionClauses: [] } },
    ]);
    const totals = totalsByApplicant(twice);
    expect(totals.get('organization')).toEqual({
      total: 10,
      tested: 5,
      judgmentWithFloor: 2,
      leftToReviewers: 3,
      selfCheckUnasked: 2,
    });
    expect(totals.get('individual')?.total).toBe(5);
    // The sum leaves the rows' own counts as they were.
    expect(twice[0]?.counts.total).toBe(6);
  });
});

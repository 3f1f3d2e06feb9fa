// How much of each regulation the checker decides. Per applicant type, the
// conditions and exclusion clauses that apply are counted by how they are
// coded: tested against the applicant's answers (`tests`), left to the
// reviewers (judgment without tests), or for the applicant to confirm itself
// (self-checkable without tests). The codebook page shows the counts, so a
// reader sees how far a verdict reaches before reading one.
import type { Recipient } from './codebook.ts';
import type { Condition, Regulation } from './schema.ts';

type Rule = Pick<Condition, 'assessment' | 'tests'>;

export interface AssessmentCounts {
  /** Conditions and clauses that apply to the applicant type. */
  total: number;
  /** Decided by the checker from the answers: every rule with `tests`. */
  tested: number;
  /** Of the tested, those coded judgment: the test decides a floor (no patent at all fails), the reviewers the rest. */
  judgmentWithFloor: number;
  /** Judgment with no test: only the reviewers decide. */
  leftToReviewers: number;
  /** Self-checkable, but no question asks it: the applicant confirms it itself. */
  selfCheckUnasked: number;
}

export const NO_COUNTS: AssessmentCounts = {
  total: 0,
  tested: 0,
  judgmentWithFloor: 0,
  leftToReviewers: 0,
  selfCheckUnasked: 0,
};

/** The counts of a list of rules; every rule falls in exactly one of tested, leftToReviewers and selfCheckUnasked. */
export function assessmentCounts(rules: readonly Rule[]): AssessmentCounts {
  const counts = { ...NO_COUNTS };
  for (const r of rules) {
    counts.total++;
    const tested = (r.tests?.length ?? 0) > 0;
    if (tested) counts.tested++;
    if (tested && r.assessment === 'judgment') counts.judgmentWithFloor++;
    if (!tested && r.assessment === 'judgment') counts.leftToReviewers++;
    if (!tested && r.assessment === 'self-checkable') counts.selfCheckUnasked++;
  }
  return counts;
}

/** The parts of a regulation the counts read. */
export type CountedRegulation = Pick<Regulation, 'applicants' | 'exclusionClauses' | 'tracks'>;
type Applicant = Regulation['applicants'][number];

export interface CoverageRow {
  regulationId: string;
  applicant: Recipient;
  /** The names of the tracks the applicant entry is for (长宁: 先进质量管理模式); empty when it has none. */
  tracks: string[];
  counts: AssessmentCounts;
}

/** The rules an applicant entry is checked against: its conditions and the clauses that name its type. */
export const rulesFor = (reg: CountedRegulation, applicant: Applicant): Rule[] => [
  ...applicant.conditions,
  ...reg.exclusionClauses.filter((c) => c.appliesTo.includes(applicant.type)),
];

/** One row per regulation and applicant entry, in the order given. */
export const coverageRows = (entries: readonly { id: string; regulation: CountedRegulation }[]): CoverageRow[] =>
  entries.flatMap(({ id, regulation }) =>
    regulation.applicants.map((a) => ({
      regulationId: id,
      applicant: a.type,
      tracks: (a.tracks ?? []).map((t) => regulation.tracks?.find((x) => x.id === t)?.name ?? t),
      counts: assessmentCounts(rulesFor(regulation, a)),
    })),
  );

/** The counts added up per applicant type (for an atlas too large to list every regulation). */
export function totalsByApplicant(rows: readonly CoverageRow[]): Map<Recipient, AssessmentCounts> {
  const totals = new Map<Recipient, AssessmentCounts>();
  for (const row of rows) {
    const sum = { ...(totals.get(row.applicant) ?? NO_COUNTS) };
    for (const key of Object.keys(sum) as (keyof AssessmentCounts)[]) sum[key] += row.counts[key];
    totals.set(row.applicant, sum);
  }
  return totals;
}

// A batch's results as rows, one per client × regulation × tier, for the results
// table and the downloads (CSV and JSON). Only the regulations of the client's
// place are rowed — those of other places and versions replaced by the check day
// are folded in the text report and left out here — so a table of many clients
// stays about them; a client no regulation covers gets one row saying so, and an
// invalid client one row with its problems.
//
// ResultRow (RESULT_COLUMNS, in order): row, name, checkDate, regulation (id),
// shortName, tier (id), tierName, outcome (an engine Outcome, or 'invalid',
// 'no-place-covered'), outcomeText (the tier's outcome in the wizard's words),
// eligibleFrom (the day time clears it, where only time stands in the way),
// failed and unknown (the conditions' short words, separated by ；), problems
// (field: message, separated by ；).
import { toCsv } from '../csv.ts';
import type { Finding, Outcome, RegulationVerdict, TierVerdict } from '../eligibility/engine.ts';
import {
  BATCH_OUTCOME_LABELS,
  problemsText,
  RESULT_COLUMN_LABELS,
  resultListText,
  type ResultColumn,
} from '../wording/batch.ts';
import { findingSummary, reportGroups, outcomeText, regulationFindings, tierOutcomeText } from '../wording/findings.ts';
import { type CheckedApplicant, isInvalid } from './check.ts';

export const RESULT_COLUMNS = [
  'row',
  'name',
  'checkDate',
  'regulation',
  'shortName',
  'tier',
  'tierName',
  'outcome',
  'outcomeText',
  'eligibleFrom',
  'failed',
  'unknown',
  'problems',
] as const satisfies readonly ResultColumn[];

export type ResultOutcome = Outcome | 'invalid' | 'no-place-covered';

export interface ResultRow {
  row: number;
  name: string;
  checkDate: string;
  regulation: string;
  shortName: string;
  tier: string;
  tierName: string;
  outcome: ResultOutcome;
  outcomeText: string;
  eligibleFrom: string;
  failed: string;
  unknown: string;
  problems: string;
}

const EMPTY = {
  checkDate: '',
  regulation: '',
  shortName: '',
  tier: '',
  tierName: '',
  eligibleFrom: '',
  failed: '',
  unknown: '',
  problems: '',
};

const summaries = (findings: Finding[]) => resultListText(findings.map(findingSummary));

/** A verdict's rows: one per tier sought, or one for the regulation where no tier is (not admitted, not offered). */
function verdictRows(v: RegulationVerdict, client: Pick<ResultRow, 'row' | 'name' | 'checkDate'>): ResultRow[] {
  const base = { ...EMPTY, ...client, regulation: v.id, shortName: v.shortName };
  const failures = regulationFindings(v, v.failures);
  const unknowns = regulationFindings(v, v.unknowns);
  if (!v.tiers.length)
    return [
      {
        ...base,
        outcome: v.outcome,
        outcomeText: outcomeText(v),
        eligibleFrom: v.eligibleFrom ?? '',
        failed: summaries(failures),
        unknown: summaries(unknowns),
      },
    ];
  return v.tiers.map((t: TierVerdict) => ({
    ...base,
    tier: t.id,
    tierName: t.name,
    outcome: t.outcome,
    outcomeText: tierOutcomeText(t, v),
    eligibleFrom: t.eligibleFrom ?? '',
    failed: summaries([...failures, ...t.findings.filter((f) => f.code === 'reapplication-wait')]),
    unknown: summaries([...unknowns, ...t.findings.filter((f) => f.code === 'awards-missing')]),
  }));
}

/** One client's rows. */
export function resultRows(result: CheckedApplicant): ResultRow[] {
  const client = { row: result.row, name: result.name };
  if (isInvalid(result))
    return [
      {
        ...EMPTY,
        ...client,
        outcome: 'invalid',
        outcomeText: BATCH_OUTCOME_LABELS.invalid,
        problems: problemsText(result.problems),
      },
    ];
  const dated = { ...client, checkDate: result.checkDate };
  const { here } = reportGroups(result.verdicts, result.outOfPlace);
  if (!here.length)
    return [{ ...EMPTY, ...dated, outcome: 'no-place-covered', outcomeText: BATCH_OUTCOME_LABELS['no-place-covered'] }];
  return here.flatMap((v) => verdictRows(v, dated));
}

/** The rows as a CSV download (headed by the columns' Chinese names, with a BOM for spreadsheet programs). */
export const resultsCsv = (rows: readonly ResultRow[]): string =>
  toCsv(
    RESULT_COLUMNS.map((c) => RESULT_COLUMN_LABELS[c]),
    rows.map((r) => RESULT_COLUMNS.map((c) => r[c])),
  );

/** The rows as a JSON download: an array of objects keyed by RESULT_COLUMNS. */
export const resultsJson = (rows: readonly ResultRow[]): string => `${JSON.stringify(rows, [...RESULT_COLUMNS], 2)}\n`;

// A chunk of applicants checked and written as the report says them: text blocks,
// or --json lines (src/lib/batch/compact.ts: the verdicts without the regulations' own texts). The main thread runs it for a small file and each worker thread
// (check-worker.ts) for a large one, so both give the same bytes.
import type { Applicant } from '../../src/lib/batch/applicant.ts';
import { type CheckOptions, checkApplicant, isInvalid } from '../../src/lib/batch/check.ts';
import { compactApplicant } from '../../src/lib/batch/compact.ts';
import type { AnswerContext } from '../../src/lib/eligibility/answers.ts';
import type { CheckInput } from '../../src/lib/eligibility/engine.ts';
import { applicantBlock } from './text-report.ts';

/** What every chunk of one run is checked against and how it is written. */
export interface ReportRun {
  entries: CheckInput[];
  context: AnswerContext;
  options: CheckOptions;
  json: boolean;
  /** Rows are CSV records (a row number), else JSON positions. */
  csv: boolean;
}

export interface ReportChunk {
  text: string;
  /** Applicants whose answers could not be checked. */
  invalid: number;
}

/**
 * The chunk's text. `after` counts the applicants written before it: in JSON each applicant is a line of one
 * array, and every line but the first opens with the comma that ends the line before.
 */
export function reportChunk(run: ReportRun, applicants: readonly Applicant[], after: number): ReportChunk {
  let text = '';
  let invalid = 0;
  applicants.forEach((applicant, i) => {
    const result = checkApplicant(applicant, run.entries, run.context, run.options);
    if (isInvalid(result)) invalid++;
    text += run.json
      ? `${after + i ? ',' : ''}\n${JSON.stringify(compactApplicant(result))}`
      : applicantBlock(result, run.csv);
  });
  return { text, invalid };
}

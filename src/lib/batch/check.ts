// Checking one applicant of a batch, as the wizard checks one: its answers
// validated (what its row could not say reported with what it said wrong), then
// every regulation through the engine on the check day.
//
// CheckedApplicant: { row, name, problems } for answers that cannot be checked,
// or { row, name, checkDate, verdicts, outOfPlace } (outOfPlace: the ids of the
// regulations whose area leaves the applicant's place out, folded as 不适用).
import { type AnswerContext, parseAnswers, type AnswerProblem } from '../eligibility/answers.ts';
import { checkAll, type CheckInput, type RegulationVerdict } from '../eligibility/engine.ts';
import { outsidePlace } from '../eligibility/wizard.ts';
import type { Applicant } from './applicant.ts';

export interface InvalidApplicant {
  row: number;
  name: string;
  problems: AnswerProblem[];
}

export interface CheckedVerdicts {
  row: number;
  name: string;
  checkDate: string;
  verdicts: RegulationVerdict[];
  outOfPlace: Set<string>;
}

export type CheckedApplicant = InvalidApplicant | CheckedVerdicts;

export const isInvalid = (r: CheckedApplicant): r is InvalidApplicant => 'problems' in r;

export interface CheckOptions {
  /** The day to check on for every applicant (a --date), over each applicant's own checkDate. */
  date?: string;
  /** Today: the check day of an applicant that gives none. */
  today: string;
}

export function checkApplicant(
  applicant: Applicant,
  entries: CheckInput[],
  context: AnswerContext,
  { date, today }: CheckOptions,
): CheckedApplicant {
  const { row, name } = applicant;
  const parsed = parseAnswers(applicant.raw, context);
  if (applicant.problems.length) {
    // Report what the row could not say together with what it said wrong.
    const seen = new Set(applicant.problems.map((p) => p.field));
    return { row, name, problems: [...applicant.problems, ...parsed.problems.filter((p) => !seen.has(p.field))] };
  }
  if (!parsed.answers) return { row, name, problems: parsed.problems };
  const checkDate = date ?? parsed.answers.checkDate ?? today;
  return {
    row,
    name,
    checkDate,
    verdicts: checkAll(entries, parsed.answers, checkDate),
    outOfPlace: outsidePlace(entries, parsed.answers.jurisdiction),
  };
}

/**
 * What is wrong with a check day given for the whole batch, by the answers' own rule for a checkDate (YYYY-MM-DD,
 * a real day, within the days an answer may name); undefined when it is a good day.
 */
export function checkDateProblem(date: string, context: AnswerContext): string | undefined {
  return parseAnswers({ checkDate: date }, context).problems[0]?.message;
}

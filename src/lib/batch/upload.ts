// A batch check in the browser, apart from the worker that runs it: a file's text read as applicants (CSV or JSON,
// as `npm run check` reads them), the full rules of the regulations covering their places fetched from the site,
// every applicant checked with progress, and one applicant's report on request. The rules come from a RulesSource,
// so the same run is tested in Node.
import { type AnswerContext, type Answers, parseAnswers } from '../eligibility/answers.ts';
import { answerContext, type CheckInput, type RegulationVerdict } from '../eligibility/engine.ts';
import { fullRulesNeeded, type IndexedRules, withFullRules } from '../eligibility/split.ts';
import { type Field, type RegulationChoice, regulationChoices, wizardSteps } from '../eligibility/wizard.ts';
import { jurisdictionPath } from '../jurisdiction.ts';
import type { Applicant, FileProblem } from './applicant.ts';
import { type CheckOptions, checkApplicant, type InvalidApplicant, isInvalid } from './check.ts';
import { csvApplicants } from './csv-applicants.ts';
import { jsonApplicants } from './json-applicants.ts';
import { type ResultRow, resultRows } from './results.ts';

/** The largest file read (bytes): far above any consultant's list, low enough to read and check in seconds. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most applicants one file may hold; a longer list is for `npm run check`, which streams. */
export const MAX_APPLICANTS = 20_000;

/** A limit of the browser's batch check, beside the file problems the readers report (applicant.ts). */
export type UploadLimit =
  | { code: 'file-too-large'; bytes: number }
  | { code: 'too-many-applicants'; count: number }
  /** The site's rules could not be loaded: `detail` the HTTP status or the browser's words. */
  | { code: 'rules-unavailable'; detail: string };

/** A file's size beyond the limit, said before it is read. */
export const sizeLimit = (bytes: number): UploadLimit | undefined =>
  bytes > MAX_FILE_BYTES ? { code: 'file-too-large', bytes } : undefined;

/** What a file stopped by a limit checks to: nothing, and the limit. */
export const limitedOutcome = (limit: UploadLimit, applicants = 0): BatchOutcome => ({
  rows: [],
  invalid: [],
  applicants,
  limit,
});

export type UploadFormat = 'csv' | 'json';

/** The format of a file: by its name's extension, as `npm run check` reads it, else by its first character. */
export function formatOf(fileName: string, text: string): UploadFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.json')) return 'json';
  return /^\ufeff?\s*[[{]/.test(text) ? 'json' : 'csv';
}

export interface RulesSource {
  /** The checker's index (rules.json's regulations). */
  index(): Promise<IndexedRules[]>;
  /** A regulation's full rules (rules/<id>.json). */
  full(id: string): Promise<CheckInput>;
}

/**
 * The rules to check the applicants with: the index, with the full rules of every regulation covering a place some
 * applicant names. Only the places of the site count (any other is refused by validation), so the work is linear in
 * the applicants.
 */
export async function rulesFor(applicants: readonly Applicant[], source: RulesSource): Promise<CheckInput[]> {
  const index = await source.index();
  const known = new Set(index.map((e) => jurisdictionPath(e.regulation)));
  const places = new Set(
    applicants.map((a) => a.raw.jurisdiction).filter((p): p is string => typeof p === 'string' && known.has(p)),
  );
  const needed = new Set([...places].flatMap((p) => fullRulesNeeded(index, p)));
  const full = new Map(await Promise.all([...needed].map(async (id) => [id, await source.full(id)] as const)));
  return index.map((e) => {
    const rules = full.get(e.id);
    return rules ? withFullRules(e, rules) : (e as CheckInput);
  });
}

/** What a file checked to: the rows of the results table and downloads, the invalid applicants, a file problem. */
export interface BatchOutcome {
  rows: ResultRow[];
  invalid: InvalidApplicant[];
  /** Applicants read (valid and invalid). */
  applicants: number;
  /** The problem that stopped the file being read further (the applicants before it were checked). */
  problem?: FileProblem;
  limit?: UploadLimit;
}

/** A batch being checked: what it was read as and checked with, kept to give one applicant's report later. */
export interface BatchRun {
  entries: CheckInput[];
  context: AnswerContext;
  options: CheckOptions;
  byRow: Map<number, Applicant>;
}

export interface BatchProgress {
  done: number;
  total: number;
}

const PROGRESS_EVERY = 250;

/** Reads a file's text and checks every applicant, telling progress; `run` is what a report is later made from. */
export async function checkBatch(
  text: string,
  format: UploadFormat,
  source: RulesSource,
  options: CheckOptions,
  onProgress: (p: BatchProgress) => void = () => {},
): Promise<{ outcome: BatchOutcome; run?: BatchRun }> {
  const tooLarge = sizeLimit(text.length);
  if (tooLarge) return { outcome: limitedOutcome(tooLarge) };
  const { applicants, problem } = format === 'json' ? jsonApplicants(text) : csvApplicants(text);
  if (applicants.length > MAX_APPLICANTS)
    return { outcome: limitedOutcome({ code: 'too-many-applicants', count: applicants.length }) };
  let entries: CheckInput[];
  try {
    entries = await rulesFor(applicants, source);
  } catch (e) {
    const detail = String((e as Error)?.message ?? e).slice(0, 200);
    return { outcome: limitedOutcome({ code: 'rules-unavailable', detail }, applicants.length) };
  }
  const context = answerContext(entries, options.today);
  const rows: ResultRow[] = [];
  const invalid: InvalidApplicant[] = [];
  for (const [i, applicant] of applicants.entries()) {
    const result = checkApplicant(applicant, entries, context, options);
    if (isInvalid(result)) invalid.push(result);
    for (const r of resultRows(result)) rows.push(r);
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress({ done: i + 1, total: applicants.length });
  }
  onProgress({ done: applicants.length, total: applicants.length });
  const byRow = new Map(applicants.map((a) => [a.row, a]));
  return {
    outcome: { rows, invalid, applicants: applicants.length, ...(problem && { problem }) },
    run: { entries, context, options, byRow },
  };
}

/** One applicant's report, as the checker's <Report> shows it. */
export interface ApplicantReport {
  row: number;
  name: string;
  checkDate: string;
  verdicts: RegulationVerdict[];
  /** Regulations whose area leaves the applicant's place out. */
  outOfPlace: string[];
  /** The answers as given, with the check day. */
  state: Record<string, unknown>;
  /** The answers the verdicts were reached on. */
  answers: Answers;
  /** The questions the wizard would ask this applicant, for the answers table. */
  fields: Field[];
  regulations: RegulationChoice[];
}

/** The report of the applicant on a row, checked again as it was (a valid applicant only). */
export function applicantReport(run: BatchRun, row: number): ApplicantReport | undefined {
  const applicant = run.byRow.get(row);
  if (!applicant) return undefined;
  const result = checkApplicant(applicant, run.entries, run.context, run.options);
  if (isInvalid(result)) return undefined;
  const state = { ...applicant.raw, checkDate: result.checkDate };
  return {
    row,
    name: result.name,
    checkDate: result.checkDate,
    verdicts: result.verdicts,
    outOfPlace: [...result.outOfPlace],
    state,
    answers: parseAnswers(applicant.raw, run.context).answers ?? {},
    fields: wizardSteps(run.entries, state).flatMap((s) => s.fields),
    regulations: regulationChoices(run.entries),
  };
}

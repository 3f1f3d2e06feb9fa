// One check as a document to keep: the report a person downloads from the checker, as data. It holds the answers as
// validated (an answer with a problem is named with its problem, never carried as a value), and per regulation the
// engine's outcome, days and reason codes, with no words: the wording module adds its wording beside them. The shape
// is versioned (REPORT_FORMAT_VERSION): a field renamed or dropped is a new version (docs/adr/0015).
import type { Citation } from '../schema.ts';
import type { AnswerProblem, Answers } from './answers.ts';
import type { Finding, FindingReason, RegulationVerdict, TierVerdict } from './engine.ts';

export const REPORT_FORMAT = 'quality-award-atlas/eligibility-report';
export const REPORT_FORMAT_VERSION = 1;

/** A finding's reason as the engine gives it, without the condition's summary (the content's words, not a code). */
type Reason = FindingReason extends infer R ? (R extends FindingReason ? Omit<R, 'summary'> : never) : never;

export interface ReportFinding {
  /** The condition's, clause's, ban's or re-application rule's id (rule-ids.ts). */
  id: string;
  kind: Finding['kind'];
  /** The article (and item) it cites, as the regulation's page anchors it. */
  cite: Pick<Citation, 'article' | 'item'>;
  /** The first day it no longer stands in the way, where only time does. */
  eligibleFrom?: string;
  /** The facts still unanswered or half answered. */
  missing?: Finding['missing'];
  /** The engine's reason code and the values that decided it. */
  reason: Reason;
}

export interface ReportTier {
  id: string;
  kind: TierVerdict['kind'];
  outcome: TierVerdict['outcome'];
  eligibleFrom?: string;
  findings: ReportFinding[];
}

export interface ReportVerdict {
  regulation: string;
  /** The regulation's status on the check day (in-force, draft, expired, superseded…). */
  status: RegulationVerdict['status']['status'];
  /** Whether the regulation's area covers the applicant's place (false: not applicable there). */
  coversPlace: boolean;
  outcome: RegulationVerdict['outcome'];
  eligibleFrom?: string;
  tiers: ReportTier[];
  failures: ReportFinding[];
  unknowns: ReportFinding[];
  limits: ReportFinding[];
  passed: ReportFinding[];
  checklist: ReportFinding[];
}

export interface ReportDocument {
  format: typeof REPORT_FORMAT;
  formatVersion: typeof REPORT_FORMAT_VERSION;
  /** The day the site's data was built. */
  dataAsOf: string;
  /** The day the answers were checked against. */
  checkDate: string;
  /** Whether every answer given was valid; if not, the verdicts count the invalid ones as unanswered. */
  answersValid: boolean;
  /** The answers the verdicts were reached on: only those that passed validation. */
  answers: Answers;
  /** The answers given that did not pass, by field path, with what was expected (their values are left out). */
  invalidAnswers: AnswerProblem[];
  verdicts: ReportVerdict[];
}

export interface ReportInput {
  dataAsOf: string;
  checkDate: string;
  answers: Answers;
  problems: readonly AnswerProblem[];
  verdicts: readonly RegulationVerdict[];
  /** Regulations whose area does not cover the applicant's place (wizard.ts outsidePlace). */
  outOfPlace?: ReadonlySet<string>;
}

function reportFinding(f: Finding): ReportFinding {
  const { id, kind, cite, eligibleFrom, missing, assessment: _a, note: _n, ...reason } = f;
  const { summary: _s, ...values } = reason as FindingReason & { summary?: string };
  return {
    id,
    kind,
    cite: cite.item === undefined ? { article: cite.article } : { article: cite.article, item: cite.item },
    ...(eligibleFrom !== undefined && { eligibleFrom }),
    ...(missing?.length && { missing: [...missing] }),
    reason: values as Reason,
  };
}

const reportTier = (t: TierVerdict): ReportTier => ({
  id: t.id,
  kind: t.kind,
  outcome: t.outcome,
  ...(t.eligibleFrom !== undefined && { eligibleFrom: t.eligibleFrom }),
  findings: t.findings.map(reportFinding),
});

const reportVerdict = (v: RegulationVerdict, outOfPlace: ReadonlySet<string> | undefined): ReportVerdict => ({
  regulation: v.id,
  status: v.status.status,
  coversPlace: !outOfPlace?.has(v.id) && v.outcome !== 'out-of-area',
  outcome: v.outcome,
  ...(v.eligibleFrom !== undefined && { eligibleFrom: v.eligibleFrom }),
  tiers: v.tiers.map(reportTier),
  failures: v.failures.map(reportFinding),
  unknowns: v.unknowns.map(reportFinding),
  limits: v.limits.map(reportFinding),
  passed: v.passed.map(reportFinding),
  checklist: v.checklist.map(reportFinding),
});

/** The report of one check, as a document: plain data that JSON.stringify writes as it is. */
export function reportDocument(input: ReportInput): ReportDocument {
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    dataAsOf: input.dataAsOf,
    checkDate: input.checkDate,
    answersValid: input.problems.length === 0,
    answers: structuredClone(input.answers),
    invalidAnswers: input.problems.map((p) => ({ field: p.field, message: p.message })),
    verdicts: input.verdicts.map((v) => reportVerdict(v, input.outOfPlace)),
  };
}

/** What a file name may not hold on common systems: path separators, reserved punctuation, control characters. */
const UNSAFE_IN_FILE_NAME = /[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu;
const MAX_NAME_LENGTH = 60;

/** A file of a check (the report, its calendar): its stem, the applicant's name where there is one, and the check day. */
export function checkFileName(stem: string, extension: string, checkDate: string, applicantName?: string): string {
  const name = (applicantName ?? '').replace(UNSAFE_IN_FILE_NAME, ' ').trim().replace(/\s+/g, '-');
  const cut = [...name].slice(0, MAX_NAME_LENGTH).join('').replace(/^\.+/, '');
  return cut ? `${stem}-${cut}-${checkDate}.${extension}` : `${stem}-${checkDate}.${extension}`;
}

/** The report's file name. */
export const reportFileName = (checkDate: string, applicantName?: string): string =>
  checkFileName('eligibility-report', 'json', checkDate, applicantName);

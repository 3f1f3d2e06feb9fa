// What a file of applicants reads as, whatever its format: each applicant with
// its raw answers and what its row could not say, and the problems of the file
// itself as codes (src/lib/wording/batch.ts words them).
//
// Applicant: { row, name, raw, problems } — row counts CSV records with the
// header as row 1, or JSON array positions from 1; problems name the column (CSV)
// or the field path (JSON).
// FileProblem: { code, row?, line?, column?, detail? } — a problem that stops the
// file being read further (the rows before it may have been checked).
import type { AnswerProblem } from '../eligibility/answers.ts';

export interface Applicant {
  /** Row number (CSV, counting the header as row 1) or position (JSON array, from 1). */
  row: number;
  name: string;
  raw: Record<string, unknown>;
  problems: AnswerProblem[];
}

export type FileProblemCode =
  /** Nothing but blanks (or a BOM). */
  | 'empty-file'
  /** A header and no row under it; a JSON empty array. */
  | 'no-applicants'
  /** The first CSV row names no column this checker reads: a file without its header row. */
  | 'no-header'
  /** A quoted CSV cell never closed: `line` is where the record holding it began. */
  | 'unterminated-quote'
  /** Any other CSV syntax the reader refuses (a quote right after a closing quote…); `detail` the reader's code. */
  | 'csv-syntax'
  /** One CSV record longer than MAX_RECORD_CHARS. */
  | 'record-too-large'
  /** The header names a column twice (`column` its name; `detail` the positions). */
  | 'duplicated-column'
  /** The header names a column the checker does not read. */
  | 'unknown-column'
  /** A JSON applicant (or the whole file) that is not an object: `detail` what it is. */
  | 'not-object'
  /** Text that is not JSON: `detail` the parser's words. */
  | 'not-json';

export interface FileProblem {
  code: FileProblemCode;
  /** The applicant's row (CSV record, JSON position). */
  row?: number;
  /** The line of the file, where the problem is one of syntax. */
  line?: number;
  column?: string;
  detail?: string;
}

/** What a whole file read as: the applicants before the first file problem, and that problem if any. */
export interface ReadApplicants {
  applicants: Applicant[];
  problem?: FileProblem;
}

/** A reader's answer to one more record: an applicant, nothing (a blank line), or the problem that stops the file. */
export type ReadStep = { applicant: Applicant } | { problem: FileProblem } | undefined;

/** The longest CSV record read (characters): far above any real row, low enough that a stray quote cannot eat memory. */
export const MAX_RECORD_CHARS = 200_000;

/** The byte-order mark some editors write first: accepted and dropped. */
export const BOM = '\ufeff';
export const withoutBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

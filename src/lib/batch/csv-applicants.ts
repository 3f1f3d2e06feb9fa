// Applicants from CSV: one per row, a column per answer (answer-row.ts reads the
// cells). CsvApplicantReader takes the records one at a time — the header, then
// each row — so the command line can feed it from csv-parse's stream and the
// browser from csv-parse's sync parser (csvApplicants), with the same problems.
//
// The header is checked whole before any row: a column named twice, a column the
// checker does not read, or a first row naming no column at all stops the file.
// A row's own faults (cells beyond the header, answers that cannot be read) are
// that row's problems: it is reported and the other rows are still checked.
import { type InfoRecord, parse } from 'csv-parse/browser/esm/sync';
import { ANSWER_COLUMNS, answersFromRow, OLD_COLUMNS, ROW_LABEL_COLUMN } from '../eligibility/answer-row.ts';
import type { AnswerProblem } from '../eligibility/answers.ts';
import { columnField, csvRowName, extraCellsMessage, unnamedColumnMessage } from '../wording/batch.ts';
import { type FileProblem, MAX_RECORD_CHARS, type ReadApplicants, type ReadStep } from './applicant.ts';

/**
 * csv-parse's options, the same for the stream and the sync parser: a BOM dropped; rows of any length (the reader
 * reports cells beyond the header itself, by row); a quote inside an unquoted cell taken as written; blank lines
 * kept as records so that row numbers count every line, as a spreadsheet does.
 */
export const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  max_record_size: MAX_RECORD_CHARS,
} as const;

const KNOWN_COLUMNS = new Set([...ANSWER_COLUMNS, ...OLD_COLUMNS]);
const isBlank = (cells: readonly string[]) => cells.every((c) => !c.trim());

export class CsvApplicantReader {
  private header: string[] | undefined;
  private records = 0;
  private applicants = 0;
  private lastLine = 0;

  /** One record, as csv-parse gives it, and the line it ends on. */
  read(cells: string[], line: number): ReadStep {
    this.records++;
    this.lastLine = line;
    if (!this.header) {
      if (isBlank(cells)) return undefined; // blank lines before the header
      const problem = headerProblem(cells, this.records);
      if (problem) return { problem };
      this.header = cells.map((c) => c.trim());
      return undefined;
    }
    if (isBlank(cells)) return undefined;
    this.applicants++;
    return { applicant: this.applicant(cells, this.records) };
  }

  /** What a csv-parse error stands for: an unclosed quote is told by the line where its record began. */
  failure(error: unknown): FileProblem {
    const code = (error as { code?: string } | null)?.code ?? 'unknown';
    const line = this.lastLine + 1;
    if (code === 'CSV_QUOTE_NOT_CLOSED') return { code: 'unterminated-quote', line };
    if (code === 'CSV_MAX_RECORD_SIZE') return { code: 'record-too-large', line };
    return { code: 'csv-syntax', line, detail: code };
  }

  /** At the end of the file: a file with no header, or no row under it, has nothing to check. */
  end(): FileProblem | undefined {
    if (!this.header) return { code: 'empty-file' };
    return this.applicants ? undefined : { code: 'no-applicants' };
  }

  private applicant(cells: string[], row: number) {
    const header = this.header!;
    const problems: AnswerProblem[] = [];
    const record: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const column = header[i];
      if (column) record[column] = cell;
      else if (cell.trim()) {
        problems.push({
          field: columnField(i + 1),
          message: i < header.length ? unnamedColumnMessage() : extraCellsMessage(header.length, cell),
        });
      }
    });
    const read = answersFromRow(record);
    return {
      row,
      name: record[ROW_LABEL_COLUMN]?.trim() || csvRowName(row),
      raw: read.raw,
      problems: [...problems, ...read.problems],
    };
  }
}

/** The header's fault, if it has one: no known column, a column twice, a column not read. */
function headerProblem(cells: string[], row: number): FileProblem | undefined {
  const names = cells.map((c) => c.trim());
  if (!names.some((n) => KNOWN_COLUMNS.has(n))) return { code: 'no-header', row };
  const first = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    if (!name) continue;
    const earlier = first.get(name);
    if (earlier !== undefined)
      return { code: 'duplicated-column', row, column: name, detail: `${earlier + 1},${i + 1}` };
    first.set(name, i);
  }
  const unknown = names.find((n) => n && !KNOWN_COLUMNS.has(n));
  return unknown ? { code: 'unknown-column', row, column: unknown } : undefined;
}

/** A CSV read whole (the browser's upload): the rows up to the first file problem, and that problem. */
export function csvApplicants(text: string): ReadApplicants {
  const reader = new CsvApplicantReader();
  const applicants: ReadApplicants['applicants'] = [];
  let problem: FileProblem | undefined;
  const stop = new Error('stop');
  try {
    parse(text, {
      ...CSV_OPTIONS,
      on_record: (record: string[], context: InfoRecord) => {
        const step = reader.read(record, context.lines);
        if (step && 'problem' in step) {
          problem = step.problem;
          throw stop;
        }
        if (step) applicants.push(step.applicant);
        return undefined; // nothing kept by the parser itself
      },
    });
  } catch (e) {
    if (e !== stop) problem = reader.failure(e);
  }
  return { applicants, problem: problem ?? reader.end() };
}

// Applicants from JSON: one object, or an array of them, each an applicant's
// answers with an optional `name`. JsonApplicantReader takes one element at a
// time, so the command line can feed it from stream-json and never hold the
// whole array; jsonApplicants reads a text whole (the browser's upload).
// Anything but an object where an applicant should be (null, 42, a string, an
// array) stops the file: it is not a row with wrong answers but a wrong file.
import { upgradedApplicant } from '../eligibility/answer-row.ts';
import { jsonRowName } from '../wording/batch.ts';
import { type FileProblem, type ReadApplicants, type ReadStep, withoutBom } from './applicant.ts';

/** What a JSON value is, in the words of JSON: null, number, string, boolean, array, object. */
export const jsonKind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export class JsonApplicantReader {
  private count = 0;

  /** One applicant: an element of the array (position from 1), or the file's one object (position 1). */
  read(value: unknown, position: number): ReadStep {
    if (jsonKind(value) !== 'object')
      return { problem: { code: 'not-object', row: position, detail: jsonKind(value) } };
    this.count++;
    const { name, ...raw } = value as Record<string, unknown>;
    // Answers of the older shape are carried over; what cannot be is reported as a problem.
    const label = typeof name === 'string' && name.trim() ? name.trim() : jsonRowName(position);
    return { applicant: { row: position, name: label, ...upgradedApplicant(raw) } };
  }

  /** At the end: an empty array has nothing to check. */
  end(): FileProblem | undefined {
    return this.count ? undefined : { code: 'no-applicants' };
  }
}

/** The parser's words for a text that is not JSON, cut short: it may quote the text. */
export const notJson = (error: unknown): FileProblem => ({
  code: 'not-json',
  detail: String((error as Error)?.message ?? error).slice(0, 200),
});

/** A JSON text read whole: its applicants up to the first that is not an object, and that problem. */
export function jsonApplicants(text: string): ReadApplicants {
  const body = withoutBom(text);
  if (!body.trim()) return { applicants: [], problem: { code: 'empty-file' } };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { applicants: [], problem: notJson(e) };
  }
  const reader = new JsonApplicantReader();
  const applicants: ReadApplicants['applicants'] = [];
  const list = Array.isArray(data) ? data : [data];
  for (const [i, item] of list.entries()) {
    const step = reader.read(item, i + 1);
    if (step && 'problem' in step) return { applicants, problem: step.problem };
    if (step) applicants.push(step.applicant);
  }
  return { applicants, problem: reader.end() };
}

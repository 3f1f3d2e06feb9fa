// The workspace file: written by 导出 and read back by 导入 on any browser. Its shape, and a file read leniently (each
// applicant's answers through readFormState, problems as codes; the words are in wording/workspace-file.ts). Apart
// from workspace.ts because only those two moves need it: the checker page loads it when one is made.
import { isPlainObject } from '../objects.ts';
import { type DroppedPart, readFormState } from './form-state.ts';
import { cleanState, type FormState } from './wizard.ts';
import {
  applicantName,
  MAX_ANSWERS_CHARS,
  MAX_APPLICANTS,
  MAX_FILE_BYTES,
  MAX_NAME,
  newApplicant,
  type Stamp,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Workspace,
} from './workspace.ts';

/** The workspace file: what it is, its version, when it was written, and each applicant's name and answers. */
export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  exportedAt: string;
  applicants: { name: string; updatedAt: string; answers: Record<string, unknown> }[];
}

export const toFile = (ws: Workspace, now: string): WorkspaceFile => ({
  format: WORKSPACE_FORMAT,
  version: WORKSPACE_VERSION,
  exportedAt: now,
  applicants: ws.applicants.map((a) => ({ name: a.name, updatedAt: a.updatedAt, answers: cleanState(a.answers) })),
});

/** Why a workspace file cannot be read at all. */
export type FileProblem = 'too-large' | 'not-json' | 'not-workspace' | 'newer-version' | 'no-applicants' | 'too-many';

/** What was wrong with one applicant of a file: left out (`skipped`), or read without the parts named. */
export interface ApplicantProblem {
  /** The applicant's place in the file, from 0. */
  index: number;
  name?: string;
  skipped?: 'not-an-applicant' | 'answers-too-large';
  /** The name was missing, not text, or too long (then cut). */
  nameProblem?: 'missing' | 'too-long';
  dropped: DroppedPart[];
  droppedCount: number;
}

export interface ImportedApplicant {
  name: string;
  answers: FormState;
  updatedAt?: string;
}

export type ReadFile =
  | { ok: false; problem: FileProblem }
  | { ok: true; applicants: ImportedApplicant[]; problems: ApplicantProblem[] };

/** A workspace file's text read and checked: its format and version, its size, and each applicant's name and answers. */
export function readWorkspaceFile(text: string): ReadFile {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isPlainObject(raw) || raw.format !== WORKSPACE_FORMAT) return { ok: false, problem: 'not-workspace' };
  if (typeof raw.version !== 'number' || raw.version > WORKSPACE_VERSION)
    return { ok: false, problem: 'newer-version' };
  if (!Array.isArray(raw.applicants) || !raw.applicants.length) return { ok: false, problem: 'no-applicants' };
  if (raw.applicants.length > MAX_APPLICANTS) return { ok: false, problem: 'too-many' };
  const applicants: ImportedApplicant[] = [];
  const problems: ApplicantProblem[] = [];
  raw.applicants.forEach((a: unknown, index) => {
    if (!isPlainObject(a))
      return void problems.push({ index, skipped: 'not-an-applicant', dropped: [], droppedCount: 0 });
    const rawName = typeof a.name === 'string' ? a.name : '';
    const given = applicantName(rawName);
    const name = given || undefined;
    const nameProblem = !given ? 'missing' : [...rawName.trim()].length > MAX_NAME ? 'too-long' : undefined;
    if (!isPlainObject(a.answers))
      return void problems.push({ index, name, skipped: 'not-an-applicant', dropped: [], droppedCount: 0 });
    if (JSON.stringify(a.answers).length > MAX_ANSWERS_CHARS)
      return void problems.push({ index, name, skipped: 'answers-too-large', dropped: [], droppedCount: 0 });
    const read = readFormState(a.answers);
    if (nameProblem || read.droppedCount)
      problems.push({
        index,
        name,
        ...(nameProblem && { nameProblem }),
        dropped: read.dropped,
        droppedCount: read.droppedCount,
      });
    applicants.push({
      name: given,
      answers: read.state,
      ...(typeof a.updatedAt === 'string' && { updatedAt: a.updatedAt.slice(0, 40) }),
    });
  });
  return { ok: true, applicants, problems };
}

/**
 * Adds a file's applicants after the ones there (fresh ids, names as they were, or `unnamed(n)` for none); the
 * first added becomes current. Those beyond MAX_APPLICANTS are not added: `left` counts them.
 */
export function importApplicants(
  ws: Workspace,
  imported: ImportedApplicant[],
  unnamed: (index: number) => string,
  stamp: Stamp,
): { workspace: Workspace; added: number; left: number } {
  const room = Math.max(0, MAX_APPLICANTS - ws.applicants.length);
  const taken = imported.slice(0, room).map((a, i) => ({
    ...newApplicant(a.name || unnamed(i), a.answers, stamp),
    updatedAt: a.updatedAt ?? stamp.now,
  }));
  if (!taken.length) return { workspace: ws, added: 0, left: imported.length };
  return {
    workspace: { applicants: [...ws.applicants, ...taken], currentId: taken[0]!.id },
    added: taken.length,
    left: imported.length - taken.length,
  };
}

// The workspace's export to and import from a file, loaded when the reader exports or imports (useWorkspace.ts): the
// page does not download the file's reading and its words before either is asked for.
import { todayIso } from '../../lib/dates.ts';
import { importApplicants, readWorkspaceFile, toFile } from '../../lib/eligibility/workspace-file.ts';
import { MAX_FILE_BYTES, type Stamp, type Workspace } from '../../lib/eligibility/workspace.ts';
import {
  applicantProblemText,
  FILE_NAME,
  importedName,
  importedText,
  importFailedText,
} from '../../lib/wording/workspace-file.ts';
import { downloadText } from '../download.ts';

/** What an import did, in words: one line for the file, one per applicant with a problem (at most 50). */
export interface ImportReport {
  ok: boolean;
  text: string;
  problems: string[];
  more: number;
}
const MAX_PROBLEM_LINES = 50;

export const exportWorkspace = (ws: Workspace, stamp: Stamp): void =>
  downloadText(
    `${FILE_NAME}-${todayIso('local')}.json`,
    JSON.stringify(toFile(ws, stamp.now), null, 2),
    'application/json',
  );

/** A file read and added to `ws` (the workspace as it is when the file has been read), with what the import did. */
export async function importWorkspace(
  file: File,
  ws: () => Workspace,
  stamp: () => Stamp,
): Promise<{ report: ImportReport; workspace?: Workspace }> {
  // Too large a file is refused before it is read into memory.
  const read = file.size > MAX_FILE_BYTES ? null : readWorkspaceFile(await file.text());
  if (!read?.ok)
    return {
      report: { ok: false, text: importFailedText(file.name, read?.problem ?? 'too-large'), problems: [], more: 0 },
    };
  const result = importApplicants(ws(), read.applicants, (i) => importedName(i + 1), stamp());
  const lines = read.problems.map(applicantProblemText);
  return {
    report: {
      ok: result.added > 0,
      text: importedText(file.name, result.added, result.left),
      problems: lines.slice(0, MAX_PROBLEM_LINES),
      more: Math.max(0, lines.length - MAX_PROBLEM_LINES),
    },
    workspace: result.workspace,
  };
}

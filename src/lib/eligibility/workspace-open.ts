// How the checker page opens its workspace: the one saved in this browser, else the single applicant's answers an
// older version saved (migrated as the first applicant), else a fresh one; then a share link the page was opened
// with, which never replaces saved answers: it opens as a new applicant, or switches to one with the same answers.
// What happened comes back as notices (codes and values; the words are in wording/workspace.ts).
import type { FactId } from '../facts.ts';
import { type DroppedPart, openAnswers } from './form-state.ts';
import type { FormState, ShareReading, UnreadableShare } from './wizard.ts';
import {
  addApplicant,
  freeName,
  fromStored,
  isFull,
  newApplicant,
  type Stamp,
  selectApplicant,
  type Workspace,
  withSameAnswers,
  workspaceOf,
} from './workspace.ts';

export type OpenNotice =
  | { kind: 'dropped'; source: 'share' | 'storage'; dropped: DroppedPart[]; count: number }
  | { kind: 'unreadable-share'; reason: UnreadableShare }
  | { kind: 'shared-opened'; name: string }
  /** The share link's answers are those of an applicant already there: switched to it; `answers` to keep apart. */
  | { kind: 'same-answers'; name: string; answers: FormState }
  | { kind: 'full' };

export interface Opened {
  workspace: Workspace;
  notices: OpenNotice[];
  /** Answers of an older shape that could not be carried over, to ask again, for the applicant they belong to. */
  refill?: { id: string; facts: FactId[] };
  /** Whether the older single-applicant answers were taken into the workspace (their key can go once it is saved). */
  migrated: boolean;
}

export interface OpenInput {
  /** The workspace saved in storage (parsed JSON), if any. */
  stored: unknown;
  /** The answers an older version saved for its one applicant (parsed JSON), if any. */
  legacy: unknown;
  share: ShareReading;
}

export function openWorkspace(input: OpenInput, names: { first: string; shared: string }, stamp: Stamp): Opened {
  const notices: OpenNotice[] = [];
  let refill: Opened['refill'];
  let workspace = fromStored(input.stored, stamp);
  let migrated = false;

  if (!workspace && input.legacy !== undefined && input.legacy !== null) {
    const old = openAnswers(input.legacy);
    const first = newApplicant(names.first, old.state, stamp);
    workspace = workspaceOf(first);
    migrated = true;
    if (old.droppedCount)
      notices.push({ kind: 'dropped', source: 'storage', dropped: old.dropped, count: old.droppedCount });
    if (old.refill.length) refill = { id: first.id, facts: old.refill };
  }

  const shared = openShared(workspace, input.share, names.shared, stamp);
  return {
    workspace: shared.workspace ?? workspaceOf(newApplicant(names.first, {}, stamp)),
    notices: [...notices, ...shared.notices],
    refill: shared.refill ?? refill,
    migrated,
  };
}

/**
 * A share link opened on a workspace (none yet on a first visit): as a new applicant named `name`, or by switching
 * to the one with the same answers; a full workspace, or an unreadable link, is left as it is, with a notice.
 */
export function openShared(
  workspace: Workspace | undefined,
  share: ShareReading,
  name: string,
  stamp: Stamp,
): { workspace: Workspace | undefined; notices: OpenNotice[]; refill?: Opened['refill'] } {
  if (share.kind === 'none') return { workspace, notices: [] };
  if (share.kind === 'unreadable') return { workspace, notices: [{ kind: 'unreadable-share', reason: share.reason }] };
  const notices: OpenNotice[] = [];
  const opened = openAnswers(share.value);
  if (opened.droppedCount)
    notices.push({ kind: 'dropped', source: 'share', dropped: opened.dropped, count: opened.droppedCount });
  const same = workspace && withSameAnswers(workspace, opened.state);
  if (workspace && same) {
    notices.push({ kind: 'same-answers', name: same.name, answers: opened.state });
    return { workspace: selectApplicant(workspace, same.id), notices };
  }
  if (workspace && isFull(workspace)) return { workspace, notices: [...notices, { kind: 'full' }] };
  const applicant = newApplicant(workspace ? freeName(workspace, name) : name, opened.state, stamp);
  notices.push({ kind: 'shared-opened', name: applicant.name });
  return {
    workspace: workspace ? addApplicant(workspace, applicant) : workspaceOf(applicant),
    notices,
    ...(opened.refill.length && { refill: { id: applicant.id, facts: opened.refill } }),
  };
}

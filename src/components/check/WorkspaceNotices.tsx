// What the workspace has to say: about a share link (opened as a new applicant, the same as one there, unreadable,
// with parts it could not read), answers saved by an older version, a deletion that can be undone, an import, and
// storage that is full. Each can be dismissed. Loaded when there is one (LazyNotices.tsx, which holds the polite
// live region they are announced in).
import type { OpenNotice } from '../../lib/eligibility/workspace-open.ts';
import {
  DISMISS_LABEL,
  deletedText,
  droppedNotice,
  fullShareNotice,
  KEEP_SEPARATE_LABEL,
  moreProblemsText,
  SAVE_FAILED_TEXT,
  sameAnswersNotice,
  sharedOpenedNotice,
  UNDO_LABEL,
  unreadableShareNotice,
} from '../../lib/wording/workspace-notices.ts';
import type { WorkspaceModel } from './useWorkspace.ts';

function noticeText(n: OpenNotice): string {
  switch (n.kind) {
    case 'dropped':
      return droppedNotice(n.source, n.dropped, n.count);
    case 'unreadable-share':
      return unreadableShareNotice(n.reason);
    case 'shared-opened':
      return sharedOpenedNotice(n.name);
    case 'same-answers':
      return sameAnswersNotice(n.name);
    case 'full':
      return fullShareNotice;
  }
}

export function WorkspaceNotices({ model }: { model: WorkspaceModel }) {
  const { notices, removed, imported, saveFailed } = model;
  return (
    <>
      {notices.map((n) => (
        <p class={`notice notice-${n.kind}`}>
          {noticeText(n)}{' '}
          {n.kind === 'same-answers' && (
            <button
              type="button"
              onClick={() => {
                model.keepApart(n.answers);
                model.dismiss(n);
              }}
            >
              {KEEP_SEPARATE_LABEL}
            </button>
          )}{' '}
          <button type="button" class="link-button" onClick={() => model.dismiss(n)}>
            {DISMISS_LABEL}
          </button>
        </p>
      ))}
      {removed && (
        <p class="notice notice-removed">
          {deletedText(removed.applicant.name)}{' '}
          <button type="button" onClick={model.undo}>
            {UNDO_LABEL}
          </button>
        </p>
      )}
      {imported && (
        <div class={`notice notice-import${imported.ok ? '' : ' field-error'}`}>
          <p>{imported.text}</p>
          {imported.problems.length > 0 && (
            <ul>
              {imported.problems.map((p) => (
                <li>{p}</li>
              ))}
              {imported.more > 0 && <li>{moreProblemsText(imported.more)}</li>}
            </ul>
          )}
          <button type="button" class="link-button" onClick={model.dismissImport}>
            {DISMISS_LABEL}
          </button>
        </div>
      )}
      {saveFailed && <p class="notice field-error">{SAVE_FAILED_TEXT}</p>}
    </>
  );
}

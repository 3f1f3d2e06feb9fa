// The checker page: the workspace's bar and notices above the wizard of the current applicant. The wizard sits in an
// error boundary: a crash shows what happened with a way on (show the answers again, or clear them), never a blank
// page, and the crash is remembered so a later visit asks before showing those answers again.
import type { VNode } from 'preact';
import {
  CLEAR_ANSWERS_LABEL,
  CLEAR_WORKSPACE_CONFIRM,
  CLEAR_WORKSPACE_LABEL,
  CRASH_TITLE,
  crashedBeforeText,
  crashText,
  PAGE_CRASH_TEXT,
  RELOAD_PAGE_LABEL,
  RELOAD_STEP_LABEL,
} from '../../lib/wording/workspace.ts';
import Checker from './Checker.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { removeStored } from './local-storage.ts';
import { CRASH_KEY, useWorkspace, WORKSPACE_KEY, type WorkspaceModel } from './useWorkspace.ts';
import { WorkspaceBar } from './WorkspaceBar.tsx';
import { LazyNotices } from './LazyNotices.tsx';

interface Props {
  rulesUrl: string;
  base: string;
  dataAsOf: string;
}

function Crashed({ model, text }: { model: WorkspaceModel; text: string }): VNode {
  return (
    <div class="checker-crash" role="alert">
      <h2>{CRASH_TITLE}</h2>
      <p>{text}</p>
      <p class="wizard-actions">
        <button type="button" class="primary" onClick={model.retry}>
          {RELOAD_STEP_LABEL}
        </button>
        <button type="button" onClick={model.clearAnswers}>
          {CLEAR_ANSWERS_LABEL}
        </button>
      </p>
    </div>
  );
}

/**
 * The last resort, when the workspace itself crashed: reload, or (after a confirmation) clear what is saved. Plain
 * markup, so it cannot crash in turn.
 */
function PageCrashed(): VNode {
  return (
    <div class="checker-crash" role="alert">
      <h2>{CRASH_TITLE}</h2>
      <p>{PAGE_CRASH_TEXT}</p>
      <p class="wizard-actions">
        <button type="button" class="primary" onClick={() => location.reload()}>
          {RELOAD_PAGE_LABEL}
        </button>
        <button
          type="button"
          onClick={() => {
            if (!confirm(CLEAR_WORKSPACE_CONFIRM)) return;
            removeStored(WORKSPACE_KEY);
            removeStored(CRASH_KEY);
            location.reload();
          }}
        >
          {CLEAR_WORKSPACE_LABEL}
        </button>
      </p>
    </div>
  );
}

/** The checker page, never blank: a crash of the workspace itself shows the last resort. */
export default function CheckerPage(props: Props) {
  return (
    <ErrorBoundary fallback={() => <PageCrashed />}>
      <Workspace {...props} />
    </ErrorBoundary>
  );
}

function Workspace({ rulesUrl, base, dataAsOf }: Props) {
  const model = useWorkspace();
  const { current } = model;
  return (
    <>
      <WorkspaceBar model={model} />
      <LazyNotices model={model} />
      {model.suspect ? (
        <Crashed model={model} text={crashedBeforeText(current.name)} />
      ) : (
        <ErrorBoundary
          key={`${current.id}-${model.attempt}`}
          onError={model.markCrash}
          fallback={() => <Crashed model={model} text={crashText(current.name)} />}
        >
          <Checker
            rulesUrl={rulesUrl}
            base={base}
            dataAsOf={dataAsOf}
            state={current.answers}
            setState={model.updateAnswers}
            onStartOver={model.clearAnswers}
            refill={model.refill}
            applicantName={current.name}
          />
        </ErrorBoundary>
      )}
    </>
  );
}

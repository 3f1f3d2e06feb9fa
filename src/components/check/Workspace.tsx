// The checker page: the workspace's bar and notices above the wizard of the current applicant. The wizard sits in an
// error boundary: a crash shows what happened with a way on (show the answers again, or clear them), never a blank
// page, and the crash is remembered so a later visit asks before showing those answers again.
import type { VNode } from 'preact';
import {
  CLEAR_ANSWERS_LABEL,
  CRASH_TITLE,
  crashedBeforeText,
  crashText,
  RELOAD_STEP_LABEL,
} from '../../lib/wording/workspace.ts';
import Checker from './Checker.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useWorkspace, type WorkspaceModel } from './useWorkspace.ts';
import { WorkspaceBar } from './WorkspaceBar.tsx';
import { WorkspaceNotices } from './WorkspaceNotices.tsx';

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

export default function Workspace({ rulesUrl, base, dataAsOf }: Props) {
  const model = useWorkspace();
  const { current } = model;
  return (
    <>
      <WorkspaceBar model={model} />
      <WorkspaceNotices model={model} />
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
          />
        </ErrorBoundary>
      )}
    </>
  );
}

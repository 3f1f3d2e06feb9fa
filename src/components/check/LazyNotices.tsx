// The workspace's notices, loaded when there is one to show: most visits have none, so the checker page does not
// download their code and words on opening (docs/adr/0028). The live region is on the page from the start, so what
// is put in it later is announced; a failed load is said in words, with the reason.
import { noticesFailedText } from '../../lib/wording/live.ts';
import { loadOnce, useLoaded } from './load-once.ts';
import type { WorkspaceModel } from './useWorkspace.ts';

const noticesModule = loadOnce(() => import('./WorkspaceNotices.tsx'));

/** Whether the workspace has anything to say. */
const hasNotices = ({ notices, removed, imported, saveFailed }: WorkspaceModel): boolean =>
  notices.length > 0 || !!removed || !!imported || saveFailed;

export function LazyNotices({ model }: { model: WorkspaceModel }) {
  const wanted = hasNotices(model);
  const { module, failed } = useLoaded(noticesModule, wanted);
  return (
    <div class="workspace-notices no-print" role="status">
      {wanted && module && <module.WorkspaceNotices model={model} />}
      {wanted && !module && failed && <p class="notice field-error">{noticesFailedText(failed)}</p>}
    </div>
  );
}

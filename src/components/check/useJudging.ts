// Loads judging.ts when it is first wanted, once per visit (load-once.ts); a failed load is reported, and tried
// again the next time it is wanted.
import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from './load-once.ts';

export type Judging = typeof import('./judging.ts');

const judgingModule = loadOnce<Judging>(() => import('./judging.ts'));

/** The judging module once `wanted` has been true and it has loaded; `failed` says why it could not load. */
export function useJudging(wanted: boolean): { judging?: Judging; failed?: string } {
  const [judging, setJudging] = useState(judgingModule.loaded);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (!wanted || judging) return;
    setFailed(undefined);
    judgingModule.load().then(setJudging, (e: Error) => setFailed(e.message));
  }, [wanted]);
  return { judging, failed };
}

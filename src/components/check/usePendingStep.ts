// A step that needs rules still on their way waits for them on the step the reader is on: the form stays in place
// (and keeps the focus) until they arrive, then the move happens.
import { useEffect, useState } from 'preact/hooks';
import { needsPlaceRules, type StepTarget } from '../../lib/eligibility/wizard.ts';

/**
 * `go(target)` moves now, or once `ready` when the target needs the place's full rules (it is resolved then, against
 * the steps those rules call for); `waiting` is the move waited for. A move chosen meanwhile replaces it.
 */
export function usePendingStep(ready: boolean, moveTo: (target: StepTarget) => void) {
  const [waiting, setWaiting] = useState<StepTarget | null>(null);
  useEffect(() => {
    if (waiting !== null && ready) {
      setWaiting(null);
      moveTo(waiting);
    }
  }, [waiting, ready]);

  const go = (target: StepTarget) => {
    if (needsPlaceRules(target) && !ready) return setWaiting(target);
    setWaiting(null);
    moveTo(target);
  };
  return { go, waiting };
}

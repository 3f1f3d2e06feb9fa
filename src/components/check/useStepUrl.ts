// Which step is shown, kept in the address (?step=N) so the back and forward buttons, a reload and a link all open
// the same step; focus follows to the new step's heading.
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchForStep, stepPositionIn } from '../../lib/eligibility/wizard.ts';

/** The heading of the step shown; it takes focus from script only (tabindex -1). */
export const STEP_TITLE_ID = 'step-title';

/** After a step change, focus goes to the new step's heading, not to <body> with the controls it was on. */
function focusStepTitle() {
  const from = document.activeElement;
  requestAnimationFrame(() => {
    // Unless the reader has already moved on to another control meanwhile.
    if (document.activeElement === from || document.activeElement === document.body)
      document.getElementById(STEP_TITLE_ID)?.focus();
  });
}

/** The step position in the address, and a way to move to another one (a new history entry). */
export function useStepUrl() {
  const [position, setPosition] = useState(() => stepPositionIn(location.search));
  const shown = useRef(position);
  shown.current = position;

  useEffect(() => {
    const onPop = () => {
      const at = stepPositionIn(location.search);
      if (at !== shown.current) focusStepTitle();
      setPosition(at);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const moveTo = (at: number) => {
    history.pushState(null, '', `${location.pathname}${searchForStep(location.search, at)}`);
    setPosition(at);
    focusStepTitle();
  };
  return { position, moveTo };
}

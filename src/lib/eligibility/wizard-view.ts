// What the wizard shows for a state of the form: its form (wizard.ts) and the verdicts on its answers. Apart from
// wizard.ts, so that the checker page can ask its questions before it has loaded the engine (docs/adr/0028). One
// function, so the page and the tests that hold the batch checker to the wizard read the same verdicts.
import type { AnswerContext } from './answers.ts';
import { checkAll } from './engine.ts';
import type { CheckInput } from './rules.ts';
import { type FormState, type WizardStep, wizardForm, wizardSteps } from './wizard.ts';

/** The form's view (wizardForm) and the verdicts as of its check day. */
export function wizardView(
  entries: CheckInput[],
  state: FormState,
  ctx: AnswerContext,
  steps: WizardStep[] = wizardSteps(entries, state),
) {
  const form = wizardForm(entries, state, ctx, steps);
  return { ...form, verdicts: checkAll(entries, form.answers, form.checkDate) };
}

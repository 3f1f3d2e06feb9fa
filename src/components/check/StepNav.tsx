// The list of steps, with where the reader is; each step is a link (?step=N) that the wizard follows in place.
import { type StepTarget, type WizardStep, searchForStep } from '../../lib/eligibility/wizard.ts';
import { STEP_TITLES } from '../../lib/wording/questions.ts';

interface Props {
  steps: WizardStep[];
  current: WizardStep;
  go: (target: StepTarget) => void;
}

export function StepNav({ steps, current, go }: Props) {
  const number = steps.indexOf(current) + 1;
  return (
    <nav aria-label="步骤" class="steps">
      <p class="progress">
        第 {number} 步，共 {steps.length} 步 <progress max={steps.length} value={number} aria-hidden="true" />
      </p>
      <ol>
        {steps.map((s, i) => (
          <li>
            <a
              href={searchForStep('', i)}
              aria-current={s === current ? 'step' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(s.id);
              }}
            >
              {STEP_TITLES[s.id]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// The eligibility wizard for one applicant of the workspace: asks only what the
// regulations still in scope need and shows the verdicts as answers come in.
// Nothing is sent anywhere: the rules are a static file and the engine runs
// here. The answers are the workspace's (Workspace.tsx keeps them in this
// browser); this component composes the pieces (rules, the step in the address,
// moves that wait for rules) and renders; the logic is in
// src/lib/eligibility/wizard.ts.
import { useEffect, useMemo } from 'preact/hooks';
import { todayIso } from '../../lib/dates.ts';
import { answerContext } from '../../lib/eligibility/rules.ts';
import {
  askedAttributes,
  type Field,
  type FormState,
  isBlank,
  needsPlaceRules,
  outsidePlace,
  positionOf,
  regulationChoices,
  soughtTierChoices,
  type StepTarget,
  stepAt,
  wizardForm,
  wizardSteps,
} from '../../lib/eligibility/wizard.ts';
import type { FactId } from '../../lib/facts.ts';
import { OTHER_JURISDICTION } from '../../lib/jurisdiction.ts';
import { LOADING_VERDICTS, verdictsFailedText } from '../../lib/wording/live.ts';
import { refillNotice, STEP_TITLES } from '../../lib/wording/questions.ts';
import { loadListAnswer, Question } from './fields.tsx';
import { LazyReport, loadReport } from './LazyReport.tsx';
import { loadOnce, useLoaded } from './load-once.ts';
import { LivePending } from './LivePending.tsx';
import { StepNav } from './StepNav.tsx';
import { usePendingStep } from './usePendingStep.ts';
import { useRules } from './useRules.ts';
import { STEP_TITLE_ID, useStepUrl } from './useStepUrl.ts';
import { WizardActions } from './WizardActions.tsx';

export interface CheckerProps {
  rulesUrl: string;
  base: string;
  /** The day the site's data was built (the report's notice names it). */
  dataAsOf: string;
  /** The applicant's answers, as the form holds them (made safe by form-state.ts before they reach here). */
  state: FormState;
  setState: (update: (state: FormState) => FormState) => void;
  /** 重新开始: clears this applicant's answers. */
  onStartOver: () => void;
  /** Answers of an older shape that could not be carried over: asked again. */
  refill: FactId[];
  /** The applicant's name in the workspace: the downloaded report is named after it. */
  applicantName?: string;
}

const Loading = ({ what }: { what: string }) => <p aria-busy="true">{what}</p>;

/** The engine and the live verdicts, loaded once there is something to judge (judging.ts). */
const judgingPart = loadOnce(() => import('./judging.ts'));

export default function Checker({
  rulesUrl,
  base,
  dataAsOf,
  state,
  setState,
  onStartOver,
  refill,
  applicantName,
}: CheckerProps) {
  const { entries, error, pending } = useRules(rulesUrl, base, state.jurisdiction);
  const stepUrl = useStepUrl();
  // The applicant's own day: the check is dated as the applicant's calendar reads.
  const today = todayIso('local');
  const ctx = useMemo(() => entries && answerContext(entries, today), [entries]);
  const steps = entries ? wizardSteps(entries, state) : [];

  const moveTo = (target: StepTarget) => stepUrl.moveTo(positionOf(steps, target));
  const { go, waiting } = usePendingStep(pending.length === 0, moveTo);
  // One step before the result, the report's module is fetched, so it is there when the reader moves on; on the
  // result step itself (opened there), beside the engine rather than after it.
  const onResult = steps.length > 0 && stepAt(steps, stepUrl.position).step.id === 'result';
  const nearResult = onResult || (steps.length > 0 && stepAt(steps, stepUrl.position + 1).step.id === 'result');
  useEffect(() => {
    if (nearResult) void loadReport().catch(() => undefined);
  }, [nearResult]);
  // The engine comes once there is something to judge: a place answered (before it, every regulation waits on it),
  // or the result step, or one step before it.
  const placeKnown = !isBlank(state.jurisdiction);
  // The later steps' list editors, ahead of them, once the place is known.
  useEffect(() => {
    if (placeKnown) void loadListAnswer().catch(() => undefined);
  }, [placeKnown]);
  const { module: judging, failed } = useLoaded(judgingPart, placeKnown || nearResult);

  if (error)
    return (
      <p class="field-error" role="alert">
        {error}
      </p>
    );
  if (!entries || !ctx) return <Loading what="正在载入规则……" />;
  const { step, position } = stepAt(steps, stepUrl.position);
  // Opened (or reloaded) on a step past the place: its full rules come first.
  if (pending.length && needsPlaceRules(step.id)) return <Loading what="正在载入您所在地的办法……" />;

  const outOfPlace = outsidePlace(entries, state.jurisdiction);
  const { asked, answers, problems, checkDate } = wizardForm(entries, state, ctx, steps);
  const verdicts = judging?.checkAll(entries, answers, checkDate);
  const context = {
    jurisdictions: ctx.jurisdictions,
    regulations: regulationChoices(entries),
    asked: askedAttributes(entries, state),
    sought: soughtTierChoices(entries, state),
  };
  const isLast = position === steps.length - 1;
  const previous = position > 0 ? steps[position - 1] : undefined;
  const set = (field: Field, value: unknown) => setState((s) => ({ ...s, [field]: value }));
  const startOver = () => {
    onStartOver();
    go(stepAt(steps, 0).step.id);
  };

  return (
    <div class="checker">
      <StepNav steps={steps} current={step} go={go} />
      <div class="checker-body">
        <form
          class="wizard"
          onSubmit={(e) => {
            e.preventDefault();
            if (!isLast) go({ after: step.id });
          }}
          noValidate
        >
          <h2 id={STEP_TITLE_ID} tabIndex={-1}>
            {STEP_TITLES[step.id]}
          </h2>
          {refill.length > 0 && step.id !== 'result' && (
            <p class="note refill" role="status">
              {refillNotice(refill)}
            </p>
          )}
          {waiting !== null && (
            <p role="status" aria-busy="true">
              正在载入您所在地的办法……
            </p>
          )}
          {step.id === 'result' ? (
            verdicts ? (
              <LazyReport
                verdicts={verdicts}
                base={base}
                outOfPlace={outOfPlace}
                dataAsOf={dataAsOf}
                state={{ checkDate, ...asked }}
                fields={steps.flatMap((s) => s.fields)}
                checkDate={checkDate}
                regulations={context.regulations}
                answers={answers}
                problems={problems}
                steps={steps}
                onFix={go}
                applicantName={applicantName}
              />
            ) : failed ? (
              <p class="field-error" role="alert">
                {verdictsFailedText(failed)}
              </p>
            ) : (
              <p class="report-loading" aria-busy="true">
                {LOADING_VERDICTS}
              </p>
            )
          ) : (
            step.fields.map((f) => (
              <Question field={f} value={state[f]} problems={problems} onChange={(v) => set(f, v)} context={context} />
            ))
          )}
          {step.id === 'where' && state.jurisdiction === OTHER_JURISDICTION && (
            <p class="note">本站收录的办法都不覆盖您所在的地区；结果中各办法均因辖区不符而不适用。</p>
          )}
          <WizardActions
            key={step.id}
            step={step.id}
            onBack={previous ? () => go(previous.id) : undefined}
            hasNext={!isLast}
            onStartOver={startOver}
            state={state}
          />
        </form>
        {step.id !== 'result' &&
          (judging && verdicts && placeKnown ? (
            <judging.LiveResults
              verdicts={verdicts}
              base={base}
              outOfPlace={outOfPlace}
              typeKnown={!!answers.applicantType}
              dataAsOf={dataAsOf}
              invalidAnswers={problems.length}
            />
          ) : (
            <LivePending typeKnown={!!answers.applicantType} loading={placeKnown} failed={failed} />
          ))}
      </div>
    </div>
  );
}

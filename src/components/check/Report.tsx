// The printable report (date of check, answers, verdicts per tier with their next steps, citations, the notice, the
// downloads). A wrong answer is shown as given, with its problem beside it, and while any answer is wrong the verdicts
// are said to be withheld until it is corrected. The checker loads this module when the result step is reached
// (LazyReport.tsx); the batch page's dialog imports it. Words from src/lib/wording/ (findings.ts, report.ts).
import type { Answers, AnswerProblem } from '../../lib/eligibility/answers.ts';
import type { RegulationVerdict } from '../../lib/eligibility/engine.ts';
import { checkFileName, reportDocument, reportFileName } from '../../lib/eligibility/report.ts';
import type { Field, FormState, StepId, WizardStep } from '../../lib/eligibility/wizard.ts';
import { hasNextSteps, verdictsWithNextSteps } from '../../lib/guide/next-steps.ts';
import {
  ANSWERS_HEADING,
  type NamedRegulations,
  REPORT_TITLE,
  reportIntro,
  VERDICTS_HEADING,
} from '../../lib/wording/findings.ts';
import {
  fixAnswerText,
  INVALID_ANSWERS_HEADING,
  invalidAnswersText,
  NOT_ASKED_NOW,
  problemField,
  problemsOf,
  problemText,
  questionOfField,
  reportAnswerText,
  verdictsWithheldText,
  wordedReport,
} from '../../lib/wording/report.ts';
import { CalendarDownload } from './CalendarDownload.tsx';
import { NextSteps } from './NextSteps.tsx';
import { ReportDownload } from './ReportDownload.tsx';
import { Verdicts } from './Results.tsx';

/** The step that asks each field, for the buttons that go back to a wrong answer. */
const stepOfField = (steps: readonly WizardStep[], field: string): StepId | undefined =>
  steps.find((s) => (s.fields as readonly string[]).includes(field))?.id;

/** The answers that did not pass, each with its problem and a button to the step that asks it. */
function InvalidAnswers({
  problems,
  steps,
  onFix,
}: {
  problems: AnswerProblem[];
  steps: readonly WizardStep[];
  onFix?: (step: StepId) => void;
}) {
  return (
    <section class="answers-invalid" aria-labelledby="answers-invalid-title">
      <h3 id="answers-invalid-title">{INVALID_ANSWERS_HEADING}</h3>
      <p>{invalidAnswersText(problems.length)}</p>
      <ul>
        {problems.map((p) => {
          const field = problemField(p.field);
          const step = stepOfField(steps, field);
          return (
            <li data-field={p.field}>
              <strong>{questionOfField(field)}</strong>：{problemText(p)}{' '}
              {step && onFix ? (
                <button type="button" class="link-button no-print" onClick={() => onFix(step)}>
                  {fixAnswerText(step)}
                </button>
              ) : (
                !step && <span class="note">（{NOT_ASKED_NOW}）</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The answers as given: each in words, or, where it did not pass, as given with its problem beside it. */
function AnswersTable({
  fields,
  state,
  problems,
  regulations,
}: {
  fields: readonly string[];
  state: Record<string, unknown>;
  problems: AnswerProblem[];
  regulations: NamedRegulations;
}) {
  // A wrong answer no step asks now is listed too: the report never hides what was given wrong.
  const rows = [...new Set([...fields, ...problems.map((p) => problemField(p.field))])];
  return (
    <table class="answers">
      <tbody>
        {rows.map((f) => {
          const own = problemsOf(problems, f);
          return (
            <tr class={own.length ? 'invalid' : undefined} data-field={f}>
              <th scope="row">{questionOfField(f)}</th>
              <td>
                <span class="answer-value">
                  {reportAnswerText(f, Object.hasOwn(state, f) ? state[f] : undefined, own.length > 0, regulations)}
                </span>
                {own.length > 0 && <span class="field-error">{own.map(problemText).join('；')}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface ReportProps {
  verdicts: RegulationVerdict[];
  base: string;
  /** Regulations whose place does not cover the applicant's: folded as not applicable. */
  outOfPlace?: Set<string>;
  /** The day the site's data was built, for the notice. */
  dataAsOf: string;
  /** The form's answers as given (wizardView's `asked`), with the check day. */
  state: FormState;
  fields: Field[];
  checkDate: string;
  regulations: NamedRegulations;
  /** The answers the verdicts were reached on (wizardView's `answers`): the downloaded report holds these. */
  answers?: Answers;
  /** What is wrong with the answers given (wizardView's `problems`). */
  problems?: AnswerProblem[];
  /** The wizard's steps, to go back to a wrong answer. */
  steps?: readonly WizardStep[];
  onFix?: (step: StepId) => void;
  /** The applicant's name, where the person gave one: the downloaded file is named after it. */
  applicantName?: string;
}

export function Report({
  verdicts,
  base,
  outOfPlace,
  dataAsOf,
  state,
  fields,
  checkDate,
  regulations,
  answers = {},
  problems = [],
  steps = [],
  onFix,
  applicantName,
}: ReportProps) {
  const reportOfCheck = () => reportDocument({ dataAsOf, checkDate, answers, problems, verdicts, outOfPlace });
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">{REPORT_TITLE}</h2>
      <p>{reportIntro(checkDate)}</p>
      {problems.length > 0 && <InvalidAnswers problems={problems} steps={steps} onFix={onFix} />}
      <h3>{ANSWERS_HEADING}</h3>
      <AnswersTable fields={fields} state={state} problems={problems} regulations={regulations} />
      <h3>{VERDICTS_HEADING}</h3>
      {problems.length > 0 && <p class="withheld">{verdictsWithheldText(problems.length)}</p>}
      <Verdicts
        verdicts={verdicts}
        base={base}
        outOfPlace={outOfPlace}
        dataAsOf={dataAsOf}
        nextSteps={(v) =>
          hasNextSteps(v) && (
            <NextSteps verdict={v} base={base} applicantType={answers.applicantType} checkDate={checkDate} />
          )
        }
      />
      <ReportDownload
        report={() => wordedReport(reportOfCheck(), verdicts)}
        fileName={reportFileName(checkDate, applicantName)}
      />
      <CalendarDownload
        verdicts={verdictsWithNextSteps(verdicts, outOfPlace)}
        fileName={checkFileName('eligibility-calendar', 'ics', checkDate, applicantName)}
      />
    </section>
  );
}

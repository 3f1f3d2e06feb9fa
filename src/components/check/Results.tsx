// The verdicts, as they update while answers come in, and the printable
// report (date of check, answers, verdicts per tier, citations, the notice).
// Regulations of other places are folded as not applicable. A wrong answer is
// shown as given, with its problem beside it, and while any answer is wrong
// the verdicts are said to be withheld until it is corrected. Every word comes
// from src/lib/wording/ (findings.ts, and report.ts for the report's own).
import { citationAnchor } from '../../lib/cite-format.ts';
import type { Finding, RegulationVerdict, TierVerdict } from '../../lib/eligibility/engine.ts';
import type { AnswerProblem, Answers } from '../../lib/eligibility/answers.ts';
import { checkFileName, reportDocument, reportFileName } from '../../lib/eligibility/report.ts';
import { hasNextSteps, verdictsWithNextSteps } from '../../lib/guide/next-steps.ts';
import type { Field, FormState, StepId, WizardStep } from '../../lib/eligibility/wizard.ts';
import {
  ANSWERS_HEADING,
  type NamedRegulations,
  caveatText,
  checklistText,
  citedWords,
  clearedFromText,
  documentNumberText,
  FULL_TEXT_LINK,
  failuresHeading,
  findingReason,
  findingSummary,
  isNotExcluded,
  reportGroups,
  LIMITS_HEADING,
  listsUnknowns,
  missingText,
  NO_PLACE_COVERED,
  outcomeText,
  outOfPlaceText,
  passedText,
  REPORT_TITLE,
  regulationFindings,
  repeatWinnerText,
  reportIntro,
  reportNotice,
  statusCaveat,
  statusMark,
  supersededByText,
  supersededFoldText,
  TIERS_HEADING,
  tierOutcomeText,
  tierQuotaLine,
  UNKNOWNS_HEADING,
  unansweredNote,
  VERDICTS_HEADING,
  whyNotApplicable,
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
import { printedAddress } from './printed-address.ts';
import { ReportDownload } from './ReportDownload.tsx';

interface Props {
  verdicts: RegulationVerdict[];
  base: string;
  /** Regulations whose place does not cover the applicant's: folded as not applicable. */
  outOfPlace?: Set<string>;
  /** The day the site's data was built, for the notice. */
  dataAsOf: string;
  /** Who applies and the check day, for the report's next steps (the live results have none). */
  nextStepsFor?: NextStepsFor;
}

type NextStepsFor = { applicantType: Answers['applicantType']; checkDate: string };

function FindingItem({ f, regId, base }: { f: Finding; regId: string; base: string }) {
  const missing = missingText(f);
  return (
    <li>
      <strong>{findingSummary(f)}</strong>：{findingReason(f)}
      {missing && <span>{missing}</span>}
      {f.eligibleFrom && <span class="from">　{clearedFromText(f)}</span>}
      <br />
      <a class="cite" href={`${base}regulations/${regId}/#${citationAnchor(f.cite)}`}>
        {citedWords(f)}
      </a>
    </li>
  );
}

function Findings({
  head,
  findings,
  v,
  base,
}: {
  head: string;
  findings: Finding[];
  v: RegulationVerdict;
  base: string;
}) {
  if (!findings.length) return null;
  return (
    <>
      <p class="list-head">{head}</p>
      <ul>
        {findings.map((f) => (
          <FindingItem f={f} regId={v.id} base={base} />
        ))}
      </ul>
    </>
  );
}

function TierItem({ t, v, base }: { t: TierVerdict; v: RegulationVerdict; base: string }) {
  return (
    <li class={`tier tier-${t.outcome}`} data-tier={t.id} data-outcome={t.outcome}>
      <strong>{tierOutcomeText(t, v)}</strong>
      <br />
      <span class="quota">{tierQuotaLine(t, v)}</span>
      {t.repeatWinner && (
        <>
          <br />
          {repeatWinnerText(t.repeatWinner)}
        </>
      )}
      {t.findings.length > 0 && (
        <ul>
          {t.findings.map((f) => (
            <FindingItem f={f} regId={v.id} base={base} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** A list folded under its count: the conditions passed, or the checklist. */
function Folded({
  kind,
  summary,
  findings,
  v,
  base,
}: {
  kind: 'passed' | 'checklist';
  summary: string;
  findings: Finding[];
  v: RegulationVerdict;
  base: string;
}) {
  if (!findings.length) return null;
  return (
    <details class={kind}>
      <summary>{summary}</summary>
      <ul>
        {findings.map((f) => (
          <FindingItem f={f} regId={v.id} base={base} />
        ))}
      </ul>
    </details>
  );
}

function VerdictItem({ v, base, nextStepsFor }: { v: RegulationVerdict; base: string; nextStepsFor?: NextStepsFor }) {
  const caveat = statusCaveat(v);
  const own = (fs: Finding[]) => regulationFindings(v, fs);
  return (
    <li class={`verdict verdict-${v.outcome}`} data-regulation={v.id} data-outcome={v.outcome}>
      <h3>
        <a href={`${base}regulations/${v.id}/`}>{v.shortName}</a>：<span class="outcome">{outcomeText(v)}</span>
      </h3>
      {caveat && <p class="caveat">{caveatText(caveat)}</p>}
      <p class="document">
        {documentNumberText(v)} ·{' '}
        <a href={`${base}regulations/${v.id}/`} data-address={printedAddress(`${base}regulations/${v.id}/`)}>
          {FULL_TEXT_LINK}
        </a>
      </p>
      {v.tiers.length > 0 && (
        <>
          <p class="list-head">{TIERS_HEADING}</p>
          <ul class="tiers">
            {v.tiers.map((t) => (
              <TierItem t={t} v={v} base={base} />
            ))}
          </ul>
        </>
      )}
      <Findings head={failuresHeading(v)} findings={own(v.failures)} v={v} base={base} />
      {listsUnknowns(v) ? (
        <Findings head={UNKNOWNS_HEADING} findings={own(v.unknowns)} v={v} base={base} />
      ) : (
        v.unknowns.length > 0 && <p class="note">{unansweredNote(v.unknowns.length)}</p>
      )}
      <Findings head={LIMITS_HEADING} findings={own(v.limits)} v={v} base={base} />
      {isNotExcluded(v) && (
        <>
          <Folded kind="passed" summary={passedText(v.passed.length)} findings={v.passed} v={v} base={base} />
          {v.checklist.length > 0 ? (
            <Folded
              kind="checklist"
              summary={checklistText(v.checklist.length)}
              findings={v.checklist}
              v={v}
              base={base}
            />
          ) : (
            <p class="note">{checklistText(0)}</p>
          )}
        </>
      )}
      {nextStepsFor && hasNextSteps(v) && <NextSteps verdict={v} base={base} {...nextStepsFor} />}
    </li>
  );
}

/** The verdicts: the applicant's own place first, as the engine sorts them; other places folded. */
export function Verdicts({ verdicts, base, outOfPlace, dataAsOf, nextStepsFor }: Props) {
  const { here: shown, replaced, elsewhere: folded } = reportGroups(verdicts, outOfPlace);
  return (
    <>
      <ol class="verdicts">
        {shown.length === 0 && <li class="note">{NO_PLACE_COVERED}</li>}
        {shown.map((v) => (
          <VerdictItem v={v} base={base} nextStepsFor={nextStepsFor} />
        ))}
      </ol>
      {replaced.length > 0 && (
        <details class="superseded">
          <summary>{supersededFoldText(replaced.length)}</summary>
          <ul>
            {replaced.map((v) => (
              <li class="verdict verdict-superseded" data-regulation={v.id} data-outcome={v.outcome}>
                <a href={`${base}regulations/${v.id}/`}>{v.shortName}</a>（{documentNumberText(v)}）：
                {v.status.supersededBy ? (
                  <a href={`${base}regulations/${v.status.supersededBy.id}/`}>{supersededByText(v)}</a>
                ) : (
                  supersededByText(v)
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {folded.length > 0 && (
        <details class="out-of-place">
          <summary>{outOfPlaceText(folded.length)}</summary>
          <ul>
            {folded.map((v) => {
              const why = whyNotApplicable(v);
              return (
                <li class={`verdict verdict-${v.outcome}`} data-regulation={v.id} data-outcome={v.outcome}>
                  <a href={`${base}regulations/${v.id}/`}>{v.shortName}</a>
                  {statusMark(v)}
                  {v.outcome !== 'out-of-area' && `：${outcomeText(v)}`}
                  {why && (
                    <>
                      {' '}
                      · {findingSummary(why)}：
                      <a class="cite" href={`${base}regulations/${v.id}/#${citationAnchor(why.cite)}`}>
                        {citedWords(why)}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <p class="notice">{reportNotice(dataAsOf)}</p>
    </>
  );
}

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

interface ReportProps extends Props {
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
        nextStepsFor={{ applicantType: answers.applicantType, checkDate }}
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

// The verdicts, as they update while answers come in, and the printable
// report (date of check, answers, verdicts, citations).
import { citationAnchor } from '../../lib/cite-format.ts';
import type { Finding, RegulationVerdict } from '../../lib/eligibility/engine.ts';
import type { Field, FormState } from '../../lib/eligibility/wizard.ts';
import {
  answerText,
  checklistText,
  citedWords,
  clearedFromText,
  failuresHeading,
  findingReason,
  findingSummary,
  LIMITS_HEADING,
  missingText,
  NO_PLACE_COVERED,
  outcomeText,
  outOfPlaceText,
  statusCaveat,
  UNKNOWNS_HEADING,
  unansweredNote,
} from '../../lib/wording/findings.ts';
import { questionOf } from '../../lib/wording/questions.ts';

interface Props {
  verdicts: RegulationVerdict[];
  base: string;
  /** Regulations whose place does not cover the applicant's: listed briefly when there are many. */
  outOfPlace?: Set<string>;
}

/** Beyond this many, regulations ruled out by place alone are folded into one list. */
const FOLD_OUT_OF_PLACE = 10;

function FindingItem({ f, regId, base }: { f: Finding; regId: string; base: string }) {
  return (
    <li>
      <strong>{findingSummary(f)}</strong>：{findingReason(f)}
      {f.missing && <span>{missingText(f)}</span>}
      {f.eligibleFrom && <span class="from">　{clearedFromText(f)}</span>}
      <br />
      <a class="cite" href={`${base}regulations/${regId}/#${citationAnchor(f.cite)}`}>
        {citedWords(f)}
      </a>
    </li>
  );
}

export function Verdicts({ verdicts, base, outOfPlace }: Props) {
  const fold = !!outOfPlace && outOfPlace.size > FOLD_OUT_OF_PLACE;
  const shown = fold ? verdicts.filter((v) => !outOfPlace.has(v.id)) : verdicts;
  const folded = fold ? verdicts.filter((v) => outOfPlace.has(v.id)) : [];
  return (
    <>
      <ol class="verdicts">
        {shown.length === 0 && <li class="note">{NO_PLACE_COVERED}</li>}
        {shown.map((v) => {
          const caveat = statusCaveat(v);
          return (
            <li class={`verdict verdict-${v.outcome}`} data-regulation={v.id} data-outcome={v.outcome}>
              <h3>
                <a href={`${base}regulations/${v.id}/`}>{v.shortName}</a>：<span class="outcome">{outcomeText(v)}</span>
              </h3>
              {caveat && <p class="caveat">注意：{caveat}</p>}
              {v.failures.length > 0 && (
                <>
                  <p class="list-head">{failuresHeading(v)}</p>
                  <ul>
                    {v.failures.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </>
              )}
              {v.outcome !== 'ruled-out' && v.unknowns.length > 0 && (
                <>
                  <p class="list-head">{UNKNOWNS_HEADING}</p>
                  <ul>
                    {v.unknowns.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </>
              )}
              {v.outcome === 'ruled-out' && v.unknowns.length > 0 && (
                <p class="note">{unansweredNote(v.unknowns.length)}。</p>
              )}
              {v.limits.length > 0 && (
                <>
                  <p class="list-head">{LIMITS_HEADING}</p>
                  <ul>
                    {v.limits.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </>
              )}
              {v.outcome === 'eligible' && (
                <details class="checklist">
                  <summary>{checklistText(v.checklist.length)}</summary>
                  <ul>
                    {v.checklist.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {folded.length > 0 && (
        <details class="out-of-place">
          <summary>{outOfPlaceText(folded.length)}</summary>
          <ul>
            {folded.map((v) => (
              <li class={`verdict verdict-${v.outcome}`} data-regulation={v.id} data-outcome={v.outcome}>
                <a href={`${base}regulations/${v.id}/`}>{v.shortName}</a>：{outcomeText(v)}
                {v.failures[0] && (
                  <>
                    {' '}
                    ·{' '}
                    <a class="cite" href={`${base}regulations/${v.id}/#${citationAnchor(v.failures[0].cite)}`}>
                      {citedWords(v.failures[0])}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function Report({
  verdicts,
  base,
  outOfPlace,
  state,
  fields,
  checkDate,
}: Props & { state: FormState; fields: Field[]; checkDate: string }) {
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">资格自查报告</h2>
      <p>
        核对日期：{checkDate}
        。本报告由浏览器在本机生成，回答未发送到任何服务器。结论只依据可核对的条件；由评审判断的条件列为待准备事项。
      </p>
      <h3>您的回答</h3>
      <table class="answers">
        <tbody>
          {fields.map((f) => (
            <tr>
              <th scope="row">{questionOf(f)}</th>
              <td>{answerText(f, state[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>结论</h3>
      <Verdicts verdicts={verdicts} base={base} outOfPlace={outOfPlace} />
    </section>
  );
}

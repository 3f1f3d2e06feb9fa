// The verdicts, as they update while answers come in, and the printable
// report (date of check, answers, verdicts, citations).
import { citationAnchor } from '../../lib/cite-format.ts';
import { OUTCOME_LABELS, type Finding, type RegulationVerdict } from '../../lib/eligibility/engine.ts';
import { citedWords, outcomeText, statusCaveat } from '../../lib/eligibility/report.ts';
import { placeAnswerText, questionOf } from '../../lib/wording/questions.ts';
import type { Field, FormState } from '../../lib/eligibility/wizard.ts';

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
      <strong>{f.summary}</strong>：{f.reason}
      {f.missing && <span>（请回答：{f.missing.map(questionOf).join('；')}）</span>}
      {f.eligibleFrom && <span class="from">　{f.eligibleFrom} 起不再构成障碍</span>}
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
        {shown.length === 0 && <li class="note">本站收录的办法都不覆盖您的所在地。</li>}
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
                  <p class="list-head">{v.outcome === 'not-admitted' ? '原因' : '不符合的条件'}</p>
                  <ul>
                    {v.failures.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </>
              )}
              {v.outcome !== 'ruled-out' && v.unknowns.length > 0 && (
                <>
                  <p class="list-head">还需回答</p>
                  <ul>
                    {v.unknowns.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </>
              )}
              {v.outcome === 'ruled-out' && v.unknowns.length > 0 && (
                <p class="note">另有 {v.unknowns.length} 项未回答，不影响本结论。</p>
              )}
              {v.limits.length > 0 && (
                <>
                  <p class="list-head">限制</p>
                  <ul>
                    {v.limits.map((f) => (
                      <FindingItem f={f} regId={v.id} base={base} />
                    ))}
                  </ul>
                </>
              )}
              {v.outcome === 'eligible' && (
                <details class="checklist">
                  <summary>待准备：{v.checklist.length} 项由评审判断或需自行确认的条件</summary>
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
          <summary>另有 {folded.length} 部办法的辖区不包括您的所在地，不适用</summary>
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

export function tally(verdicts: RegulationVerdict[]): string {
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(v.outcome, (counts.get(v.outcome) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${OUTCOME_LABELS[o as RegulationVerdict['outcome']]} ${n} 部`).join('，');
}

function answerText(field: Field, value: unknown): string {
  if (value === undefined) return '（未回答）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    if (!value.length) return '没有';
    return value.map((x) => (typeof x === 'object' && x ? Object.values(x).join(' ') : String(x))).join('；');
  }
  if (field === 'applicantType') return value === 'organization' ? '组织' : '个人';
  if (field === 'jurisdiction') return placeAnswerText(String(value));
  return String(value);
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

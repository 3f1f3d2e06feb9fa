// The verdicts, as they update while answers come in and as the report shows them. Regulations of other places are
// folded as not applicable. The printable report around them is Report.tsx, loaded when the result step is reached.
// Every word comes from src/lib/wording/findings.ts.
import type { ComponentChildren } from 'preact';
import { citationAnchor } from '../../lib/cite-format.ts';
import type { Finding, RegulationVerdict, TierVerdict } from '../../lib/eligibility/engine.ts';
import {
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
  regulationFindings,
  repeatWinnerText,
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
  whyNotApplicable,
} from '../../lib/wording/findings.ts';
import { printedAddress } from './printed-address.ts';

interface Props {
  verdicts: RegulationVerdict[];
  base: string;
  /** Regulations whose place does not cover the applicant's: folded as not applicable. */
  outOfPlace?: Set<string>;
  /** The day the site's data was built, for the notice. */
  dataAsOf: string;
  /** What follows a verdict: the report's next steps (the live results have none). */
  nextSteps?: (v: RegulationVerdict) => ComponentChildren;
}

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

function VerdictItem({ v, base, nextSteps }: { v: RegulationVerdict; base: string; nextSteps?: Props['nextSteps'] }) {
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
      {nextSteps?.(v)}
    </li>
  );
}

/** The verdicts: the applicant's own place first, as the engine sorts them; other places folded. */
export function Verdicts({ verdicts, base, outOfPlace, dataAsOf, nextSteps }: Props) {
  const { here: shown, replaced, elsewhere: folded } = reportGroups(verdicts, outOfPlace);
  return (
    <>
      <ol class="verdicts">
        {shown.length === 0 && <li class="note">{NO_PLACE_COVERED}</li>}
        {shown.map((v) => (
          <VerdictItem v={v} base={base} nextSteps={nextSteps} />
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

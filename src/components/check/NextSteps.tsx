// A regulation's next steps in the checker's report (src/lib/guide/next-steps.ts): what to prepare, who must recommend
// or sign, the publicity inside the applicant and the first round its dates allow, each with its article, and a link
// to the whole guide. The regulation's applying data is fetched once per visit (check/applying/<id>.json); the link
// to the guide is there before it arrives, and stays if it fails.
import { useEffect, useState } from 'preact/hooks';
import { citationAnchor } from '../../lib/cite-format.ts';
import type { ApplicantType } from '../../lib/codebook.ts';
import type { RegulationVerdict } from '../../lib/eligibility/engine.ts';
import { fetchJson } from '../../lib/fetch-json.ts';
import { type ApplyingRules, guidePath, nextSteps } from '../../lib/guide/next-steps.ts';
import { citedWords } from '../../lib/wording/findings.ts';
import {
  GUIDE_LINK,
  materialsUnnamedText,
  NEXT_STEPS_HEADING,
  NEXT_STEPS_LEAD,
  nextStepWords,
  nextStepsFailedText,
} from '../../lib/wording/next-steps.ts';
import { printedAddress } from './printed-address.ts';

/** The applying data fetched in this visit, by address. */
const fetched = new Map<string, Promise<ApplyingRules>>();
function load(url: string): Promise<ApplyingRules> {
  let p = fetched.get(url);
  if (!p) {
    p = fetchJson<ApplyingRules>(url);
    // A failed fetch is tried again the next time the report asks.
    p.catch(() => fetched.delete(url));
    fetched.set(url, p);
  }
  return p;
}

interface Props {
  verdict: RegulationVerdict;
  base: string;
  applicantType: ApplicantType | undefined;
  checkDate: string;
}

export function NextSteps({ verdict, base, applicantType, checkDate }: Props) {
  const url = `${base}check/applying/${verdict.id}.json`;
  const [rules, setRules] = useState<ApplyingRules | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load(url)
      .then((r) => live && setRules(r))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [url]);
  const steps = rules && nextSteps(rules, verdict, applicantType, checkDate);
  const guide = `${base}${guidePath(verdict.id)}`;
  const headingId = `next-steps-${verdict.id}`;
  return (
    <section class="next-steps" aria-labelledby={headingId} data-next-steps={verdict.id} data-loaded={!!steps}>
      <h4 id={headingId}>{NEXT_STEPS_HEADING}</h4>
      <p>{NEXT_STEPS_LEAD}</p>
      {error && <p class="note">{nextStepsFailedText(error)}</p>}
      {steps && (
        <ul>
          {steps.materialsUnnamed && <li data-step="materials-unnamed">{materialsUnnamedText(steps)}</li>}
          {steps.items.map((s) => {
            const { label, text } = nextStepWords(s);
            return (
              <li data-step={s.code}>
                <strong>{label}</strong>：{text}
                <br />
                <a class="cite" href={`${base}regulations/${verdict.id}/#${citationAnchor(s.cite)}`}>
                  {citedWords(s)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a class="guide-link" href={guide} data-address={printedAddress(guide)}>
          {GUIDE_LINK}
        </a>
      </p>
    </section>
  );
}

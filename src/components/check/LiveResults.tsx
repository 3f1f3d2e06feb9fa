// The verdicts beside the questions, updated as answers come in (announced politely to screen readers).
import type { RegulationVerdict } from '../../lib/eligibility/engine.ts';
import { ASK_APPLICANT_TYPE, LIVE_TITLE, liveWithheldText, tallyText } from '../../lib/wording/findings.ts';
import { Verdicts } from './Results.tsx';

interface Props {
  verdicts: RegulationVerdict[];
  base: string;
  outOfPlace: Set<string>;
  /** Whether the applicant has said whether it applies as an organization or a person; until then there is no verdict. */
  typeKnown: boolean;
  /** The day the site's data was built, for the notice. */
  dataAsOf: string;
  /** How many answers have a problem: while any has, the results are said not to hold yet. */
  invalidAnswers?: number;
}

export function LiveResults({ verdicts, base, outOfPlace, typeKnown, dataAsOf, invalidAnswers = 0 }: Props) {
  return (
    <aside class="live-results" aria-labelledby="live-title">
      <h2 id="live-title">{LIVE_TITLE}</h2>
      <p class="note" aria-live="polite">
        {typeKnown ? tallyText(verdicts) : ASK_APPLICANT_TYPE}
      </p>
      {invalidAnswers > 0 && <p class="withheld">{liveWithheldText(invalidAnswers)}</p>}
      {typeKnown && <Verdicts verdicts={verdicts} base={base} outOfPlace={outOfPlace} dataAsOf={dataAsOf} />}
    </aside>
  );
}

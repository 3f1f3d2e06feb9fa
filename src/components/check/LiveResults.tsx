// The verdicts beside the questions, updated as answers come in (announced politely to screen readers).
import type { RegulationVerdict } from '../../lib/eligibility/engine.ts';
import { tallyText } from '../../lib/wording/findings.ts';
import { Verdicts } from './Results.tsx';

interface Props {
  verdicts: RegulationVerdict[];
  base: string;
  outOfPlace: Set<string>;
  /** Whether the applicant has said whether it applies as an organization or a person; until then there is no verdict. */
  typeKnown: boolean;
}

export function LiveResults({ verdicts, base, outOfPlace, typeKnown }: Props) {
  return (
    <aside class="live-results" aria-labelledby="live-title">
      <h2 id="live-title">即时结果</h2>
      <p class="note" aria-live="polite">
        {typeKnown ? tallyText(verdicts) : '请先选择以组织还是个人身份申报。'}
      </p>
      {typeKnown && <Verdicts verdicts={verdicts} base={base} outOfPlace={outOfPlace} />}
    </aside>
  );
}

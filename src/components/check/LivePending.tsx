// The live results' place before there is anything to judge, or while the verdicts' module loads: the same panel,
// saying what it still needs (the applicant's type, then the place) or that the results are on their way.
import {
  ASK_APPLICANT_TYPE,
  ASK_PLACE,
  LIVE_TITLE,
  LOADING_VERDICTS,
  verdictsFailedText,
} from '../../lib/wording/live.ts';

interface Props {
  typeKnown: boolean;
  /** The place is answered: the verdicts are being loaded. */
  loading: boolean;
  failed?: string;
}

export function LivePending({ typeKnown, loading, failed }: Props) {
  const text = failed
    ? verdictsFailedText(failed)
    : !typeKnown
      ? ASK_APPLICANT_TYPE
      : loading
        ? LOADING_VERDICTS
        : ASK_PLACE;
  return (
    <aside class="live-results" aria-labelledby="live-title">
      <h2 id="live-title">{LIVE_TITLE}</h2>
      <p class={failed ? 'field-error' : 'note'} aria-live="polite" aria-busy={loading && !failed}>
        {text}
      </p>
    </aside>
  );
}

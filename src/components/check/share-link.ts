// The share link in the address bar: read once on arrival, then taken out of the address so the answers do not stay
// in the history or in a copied address.
import { type FormState, isShareFragment, shareLink, sharedStateIn } from '../../lib/eligibility/wizard.ts';

/** The answers of a share link the page was opened with, removing the fragment from the address. */
export function takeSharedState(): FormState | undefined {
  if (!isShareFragment(location.hash)) return undefined;
  const state = sharedStateIn(location.hash);
  history.replaceState(history.state, '', location.pathname + location.search);
  return state;
}

/** A link to this page carrying the answers. */
export const shareLinkHere = (state: FormState): string => shareLink(`${location.origin}${location.pathname}`, state);

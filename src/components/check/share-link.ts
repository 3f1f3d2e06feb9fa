// The share link in the address bar: read once on arrival, then taken out of the address so the answers do not stay
// in the history or in a copied address.
import { type FormState, readShareFragment, type ShareReading, shareLink } from '../../lib/eligibility/wizard.ts';

/** What the fragment the page was opened with holds (nothing, an unreadable link, answers), removing it if a link's. */
export function takeShareFragment(): ShareReading {
  const read = readShareFragment(location.hash);
  if (read.kind !== 'none') history.replaceState(history.state, '', location.pathname + location.search);
  return read;
}

/** A link to this page carrying the answers. */
export const shareLinkHere = (state: FormState): string => shareLink(`${location.origin}${location.pathname}`, state);

// Which regulations a comparison shows, and whether it shows only the rows
// where they differ, as kept in the page's URL: ?r=tongzhou-2023,changning-2023&diff=1.
// The URL is the state, so a link shares it and the back button restores it.

export interface CompareSelection {
  /** Chosen regulation ids, in the page's column order. */
  ids: string[];
  diffOnly: boolean;
  /** Ids in the URL that no column has (a renamed or removed regulation). */
  unknown: string[];
}

export const SELECTION_PARAM = 'r';
export const DIFF_PARAM = 'diff';

/** Reads a selection from a query string; no `r` (or none that exist) means every regulation. */
export function parseSelection(search: string, allIds: string[]): CompareSelection {
  const params = new URLSearchParams(search);
  const asked = (params.get(SELECTION_PARAM) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set(asked.filter((id) => allIds.includes(id)));
  const unknown = asked.filter((id) => !allIds.includes(id));
  return {
    ids: known.size ? allIds.filter((id) => known.has(id)) : [...allIds],
    diffOnly: params.get(DIFF_PARAM) === '1',
    unknown,
  };
}

/** The query string for a selection, keeping other parameters; empty when it is the default view. */
export function selectionSearch(
  sel: Pick<CompareSelection, 'ids' | 'diffOnly'>,
  allIds: string[],
  current = '',
): string {
  const params = new URLSearchParams(current);
  const all = allIds.every((id) => sel.ids.includes(id));
  if (all || !sel.ids.length) params.delete(SELECTION_PARAM);
  else params.set(SELECTION_PARAM, allIds.filter((id) => sel.ids.includes(id)).join(','));
  if (sel.diffOnly) params.set(DIFF_PARAM, '1');
  else params.delete(DIFF_PARAM);
  const s = params.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}

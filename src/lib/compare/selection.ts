// Which regulations a comparison shows, whether it shows only the rows where
// they differ, and on which day, as kept in the page's URL:
// ?r=tongzhou-2023,changning-2023&diff=1&asOf=2022-06-01. The URL is the state,
// so a link shares it and the back button restores it. On a day, a version
// already replaced by a coded successor is left out (the successor shows).
import { isValidPartialDate } from '../dates.ts';
import { regulationStatus, type StatusFields, type Succession } from '../status.ts';

export interface CompareSelection {
  /** Chosen regulation ids, in the page's column order. */
  ids: string[];
  diffOnly: boolean;
  /** Ids in the URL that no column has (a renamed or removed regulation). */
  unknown: string[];
  /** The day asked for (?asOf=), when it is a real day; the page's own day otherwise. */
  asOf?: string;
  /** An ?asOf= that is not a day (YYYY-MM-DD): ignored, and the reader told. */
  invalidAsOf?: string;
}

export const SELECTION_PARAM = 'r';
export const DIFF_PARAM = 'diff';
export const AS_OF_PARAM = 'asOf';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Whether a string is a real calendar day, YYYY-MM-DD. */
export const isDay = (s: string): boolean => DAY.test(s) && isValidPartialDate(s);

/** Reads a selection from a query string; no `r` (or none that exist) means every regulation. */
export function parseSelection(search: string, allIds: string[]): CompareSelection {
  const params = new URLSearchParams(search);
  const asked = (params.get(SELECTION_PARAM) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set(asked.filter((id) => allIds.includes(id)));
  const unknown = asked.filter((id) => !allIds.includes(id));
  const day = params.get(AS_OF_PARAM)?.trim();
  return {
    ids: known.size ? allIds.filter((id) => known.has(id)) : [...allIds],
    diffOnly: params.get(DIFF_PARAM) === '1',
    unknown,
    ...(day && (isDay(day) ? { asOf: day } : { invalidAsOf: day })),
  };
}

/** The query string for a selection, keeping other parameters; empty when it is the default view. */
export function selectionSearch(
  sel: Pick<CompareSelection, 'ids' | 'diffOnly' | 'asOf'>,
  allIds: string[],
  current = '',
): string {
  const params = new URLSearchParams(current);
  const all = allIds.every((id) => sel.ids.includes(id));
  if (all || !sel.ids.length) params.delete(SELECTION_PARAM);
  else params.set(SELECTION_PARAM, allIds.filter((id) => sel.ids.includes(id)).join(','));
  if (sel.diffOnly) params.set(DIFF_PARAM, '1');
  else params.delete(DIFF_PARAM);
  if (sel.asOf) params.set(AS_OF_PARAM, sel.asOf);
  else params.delete(AS_OF_PARAM);
  const s = params.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}

// ——— the day of the comparison ———

/** For each regulation a coded successor replaces, the first day it reads 已被替代 (none if it runs out first). */
export function replacedFrom(
  entries: readonly { id: string; regulation: StatusFields; succession?: Succession | undefined }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { id, regulation, succession } of entries) {
    const from = succession?.from;
    if (from !== undefined && regulationStatus(regulation, from, succession).status === 'superseded') out[id] = from;
  }
  return out;
}

/** The ids replaced on a day, in the order of `replaced`. */
export const replacedOn = (replaced: Readonly<Record<string, string>>, day: string): string[] =>
  Object.entries(replaced).flatMap(([id, from]) => (day >= from ? [id] : []));

/** The ids a comparison of a day shows: those not yet replaced on it, as versions.ts currentOn keeps them. */
export function shownOn(ids: readonly string[], replaced: Readonly<Record<string, string>>, day: string): string[] {
  const gone = new Set(replacedOn(replaced, day));
  return ids.filter((id) => !gone.has(id));
}

// The results table's filters, kept in the page's address (?outcome=&regulation=&q=&page=) so a reload or a link
// shows the same rows: by outcome, by regulation, by text in the client's name; and the page of a long table.
import type { ResultOutcome, ResultRow } from './results.ts';

export interface ResultFilter {
  /** An outcome code, or '' for every outcome. */
  outcome: string;
  /** A regulation id, or '' for every regulation. */
  regulation: string;
  /** Text the client's name contains (case ignored), or ''. */
  name: string;
  /** The page shown, from 1. */
  page: number;
}

export const NO_FILTER: ResultFilter = { outcome: '', regulation: '', name: '', page: 1 };

/** Rows per page: enough to scan, few enough that a page renders at once. */
export const PAGE_SIZE = 100;

/** The longest name text kept from an address. */
const MAX_NAME_FILTER = 100;

const PARAMS = { outcome: 'outcome', regulation: 'regulation', name: 'q', page: 'page' } as const;

export function filterFromSearch(search: string): ResultFilter {
  const params = new URLSearchParams(search);
  const page = Number(params.get(PARAMS.page));
  return {
    outcome: params.get(PARAMS.outcome) ?? '',
    regulation: params.get(PARAMS.regulation) ?? '',
    name: (params.get(PARAMS.name) ?? '').slice(0, MAX_NAME_FILTER),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for a filter, keeping the address's other parameters; the defaults are left out. */
export function searchOfFilter(search: string, f: ResultFilter): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
  set(PARAMS.outcome, f.outcome);
  set(PARAMS.regulation, f.regulation);
  set(PARAMS.name, f.name.trim());
  set(PARAMS.page, f.page > 1 ? String(f.page) : '');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The table's rows: every checked client's (an invalid client is listed with its problems, not in the table). */
export const tableRows = (rows: readonly ResultRow[]): ResultRow[] => rows.filter((r) => r.outcome !== 'invalid');

function matcher(f: Pick<ResultFilter, 'regulation' | 'name'>) {
  const name = f.name.trim().toLowerCase();
  return (r: ResultRow) =>
    (!f.regulation || r.regulation === f.regulation) && (!name || r.name.toLowerCase().includes(name));
}

/** The rows a filter shows, in the file's order. */
export function filteredRows(rows: readonly ResultRow[], f: ResultFilter): ResultRow[] {
  const matches = matcher(f);
  return rows.filter((r) => (!f.outcome || r.outcome === f.outcome) && matches(r));
}

/**
 * How many rows have each outcome among those the regulation and name filters show: the counts say what choosing
 * an outcome would show. In the order outcomes first appear.
 */
export function outcomeCounts(rows: readonly ResultRow[], f: ResultFilter): Map<ResultOutcome, number> {
  const matches = matcher(f);
  const counts = new Map<ResultOutcome, number>();
  for (const r of rows) if (matches(r)) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  return counts;
}

/** The regulations of the rows, for the regulation filter: id and short name, each once, in first appearance. */
export function regulationsOf(rows: readonly ResultRow[]): { id: string; shortName: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (r.regulation && !seen.has(r.regulation)) seen.set(r.regulation, r.shortName);
  return [...seen].map(([id, shortName]) => ({ id, shortName }));
}

/** One page of rows: a page past the last shows the last. */
export function pageOf<T>(rows: readonly T[], page: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const at = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE), page: at, pages };
}

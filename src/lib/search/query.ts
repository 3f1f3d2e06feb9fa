// A search as the reader states it — words and filter values — kept in the
// query string (?q=…&topic=…), so reload, back and a shared link restore it.
import { SEARCH_FILTERS, type SearchFilterKey, type SearchFilters } from './filters.ts';

export interface SearchQuery {
  q: string;
  filters: SearchFilters;
}

const FILTER_KEYS = SEARCH_FILTERS.map((f) => f.key) as SearchFilterKey[];

/** Characters of a query kept (the box takes no more; a longer link is cut). */
export const MAX_QUERY_LENGTH = 200;
/** Values kept per filter from a link (more than any filter has). */
const MAX_FILTER_VALUES = 100;

export function queryFromParams(params: URLSearchParams): SearchQuery {
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))].slice(0, MAX_FILTER_VALUES);
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH), filters };
}

export function paramsOfQuery({ q, filters }: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) for (const v of filters[key] ?? []) params.append(key, v);
  return params;
}

export const isEmptyQuery = ({ q, filters }: SearchQuery): boolean => !q && Object.keys(filters).length === 0;

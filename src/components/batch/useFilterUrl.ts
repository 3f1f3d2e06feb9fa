// The results table's filters, read from the address once and written back on each change (replaceState: a filter
// is not a page to go back to), so a reload or a copied address shows the same rows.
import { useState } from 'preact/hooks';
import { filterFromSearch, type ResultFilter, searchOfFilter } from '../../lib/batch/filters.ts';

export function useFilterUrl(): [ResultFilter, (f: ResultFilter) => void] {
  const [filter, setFilter] = useState(() => filterFromSearch(location.search));
  const set = (f: ResultFilter) => {
    setFilter(f);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${searchOfFilter(location.search, f)}${location.hash}`,
    );
  };
  return [filter, set];
}

// The filters of the search page, in the order it shows them. Apart from the
// records module so the page's script does not bundle the comparison builders.
export const SEARCH_FILTERS = [
  { key: 'province', label: '省份' },
  { key: 'level', label: '行政级别' },
  { key: 'status', label: '状态' },
  { key: 'topic', label: '主题' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
export type SearchFilters = Partial<Record<SearchFilterKey, string[]>>;

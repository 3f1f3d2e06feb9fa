// How many regulations a page shows in full. The atlas may hold thousands (one
// per county), and no page should grow past what a phone loads comfortably:
// beyond these sizes, pages list by province and the reader picks.
import { jurisdictionName } from './jurisdiction.ts';
import type { Regulation } from './schema.ts';

/** Regulation cards on the home page (the most recently issued). */
export const HOME_CARDS = 12;
/** Rows a list page shows on one page; longer lists split by province. */
export const LIST_MAX = 150;
/** Regulations the comparison pre-renders side by side (the overview holds ~38 KB of HTML per column: 5 stay under 200 KB); with more, the reader picks. */
export const SIDE_BY_SIDE_MAX = 5;

interface Listed {
  id: string;
  regulation: Regulation;
}

/** Newest first, by issue date (undated last), then by place. */
export function newestFirst<T extends Listed>(entries: T[]): T[] {
  const issued = (e: T) => e.regulation.dates.issued?.date ?? '';
  return [...entries].sort(
    (a, b) =>
      issued(b).localeCompare(issued(a)) ||
      jurisdictionName(a.regulation).localeCompare(jurisdictionName(b.regulation), 'zh-CN'),
  );
}

export interface ProvinceGroup<T> {
  province: string;
  /** The URL segment of the province's list page: the name itself (a valid IRI). */
  slug: string;
  entries: T[];
}

/** Regulations grouped by province, provinces in Chinese collation order. */
export function byProvince<T extends Listed>(entries: T[]): ProvinceGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const p = e.regulation.jurisdiction.province;
    const group = groups.get(p);
    if (group) group.push(e);
    else groups.set(p, [e]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([province, list]) => ({ province, slug: province, entries: list }));
}

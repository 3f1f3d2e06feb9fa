// The search index's article documents: one per article of every regulation,
// so a result opens the article itself. Each carries the filters a reader
// narrows by — province, level, status and topic — where an article's topics
// are the comparison topics whose cells cite it (derived, never coded by hand).
import { intToChinese } from '../chinese-numerals.ts';
import { cellFor } from '../compare/table.ts';
import { buildComparison, TOPICS } from '../compare/overview.ts';
import type { Regulation } from '../schema.ts';
import type { ParsedSource, SourceArticle } from '../source/parse.ts';
import { regulationStatus, type Succession } from '../status.ts';
import { jurisdictionLevelLabel, statusLabel } from '../wording/values.ts';
import type { SearchGroup } from './build-index.ts';
import type { SearchFilterKey, SearchFilters } from './filters.ts';

export { SEARCH_FILTERS, type SearchFilterKey, type SearchFilters } from './filters.ts';

export interface SearchEntry {
  id: string;
  regulation: Regulation;
  source: ParsedSource;
  /** The coded version that replaces it (versions.ts successions): a regulation alone cannot tell it was replaced. */
  succession?: Succession | undefined;
}

/** Topic of the articles no comparison cites (purpose, definitions, organisation, supplementary). */
export const OTHER_TOPIC = '其他条款';

/** The filters every record of a regulation shares (the regulation page's own record carries these too). */
export function regulationFilters(
  reg: Regulation,
  asOf: string,
  succession?: Succession,
): Omit<Required<SearchFilters>, 'topic'> {
  return {
    province: [reg.jurisdiction.province],
    level: [jurisdictionLevelLabel(reg.jurisdiction.level)],
    status: [statusLabel(regulationStatus(reg, asOf, succession).status)],
  };
}

/** For each article number, the titles of the comparison topics that cite it. */
export function articleTopics(entry: SearchEntry, asOf: string): Map<number, string[]> {
  const topics = new Map<number, string[]>();
  for (const section of buildComparison([entry], asOf).sections) {
    const title = TOPICS.find((t) => (t.sections as readonly string[]).includes(section.id))!.title;
    for (const row of section.rows) {
      for (const { cite } of cellFor(row, entry.id).cites) {
        if (typeof cite.article !== 'number') continue;
        const list = topics.get(cite.article) ?? [];
        if (!list.includes(title)) list.push(title);
        topics.set(cite.article, list);
      }
    }
  }
  return topics;
}

export const articleLabel = (a: SourceArticle): string =>
  `第${intToChinese(a.number)}条${a.heading ? `（${a.heading}）` : ''}`;

/** A regulation's articles as search documents: each its label and text, filed under the topics citing it. */
export function articleGroup(entry: SearchEntry, asOf: string): SearchGroup {
  const { id, regulation: reg, source } = entry;
  const filters = regulationFilters(reg, asOf, entry.succession);
  const topics = articleTopics(entry, asOf);
  const topicOrder = (t: string) => TOPICS.findIndex((x) => x.title === t);
  return {
    kind: 'regulation',
    url: `/regulations/${id}/`,
    title: reg.title,
    short: reg.shortName,
    filters: { province: filters.province[0], level: filters.level[0], status: filters.status[0] },
    docs: source.articles.map((a) => {
      const label = articleLabel(a);
      return {
        anchor: a.anchor,
        label,
        text: `${label} ${a.text}`,
        topics: (topics.get(a.number) ?? [OTHER_TOPIC]).sort((x, y) => topicOrder(x) - topicOrder(y)),
      };
    }),
  };
}

/** Every value each filter can take, known at build time, so the search form is complete before the index loads. */
export function filterOptions(
  entries: Pick<SearchEntry, 'regulation' | 'succession'>[],
  asOf: string,
): Record<SearchFilterKey, string[]> {
  const values = { province: new Set<string>(), level: new Set<string>(), status: new Set<string>() };
  for (const e of entries) {
    const f = regulationFilters(e.regulation, asOf, e.succession);
    for (const key of ['province', 'level', 'status'] as const) for (const v of f[key]) values[key].add(v);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    province: sorted(values.province),
    level: sorted(values.level),
    status: sorted(values.status),
    topic: [...TOPICS.map((t) => t.title), OTHER_TOPIC],
  };
}

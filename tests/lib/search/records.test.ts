// The search index's article documents against the sources and the coded data:
// one record per article with its full text, its anchor, the regulation's
// filters, and topics that are exactly the comparison topics citing it.
import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../../src/lib/content/citations.ts';
import { JURISDICTION_LEVELS } from '../../../src/lib/codebook.ts';
import {
  OTHER_TOPIC,
  articleGroup,
  articleTopics,
  filterOptions,
  regulationFilters,
} from '../../../src/lib/search/records.ts';
import { TOPICS } from '../../../src/lib/compare/overview.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = realEntries();
const topicTitles = TOPICS.map((t) => t.title);

describe('article records', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: one per article, with its text, anchor and filters', (id, e) => {
    const group = articleGroup(e, AS_OF);
    expect(group.url).toBe(`/regulations/${id}/`);
    expect(group.short).toBe(e.regulation.shortName);
    expect(group.docs.map((d) => d.anchor)).toEqual(e.source.articles.map((a) => a.anchor));
    expect(group.filters.province).toBe(e.regulation.jurisdiction.province);
    expect(group.filters.level).toBe(JURISDICTION_LEVELS[e.regulation.jurisdiction.level].label);
    group.docs.forEach((d, i) => {
      const a = e.source.articles[i]!;
      expect(d.text).toContain(a.text);
      expect(d.text.startsWith(d.label)).toBe(true);
      expect(d.topics.length).toBeGreaterThan(0);
      for (const t of d.topics) expect([...topicTitles, OTHER_TOPIC]).toContain(t);
    });
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: an article is on a topic only if the content cites it, and every cited article has one',
    (id, e) => {
      const topics = articleTopics(e, AS_OF);
      const cited = new Set(
        collectCitations(e.regulation)
          .map(({ cite }) => cite.article)
          .filter((a) => typeof a === 'number'),
      );
      for (const article of topics.keys()) expect(cited.has(article), `${id} 第${article}条`).toBe(true);
      // Everything coded is compared somewhere, so every cited article is filed under a topic.
      const uncovered = [...cited].filter((a) => !topics.has(a as number));
      expect(uncovered, `${id}: cited but on no topic`).toEqual([]);
    },
  );

  it('puts the exclusion clauses under 排除情形 and the prize articles under 奖金', () => {
    for (const e of entries) {
      const { docs } = articleGroup(e, AS_OF);
      const topicOf = (article: number | string) => docs.find((d) => d.anchor === `art-${article}`)?.topics ?? [];
      for (const clause of e.regulation.exclusionClauses)
        expect(topicOf(clause.cite.article), `${e.id} ${clause.category}`).toContain('排除情形');
      for (const t of e.regulation.tiers)
        for (const p of t.prizes) expect(topicOf(p.cite.article), `${e.id} ${t.name}`).toContain('奖金');
    }
  });

  it('takes a sixth regulation without code change', () => {
    const [sixth] = fixtureEntries();
    if (!sixth) throw new Error('no regulation in the fixture content');
    expect(articleGroup(sixth, AS_OF).docs.length).toBe(sixth.source.articles.length);
    expect(filterOptions([...entries, sixth], AS_OF).province).toContain(sixth.regulation.jurisdiction.province);
  });
});

describe('filter options', () => {
  it('lists each value the records carry, once, and every topic', () => {
    const options = filterOptions(entries, AS_OF);
    const groups = entries.map((e) => articleGroup(e, AS_OF));
    for (const key of ['province', 'level', 'status', 'topic'] as const) {
      const carried = new Set(
        groups.flatMap((g) => (key === 'topic' ? g.docs.flatMap((d) => d.topics) : [g.filters[key]!])),
      );
      for (const v of carried) expect(options[key]).toContain(v);
      expect(new Set(options[key]).size).toBe(options[key].length);
    }
    expect(options.topic).toEqual([...topicTitles, OTHER_TOPIC]);
  });

  it('status follows the day: a regulation past its validity is filed as expired', () => {
    const e = entries.find((x) => x.regulation.dates.expires && x.regulation.stage.value === 'final')!;
    const after = new Date(Date.parse(e.regulation.dates.expires!.date) + 86_400_000 * 2).toISOString().slice(0, 10);
    expect(regulationFilters(e.regulation, after).status).not.toEqual(regulationFilters(e.regulation, AS_OF).status);
  });
});

// The search index's article records against the sources and the coded data:
// one record per article with its full text, its anchor, the regulation's
// filters, and topics that are exactly the comparison topics citing it.
import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../../src/lib/content/citations.ts';
import { JURISDICTION_LEVELS } from '../../../src/lib/codebook.ts';
import {
  OTHER_TOPIC,
  articleRecords,
  articleTopics,
  filterOptions,
  regulationFilters,
  searchShards,
} from '../../../src/lib/search/records.ts';
import { TOPICS } from '../../../src/lib/compare/overview.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = realEntries();
const topicTitles = TOPICS.map((t) => t.title);

describe('article records', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: one per article, with its text, anchor and filters', (id, e) => {
    const records = articleRecords(e, AS_OF);
    expect(records.map((r) => r.url)).toEqual(e.source.articles.map((a) => `/regulations/${id}/#${a.anchor}`));
    records.forEach((r, i) => {
      const a = e.source.articles[i]!;
      expect(r.content).toContain(a.text);
      expect(r.meta.title).toContain(e.regulation.shortName);
      expect(r.filters.province).toEqual([e.regulation.jurisdiction.province]);
      expect(r.filters.level).toEqual([JURISDICTION_LEVELS[e.regulation.jurisdiction.level].label]);
      expect(r.filters.topic.length).toBeGreaterThan(0);
      for (const t of r.filters.topic) expect([...topicTitles, OTHER_TOPIC]).toContain(t);
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
      const records = articleRecords(e, AS_OF);
      const topicOf = (article: number | string) =>
        records.find((r) => r.url.endsWith(`#art-${article}`))?.filters.topic ?? [];
      for (const clause of e.regulation.exclusionClauses)
        expect(topicOf(clause.cite.article), `${e.id} ${clause.category}`).toContain('排除情形');
      for (const t of e.regulation.tiers)
        for (const p of t.prizes) expect(topicOf(p.cite.article), `${e.id} ${t.name}`).toContain('奖金');
    }
  });

  it('takes a sixth regulation without code change', () => {
    const [sixth] = fixtureEntries();
    if (!sixth) throw new Error('no regulation in the fixture content');
    const records = articleRecords(sixth, AS_OF);
    expect(records.length).toBe(sixth.source.articles.length);
    expect(filterOptions([...entries, sixth], AS_OF).province).toContain(sixth.regulation.jurisdiction.province);
  });
});

describe('filter options', () => {
  it('lists each value the records carry, once, and every topic', () => {
    const options = filterOptions(entries, AS_OF);
    const records = entries.flatMap((e) => articleRecords(e, AS_OF));
    for (const key of ['province', 'level', 'status', 'topic'] as const) {
      const carried = new Set(records.flatMap((r) => r.filters[key]));
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

describe('search index shards', () => {
  const many = Array.from({ length: 400 }, (_, i) => {
    const e = entries[i % entries.length]!;
    const province = ['江苏省', '上海市', '河南省', '浙江省'][i % 7 === 0 ? 3 : i % 3]!;
    return {
      id: `copy-${i}`,
      regulation: { ...e.regulation, jurisdiction: { ...e.regulation.jurisdiction, province } },
    };
  });

  it('holds every regulation once, one province per shard, none over the limit', () => {
    const shards = searchShards(many, 60);
    expect(
      shards
        .flat()
        .map((e) => e.id)
        .sort(),
    ).toEqual(many.map((e) => e.id).sort());
    for (const shard of shards) {
      expect(shard.length).toBeLessThanOrEqual(60);
      expect(new Set(shard.map((e) => e.regulation.jurisdiction.province)).size).toBe(1);
    }
    // A province that fits stays whole.
    const zhejiang = many.filter((e) => e.regulation.jurisdiction.province === '浙江省');
    expect(zhejiang.length).toBeLessThanOrEqual(60);
    expect(shards.length).toBeGreaterThan(4); // the larger provinces were split
    expect(shards.filter((s) => s[0]!.regulation.jurisdiction.province === '浙江省')).toHaveLength(1);
  });

  it('the project content makes one shard per province, in the order of provinces', () => {
    const provinces = [...new Set(entries.map((e) => e.regulation.jurisdiction.province))];
    expect(searchShards(entries).map((s) => s[0]!.regulation.jurisdiction.province)).toEqual(
      provinces.sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  });
});

// The search over an index built in memory from the project's regulations,
// against a brute-force reading of the same texts: every document holding
// every word is found, and nothing else; filters, counts, ranking and the
// bounds on what a query may ask.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { MANIFEST_PATH, MAX_WORDS, MAX_WORD_LENGTH, SearchEngine } from '../../../src/lib/search/engine.ts';
import { foldText, foldWord } from '../../../src/lib/search/fold.ts';
import { articleGroup, filterOptions } from '../../../src/lib/search/records.ts';
import { traditionalCharacters } from '../../../src/lib/source/traditional.ts';
import { realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = realEntries();
const table = traditionalCharacters();
const groups = entries.map((e) => articleGroup(e, AS_OF));
const built = buildSearchIndex(groups, table, filterOptions(entries, AS_OF));
const files = new Map<string, unknown>([[MANIFEST_PATH, JSON.parse(JSON.stringify(built.manifest))]]);
built.buckets.forEach((b, n) => files.set(`search/grams/${n}.bin`, b));
built.texts.forEach((t, n) => files.set(`search/texts/${n}.json`, JSON.parse(JSON.stringify(t))));
const fetched: string[] = [];
const engine = await SearchEngine.open({
  json: async (p) => {
    fetched.push(p);
    return files.get(p);
  },
  bytes: async (p) => {
    fetched.push(p);
    return files.get(p) as Uint8Array;
  },
});

const docs = groups.flatMap((g) =>
  g.docs.map((d) => ({ group: g, doc: d, folded: foldText(d.text, table).chars.join('') })),
);
/** The documents holding every word, read off the texts themselves. */
const holding = (q: string) => {
  const words = q
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldWord(w, table).join(''));
  return docs.flatMap((d, i) => (words.every((w) => d.folded.includes(w)) ? [i] : []));
};
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('search over the built index', () => {
  it('finds exactly the documents holding any substring of any article', async () => {
    // Substrings of 1–8 characters cut anywhere from the folded texts (so across word boundaries).
    await fc.assert(
      fc.asyncProperty(
        fc.nat(docs.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        async (d, at, length) => {
          const chars = [...docs[d]!.folded];
          const start = Math.floor(at * Math.max(0, chars.length - length));
          const word = chars.slice(start, start + length).join('');
          const found = await engine.search(word, {});
          expect(sorted(found.docs), word).toEqual(holding(word));
          expect(found.docs).toContain(d);
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it('needs every word, each as a phrase, and reads traditional and mixed queries as simplified', async () => {
    for (const q of ['质量奖 申报', '提名奖 奖励', '區長 質量獎', '質量奖 申報 公示', '首席质量官']) {
      const found = await engine.search(q, {});
      expect(sorted(found.docs), q).toEqual(holding(q));
    }
    const none = await engine.search('zzzq 责任', {});
    expect(none.docs).toEqual([]);
    expect(none.absent).toEqual(['zzzq']);
  });

  it('ranks the documents holding the words side by side first', async () => {
    const found = await engine.search('质量奖 申报', {});
    const side = new Set(holding('质量奖申报'));
    expect(side.size).toBeGreaterThan(0);
    const firsts = found.docs.slice(0, side.size);
    expect(new Set(firsts)).toEqual(side);
  });

  it('filters by any value within a filter and every filter at once, and counts each value', async () => {
    const province = entries[0]!.regulation.jurisdiction.province;
    const all = await engine.search('奖励', {});
    const narrowed = await engine.search('奖励', { province: [province], topic: ['奖金'] });
    const expected = holding('奖励').filter(
      (i) => docs[i]!.group.filters.province === province && docs[i]!.doc.topics.includes('奖金'),
    );
    expect(sorted(narrowed.docs)).toEqual(expected);
    // A value's count is what ticking it alone, with the other filters kept, would give.
    expect(narrowed.counts.topic.奖金).toBe(expected.length);
    for (const [value, n] of Object.entries(all.counts.province)) {
      expect(n).toBe(holding('奖励').filter((i) => docs[i]!.group.filters.province === value).length);
    }
    const onlyFilters = await engine.search('', { province: [province] });
    expect(onlyFilters.docs.length).toBe(docs.filter((d) => d.group.filters.province === province).length);
  });

  it('bounds how many words and how long, and says so', async () => {
    const many = Array.from({ length: MAX_WORDS + 3 }, (_, i) => '质量奖申报'.slice(0, 1 + (i % 5)) + i).join(' ');
    const found = await engine.search(many, {});
    expect(found.words).toHaveLength(MAX_WORDS);
    expect(found.notices).toContainEqual({ code: 'words-left-out', kept: MAX_WORDS, given: MAX_WORDS + 3 });
    const long = await engine.search('质'.repeat(MAX_WORD_LENGTH * 4), {});
    expect(long.notices[0]).toMatchObject({ code: 'word-shortened', kept: MAX_WORD_LENGTH });
    expect(long.folded[0]).toHaveLength(MAX_WORD_LENGTH);
  });

  it('fetches one bucket per pair a word needs, and texts only for the results shown', async () => {
    fetched.length = 0;
    const found = await engine.search('卓越绩效评价', {});
    expect(fetched.filter((p) => p.includes('/grams/')).length).toBeLessThanOrEqual(3);
    expect(fetched.some((p) => p.includes('/texts/'))).toBe(false);
    const views = await engine.views(found.docs.slice(0, 3), found.folded);
    for (const v of views) {
      const marked = v.excerpt.filter((p) => p.marked).map((p) => foldWord(p.text, table).join(''));
      expect(marked.length).toBeGreaterThan(0);
      for (const m of marked) expect(m).toContain('卓越绩效评价');
      expect(v.url).toMatch(/^\/regulations\/[^/]+\/#art-\d+$/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { bigramKey, bucketOf, coveringOffsets, unigramKey } from '../../../src/lib/search/grams.ts';

describe('terms', () => {
  it('the covering pairs of a word reach every character, and no pair runs past its end', () => {
    for (let length = 2; length <= 40; length++) {
      const offsets = coveringOffsets(length);
      const covered = new Set(offsets.flatMap((o) => [o, o + 1]));
      expect(covered.size, `length ${length}`).toBe(length);
      expect(Math.max(...offsets)).toBe(length - 2);
      expect(offsets.length).toBeLessThanOrEqual(Math.ceil(length / 2));
    }
    expect(coveringOffsets(1)).toEqual([]);
  });

  it('a pair key is never a character key', () => {
    expect(bigramKey('一', '二')).toBeGreaterThan(unigramKey('\u{10ffff}'));
    expect(bigramKey('a', 'b')).not.toBe(bigramKey('b', 'a'));
  });

  it('spreads terms over the buckets, always in range', () => {
    const buckets = 50;
    const seen = new Array<number>(buckets).fill(0);
    const chars = [...'质量奖申报评审公示撤销资格条件组织个人企业管理办法'];
    for (const a of chars)
      for (const b of chars) {
        const n = bucketOf(bigramKey(a, b), buckets);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThan(buckets);
        seen[n]!++;
      }
    // 529 pairs over 50 buckets: none empty, none holding a fifth of them.
    expect(Math.min(...seen)).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThan(529 / 5);
  });
});

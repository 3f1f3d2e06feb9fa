// The search query kept in the address bar: read, written back, and bounded.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, isEmptyQuery, paramsOfQuery, queryFromParams } from '../../../src/lib/search/query.ts';

describe('search query in the URL', () => {
  it('reads words and repeated filter values, ignoring unknown keys and repeats', () => {
    const q = queryFromParams(
      new URLSearchParams('q=+行政处罚+&topic=排除情形&topic=申报条件&topic=排除情形&province=江苏省&colour=red'),
    );
    expect(q).toEqual({ q: '行政处罚', filters: { topic: ['排除情形', '申报条件'], province: ['江苏省'] } });
  });

  it('round-trips, in a stable order', () => {
    const q = { q: '提名奖', filters: { status: ['现行有效'], province: ['上海市', '江苏省'] } };
    const params = paramsOfQuery(q);
    expect(params.toString()).toBe(
      new URLSearchParams('q=提名奖&province=上海市&province=江苏省&status=现行有效').toString(),
    );
    expect(queryFromParams(params)).toEqual({
      q: '提名奖',
      filters: { province: ['上海市', '江苏省'], status: ['现行有效'] },
    });
  });

  it('an empty query is one with neither words nor filters', () => {
    expect(isEmptyQuery(queryFromParams(new URLSearchParams('q=%20')))).toBe(true);
    expect(isEmptyQuery(queryFromParams(new URLSearchParams('level=市辖区')))).toBe(false);
  });

  it('a crafted link is cut to what the box takes', () => {
    const long = '质'.repeat(MAX_QUERY_LENGTH * 50);
    const values = Array.from({ length: 5000 }, (_, i) => `topic=${i}`).join('&');
    const q = queryFromParams(new URLSearchParams(`q=${long}&${values}`));
    expect(q.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(q.filters.topic!.length).toBeLessThanOrEqual(100);
  });
});

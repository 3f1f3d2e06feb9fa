// The search query kept in the address bar: read, written back, and turned
// into Pagefind's filter object.
import { describe, expect, it } from 'vitest';
import { isEmptyQuery, pagefindFilters, paramsOfQuery, queryFromParams } from '../../../src/lib/search/query.ts';

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

  it('any value within a filter, every filter at once', () => {
    expect(pagefindFilters({ topic: ['名额', '奖金'], province: ['江苏省'] })).toEqual({
      topic: { any: ['名额', '奖金'] },
      province: { any: ['江苏省'] },
    });
  });
});

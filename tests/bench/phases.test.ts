// bench/scale reads where the search index's time went from the step's stdout.
import { describe, expect, it } from 'vitest';
import { formatPhases, parsePhaseTimings } from '../../bench/lib/phases.ts';

describe('search index phase timings', () => {
  it('reads the timings line among other output, the last one when there are several', () => {
    const output = [
      'search index: 5 regulations, 212 articles',
      'search index timings: {"read":1,"write":2}',
      'search index timings: {"read":123,"records":456,"postings":789.5,"write":321}',
      'done',
    ].join('\n');
    expect(parsePhaseTimings(output)).toEqual({ read: 123, records: 456, postings: 789.5, write: 321 });
  });

  it('has none when the line is absent or not an object of numbers', () => {
    expect(parsePhaseTimings('Running Pagefind…\nIndexed 5 pages')).toBeUndefined();
    expect(parsePhaseTimings('search index timings: {"read":"fast"}')).toBeUndefined();
    expect(parsePhaseTimings('search index timings: [1,2]')).toBeUndefined();
    expect(parsePhaseTimings('search index timings: {}')).toBeUndefined();
    expect(parsePhaseTimings('search index timings: {"read":')).toBeUndefined();
    expect(parsePhaseTimings('note: search index timings: {"read":1}')).toBeUndefined();
  });

  it('formats the phases in seconds, in the order given', () => {
    expect(formatPhases({ read: 123, postings: 12_340 })).toBe('read 0.1 s, postings 12.3 s');
  });
});

// Work cut into runs for the cores: every item in one run, in order, runs as even as can be and none empty.
import { describe, expect, it } from 'vitest';
import { runsOf } from '../../src/lib/runs.ts';

describe('runsOf', () => {
  it('cuts the names into as many runs of consecutive names as asked, as even as can be, none empty', () => {
    const names = Array.from({ length: 11 }, (_, i) => i);
    for (const count of [1, 2, 3, 4, 11, 20]) {
      const runs = runsOf(names, count);
      expect(runs.flat()).toEqual(names);
      expect(runs.length).toBe(Math.min(count, names.length));
      const sizes = runs.map((r) => r.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(runsOf([], 2)).toEqual([[]]);
  });
});

import { describe, expect, it } from 'vitest';
import { VarintReader, VarintWriter } from '../../../src/lib/search/varint.ts';

describe('varints', () => {
  it('read back what was written, up to 2^53', () => {
    const values = [0, 1, 127, 128, 300, 16383, 16384, 2 ** 31, 2 ** 32 + 5, 1.2e12, Number.MAX_SAFE_INTEGER];
    const w = new VarintWriter();
    for (const v of values) w.write(v);
    const r = new VarintReader(w.view());
    expect(values.map(() => r.read())).toEqual(values);
    expect(r.done).toBe(true);
    expect(w.view().length).toBeLessThan(values.length * 8);
  });

  it('refuse a number cut short', () => {
    const w = new VarintWriter();
    w.write(2 ** 40);
    expect(() => new VarintReader(w.view().subarray(0, 3)).read()).toThrow(RangeError);
  });
});

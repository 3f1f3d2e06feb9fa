import { describe, expect, it } from 'vitest';
import { pick, without } from '../../src/lib/without.ts';

describe('without', () => {
  it('drops the keys at every depth, in arrays too', () => {
    const value = { a: 1, cite: 'x', list: [{ b: 2, cite: 'y', note: 'n' }], inner: { note: 'm', c: 3 } };
    expect(without(value, ['cite', 'note'])).toEqual({ a: 1, list: [{ b: 2 }], inner: { c: 3 } });
  });
  it('leaves the value it was given alone', () => {
    const value = { a: 1, cite: 'x' };
    without(value, ['cite']);
    expect(value).toEqual({ a: 1, cite: 'x' });
  });
});

describe('pick', () => {
  it('keeps only the keys named, with the values they hold', () => {
    const value = { a: 1, b: { c: 2 }, d: undefined, e: 'gone' };
    const picked = pick(value, ['a', 'b', 'd']);
    expect(picked).toEqual({ a: 1, b: { c: 2 }, d: undefined });
    expect(Object.keys(picked)).toEqual(['a', 'b', 'd']);
    expect(picked.b).toBe(value.b);
  });
});

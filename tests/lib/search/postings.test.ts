import { describe, expect, it } from 'vitest';
import {
  CountPostings,
  PositionPostings,
  readBucket,
  readCounts,
  readPositions,
  writeBucket,
} from '../../../src/lib/search/postings.ts';

describe('postings', () => {
  it('keep every occurrence of a pair, document by document', () => {
    const occurrences: [number, number][] = [
      [0, 3],
      [0, 9],
      [2, 0],
      [2, 1],
      [2, 400],
      [977, 12],
    ];
    const p = new PositionPostings();
    for (const [doc, pos] of occurrences) p.add(doc, pos);
    const read = readPositions(p.out.view());
    expect([...read].flatMap(([doc, list]) => list.map((pos) => [doc, pos]))).toEqual(occurrences);
  });

  it('count a character per document', () => {
    const c = new CountPostings();
    for (const doc of [0, 0, 0, 5, 6, 6]) c.add(doc);
    c.finish();
    expect([...readCounts(c.out.view())]).toEqual([
      [0, 3],
      [5, 1],
      [6, 2],
    ]);
  });

  it('a bucket file gives back the wanted terms and only those', () => {
    const terms = new Map([
      [7, new Uint8Array([1, 2, 3])],
      [2 ** 40, new Uint8Array([4])],
      [99, new Uint8Array([])],
    ]);
    const file = writeBucket(terms);
    const got = readBucket(file, new Set([2 ** 40, 7, 12345]));
    expect([...got.keys()].sort()).toEqual([7, 2 ** 40].sort());
    expect([...got.get(7)!]).toEqual([1, 2, 3]);
    expect([...got.get(2 ** 40)!]).toEqual([4]);
    expect(() => readBucket(file.subarray(0, file.length - 2), new Set([7]))).toThrow(RangeError);
  });
});

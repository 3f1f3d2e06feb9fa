// The index's terms: every character (a unigram) and every pair of adjacent
// characters (a bigram) of the folded text. A word of two or more characters
// is found exactly by bigrams at its known offsets, so no segmentation is
// needed and a substring across word boundaries is found like any other.

const PLANE = 0x110000;

/** A character's term key: its code point. */
export const unigramKey = (ch: string): number => ch.codePointAt(0)!;

/** A pair's term key, never equal to a unigram's (the first code point is at least 1). */
export const bigramKey = (a: string, b: string): number => a.codePointAt(0)! * PLANE + b.codePointAt(0)!;

/** Which bucket file holds a term: a multiplicative hash of its key, the same at build time and in the browser. */
export function bucketOf(key: number, buckets: number): number {
  const low = key % 0x100000000;
  const high = Math.floor(key / 0x100000000);
  const h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (low >>> 13);
  return (Math.imul(h ^ (h >>> 16), 0xc2b2ae35) >>> 0) % buckets;
}

/**
 * The offsets whose bigrams cover every character of a word of `length`
 * characters (0, 2, 4 … and the last pair): matching those at their offsets
 * matches the whole word, with half the terms to fetch.
 */
export function coveringOffsets(length: number): number[] {
  if (length < 2) return [];
  const offsets: number[] = [];
  for (let i = 0; i + 1 < length; i += 2) offsets.push(i);
  if (offsets.at(-1) !== length - 2) offsets.push(length - 2);
  return offsets;
}

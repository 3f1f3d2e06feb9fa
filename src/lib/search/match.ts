// Finds the documents holding every word of a query as an exact run of
// folded characters, from the postings of the terms the words need.
import { bigramKey, coveringOffsets, unigramKey } from './grams.ts';
import type { Counts, Positions } from './postings.ts';

/** The postings a query reads, by term key (see grams.ts); undefined when no text holds the term. */
export interface TermPostings {
  positions(key: number): Positions | undefined;
  counts(key: number): Counts | undefined;
}

/** The term keys a word needs: its character when it is one, else the bigrams at its covering offsets. */
export function wordTerms(chars: readonly string[]): { unigram?: number; bigrams: number[] } {
  if (chars.length === 1) return { unigram: unigramKey(chars[0]!), bigrams: [] };
  return { bigrams: coveringOffsets(chars.length).map((o) => bigramKey(chars[o]!, chars[o + 1]!)) };
}

/** For each document holding the word, how many times it occurs (overlapping occurrences counted). */
export function wordMatches(chars: readonly string[], postings: TermPostings): Map<number, number> {
  const found = new Map<number, number>();
  if (!chars.length) return found;
  const terms = wordTerms(chars);
  if (terms.unigram !== undefined) return new Map(postings.counts(terms.unigram) ?? []);
  const offsets = coveringOffsets(chars.length);
  const lists = terms.bigrams.map((k) => postings.positions(k));
  if (lists.some((l) => !l)) return found;
  const first = lists[0]!;
  // Walk the rarest term's documents; the word starts at a position of the first pair.
  const rarest = lists.reduce((a, b) => (b!.size < a!.size ? b : a))!;
  for (const doc of rarest.keys()) {
    const starts = first.get(doc);
    if (!starts) continue;
    const others = offsets.slice(1).map((o, i) => ({ o, at: lists[i + 1]!.get(doc), next: 0 }));
    if (others.some((x) => !x.at)) continue;
    let count = 0;
    for (const p of starts) {
      let all = true;
      for (const x of others) {
        const at = x.at!;
        while (x.next < at.length && at[x.next]! < p + x.o) x.next++;
        if (at[x.next] !== p + x.o) {
          all = false;
          break;
        }
      }
      if (all) count++;
    }
    if (count) found.set(doc, count);
  }
  return found;
}

/** Documents holding every word, with the occurrences of all words summed. */
export function allWordsMatches(words: readonly (readonly string[])[], postings: TermPostings): Map<number, number> {
  const perWord = words.map((w) => wordMatches(w, postings));
  if (!perWord.length) return new Map();
  const [smallest] = [...perWord].sort((a, b) => a.size - b.size);
  const out = new Map<number, number>();
  for (const doc of smallest!.keys()) {
    let sum = 0;
    for (const m of perWord) {
      const n = m.get(doc);
      if (!n) {
        sum = 0;
        break;
      }
      sum += n;
    }
    if (sum) out.set(doc, sum);
  }
  return out;
}

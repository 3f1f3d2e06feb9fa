// A result's excerpt: a window of the text around the first place a query
// word occurs, with every occurrence of every word inside it marked. Matching
// is on the folded text (fold.ts); the window and marks are cut from the text
// as written.
import { foldText, type FoldTable } from './fold.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Characters of text an excerpt shows, about two lines. */
export const EXCERPT_LENGTH = 110;
/** How much of the text before the first match the window keeps. */
const LEAD = 30;

/** Ranges [start, end) of the text (UTF-16 units) where any of the folded words occurs, merged and in order. */
export function matchRanges(text: string, words: readonly (readonly string[])[], table: FoldTable): [number, number][] {
  const { chars, origin } = foldText(text, table);
  const folded = chars.join('');
  // Folded characters may be surrogate pairs: map each UTF-16 offset of `folded` back to its character.
  const charAt = new Int32Array(folded.length + 1);
  for (let i = 0, unit = 0; i < chars.length; unit += chars[i]!.length, i++) charAt[unit] = i;
  const ranges: [number, number][] = [];
  for (const w of words) {
    const needle = w.join('');
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      const first = charAt[at]!;
      const last = first + w.length - 1;
      ranges.push([origin[first]!, origin[last]! + chars[last]!.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged.at(-1);
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The excerpt of a text for the folded words: marked where they occur, with … where the text goes on. */
export function excerpt(text: string, words: readonly (readonly string[])[], table: FoldTable): ExcerptPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, words, table);
  let start = Math.max(0, (ranges[0]?.[0] ?? 0) - LEAD);
  const end = Math.min(flat.length, start + EXCERPT_LENGTH);
  if (end - start < EXCERPT_LENGTH) start = Math.max(0, end - EXCERPT_LENGTH);
  const parts: ExcerptPart[] = [];
  const push = (t: string, marked: boolean) => t && parts.push({ text: t, marked });
  if (start > 0) push('…', false);
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    push(flat.slice(at, Math.max(at, a)), false);
    push(flat.slice(Math.max(at, a), Math.min(b, end)), true);
    at = Math.min(b, end);
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push('…', false);
  return parts;
}

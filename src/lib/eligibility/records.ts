// Reading a record's items against what an article names: an item counts when
// every attribute the test matches on has one of the named values, does not
// count when one has another value, and is open when an attribute it needs is
// not given. Open never counts as clear: a half answer leaves the test unknown.
import { addYears } from '../dates.ts';
import { attributesOf, type FactId } from '../facts.ts';
import type { RecordItem } from './answers.ts';

export type Match = Record<string, readonly (string | boolean)[]>;

/** An item that might count, had it the parts still missing. */
export interface IncompleteItem {
  fact: FactId;
  /** Its position in the answer's list, from 0. */
  index: number;
  /** What it lacks: date, year or an attribute's name. */
  missing: string[];
}

type Matched = { matches: true } | { matches: false } | { matches: 'open'; missing: string[] };

/**
 * Whether an item is of the kinds a test names. A scheme attribute (the regulation a record concerns) matches as
 * `this` when it is the regulation checked, else as `other`.
 */
export function matchItem(fact: FactId, item: RecordItem, match: Match | undefined, regulationId: string): Matched {
  const attributes = attributesOf(fact);
  const missing: string[] = [];
  for (const [key, accepted] of Object.entries(match ?? {})) {
    const v = item[key];
    if (v === undefined) {
      missing.push(key);
      continue;
    }
    const value = attributes[key]?.kind === 'scheme' ? (v === regulationId ? 'this' : 'other') : v;
    if (!accepted.includes(value as string | boolean)) return { matches: false };
  }
  return missing.length ? { matches: 'open', missing } : { matches: true };
}

export interface EventsReading {
  /** Items that count and fall inside the window (or any time, with no window): their dates, where given. */
  counted: RecordItem[];
  /** Items that might count: of the named kinds, or inside the window, had they the missing parts. */
  incomplete: IncompleteItem[];
  /** Items not excluded by kind, but outside the window: their dates. */
  outside: string[];
  /** Items not of the named kinds. */
  unmatched: number;
}

/** Dated items against a window of lookbackYears before the check day (none: any time) and the kinds named. */
export function readEvents(
  fact: FactId,
  items: readonly RecordItem[],
  match: Match | undefined,
  lookbackYears: number | undefined,
  checkDate: string,
  regulationId: string,
): EventsReading {
  const reading: EventsReading = { counted: [], incomplete: [], outside: [], unmatched: 0 };
  items.forEach((item, index) => {
    // An event after the check day had not happened on that day: of no kind, in no window.
    if (item.date !== undefined && item.date > checkDate) return;
    const m = matchItem(fact, item, match, regulationId);
    if (m.matches === false) {
      reading.unmatched++;
      return;
    }
    const inWindow =
      lookbackYears === undefined
        ? true
        : item.date === undefined
          ? undefined
          : addYears(item.date, lookbackYears) > checkDate;
    if (inWindow === false) {
      // Outside the window, whatever its kind.
      if (item.date) reading.outside.push(item.date);
      return;
    }
    if (m.matches === true && inWindow === true) reading.counted.push(item);
    else
      reading.incomplete.push({
        fact,
        index,
        missing: [...(inWindow === undefined ? ['date'] : []), ...(m.matches === 'open' ? m.missing : [])],
      });
  });
  return reading;
}

/** The N complete calendar years before the check day's year, oldest first: a year not over by then is never read. */
export function completeYearsBefore(checkDate: string, n: number): number[] {
  const thisYear = Number(checkDate.slice(0, 4));
  return Array.from({ length: n }, (_, i) => thisYear - n + i);
}

/** Each year's entry, by year; entries without a year are returned apart (they might be any year). */
export function byYear(items: readonly RecordItem[]): {
  years: Map<number, { item: RecordItem; index: number }>;
  undated: number[];
} {
  const years = new Map<number, { item: RecordItem; index: number }>();
  const undated: number[] = [];
  items.forEach((item, index) => {
    if (item.year === undefined) undated.push(index);
    else if (!years.has(item.year)) years.set(item.year, { item, index });
  });
  return { years, undated };
}

// One test of a condition against the answers: pass or fail with the values
// that decided it, or unknown with what is still missing. No branch per
// regulation: the figures come from the condition, the kinds from `match`.
import { addDays, addYears } from '../dates.ts';
import type { FactId, TestOp } from '../facts.ts';
import { jurisdictionPath, placeIsWithin } from '../jurisdiction.ts';
import type { Condition } from '../schema.ts';
import type { Answers, Period, RecordItem } from './answers.ts';
import { byYear, completeYearsBefore, type IncompleteItem, type Match, matchItem, readEvents } from './records.ts';

/** Why one test of a condition came out as it did: what it read, and the figure it compared that with. */
export type TestReason =
  | { code: 'in-jurisdiction'; answer: string; jurisdiction: string }
  | { code: 'boolean-answer'; answer: boolean }
  | { code: 'years-reached'; answer: string; minYears: number; checkDate: string }
  /** eligibleFrom: the day the years are reached. */
  | { code: 'years-not-reached'; answer: string; minYears: number; checkDate: string; eligibleFrom: string }
  | { code: 'rank'; answer: number; rankMax: number }
  | { code: 'count'; answer: number; minCount: number }
  /** The list is empty: nothing happened. */
  | { code: 'no-events' }
  /** Nothing of the kinds named inside the window: `outside` the dates before it, `unmatched` the items of other kinds. */
  | {
      code: 'events-clear';
      lookbackYears?: number;
      windowFrom?: string;
      outside: string[];
      unmatched: number;
      match?: Match;
    }
  /** Items of the kinds named, and the text sets no window: any one counts. */
  | { code: 'events-no-limit'; dates: string[]; count: number; match?: Match }
  | {
      code: 'events-within';
      within: string[];
      lookbackYears: number;
      windowFrom: string;
      eligibleFrom: string;
      match?: Match;
    }
  /** No counted loss in the complete years firstYear–lastYear (`excused`: loss years the text leaves out). */
  | { code: 'losses-clear'; firstYear: number; lastYear: number; excused: number[] }
  | { code: 'losses-within'; lossYears: number[]; firstYear: number; lastYear: number; eligibleFrom: string }
  /** The sum of net results over firstYear–lastYear, in units of ten thousand yuan. */
  | { code: 'loss-sum'; sum: number; firstYear: number; lastYear: number }
  /** Every year firstYear–lastYear of the kinds named, but `failing`. */
  | { code: 'every-year'; firstYear: number; lastYear: number; failing: number[]; match?: Match }
  /** Days of work inside the area, against the days minYears spans back from the check day. */
  | { code: 'work-years'; totalDays: number; requiredDays: number; minYears: number; eligibleFrom?: string };

export type TestResult = TestReason & { fact: FactId; op: TestOp; result: 'pass' | 'fail' };

/** A test its answers cannot decide: the fact unanswered, or items or years still missing parts. */
export interface UnknownTest {
  result: 'unknown';
  fact: FactId;
  incomplete?: IncompleteItem[];
  /** Years of an annual record the window needs and the answer lacks. */
  missingYears?: number[];
}

type Placed = Parameters<typeof placeIsWithin>[1];

// biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings, not numbers
export const latest = (days: string[]) => days.reduce((a, b) => (b > a ? b : a));
// biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings, not numbers
export const earliest = (days: string[]) => days.reduce((a, b) => (b < a ? b : a));

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;

export function runTest(
  regulationId: string,
  reg: Placed,
  c: Condition,
  fact: FactId,
  op: TestOp,
  match: Match | undefined,
  a: Answers,
  checkDate: string,
): TestResult | UnknownTest {
  const v = (a as Record<string, unknown>)[fact];
  if (v === undefined) return { result: 'unknown', fact };
  const result = (r: TestReason, passes: boolean): TestResult => ({ ...r, fact, op, result: passes ? 'pass' : 'fail' });
  switch (op) {
    case 'in-jurisdiction': {
      const answer = v as string;
      return result({ code: op, answer, jurisdiction: jurisdictionPath(reg) }, placeIsWithin(answer, reg));
    }
    case 'is-true':
    case 'is-false':
      return result({ code: 'boolean-answer', answer: v as boolean }, v === (op === 'is-true'));
    case 'years-since-at-least': {
      const answer = v as string;
      const minYears = c.minYears!;
      const reached = addYears(answer, minYears);
      return reached <= checkDate
        ? result({ code: 'years-reached', answer, minYears, checkDate }, true)
        : result({ code: 'years-not-reached', answer, minYears, checkDate, eligibleFrom: reached }, false);
    }
    case 'rank-at-most': {
      const answer = v as number;
      return result({ code: 'rank', answer, rankMax: c.rankMax! }, answer <= c.rankMax!);
    }
    case 'count-at-least': {
      const answer = v as number;
      return result({ code: 'count', answer, minCount: c.minCount! }, answer >= c.minCount!);
    }
    case 'none-within': {
      const items = v as RecordItem[];
      if (!items.length) return result({ code: 'no-events' }, true);
      const lookbackYears = c.lookbackYears;
      const r = readEvents(fact, items, match, lookbackYears, checkDate, regulationId);
      if (r.counted.length) {
        const dates = r.counted.flatMap((i) => (i.date ? [i.date] : []));
        if (lookbackYears === undefined)
          return result({ code: 'events-no-limit', dates, count: r.counted.length, match }, false);
        const eligibleFrom = addYears(latest(dates), lookbackYears);
        const windowFrom = addYears(checkDate, -lookbackYears);
        return result({ code: 'events-within', within: dates, lookbackYears, windowFrom, eligibleFrom, match }, false);
      }
      if (r.incomplete.length) return { result: 'unknown', fact, incomplete: r.incomplete };
      return result(
        {
          code: 'events-clear',
          ...(lookbackYears !== undefined && { lookbackYears, windowFrom: addYears(checkDate, -lookbackYears) }),
          outside: r.outside,
          unmatched: r.unmatched,
          match,
        },
        true,
      );
    }
    case 'no-loss-within':
    case 'no-cumulative-loss-within':
    case 'every-year-within': {
      const annual = { fact, items: v as RecordItem[], match, n: c.lookbackYears!, checkDate, regulationId, result };
      return op === 'no-loss-within'
        ? lossYears(annual)
        : op === 'every-year-within'
          ? everyYear(annual)
          : lossSum(annual);
    }
    case 'years-in-place-at-least':
      return workYears(fact, v as Period[], reg, c.minYears!, checkDate, result);
  }
}

type Result = (r: TestReason, passes: boolean) => TestResult;

/** What an annual test reads: the record, the kinds named, the window of n complete years, and how to report. */
interface AnnualTest {
  fact: FactId;
  items: RecordItem[];
  match: Match | undefined;
  n: number;
  checkDate: string;
  regulationId: string;
  result: Result;
}

/**
 * The window's entries: each year's, with the years and parts missing. An entry without its year is open only while
 * some window year is missing (it might be that year); with every year given it can only lie outside.
 */
function yearsOf({ fact, items, n, checkDate }: AnnualTest, needs: string[]) {
  const years = completeYearsBefore(checkDate, n);
  const { years: entries, undated } = byYear(items);
  const missingYears = years.filter((y) => !entries.has(y));
  const incomplete: IncompleteItem[] = missingYears.length
    ? undated.map((index) => ({ fact, index, missing: ['year'] }))
    : [];
  const complete: { year: number; item: RecordItem; index: number }[] = [];
  for (const y of years) {
    const e = entries.get(y);
    if (!e) continue;
    const missing = needs.filter((k) => e.item[k] === undefined);
    if (missing.length) incomplete.push({ fact, index: e.index, missing });
    else complete.push({ year: y, ...e });
  }
  const [firstYear = 0] = years;
  const open = (): UnknownTest | undefined =>
    missingYears.length || incomplete.length ? { result: 'unknown', fact, incomplete, missingYears } : undefined;
  return { firstYear, lastYear: years.at(-1) ?? firstYear, incomplete, complete, open };
}

function lossYears(t: AnnualTest): TestResult | UnknownTest {
  const w = yearsOf(t, ['netProfit']);
  const counted: number[] = [];
  const excused: number[] = [];
  for (const { year, item, index } of w.complete) {
    if ((item.netProfit as number) >= 0) continue;
    const m = matchItem(t.fact, item, t.match, t.regulationId);
    if (m.matches === true) counted.push(year);
    else if (m.matches === false) excused.push(year);
    else w.incomplete.push({ fact: t.fact, index, missing: m.missing });
  }
  const { firstYear, lastYear } = w;
  if (counted.length) {
    const eligibleFrom = `${Math.max(...counted) + t.n + 1}-01-01`;
    return t.result({ code: 'losses-within', lossYears: counted, firstYear, lastYear, eligibleFrom }, false);
  }
  return w.open() ?? t.result({ code: 'losses-clear', firstYear, lastYear, excused }, true);
}

function lossSum(t: AnnualTest): TestResult | UnknownTest {
  const w = yearsOf(t, ['netProfit']);
  // Summed in whole hundredths, so 0.1 + 0.2 is not a loss.
  const cents = w.complete.reduce((s, { item }) => s + Math.round((item.netProfit as number) * 100), 0);
  const { firstYear, lastYear } = w;
  return w.open() ?? t.result({ code: 'loss-sum', sum: cents / 100, firstYear, lastYear }, cents >= 0);
}

function everyYear(t: AnnualTest): TestResult | UnknownTest {
  const w = yearsOf(t, Object.keys(t.match ?? {}));
  const failing = w.complete.filter(({ item }) => matchItem(t.fact, item, t.match, t.regulationId).matches === false);
  const reason = { code: 'every-year', firstYear: w.firstYear, lastYear: w.lastYear, match: t.match } as const;
  if (failing.length) return t.result({ ...reason, failing: failing.map((f) => f.year) }, false);
  return w.open() ?? t.result({ ...reason, failing: [] }, true);
}

/** Spans of work inside the area, merged where they overlap, up to the check day: [start, end) in day numbers. */
function spansInArea(periods: Period[], reg: Placed, checkDate: string) {
  const end = dayNumber(checkDate);
  return periods
    .filter((p) => p.place && p.from && placeIsWithin(p.place, reg) && p.from <= checkDate)
    .map((p) => [dayNumber(p.from!), Math.min(p.to ? dayNumber(p.to) : end, end), p.to === undefined] as const)
    .sort((x, y) => x[0] - y[0]);
}

function workYears(
  fact: FactId,
  periods: Period[],
  reg: Placed,
  minYears: number,
  checkDate: string,
  result: Result,
): TestResult | UnknownTest {
  let totalDays = 0;
  let reach = -Infinity;
  let ongoing = false;
  for (const [start, end, open] of spansInArea(periods, reg, checkDate)) {
    const from = Math.max(start, reach);
    if (end > from) totalDays += end - from;
    reach = Math.max(reach, end);
    ongoing ||= open;
  }
  const requiredDays = dayNumber(checkDate) - dayNumber(addYears(checkDate, -minYears));
  const reason = { code: 'work-years', totalDays, requiredDays, minYears } as const;
  if (totalDays >= requiredDays) return result(reason, true);
  const incomplete: IncompleteItem[] = periods.flatMap((p, index) => {
    // Work begun after the check day adds nothing on that day, whatever its place.
    if (p.from && p.from > checkDate) return [];
    const missing = [...(p.place ? [] : ['place']), ...(p.from ? [] : ['from'])];
    return missing.length ? [{ fact, index, missing }] : [];
  });
  if (incomplete.length) return { result: 'unknown', fact, incomplete };
  // Work still going on in the area reaches the years in time; the day the days needed catch up.
  let eligibleFrom: string | undefined;
  if (ongoing) {
    let day = addDays(checkDate, requiredDays - totalDays);
    const short = (d: string) =>
      totalDays + (dayNumber(d) - dayNumber(checkDate)) < dayNumber(d) - dayNumber(addYears(d, -minYears));
    while (short(day)) day = addDays(day, 1);
    eligibleFrom = day;
  }
  return result({ ...reason, ...(eligibleFrom && { eligibleFrom }) }, false);
}

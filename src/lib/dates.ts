// Dates with month precision allowed ("2022年5月 日"): YYYY-MM or YYYY-MM-DD.
// Years are written with four digits (0000–9999), so two days compare as
// strings in the order of time; no helper here goes through Date.UTC's
// reading of years 0–99 as 1900–1999.
import { groups } from './regex.ts';

const MS_PER_DAY = 86_400_000;

const toIsoDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function isValidPartialDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const [year, month] = groups(m, 2);
  const [y, mo, d] = [+year, +month, m[3] === undefined ? 1 : +m[3]];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The Gregorian calendar's rule, carried back to every year (0000 is a leap year, 1900 is not). */
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? Number.NaN);
}

/** Year, month and day (undefined for month precision) of a date written YYYY-MM or YYYY-MM-DD. */
function partsOf(s: string): { y: number; m: number; d: number | undefined } {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined) throw new Error(`expected a date YYYY-MM or YYYY-MM-DD, got "${s}"`);
  return { y, m, d };
}

/** The first day a partial date can mean. */
export function earliestDay(s: string): string {
  return s.length === 7 ? `${s}-01` : s;
}

/** The last day a partial date can mean. */
export function latestDay(s: string): string {
  if (s.length !== 7) return s;
  const { y, m } = partsOf(s);
  return `${s}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** Adds whole years to an ISO day, clamping 29 Feb to 28 Feb. */
export function addYears(isoDay: string, years: number): string {
  const { y, m, d } = partsOf(isoDay);
  if (d === undefined) throw new Error(`expected a day YYYY-MM-DD, got "${isoDay}"`);
  return toIsoDay(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

export function addDays(isoDay: string, days: number): string {
  // Date.parse reads a four-digit year as written (only Date.UTC shifts 0–99); the result is written back by hand,
  // since toISOString writes years beyond 9999 with six digits and a sign.
  const t = new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * MS_PER_DAY);
  return toIsoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 2023-12-27 → 2023年12月27日; 2022-05 → 2022年5月. */
export function formatChineseDate(s: string): string {
  const { y, m, d } = partsOf(s);
  return d === undefined ? `${y}年${m}月` : `${y}年${m}月${d}日`;
}

/**
 * Which calendar "today" is read on. 'utc': the build's day, for statuses and the batch checker, so one build gives
 * one answer wherever it runs. 'local': the applicant's own calendar day, for the checker in the browser, so a check
 * made at 7 in the morning in Beijing (23:00 UTC the day before) is dated the day the applicant sees.
 */
export type Calendar = 'utc' | 'local';

/** Today as YYYY-MM-DD on the given calendar; the clock is injectable for tests. */
export function todayIso(calendar: Calendar = 'utc', now: Date = new Date()): string {
  return calendar === 'utc'
    ? toIsoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
    : toIsoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

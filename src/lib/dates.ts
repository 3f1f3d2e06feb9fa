// Dates with month precision allowed ("2022年5月 日"): YYYY-MM or YYYY-MM-DD.

export function isValidPartialDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], m[3] === undefined ? 1 : +m[3]];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date can mean. */
export function earliestDay(s: string): string {
  return s.length === 7 ? `${s}-01` : s;
}

/** The last day a partial date can mean. */
export function latestDay(s: string): string {
  if (s.length !== 7) return s;
  const [y, m] = s.split('-').map(Number);
  return `${s}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** Adds whole years to an ISO day, clamping 29 Feb to 28 Feb. */
export function addYears(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const day = Math.min(d, daysInMonth(y + years, m));
  return `${y + years}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(isoDay: string, days: number): string {
  const t = Date.parse(`${isoDay}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** 2023-12-27 → 2023年12月27日; 2022-05 → 2022年5月. */
export function formatChineseDate(s: string): string {
  const [y, m, d] = s.split('-').map(Number);
  return d === undefined ? `${y}年${m}月` : `${y}年${m}月${d}日`;
}

/** Today in UTC as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

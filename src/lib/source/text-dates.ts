// Dates as regulation texts write them: 2015年12月25日, and in Chinese numerals
// 二〇一二年五月二十三日 (notices are often signed so). Spaces inside a date
// ("2015 年 12 月 25 日") are gone by the time a line is normalized.
import { chineseToInt } from '../chinese-numerals.ts';
import { groups } from '../regex.ts';

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  Ｏ: '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A year, month or day written in Arabic or Chinese numerals; NaN when it is neither. */
function numberOf(s: string, year: boolean): number {
  if (/^\d+$/.test(s)) return Number(s);
  // A year is written digit by digit (二〇一二), a month or day as a number (二十三).
  if (year) return [...s].every((c) => c in YEAR_DIGITS) ? Number([...s].map((c) => YEAR_DIGITS[c]).join('')) : NaN;
  return chineseToInt(s);
}

const Y = '(\\d{4}|[〇零ＯO一二三四五六七八九]{4})';
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** A date anywhere in a string, in either script of numerals. */
export const TEXT_DATE = `${Y}年${MD}月${MD}日`;
const DATE_LINE_RE = new RegExp(`^${TEXT_DATE}$`);

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO form of a date as the text writes it (`2012年5月9日`, `二〇一二年五月二十三日`), or undefined. */
export function isoOfTextDate(written: string): string | undefined {
  const m = new RegExp(`^${TEXT_DATE}$`).exec(written);
  if (!m) return undefined;
  const [ys, ms, ds] = groups(m, 3);
  const [y, mo, d] = [numberOf(ys, true), numberOf(ms, false), numberOf(ds, false)];
  if (![y, mo, d].every(Number.isInteger) || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The ISO date of a line that is a date and nothing else (the date that signs a notice). */
export function dateLine(line: string): string | undefined {
  return DATE_LINE_RE.test(line) ? isoOfTextDate(line) : undefined;
}

const DIGIT_NUMERALS = '〇一二三四五六七八九';

/** A full ISO date as a notice signs it in Chinese numerals: 2012-05-23 → 二〇一二年五月二十三日; undefined for a partial date. */
export function chineseNumeralDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = groups(m, 3);
  const small = (n: number) =>
    n < 10
      ? DIGIT_NUMERALS.charAt(n)
      : `${n >= 20 ? DIGIT_NUMERALS.charAt(Math.floor(n / 10)) : ''}十${n % 10 ? DIGIT_NUMERALS.charAt(n % 10) : ''}`;
  return `${[...y].map((c) => DIGIT_NUMERALS.charAt(Number(c))).join('')}年${small(Number(mo))}月${small(Number(d))}日`;
}

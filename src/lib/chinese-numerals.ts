// Chinese numerals as they appear in article and item numbers (第三十九条, （十二）).
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百';

/** Parses 一 … 九百九十九; returns NaN for anything else. */
export function chineseToInt(text: string): number {
  if (!text) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    const value = DIGITS[ch];
    const unit = UNITS[ch];
    if (value !== undefined) {
      digit = value;
    } else if (unit !== undefined) {
      // A bare 十 at the start means 一十 (十二 = 12).
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + Math.max(digit, 0);
}

const PLAIN = '零一二三四五六七八九';
/** The numeral of one digit 0 … 9. */
const plain = (d: number) => PLAIN.charAt(d);

/** 1 → 一, 12 → 十二, 39 → 三十九, 105 → 一百零五. */
export function intToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`cannot write ${n} in Chinese numerals`);
  if (n < 10) return plain(n);
  if (n < 20) return `十${n % 10 ? plain(n % 10) : ''}`;
  if (n < 100) return `${plain(Math.floor(n / 10))}十${n % 10 ? plain(n % 10) : ''}`;
  const rest = n % 100;
  const head = `${plain(Math.floor(n / 100))}百`;
  if (rest === 0) return head;
  return head + (rest < 10 ? `零${plain(rest)}` : rest < 20 ? `一${intToChinese(rest)}` : intToChinese(rest));
}

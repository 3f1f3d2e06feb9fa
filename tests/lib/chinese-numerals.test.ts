import { describe, expect, it } from 'vitest';
import { chineseToInt, intToChinese } from '../../src/lib/chinese-numerals.ts';

describe('Chinese numerals', () => {
  it('round-trips every article number a regulation could have', () => {
    for (let n = 1; n <= 999; n++) expect(chineseToInt(intToChinese(n))).toBe(n);
  });

  it('reads the forms used in article numbers', () => {
    expect(chineseToInt('十')).toBe(10);
    expect(chineseToInt('十二')).toBe(12);
    expect(chineseToInt('二十九')).toBe(29);
    expect(chineseToInt('三十九')).toBe(39);
    expect(chineseToInt('一百零五')).toBe(105);
    expect(intToChinese(20)).toBe('二十');
  });

  it('rejects what is not a numeral', () => {
    expect(chineseToInt('条')).toBeNaN();
    expect(chineseToInt('')).toBeNaN();
  });
});

// Traditional → simplified conversion with OpenCC (opencc-js), used where an
// extracted text switches script mid-document (长宁 arts. 22–25).
import * as OpenCC from 'opencc-js/t2cn';

// Character-level traditional → mainland simplified. Not the Taiwan phrase
// table ('twp'): it rewrites mainland vocabulary (程序→进程, 建立→创建).
const convert = OpenCC.Converter({ from: 't', to: 'cn' });

export const CONVERTER_NAME = 'opencc-js (t → cn)';

/**
 * Share of a passage's Chinese characters that OpenCC would change above which
 * the passage is taken to be written in traditional characters. Simplified
 * passages change at most a few percent (著→着 is a valid simplified pair);
 * traditional ones a fifth or more.
 */
export const TRADITIONAL_SHARE = 0.1;

export function toSimplified(text: string): string {
  return convert(text);
}

/** Returns the simplified form when the text is in traditional characters, else undefined. */
export function simplifyIfTraditional(text: string): string | undefined {
  const simplified = convert(text);
  const a = [...text];
  const b = [...simplified];
  if (a.length !== b.length) return simplified; // a phrase conversion changed length: surely traditional
  let cjk = 0;
  let changed = 0;
  a.forEach((ch, i) => {
    if (/[\u3400-\u9fff]/.test(ch)) cjk++;
    if (ch !== b[i]) changed++;
  });
  return cjk > 0 && changed / cjk >= TRADITIONAL_SHARE ? simplified : undefined;
}

// Every block where OpenCC has traditional characters: the CJK blocks, compatibility ideographs, and the
// supplementary ideographic planes.
const IDEOGRAPH_RANGES: [number, number][] = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2fa1f],
];

/**
 * OpenCC's traditional → simplified conversion one character at a time: the
 * characters it changes into exactly one other character. Search folds text
 * with it, so a match never changes length.
 */
export function traditionalCharacters(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [first, last] of IDEOGRAPH_RANGES) {
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCodePoint(cp);
      const simplified = convert(ch);
      if (simplified !== ch && [...simplified].length === 1) table.set(ch, simplified);
    }
  }
  return table;
}

// Text clean-up for extracted regulation texts: width, brackets, stray spaces.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// Full-width punctuation that sits inside Chinese prose.
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026';
const CJK_OR_PUNCT = `[${CJK}${CJK_PUNCT}]`;

const SPACE_AFTER_CJK = new RegExp(`(${CJK_OR_PUNCT})[ \\t\\u3000\\u00a0]+`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`[ \\t\\u3000\\u00a0]+(${CJK_OR_PUNCT})`, 'g');
const HALF_PUNCT_AFTER_CJK = new RegExp(`(${CJK_OR_PUNCT})([,;:?!])`, 'g');

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/**
 * Normalizes one line of prose: ASCII brackets become full-width （）, half-width
 * commas/semicolons/colons after Chinese become full-width, and spaces next to
 * Chinese characters (an extraction artefact: "经营 3 年以上") are removed.
 */
export function normalizeLine(line: string): string {
  // A blank left for a day not yet fixed (江阴: "2022年5月 日") is content, not noise.
  let s = line.replace(/月[ \u3000]+日/g, '月\u0000日');
  s = s.replace(/\(/g, '（').replace(/\)/g, '）');
  s = s.replace(HALF_PUNCT_AFTER_CJK, (_m, a: string, p: string) => a + HALF_TO_FULL[p]);
  // Twice, because one space can separate two matches that share a character.
  for (let i = 0; i < 2; i++) {
    s = s.replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');
  }
  return (
    s
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the placeholder kept for full-width spaces above
      .replace(/\u0000/g, '\u3000')
  );
}

/**
 * The form used to compare a quote with a source text: width-folded (NFKC),
 * brackets unified, all white space removed. Both sides go through it, so a
 * citation can be written naturally without tripping over extraction noise.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〔［[]/g, '[')
    .replace(/[〕］\]]/g, ']')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[—–―-]/g, '-')
    .replace(/\s+/g, '');
}

/** Sentence-final marks: a line ending with one of them ends its paragraph. */
export function endsParagraph(line: string): boolean {
  return /[。；：！？…）」』”]$/.test(line) || /[;:.!?)]$/.test(line);
}

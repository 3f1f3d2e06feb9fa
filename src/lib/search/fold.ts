// How the search compares text: character by character, after folding each
// character — traditional to simplified (OpenCC's character table, never its
// phrase table, so one character stays one character and a match's place in
// the folded text is its place in the text), compatibility forms to their
// plain ones (NFKC: full-width letters, digits and brackets) and lower case.
// Whitespace is left out: extracted texts break lines inside words.

/** Traditional → simplified, one character each; built from OpenCC's table at build time, shipped with the index. */
export type FoldTable = ReadonlyMap<string, string>;

const WHITESPACE = /\s/u;

/** The folded form of one character, or '' when search ignores it (whitespace). */
export function foldChar(ch: string, table: FoldTable): string {
  if (WHITESPACE.test(ch)) return '';
  const simplified = table.get(ch) ?? ch;
  const plain = simplified.normalize('NFKC').toLowerCase();
  // A compatibility form that unfolds into several characters (㈠ → (一)) stays itself.
  return [...plain].length === 1 ? plain : simplified;
}

export interface FoldedText {
  /** The folded characters, one per kept character of the text. */
  chars: string[];
  /** For each folded character, the index in the text (UTF-16 units) where its character starts. */
  origin: number[];
}

/** Folds a text for matching; `origin` maps every folded character back to the text, for highlighting. */
export function foldText(text: string, table: FoldTable): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const folded = foldChar(ch, table);
    if (folded) {
      chars.push(folded);
      origin.push(at);
    }
    at += ch.length;
  }
  return { chars, origin };
}

/** The folded characters of a query word (no origin needed). */
export const foldWord = (word: string, table: FoldTable): string[] => foldText(word, table).chars;

/** The table as shipped in the index: pairs of characters, concatenated. */
export function encodeFoldTable(table: FoldTable): string {
  return [...table].map(([from, to]) => from + to).join('');
}

export function decodeFoldTable(pairs: string): FoldTable {
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

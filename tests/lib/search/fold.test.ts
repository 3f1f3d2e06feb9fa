// Folding: what the search takes as the same character.
import { describe, expect, it } from 'vitest';
import { decodeFoldTable, encodeFoldTable, foldChar, foldText, foldWord } from '../../../src/lib/search/fold.ts';
import { traditionalCharacters, toSimplified } from '../../../src/lib/source/traditional.ts';

const table = traditionalCharacters();

describe('folding characters', () => {
  it('reads traditional characters as OpenCC simplifies them, one character for one', () => {
    for (const word of ['區長', '質量獎', '申報', '獎勵', '評審', '頒發']) {
      expect(foldWord(word, table).join('')).toBe(toSimplified(word));
    }
    for (const [from, to] of table) {
      expect([...from]).toHaveLength(1);
      expect([...to]).toHaveLength(1);
    }
    expect(table.size).toBeGreaterThan(2000);
  });

  it('reads full-width letters and digits as plain, capitals as lower case, and ignores whitespace', () => {
    expect(foldWord('ＧＢ／Ｔ　１９５８０', table).join('')).toBe('gb/t19580');
    expect(foldChar(' ', table)).toBe('');
    expect(foldChar('\n', table)).toBe('');
    // A compatibility form that unfolds into several characters stays itself.
    expect(foldChar('㈠', table)).toBe('㈠');
  });

  it('maps every folded character back to where it stands in the text', () => {
    const text = '质量\n獎 𠀀管理';
    const { chars, origin } = foldText(text, table);
    expect(chars.join('')).toBe('质量奖𠀀管理');
    chars.forEach((ch, i) => {
      expect(foldChar(String.fromCodePoint(text.codePointAt(origin[i]!)!), table)).toBe(ch);
    });
  });

  it('ships the table as pairs and reads it back', () => {
    const some = new Map([...table].slice(0, 50));
    expect(decodeFoldTable(encodeFoldTable(some))).toEqual(some);
  });
});

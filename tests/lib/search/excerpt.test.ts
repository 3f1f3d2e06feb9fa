import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, excerpt, matchRanges } from '../../../src/lib/search/excerpt.ts';
import { foldWord } from '../../../src/lib/search/fold.ts';
import { traditionalCharacters } from '../../../src/lib/source/traditional.ts';

const table = traditionalCharacters();
const words = (...ws: string[]) => ws.map((w) => foldWord(w, table));

describe('excerpts', () => {
  it('marks every occurrence of every word in the text as written', () => {
    const text = '區長質量獎由区长质量奖评审委员会评审；质量\n奖每年评审一次。';
    const ranges = matchRanges(text, words('质量奖', '评审'), table);
    const marked = ranges.map(([a, b]) => text.slice(a, b));
    expect(marked).toEqual(['質量獎', '质量奖评审', '评审', '质量\n奖', '评审']);
  });

  it('shows a window around the first match, with … where the text goes on', () => {
    const text = `${'前'.repeat(200)}提名奖${'后'.repeat(200)}`;
    const parts = excerpt(text, words('提名奖'), table);
    const shown = parts.map((p) => p.text).join('');
    expect(parts[0]).toEqual({ text: '…', marked: false });
    expect(parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['提名奖']);
    expect(shown.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 2);
  });

  it('a short text is shown whole', () => {
    const parts = excerpt('第一条 为了规范评审，制定本办法。', words('评审'), table);
    expect(parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('')).toBe('第一条 为了规范[评审]，制定本办法。');
  });
});

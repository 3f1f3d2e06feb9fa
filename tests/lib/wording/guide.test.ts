// The guide's words: every line of every loaded regulation's guide reads as a label and a text,
// values in the words the regulation page uses, and nothing reads as a promise of an award.
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../../src/lib/guide/build.ts';
import { guideLines } from '../../../src/lib/guide/lines.ts';
import { GUIDE_SECTION_TITLES, guideGroupTitle, guideLineWords, guideTitle } from '../../../src/lib/wording/guide.ts';
import { banText, prizeText, publicityText } from '../../../src/lib/wording/values.ts';
import { fixtureEntries, realEntries, shapeEntries } from '../../support/regulations.ts';

const cases = [...realEntries(), ...fixtureEntries(), ...shapeEntries()].map((e) => [e.id, e] as const);

describe('the guide in words', () => {
  it.each(cases)('%s: every section, group and line has words, none a promise', (_id, e) => {
    const guide = buildGuide(e.regulation);
    for (const s of guide.sections) {
      expect(GUIDE_SECTION_TITLES[s.id]).toBeTruthy();
      for (const g of s.groups) expect(guideGroupTitle(g)).toBeTruthy();
    }
    for (const line of guideLines(guide)) {
      const { label, text } = guideLineWords(line, guide.partialText);
      expect(label, line.code).toBeTruthy();
      expect(text, line.code).toBeTruthy();
      expect(text).not.toMatch(/可获得|可申报|undefined/);
    }
  });

  it.each(cases)('%s: prizes, bans and publicity read as on the regulation page', (_id, e) => {
    const guide = buildGuide(e.regulation);
    for (const line of guideLines(guide)) {
      const { text } = guideLineWords(line, guide.partialText);
      if (line.code === 'prize') expect(text).toBe(prizeText(line.values.amountYuan, line.values.firstTimeOnly));
      if (line.code === 'ban') expect(text).toBe(banText(line.values));
      if (line.code === 'publicity')
        expect(text).toContain(
          publicityText({ minimumDays: line.values.days.value, dayType: line.values.days.dayType }),
        );
    }
  });

  it('titles the guide by the regulation’s short name', () => {
    expect(guideTitle('通州区长质量奖')).toBe('通州区长质量奖申报指南');
  });
});

// The comparison's own words: every word in src/lib/wording/compare.ts is one a
// comparison of the content shows, and every row, section and topic has words.
import { describe, expect, it } from 'vitest';
import { buildComparison, TOPICS } from '../../../src/lib/compare/overview.ts';
import { publicityInBothUnits } from '../../../src/lib/compare/days.ts';
import {
  COMPUTED_NOTES,
  EMPTY_TEXT,
  EMPTY_TEXTS,
  EXTREME_LABELS,
  ROW_LABELS,
  SECTION_WORDS,
  TOPIC_TITLES,
  publicityWorkings,
} from '../../../src/lib/wording/compare.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const c = buildComparison([...realEntries(), ...fixtureEntries()], '2026-12-02');
const rows = c.sections.flatMap((s) => s.rows);

describe('the comparison wording', () => {
  it('words every topic and section', () => {
    expect(Object.keys(TOPIC_TITLES)).toEqual(TOPICS.map((t) => t.id));
    expect(c.sections.map((s) => s.id)).toEqual(Object.keys(SECTION_WORDS));
    for (const s of c.sections) expect(s).toMatchObject(SECTION_WORDS[s.id as keyof typeof SECTION_WORDS]);
  });

  it('labels each fixed row by its id', () => {
    for (const [id, label] of Object.entries(ROW_LABELS)) expect(rows.find((r) => r.id === id)?.label, id).toBe(label);
  });

  it('has no empty-cell text, extreme mark or computed note that no row shows', () => {
    const texts = new Set(rows.flatMap((r) => Object.values(r.cells).map((cell) => cell.text)));
    for (const text of [EMPTY_TEXT, ...Object.values(EMPTY_TEXTS)]) expect(texts, text).toContain(text);
    const extremes = new Set(rows.map((r) => r.extreme?.label));
    for (const label of Object.values(EXTREME_LABELS)) expect(extremes, label).toContain(label);
    const computed = new Set(rows.map((r) => r.computed));
    for (const note of Object.values(COMPUTED_NOTES)) expect(computed, note).toContain(note);
  });

  it('words a publicity period in both units', () => {
    expect(publicityWorkings(5, 'working', { min: 5, max: 7 })).toBe('5个工作日 ≈ 5–7天');
    expect(publicityWorkings(7, 'calendar', { min: 5, max: 5 })).toBe(publicityInBothUnits(7, 'calendar').text);
  });
});

// The applying topic's words: every fixed label and computed note is one its rows show, and the cell words keep
// the texts' own names beside the codebook's labels.
import { describe, expect, it } from 'vitest';
import { afterWinningSection, applyingSection } from '../../../src/lib/compare/applying.ts';
import {
  APPLYING_COMPUTED_NOTES,
  APPLYING_ROW_LABELS,
  materialText,
  recommenderText,
  winnerDutyText,
} from '../../../src/lib/wording/compare-applying.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const entries = [...realEntries(), ...fixtureEntries()];
const rows = [...applyingSection(entries).rows, ...afterWinningSection(entries).rows];

describe('the applying topic’s wording', () => {
  it('labels each fixed row by its id, and each computed note is a row’s', () => {
    for (const [id, label] of Object.entries(APPLYING_ROW_LABELS))
      expect(rows.find((r) => r.id === id)?.label, id).toBe(label);
    for (const [id, note] of Object.entries(APPLYING_COMPUTED_NOTES))
      expect(rows.find((r) => r.id === id)?.computed, id).toBe(note);
  });

  it('words a material, a recommender and a duty from their own words', () => {
    expect(materialText({ name: '自评报告', standard: 'GB/T 19580' })).toBe('自评报告（对照 GB/T 19580）');
    expect(materialText({ name: '申报表' })).toBe('申报表');
    expect(recommenderText({ name: '属地镇（街道）', act: 'signs-opinion', appliesTo: ['individual'] })).toBe(
      '属地镇（街道）：签署推荐意见（个人）',
    );
    expect(recommenderText({ name: '行业协会', act: 'recommends' })).toBe('行业协会：推荐');
    // A limit the summary already states is not said twice.
    expect(winnerDutyText({ summary: '30日内书面报告', withinDays: 30 })).toBe('30日内书面报告');
    expect(winnerDutyText({ summary: '及时书面报告', withinDays: 30 })).toBe('及时书面报告（30天内）');
  });
});

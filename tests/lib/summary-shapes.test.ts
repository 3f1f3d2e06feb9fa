// The regulation page's summary of shapes real regulations use (tests/fixtures/content/shapes/).
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/lib/summary.ts';
import { shapeEntries } from '../support/regulations.ts';

const entries = shapeEntries();
const rowsOf = (id: string) => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture ${id}`);
  return buildSummary(e.regulation).flatMap((s) => s.rows);
};
const value = (id: string, label: string) => rowsOf(id).find((r) => r.label === label)?.value;

describe('summary of the shapes', () => {
  it('a quota per recipient with no shared total is a quota', () => {
    expect(value('shape-per-recipient-2024', '每届名额')).toMatch(/组织不超过2个，个人不超过2个/);
  });

  it('a tier without a limit says it is outside the total', () => {
    expect(rowsOf('shape-outside-total-2024').map((r) => r.value)).toContain(
      '不限定名额，不占年度奖项总指标，可少额或空缺',
    );
  });

  it('a bonus as a share of the higher prize gives the share', () => {
    expect(value('shape-share-bonus-2024', '样例市市长质量奖（组织）')).toBe('该奖项奖金的50%');
  });

  it('a cycle set by higher-level rules names no number of years', () => {
    expect(value('shape-cycle-set-by-2024', '评选周期')).toBe('按上级规定');
  });

  it('a partial text says which articles it has and what it lacks', () => {
    const rows = rowsOf('shape-partial-2015');
    expect(value('shape-partial-2015', '现有文本')).toMatch(/第三条/);
    for (const label of ['每届名额', '奖金', '禁止申报'])
      expect(value('shape-partial-2015', label)).toBe('现有文本未载');
    expect(rows.some((r) => r.label !== '现有文本' && r.value.includes('原文未规定'))).toBe(false);
  });

  it('a date from the publishing page is marked, with its note and no quote', () => {
    const issued = rowsOf('shape-page-date-2025').find((r) => r.label === '印发日期')!;
    expect(issued.value).toBe('2025年7月24日（据发布页面）');
    expect(issued.cite).toBeUndefined();
    expect(issued.note).toMatch(/发布时间：2025-07-24/);
  });

  it('recipients beyond organizations and individuals have their words', () => {
    const values = rowsOf('shape-recipients-2024').map((r) => r.value);
    expect(values).toContain('项目');
    expect(values).toContain('组织单元');
  });
});

import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { citationAnchor, citationLabel } from '../../src/lib/cite-format.ts';
import { formatYuan } from '../../src/lib/wording/format.ts';
import { buildSummary } from '../../src/lib/summary.ts';
import { CONTENT, SEEDS } from '../support/paths.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });

describe('structured summary', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: every row that states a number cites its article', (_id, e) => {
    const rows = buildSummary(e.regulation).flatMap((s) => s.rows);
    for (const r of rows) if (/\d/.test(r.value)) expect(r.cite, `${r.label}: ${r.value}`).toBeDefined();
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: shows every prize, condition and exclusion clause', (_id, e) => {
    const rows = buildSummary(e.regulation).flatMap((s) => s.rows);
    const prizes = e.regulation.tiers.flatMap((t) => t.prizes);
    expect(rows.filter((r) => r.label.startsWith('奖金：'))).toHaveLength(prizes.length);
    for (const p of prizes)
      expect(rows.some((r) => r.value.startsWith(formatYuan(p.amountYuan)) && r.cite === p.cite)).toBe(true);
    const conditions =
      e.regulation.applicants.flatMap((a) => a.conditions).length + e.regulation.exclusionClauses.length;
    expect(rows.filter((r) => r.category)).toHaveLength(conditions);
  });
});

describe('citation labels and anchors', () => {
  it('name and link articles and items', () => {
    expect(citationAnchor({ article: 12, item: 4 })).toBe('art-12-4');
    expect(citationAnchor({ article: 12 })).toBe('art-12');
    expect(citationLabel({ article: 12, item: 4 })).toBe('第十二条第（四）项');
    expect(citationAnchor({ article: 'front' })).toBe('front');
  });

  it('money reads as the texts write it', () => {
    expect(formatYuan(300000)).toBe('30万元');
    expect(formatYuan(15000)).toBe('15,000元');
    expect(formatYuan(null)).toMatch(/适当奖励/);
  });
});

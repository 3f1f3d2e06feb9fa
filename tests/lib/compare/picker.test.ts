// The pick list at scale: its rows carry the content's own figures, and filters
// and sorting do what their names say, on the real five and many copies.
import { describe, expect, it } from 'vitest';
import { filterRows, pickerRow, sortRows, type PickerRow } from '../../../src/lib/compare/picker.ts';
import { largestPrize } from '../../../src/lib/prizes.ts';
import { realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = realEntries();
const rows = entries.map((e) => pickerRow(e, AS_OF));

describe('pick list rows', () => {
  it('carry each regulation’s place, status, largest prize and whether individuals may apply', () => {
    for (const [i, e] of entries.entries()) {
      const row = rows[i]!;
      expect(row.province).toBe(e.regulation.jurisdiction.province);
      expect(row.largestPrize).toBe(largestPrize(e.regulation) ?? null);
      expect(row.admitsIndividuals).toBe(e.regulation.tiers.some((t) => t.recipients.includes('individual')));
    }
    expect(rows.find((r) => r.id === 'jiangyin-2022-draft')!.status).toBe('draft');
  });

  it('add up awards a year over the tiers (连云港: 3 + 5 a year; 红旗: 3 every two years)', () => {
    expect(rows.find((r) => r.id === 'lianyungang-2021')!.awardsPerYear).toBe(8);
    expect(rows.find((r) => r.id === 'hongqi-2022')!.awardsPerYear).toBe(1.5);
  });
});

describe('filtering and sorting', () => {
  const many: PickerRow[] = Array.from({ length: 300 }, (_, i) => ({
    ...rows[i % rows.length]!,
    id: `copy-${i}`,
    largestPrize: i % 7 === 0 ? null : (i % 50) * 10_000,
  }));

  it('each filter keeps exactly the rows that match it, and filters combine', () => {
    expect(filterRows(rows, { province: '江苏省' }).map((r) => r.province)).toEqual(['江苏省', '江苏省', '江苏省']);
    expect(filterRows(rows, { individuals: 'yes' }).every((r) => r.admitsIndividuals)).toBe(true);
    expect(filterRows(rows, { individuals: 'no' }).some((r) => r.admitsIndividuals)).toBe(false);
    expect(filterRows(rows, { status: 'draft' }).map((r) => r.id)).toEqual(['jiangyin-2022-draft']);
    expect(filterRows(rows, { text: '长宁' }).map((r) => r.id)).toEqual(['changning-2023']);
    expect(
      filterRows(rows, { minPrize: 300_000, province: '江苏省' }).every(
        (r) => r.largestPrize! >= 300_000 && r.province === '江苏省',
      ),
    ).toBe(true);
    const kept = filterRows(many, { minAwards: 2 });
    expect(kept.length).toBe(many.filter((r) => (r.awardsPerYear ?? -1) >= 2).length);
  });

  it('sorts both ways, stably, with unknown figures last', () => {
    const up = sortRows(many, 'largestPrize', 'asc');
    const down = sortRows(many, 'largestPrize', 'desc');
    const known = (rs: PickerRow[]) => rs.filter((r) => r.largestPrize !== null).map((r) => r.largestPrize!);
    expect(known(up)).toEqual([...known(up)].sort((a, b) => a - b));
    expect(known(down)).toEqual([...known(down)].sort((a, b) => b - a));
    expect(up.slice(-10).every((r) => r.largestPrize === null)).toBe(true);
    expect(down.slice(-10).every((r) => r.largestPrize === null)).toBe(true);
    // Ties keep their original order.
    const ties = up.filter((r) => r.largestPrize === 0).map((r) => r.id);
    expect(ties).toEqual(many.filter((r) => r.largestPrize === 0).map((r) => r.id));
    expect(sortRows(rows, 'place', 'asc').map((r) => r.place)).toEqual(
      [...rows.map((r) => r.place)].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  });

  it('leave out a version already replaced unless its status is asked for', () => {
    const replaced: PickerRow = { ...rows[0]!, id: 'replaced', status: 'superseded' };
    const all = [...rows, replaced];
    expect(filterRows(all, {}).map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(filterRows(all, { status: 'superseded' }).map((r) => r.id)).toEqual(['replaced']);
  });
});

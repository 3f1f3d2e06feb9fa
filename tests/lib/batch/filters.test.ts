// The results table's filters: read from and written to the address (defaults left out, other parameters kept),
// applied to the rows, counted per outcome as the other filters leave them, and paged.
import { describe, expect, it } from 'vitest';
import {
  filteredRows,
  filterFromSearch,
  NO_FILTER,
  outcomeCounts,
  PAGE_SIZE,
  pageOf,
  regulationsOf,
  searchOfFilter,
  tableRows,
} from '../../../src/lib/batch/filters.ts';
import type { ResultRow } from '../../../src/lib/batch/results.ts';

const row = (r: Partial<ResultRow>): ResultRow => ({
  row: 2,
  name: '甲公司',
  checkDate: '2026-12-02',
  regulation: 'a',
  shortName: 'A',
  tier: 't',
  tierName: 'T',
  outcome: 'eligible',
  outcomeText: '',
  eligibleFrom: '',
  failed: '',
  unknown: '',
  problems: '',
  ...r,
});
const rows = [
  row({}),
  row({ regulation: 'b', shortName: 'B', outcome: 'ruled-out' }),
  row({ row: 3, name: '乙 Studio', outcome: 'ruled-out' }),
  row({ row: 4, name: '丙', outcome: 'invalid', regulation: '' }),
];

describe('filters in the address', () => {
  it('read back what they wrote, keep other parameters, and leave defaults out', () => {
    const f = { outcome: 'ruled-out', regulation: 'b', name: '乙', page: 3 };
    const search = searchOfFilter('?x=1', f);
    expect(new URLSearchParams(search).get('x')).toBe('1');
    expect(filterFromSearch(search)).toEqual(f);
    expect(searchOfFilter('?outcome=eligible&page=2', NO_FILTER)).toBe('');
  });

  it('read nonsense as no filter and a bad page as the first', () => {
    expect(filterFromSearch('?page=-4')).toEqual(NO_FILTER);
    expect(filterFromSearch('?page=1.5').page).toBe(1);
    expect(filterFromSearch(`?q=${'长'.repeat(500)}`).name.length).toBe(100);
  });
});

describe('filtering', () => {
  const table = tableRows(rows);

  it('leaves invalid clients out of the table (they are listed with their problems)', () => {
    expect(table.map((r) => r.outcome)).not.toContain('invalid');
    expect(table.length).toBe(3);
  });

  it('by outcome, regulation and name text (case ignored), together', () => {
    expect(filteredRows(table, { ...NO_FILTER, outcome: 'ruled-out' }).length).toBe(2);
    expect(filteredRows(table, { ...NO_FILTER, regulation: 'b' }).map((r) => r.regulation)).toEqual(['b']);
    expect(filteredRows(table, { ...NO_FILTER, name: ' studio ' }).map((r) => r.row)).toEqual([3]);
    expect(filteredRows(table, { ...NO_FILTER, outcome: 'ruled-out', regulation: 'a' }).map((r) => r.row)).toEqual([3]);
  });

  it('counts each outcome among the rows the regulation and name filters leave', () => {
    expect(outcomeCounts(table, NO_FILTER)).toEqual(
      new Map([
        ['eligible', 1],
        ['ruled-out', 2],
      ]),
    );
    // The outcome filter itself does not narrow the counts: they say what choosing another would show.
    expect(outcomeCounts(table, { ...NO_FILTER, outcome: 'eligible', regulation: 'a' })).toEqual(
      new Map([
        ['eligible', 1],
        ['ruled-out', 1],
      ]),
    );
    expect(regulationsOf(rows)).toEqual([
      { id: 'a', shortName: 'A' },
      { id: 'b', shortName: 'B' },
    ]);
  });

  it('pages a long table, a page past the last showing the last', () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i);
    expect(pageOf(many, 1)).toMatchObject({ page: 1, pages: 3, rows: many.slice(0, PAGE_SIZE) });
    expect(pageOf(many, 9)).toMatchObject({ page: 3, rows: many.slice(PAGE_SIZE * 2) });
    expect(pageOf([], 2)).toMatchObject({ page: 1, pages: 1, rows: [] });
  });
});

// The comparison's choice of regulations as kept in the URL.
import { describe, expect, it } from 'vitest';
import { parseSelection, selectionSearch } from '../../../src/lib/compare/selection.ts';

const ALL = ['hongqi-2022', 'jiangyin-2022-draft', 'lianyungang-2021', 'tongzhou-2023', 'changning-2023'];

describe('comparison selection in the URL', () => {
  it('no parameter means every regulation, all rows', () => {
    expect(parseSelection('', ALL)).toEqual({ ids: ALL, diffOnly: false, unknown: [] });
  });

  it('keeps the page column order whatever order the link lists', () => {
    expect(parseSelection('?r=changning-2023,hongqi-2022&diff=1', ALL)).toEqual({
      ids: ['hongqi-2022', 'changning-2023'],
      diffOnly: true,
      unknown: [],
    });
  });

  it('ignores ids the site does not have, and reports them', () => {
    expect(parseSelection('?r=nowhere-2020,tongzhou-2023', ALL)).toEqual({
      ids: ['tongzhou-2023'],
      diffOnly: false,
      unknown: ['nowhere-2020'],
    });
    expect(parseSelection('?r=nowhere-2020', ALL).ids).toEqual(ALL);
  });

  it('writes a selection back, readable and without the default', () => {
    expect(selectionSearch({ ids: ['tongzhou-2023', 'hongqi-2022'], diffOnly: true }, ALL)).toBe(
      '?r=hongqi-2022,tongzhou-2023&diff=1',
    );
    expect(selectionSearch({ ids: ALL, diffOnly: false }, ALL)).toBe('');
    expect(selectionSearch({ ids: ALL, diffOnly: true }, ALL)).toBe('?diff=1');
  });

  it('round-trips, and keeps unrelated parameters', () => {
    const sel = { ids: ['jiangyin-2022-draft', 'changning-2023'], diffOnly: false };
    const search = selectionSearch(sel, ALL, '?utm=x&r=hongqi-2022');
    expect(search).toBe('?utm=x&r=jiangyin-2022-draft,changning-2023');
    expect(parseSelection(search, ALL)).toMatchObject(sel);
  });
});

// The comparison's choice of regulations, and its day, as kept in the URL; the
// versions a day leaves out, from a fixture of made-up versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  isDay,
  parseSelection,
  replacedFrom,
  replacedOn,
  selectionSearch,
  shownOn,
} from '../../../src/lib/compare/selection.ts';
import { currentOn, successions, type Versioned } from '../../../src/lib/versions.ts';
import { FIXTURES } from '../../support/paths.ts';

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

describe('the comparison’s day', () => {
  it('reads a real day from ?asOf=, and reports one that is not', () => {
    expect(parseSelection('?asOf=2022-06-01', ALL)).toEqual({
      ids: ALL,
      diffOnly: false,
      unknown: [],
      asOf: '2022-06-01',
    });
    for (const bad of ['2022-02-30', '2022-6-1', 'yesterday', '2022-06'])
      expect(parseSelection(`?asOf=${bad}`, ALL)).toEqual({ ids: ALL, diffOnly: false, unknown: [], invalidAsOf: bad });
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
  });

  it('writes the day into the URL beside the choice, and drops it for the default day', () => {
    const search = selectionSearch({ ids: ['hongqi-2022', 'tongzhou-2023'], diffOnly: true, asOf: '2022-06-01' }, ALL);
    expect(search).toBe('?r=hongqi-2022,tongzhou-2023&diff=1&asOf=2022-06-01');
    expect(parseSelection(search, ALL).asOf).toBe('2022-06-01');
    expect(selectionSearch({ ids: ALL, diffOnly: false }, ALL, '?asOf=2022-06-01')).toBe('');
  });

  const line = parse(readFileSync(join(FIXTURES, 'content/versions/line.yaml'), 'utf8')) as Versioned[];
  const by = successions(line);
  const replaced = replacedFrom(line.map((e) => ({ ...e, succession: by.get(e.id) })));
  const ids = line.map((e) => e.id);

  it('shows on each day the versions versions.ts holds current on it', () => {
    for (const day of ['2016-01-01', '2020-06-30', '2020-07-01', '2024-03-31', '2024-04-01', '2027-01-01'])
      expect(shownOn(ids, replaced, day), day).toEqual(currentOn(line, day).map((e) => e.id));
    expect(replacedOn(replaced, '2024-04-01').sort()).toEqual(
      ids.filter((id) => !shownOn(ids, replaced, '2024-04-01').includes(id)).sort(),
    );
  });

  it('counts a draft successor as replacing nothing, and one replaced after it ran out as expired, not replaced', () => {
    const draft = line.find((e) => e.regulation.stage.value === 'draft')!;
    const named = draft.regulation.supersedes!.map((v) => v.id);
    for (const id of named) expect(replaced).not.toHaveProperty(id!);
    const expired = {
      id: 'lapsed',
      regulation: {
        ...line[0]!.regulation,
        dates: { effective: { date: '2015-01-01' }, expires: { date: '2016-12-31' } },
      },
      succession: { id: 'next', title: 'next', from: '2020-01-01' },
    };
    expect(replacedFrom([expired as never])).toEqual({});
  });
});

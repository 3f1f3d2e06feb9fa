// "Only differences" follows the coded values: over every row of every section,
// for the real regulations and the fixture, two cells whose coded values differ
// never compare equal, and a cell's words follow from its value (and the
// regulation's own words it quotes), so cells that read differently have
// different keys unless only those own words differ.
import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../src/lib/compare/overview.ts';
import { canonicalJson, cellFor, rowDiffersAmong, type ComparisonCell } from '../../../src/lib/compare/table.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = [...realEntries(), ...fixtureEntries()];
const rows = buildSections(entries, AS_OF).flatMap((s) => s.rows.map((r) => ({ section: s.id, row: r })));
const pairs = entries.flatMap((a, i) => entries.slice(i + 1).map((b) => [a.id, b.id] as const));

const coded = (c: ComparisonCell) => canonicalJson(c.value);
const ownWords = (c: ComparisonCell) => JSON.stringify(c.ownWords ?? []);

describe('differs follows the coded values', () => {
  it('holds every regulation and the fixture', () => {
    expect(entries.length).toBeGreaterThan(2);
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(rows.map(({ section, row }) => [`${section}/${row.id}`, row] as const))(
    '%s: differing coded values always differ',
    (_, row) => {
      for (const [a, b] of pairs) {
        const [x, y] = [cellFor(row, a), cellFor(row, b)];
        if (coded(x) !== coded(y) || (x.value === undefined) !== (y.value === undefined))
          expect(rowDiffersAmong(row, [a, b]), `${a} / ${b}: ${x.text} | ${y.text}`).toBe(true);
        else expect(rowDiffersAmong(row, [a, b]), `${a} / ${b}`).toBe(false);
      }
    },
  );

  it.each(rows.map(({ section, row }) => [`${section}/${row.id}`, row] as const))(
    '%s: cells that read differently differ, unless only their own words do',
    (_, row) => {
      for (const [a, b] of pairs) {
        const [x, y] = [cellFor(row, a), cellFor(row, b)];
        if (x.text !== y.text && ownWords(x) === ownWords(y))
          expect(x.key, `${a} / ${b}: ${x.text} | ${y.text}`).not.toBe(y.key);
      }
    },
  );

  it('keys are derived from the value, not written per row', () => {
    for (const { row } of rows)
      for (const c of Object.values(row.cells))
        expect(c.key).toBe(c.value === undefined ? '' : typeof c.value === 'string' ? c.value : coded(c));
  });

  it('the review process differs where the stages do, even when their number is equal', () => {
    const stages = rows.find((r) => r.row.id === 'stages')!.row;
    const sameCount = pairs.filter(([a, b]) => {
      const [x, y] = [entries.find((e) => e.id === a)!, entries.find((e) => e.id === b)!];
      const [sx, sy] = [x.regulation.process.stages.names, y.regulation.process.stages.names];
      return sx.length === sy.length && sx.join() !== sy.join();
    });
    expect(sameCount.length).toBeGreaterThan(0);
    for (const pair of sameCount) expect(rowDiffersAmong(stages, [...pair])).toBe(true);
  });
});

// The comparison table against the content data it is built from: every
// figure equals the coded value, every citation is one the content holds,
// and it builds for one, two and all regulations, and for a sixth.
import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../../src/lib/content/citations.ts';
import {
  TOPICS,
  buildComparison,
  buildSections,
  comparisonCsv,
  comparisonCsvParts,
} from '../../../src/lib/compare/overview.ts';
import {
  cellFor,
  EMPTY_TEXT,
  extremeIdsAmong,
  extremeIndexes,
  rowDiffers,
  rowDiffersAmong,
  type ComparisonSection,
} from '../../../src/lib/compare/table.ts';
import type { Regulation } from '../../../src/lib/schema.ts';
import { parseCsv as readCsv } from '../../support/csv.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = realEntries();
const byId = Object.fromEntries(entries.map((e) => [e.id, e.regulation]));
const sections = buildSections(entries, AS_OF);
const section = (id: string) => sections.find((s) => s.id === id)!;
const row = (s: string, r: string) => {
  const found = section(s).rows.find((x) => x.id === r);
  if (!found) throw new Error(`no row ${r} in ${s}`);
  return found;
};
const num = (s: string, r: string, id: string) => cellFor(row(s, r), id).num;

describe('every figure equals the content data', () => {
  it.each(entries.map((e) => [e.id, e.regulation] as const))('%s: prizes per tier and recipient', (id, reg) => {
    for (const t of reg.tiers) {
      for (const recipient of t.recipients) {
        const amounts = t.prizes.filter((p) => p.recipient === recipient).map((p) => p.amountYuan);
        expect(num('prizes', `prize-${t.rank}-${recipient}`, id)).toBe(
          amounts.length ? Math.max(...amounts) : undefined,
        );
      }
    }
    for (const recipient of ['organization', 'individual'] as const) {
      const all = reg.tiers.flatMap((t) => t.prizes.filter((p) => p.recipient === recipient).map((p) => p.amountYuan));
      expect(num('prizes', `largest-${recipient}`, id)).toBe(all.length ? Math.max(...all) : undefined);
    }
  });

  it.each(entries.map((e) => [e.id, e.regulation] as const))(
    '%s: minimum scores and benefits beyond the prize, per tier',
    (id, reg) => {
      for (const t of reg.tiers) {
        if (t.minimumScore) expect(num('tiers', `tier-${t.rank}-minimum-score`, id)).toBe(t.minimumScore.value);
        const benefits = section('prizes').rows.find((r) => r.id === `tier-${t.rank}-other-benefits`)?.cells[id];
        if (t.otherBenefits?.length) {
          expect(benefits!.text).toBe(t.otherBenefits.map((b) => b.summary).join('；'));
          expect(benefits!.cites.map((c) => c.cite)).toEqual(t.otherBenefits.map((b) => b.cite));
        } else if (benefits) expect(benefits.cites).toEqual([]);
      }
    },
  );

  it.each(entries.map((e) => [e.id, e.regulation] as const))(
    '%s: cycle, quotas, bans, re-application, validity',
    (id, reg) => {
      expect(num('tiers', 'cycle', id)).toBe(reg.awardCycle.everyYears);
      for (const t of reg.tiers) {
        const q = t.quota;
        const max = q?.max ?? (q?.maxPerTrack !== undefined ? q.maxPerTrack * (t.tracks?.length ?? 1) : undefined);
        expect(num('tiers', `tier-${t.rank}-quota`, id)).toBe(max);
        expect(cellFor(row('tiers', `tier-${t.rank}-name`), id).text).toContain(t.name);
      }
      for (const b of reg.sanctions.bans) expect(num('sanctions', `ban-${b.cause}`, id)).toBe(b.years);
      const longestBan = reg.sanctions.bans.length ? Math.max(...reg.sanctions.bans.map((b) => b.years)) : undefined;
      expect(num('sanctions', 'longest-ban', id)).toBe(longestBan);
      const wait = reg.sanctions.reapplication.map((r) => r.waitYears);
      expect(num('sanctions', 'reapplication', id)).toBe(wait.length ? Math.max(...wait) : undefined);
      expect(cellFor(row('validity', 'issuer'), id).text).toBe(reg.issuer.name);
      expect(cellFor(row('validity', 'stage'), id).key).toBe(reg.stage.value);
    },
  );

  it.each(entries.map((e) => [e.id, e.regulation] as const))(
    '%s: the exclusion matrix shows each clause and its lookback',
    (id, reg) => {
      const matrix = section('exclusions');
      for (const c of reg.exclusionClauses) {
        const cell = cellFor(matrix.rows.find((r) => r.id === `record-${c.category}`)!, id);
        expect(cell.text).toContain(c.summary);
        expect(cell.cites.map((x) => x.cite)).toContainEqual(c.cite);
        if (c.lookbackYears !== undefined) {
          expect(cell.text).toContain(`近${c.lookbackYears}年`);
          expect(cell.num).toBeGreaterThanOrEqual(c.lookbackYears);
        }
      }
      for (const r of matrix.rows) {
        const category = r.id.replace(/^record-/, '');
        const clauses = [...reg.exclusionClauses, ...reg.applicants.flatMap((a) => a.conditions)].filter(
          (c) => c.category === category,
        );
        const lookbacks = clauses.map((c) => c.lookbackYears).filter((n): n is number => n !== undefined);
        expect(cellFor(r, id).num, r.id).toBe(lookbacks.length ? Math.max(...lookbacks) : undefined);
        expect(cellFor(r, id).text === EMPTY_TEXT, r.id).toBe(clauses.length === 0);
      }
    },
  );

  it('every condition of every regulation appears in the applicants section or the exclusion matrix', () => {
    const texts = (id: string) =>
      [...section('applicants').rows, ...section('exclusions').rows].map((r) => cellFor(r, id).text).join('\n');
    for (const e of entries) {
      const all = texts(e.id);
      for (const a of e.regulation.applicants)
        for (const c of a.conditions) expect(all, `${e.id} ${c.id}`).toContain(c.summary);
    }
  });

  it('cites only passages the content itself cites, and every figure has a citation', () => {
    for (const e of entries) {
      const known = new Set(collectCitations(e.regulation).map(({ cite }) => JSON.stringify(cite)));
      for (const s of sections) {
        for (const r of s.rows) {
          const c = cellFor(r, e.id);
          for (const { cite } of c.cites) expect(known.has(JSON.stringify(cite)), `${e.id} ${r.id}`).toBe(true);
          if (c.num !== undefined) expect(c.cites.length, `${e.id} ${r.id}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('differences and extremes', () => {
  it('a row differs when any chosen key differs', () => {
    expect(rowDiffers(['a', 'a', 'a'])).toBe(false);
    expect(rowDiffers(['a', 'b'])).toBe(true);
    expect(rowDiffers(['a'])).toBe(false);
  });

  it('extremes need two or more figures that are not all equal; ties are all marked', () => {
    expect(extremeIndexes([1, 3, 3, undefined], 'max')).toEqual([1, 2]);
    expect(extremeIndexes([5, 2, 9], 'min')).toEqual([1]);
    expect(extremeIndexes([4, 4], 'max')).toEqual([]);
    expect(extremeIndexes([4, undefined], 'max')).toEqual([]);
  });

  it('marks the highest prize, the longest ban and the longest lookback among the chosen regulations', () => {
    const ids = entries.map((e) => e.id);
    expect(extremeIdsAmong(row('prizes', 'largest-individual'), ids)).toEqual(['lianyungang-2021']);
    expect(extremeIdsAmong(row('sanctions', 'longest-ban'), ids)).toEqual(['hongqi-2022']);
    expect(extremeIdsAmong(row('prizes', 'prize-1-organization'), ['hongqi-2022', 'tongzhou-2023'])).toEqual([
      'tongzhou-2023',
    ]);
    expect(
      extremeIdsAmong(row('exclusions', 'record-spot-check-failures'), ['lianyungang-2021', 'tongzhou-2023']),
    ).toEqual(['tongzhou-2023']);
  });

  it('the registration requirement reads the same everywhere; the prize does not', () => {
    const ids = entries.map((e) => e.id);
    expect(rowDiffersAmong(row('applicants', 'condition-organization-registration'), ids)).toBe(false);
    expect(rowDiffersAmong(row('prizes', 'prize-1-organization'), ids)).toBe(true);
    expect(
      rowDiffersAmong(row('prizes', 'prize-1-organization'), [
        'changning-2023',
        'jiangyin-2022-draft',
        'lianyungang-2021',
      ]),
    ).toBe(false);
  });
});

describe('views for any choice of regulations', () => {
  const cellsFor = (ss: ComparisonSection[]) => ss.flatMap((s) => s.rows.map((r) => Object.keys(r.cells)));

  it.each([
    ['one', ['jiangyin-2022-draft']],
    ['two', ['tongzhou-2023', 'changning-2023']],
    ['all', entries.map((e) => e.id)],
  ])('%s', (_, ids) => {
    const c = buildComparison(
      entries.filter((e) => ids.includes(e.id)),
      AS_OF,
    );
    expect(c.regulations.map((r) => r.id)).toEqual(entries.map((e) => e.id).filter((id) => ids.includes(id)));
    expect(c.sections.map((s) => s.id)).toEqual([
      'tiers',
      'prizes',
      'applicants',
      'exclusions',
      'process',
      'applying',
      'after-winning',
      'sanctions',
      'validity',
    ]);
    // The overview page leaves the applying topic to its own page.
    expect(buildComparison(entries, AS_OF, 'overview').sections.map((s) => s.id)).toEqual(
      c.sections.map((s) => s.id).filter((id) => id !== 'applying' && id !== 'after-winning'),
    );
    for (const keys of cellsFor(c.sections)) expect(keys.sort()).toEqual([...ids].sort());
    for (const s of c.sections) expect(s.rows.length, s.id).toBeGreaterThan(0);
    if (ids.length === 1)
      for (const s of c.sections) for (const r of s.rows) expect(extremeIdsAmong(r, ids)).toEqual([]);
  });

  it('rows appear only for what the chosen regulations have: no individual rows without individuals', () => {
    const orgOnly = buildSections(
      entries.filter((e) => e.id === 'tongzhou-2023'),
      AS_OF,
    );
    const ids = orgOnly.flatMap((s) => s.rows.map((r) => r.id));
    expect(ids.some((id) => id.includes('individual'))).toBe(false);
    expect(buildSections(entries, AS_OF).flatMap((s) => s.rows.map((r) => r.id))).toContain(
      'condition-individual-quality-work-years',
    );
  });

  it('rows come in the same order whatever order the regulations come in', () => {
    const ids = (ss: ComparisonSection[]) => ss.flatMap((s) => s.rows.map((r) => r.id));
    expect(ids(buildSections([...entries].reverse(), AS_OF))).toEqual(ids(sections));
  });

  it('a topic holds its own sections only', () => {
    for (const t of TOPICS)
      expect(buildComparison(entries, AS_OF, t.id).sections.map((s) => s.id)).toEqual([...t.sections]);
  });

  it('a sixth regulation, added as a content file, gets a column in every section', () => {
    const six = [...entries, ...fixtureEntries()];
    expect(six).toHaveLength(6);
    const c = buildComparison(six, AS_OF);
    for (const s of c.sections) for (const r of s.rows) expect(r.cells['sample-2024'], `${s.id}/${r.id}`).toBeDefined();
    const sample = six.at(-1)!.regulation as Regulation;
    expect(
      c.sections.find((s) => s.id === 'prizes')!.rows.find((r) => r.id === 'prize-1-organization')!.cells[
        'sample-2024'
      ]!.num,
    ).toBe(sample.tiers[0]!.prizes[0]!.amountYuan);
    expect(c.sections.find((s) => s.id === 'exclusions')!.rows.map((r) => r.id)).toContain(
      'record-administrative-penalties',
    );
  });
});

describe('CSV', () => {
  it('reads back as the table: a line per row, value and citations per regulation', () => {
    const c = buildComparison(entries, AS_OF);
    const rows = readCsv(comparisonCsv(c));
    expect(rows[0]).toEqual(['section', 'row', ...c.regulations.flatMap((r) => [r.shortName, `${r.shortName} 出处`])]);
    const body = rows.slice(1);
    expect(body).toHaveLength(c.sections.reduce((n, s) => n + s.rows.length, 0));
    const prize = body.find((r) => r[1] === '最高等级：组织奖金')!;
    const col = rows[0]!.indexOf(byId['changning-2023']!.shortName);
    expect(prize[col]).toBe('50万元');
    expect(prize[col + 1]).toContain('第26条：区长质量奖先进质量管理模式50万元/家');
  });

  it('is the same file when written a line at a time, for the whole comparison and for every topic', () => {
    for (const topic of [undefined, ...TOPICS.map((t) => t.id)]) {
      const parts = [...comparisonCsvParts(entries, AS_OF, topic)];
      expect(parts.join(''), topic ?? 'overview').toBe(comparisonCsv(buildComparison(entries, AS_OF, topic)));
      // A header line and then one part per row: no part holds the whole file.
      expect(parts.length).toBe(readCsv(parts.join('')).length);
    }
  });
});

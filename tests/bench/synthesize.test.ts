// The scale benchmark's synthetic regulations: written to a temp folder and loaded
// with the project's own loader (schema, references, every quote against the
// changed seed text), they have no problem, unique ids, titles and short names,
// and their names, numbers and dates really differ from the regulation they come from.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROVINCES,
  synthesize,
  synthesizeSet,
  type BaseRegulation,
  type SyntheticRegulation,
} from '../../bench/lib/synthesize.ts';
import { loadRegulations, type RegulationEntry } from '../../src/lib/content/load.ts';
import type { Regulation } from '../../src/lib/schema.ts';
import { CONTENT, SEEDS } from '../support/paths.ts';

const bases: BaseRegulation[] = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const id = f.replace(/\.yaml$/, '');
    return { id, yaml: readFileSync(join(CONTENT, f), 'utf8'), seed: readFileSync(join(SEEDS, `${id}.txt`), 'utf8') };
  });

// 12: every base at least twice, all six year shifts, the three money factors and quota steps, four with dropped clauses.
const COUNT = 12;
let dir: string;
let synthetic: SyntheticRegulation[];
let loaded: ReturnType<typeof loadRegulations>;
const baseEntries = new Map<string, RegulationEntry>();

function write(folder: string, files: { id: string; yaml: string; seed: string }[]) {
  mkdirSync(join(folder, 'content'), { recursive: true });
  mkdirSync(join(folder, 'seeds'), { recursive: true });
  for (const f of files) {
    writeFileSync(join(folder, 'content', `${f.id}.yaml`), f.yaml);
    writeFileSync(join(folder, 'seeds', `${f.id}.txt`), f.seed);
  }
  return loadRegulations({ contentDir: join(folder, 'content'), seedsDir: join(folder, 'seeds'), root: folder });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-synthesize-'));
  synthetic = synthesizeSet(bases, COUNT);
  loaded = write(join(dir, 'set'), synthetic);
  for (const e of loadRegulations({ contentDir: CONTENT, seedsDir: SEEDS }).entries) baseEntries.set(e.id, e);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const amounts = (r: Regulation) => [
  ...r.tiers.flatMap((t) => t.prizes.map((p) => p.amountYuan)),
  ...r.higherAwardBonuses.flatMap((b) => (b.amountYuan === null ? [] : [b.amountYuan])),
];
const quotas = (r: Regulation) =>
  r.tiers.flatMap((t) => [
    t.quota?.min,
    t.quota?.max,
    t.quota?.maxPerTrack,
    ...(t.recipientCaps ?? []).map((c) => c.max),
  ]);
const dates = (r: Regulation) => Object.values(r.dates).map((d) => d?.date);

describe('synthetic regulations', () => {
  it('load with no problem: schema, references, and every quote in the changed text', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.entries.map((e) => e.id).sort()).toEqual(synthetic.map((s) => s.id).sort());
  });

  it('take the five bases round robin', () => {
    expect(new Set(synthetic.map((s) => s.base))).toEqual(new Set(bases.map((b) => b.id)));
    const counts = Object.values(Object.groupBy(synthetic, (s) => s.base)).map((list) => list!.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('have unique ids, titles, short names and places', () => {
    const regs = loaded.entries.map((e) => e.regulation);
    for (const values of [
      loaded.entries.map((e) => e.id),
      regs.map((r) => r.title),
      regs.map((r) => r.shortName),
      regs.map((r) => [r.jurisdiction.city, r.jurisdiction.district].join('/')),
    ]) {
      expect(new Set(values).size).toBe(COUNT);
    }
    for (const r of regs) expect(r.title).toMatch(/样例(?:市|区|县级市)\d{4}/);
  });

  it('differ from their base in place, document number, dates, prizes and quotas, as the variation says', () => {
    for (const s of synthetic) {
      const r = loaded.entries.find((e) => e.id === s.id)!.regulation;
      const base = baseEntries.get(s.base)!.regulation;
      const v = s.variation;
      expect(r.jurisdiction.province).toBe(v.province);
      expect(PROVINCES).toContain(r.jurisdiction.province);
      if (base.jurisdiction.city) expect(r.jurisdiction.city).not.toBe(base.jurisdiction.city);
      if (base.jurisdiction.district) expect(r.jurisdiction.district).not.toBe(base.jurisdiction.district);
      expect(r.title).not.toBe(base.title);
      expect(r.issuer.name).not.toBe(base.issuer.name);
      if (base.documentNumber.value) {
        expect(r.documentNumber.value).not.toBe(base.documentNumber.value);
        expect(r.documentNumber.value).toMatch(new RegExp(`^样.*〔\\d{4}〕${v.documentSerial}号$`));
      }

      expect(v.yearShift).not.toBe(0);
      const baseDates = dates(base);
      expect(baseDates.length).toBeGreaterThan(0);
      dates(r).forEach((d, i) => {
        expect(d).not.toBe(baseDates[i]);
        expect(Number(d!.slice(0, 4))).toBe(Number(baseDates[i]!.slice(0, 4)) + v.yearShift);
        expect(d!.slice(4)).toBe(baseDates[i]!.slice(4));
      });

      const baseAmounts = amounts(base);
      expect(baseAmounts.length).toBeGreaterThan(0);
      expect(amounts(r)).toEqual(baseAmounts.map((a) => a * v.moneyFactor));
      expect(amounts(r).every((a, i) => a !== baseAmounts[i])).toBe(true);

      const baseQuotas = quotas(base);
      expect(baseQuotas.some((q) => q !== undefined)).toBe(true);
      expect(quotas(r)).toEqual(baseQuotas.map((q) => (q === undefined ? undefined : q + v.quotaDelta)));

      // The seed text carries the changed numbers too (the loader proved the quotes; this shows the text moved).
      expect(s.seed).not.toBe(bases.find((b) => b.id === s.base)!.seed);
    }
  });

  it('drop the last exclusion clause and last condition on every third one only', () => {
    for (const s of synthetic) {
      const r = loaded.entries.find((e) => e.id === s.id)!.regulation;
      const base = baseEntries.get(s.base)!.regulation;
      const drop = s.variation.dropClauses ? 1 : 0;
      expect(s.variation.dropClauses).toBe(s.variation.index % 3 === 0);
      expect(r.exclusionClauses.length).toBe(
        base.exclusionClauses.length - (base.exclusionClauses.length > 1 ? drop : 0),
      );
      r.applicants.forEach((a, i) => {
        const n = base.applicants[i]!.conditions.length;
        expect(a.conditions.length).toBe(n - (n > 1 ? drop : 0));
      });
    }
  });

  it('are the same for the same number (deterministic)', () => {
    const first = synthetic[0]!;
    const again = synthesize(bases.find((b) => b.id === first.base)!, 1);
    expect(again).toEqual(first);
  });

  it('would be caught if the text and the coding were changed apart', () => {
    // The coding of a synthetic regulation against its base's unchanged text: the loader must object,
    // which is what makes "no problem" above mean the two were changed consistently.
    const s = synthetic[0]!;
    const base = bases.find((b) => b.id === s.base)!;
    const mismatched = write(join(dir, 'mismatched'), [{ id: s.id, yaml: s.yaml, seed: base.seed }]);
    expect(mismatched.entries).toEqual([]);
    expect(mismatched.problems.some((p) => /not found in|does not appear in the quote/.test(p.message))).toBe(true);
  });
});

// Finding ids come from the rules, not their places in a list: reordering a
// regulation's bans and re-application rules changes no finding; ids stay
// unique within a regulation; and the engine leaves words to src/lib/wording/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CheckInput,
  checkRegulation,
  type RegulationVerdict,
  rulesOf,
  type RulesOf,
} from '../../../src/lib/eligibility/engine.ts';
import { banIds, reapplicationIds } from '../../../src/lib/eligibility/rule-ids.ts';
import { BAN_TRIGGERS } from '../../../src/lib/codebook.ts';
import { addYears } from '../../../src/lib/dates.ts';
import { ROOT } from '../../support/paths.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';

const entries = [...realEntries(), ...fixtureEntries()].map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const cases = ruleCases(entries);

type Sanctions = RulesOf['sanctions'];

/**
 * More rules than the content has, so that order could matter: a second re-application rule of the other scope
 * waiting as long (a tie), a third counted from the award's expiry, and a second ban of the same cause.
 */
function crowded(reg: RulesOf): Sanctions {
  const s = reg.sanctions;
  const reapplication: Sanctions['reapplication'] = s.reapplication.flatMap((r) => [
    r,
    { ...r, scope: r.scope === 'any-tier' ? 'same-award' : 'any-tier' },
    { ...r, after: 'award-expiry', waitYears: r.waitYears + 1 },
  ]);
  const bans: Sanctions['bans'] = s.bans.flatMap((b) => [b, { ...b, years: b.years + 2 }]);
  return { ...s, reapplication, bans };
}

const reversed = (s: Sanctions): Sanctions => ({
  ...s,
  reapplication: [...s.reapplication].reverse(),
  bans: [...s.bans].reverse(),
});

/** A verdict's findings, list by list, as sets (a list's order may follow the rules' order). */
const findingsOf = (v: RegulationVerdict) =>
  Object.fromEntries(
    (['failures', 'unknowns', 'passed', 'checklist', 'limits'] as const).map((k) => [
      k,
      v[k].map((f) => JSON.stringify(f)).sort(),
    ]),
  );

describe('finding ids', () => {
  it('reordering a regulation’s re-application rules and bans keeps every finding and its id', () => {
    let bitten = 0;
    for (const { file, c, answers } of cases) {
      const entry = entries.find((e) => e.id === file.regulation)!;
      const sanctions = crowded(entry.regulation);
      const as = (s: Sanctions): CheckInput => ({ id: entry.id, regulation: { ...entry.regulation, sanctions: s } });
      // The case's own answers, and answers that every rule bites: each tier won, each ban's cause, a year ago.
      const lastYear = addYears(c.checkDate, -1);
      const bitingAnswers = {
        ...answers!,
        earlierAwards: entry.regulation.tiers.map((t) => ({ regulation: entry.id, tier: t.id, date: lastYear })),
        sanctions: sanctions.bans.map((b) => ({
          regulation: entry.id,
          event: BAN_TRIGGERS[b.cause][0],
          date: lastYear,
        })),
      };
      for (const a of [answers!, bitingAnswers]) {
        const inOrder = checkRegulation(as(sanctions), a, c.checkDate);
        const inReverse = checkRegulation(as(reversed(sanctions)), a, c.checkDate);
        expect(findingsOf(inReverse), `${entry.id} “${c.name}”`).toEqual(findingsOf(inOrder));
        expect(inReverse.eligibleFrom).toBe(inOrder.eligibleFrom);
        bitten += [...inOrder.failures, ...inOrder.limits].filter((f) => f.kind !== 'condition').length;
      }
    }
    expect(bitten).toBeGreaterThan(cases.length);
  });

  it('are unique within a regulation, and say what the rule is', () => {
    for (const { id, regulation } of entries) {
      const sanctions = crowded(regulation);
      for (const ids of [banIds(sanctions.bans), reapplicationIds(sanctions.reapplication)])
        expect(new Set(ids).size, id).toBe(ids.length);
      expect(banIds(regulation.sanctions.bans)).toEqual(regulation.sanctions.bans.map((b) => `ban-${b.cause}`));
    }
    // Rules alike in everything are told apart by number.
    const [ban] = entries.flatMap((e) => e.regulation.sanctions.bans);
    if (!ban) throw new Error('no ban in the content to build on');
    expect(banIds([ban, ban])).toEqual([
      `ban-${ban.cause}-${ban.years}-${ban.appliesTo.join('-')}-1`,
      `ban-${ban.cause}-${ban.years}-${ban.appliesTo.join('-')}-2`,
    ]);
  });
});

// The imports are held by tests/lib/layering.test.ts; this holds the words.
it('the engine writes no Chinese: it returns reason codes and values', () => {
  const source = readFileSync(join(ROOT, 'src/lib/eligibility/engine.ts'), 'utf8');
  expect(source).toMatch(/code: 'tested'/);
  for (const file of ['engine.ts', 'tests.ts', 'records.ts'])
    expect(readFileSync(join(ROOT, 'src/lib/eligibility', file), 'utf8'), file).not.toMatch(/\p{sc=Han}/u);
});

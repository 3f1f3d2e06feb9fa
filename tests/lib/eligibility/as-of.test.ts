// A past check day (defect 9's engine half: "with a past --date, events after that date still count"): on a check
// day D, what happened after D had not happened yet. Events, sanctions and earlier awards dated after D are not
// counted, work periods are clipped at D, the annual results of years not over by D are not read, and a founding
// after D fails the years. An item with no date stays a half answer. Answers are validated against today, so an
// event between D and today is a valid answer. Every regulation of the content is held to it.
import { describe, expect, it } from 'vitest';
import { BAN_TRIGGERS, type Recipient } from '../../../src/lib/codebook.ts';
import { addDays, addYears } from '../../../src/lib/dates.ts';
import { type Answers, parseAnswers, type RecordItem } from '../../../src/lib/eligibility/answers.ts';
import {
  answerContext,
  type CheckInput,
  checkRegulation,
  type RegulationVerdict,
} from '../../../src/lib/eligibility/engine.ts';
import type { Match } from '../../../src/lib/eligibility/records.ts';
import { runTest } from '../../../src/lib/eligibility/tests.ts';
import { attributesOf, type FactId, matchValuesOf, type OnlyIf, type TestOp } from '../../../src/lib/facts.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import type { Condition } from '../../../src/lib/schema.ts';
import { realEntries } from '../../support/regulations.ts';

const TODAY = '2026-11-22';
/** The check day, in the past. */
const PAST = '2025-06-01';
/** A day after the check day, by today. */
const BETWEEN = '2026-01-15';
const entries: CheckInput[] = realEntries();
const ctx = answerContext(entries, TODAY);

/** Answers as the checker takes them: valid against today, with the past check day among them. */
function valid(input: Record<string, unknown>): Answers {
  const { answers, problems } = parseAnswers({ checkDate: PAST, ...input }, ctx);
  expect(problems).toEqual([]);
  return answers!;
}

/** Each tested condition of a regulation, with an applicant type it concerns. */
function testedConditions(entry: CheckInput) {
  const reg = entry.regulation;
  return [
    ...reg.applicants.flatMap((a) => a.conditions.map((c) => ({ c, type: a.type }))),
    ...reg.exclusionClauses.map((c) => ({ c, type: c.appliesTo[0]! })),
  ].filter(({ c }) => c.tests?.length);
}

/** Each test of the given ops, over every regulation, with what it needs: its condition, the applicant, the gate. */
function testsOf(ops: TestOp[]) {
  return entries.flatMap((entry) =>
    testedConditions(entry).flatMap(({ c, type }) =>
      (c.tests ?? []).filter((t) => ops.includes(t.op)).map((t) => ({ entry, c, type, test: t })),
    ),
  );
}

/** The answers that make a condition apply (an industrial enterprise, where it is for those alone). */
const gateOf = (onlyIf: OnlyIf | undefined) => (onlyIf ? { [onlyIf.fact]: onlyIf.is } : {});

/** An item of the kinds a test names (a scheme attribute as this regulation or another, as the test asks). */
function matchingItem(fact: FactId, match: Match | undefined, regulationId: string): RecordItem {
  const attributes = attributesOf(fact);
  return Object.fromEntries(
    Object.entries(match ?? {}).map(([key, accepted]) => {
      const value = accepted[0]!;
      return [key, attributes[key]?.kind === 'scheme' ? (value === 'this' ? regulationId : 'other') : value];
    }),
  );
}

/** Where a verdict lists a condition: failures, unknowns, passed or checklist. */
function standing(v: RegulationVerdict, c: Condition): string | undefined {
  const lists = ['failures', 'unknowns', 'passed', 'checklist'] as const;
  return lists.find((l) => v[l].some((f) => f.id === c.id && f.kind !== 'ban' && f.kind !== 'reapplication'));
}

const check = (entry: CheckInput, answers: Answers, day: string) => checkRegulation(entry, answers, day);

describe('a past check day', () => {
  it('does not count an event dated after it, and an undated one stays open', () => {
    const cases = testsOf(['none-within']);
    expect(cases.length).toBeGreaterThan(0);
    for (const { entry, c, type, test } of cases) {
      const item = matchingItem(test.fact, test.match, entry.id);
      const base = { applicantType: type, ...gateOf(c.onlyIf) };
      const dated = valid({ ...base, [test.fact]: [{ ...item, date: BETWEEN }] });
      const at = `${entry.id} ${c.id} ${test.fact}`;
      expect(standing(check(entry, dated, TODAY), c), at).toBe('failures');
      expect(standing(check(entry, dated, PAST), c), at).not.toBe('failures');
      // Undated, it might lie inside the window; with no window the text counts it whenever it happened.
      if (c.lookbackYears === undefined) continue;
      const undated = valid({ ...base, [test.fact]: [item] });
      expect(['unknowns', 'checklist'], at).toContain(standing(check(entry, undated, PAST), c));
    }
  });

  it('does not count an event after it among those of other kinds either', () => {
    const c: Condition = {
      id: 'c',
      category: 'accidents',
      summary: 's',
      assessment: 'self-checkable',
      cite: { article: 1, quote: '近三年' },
      lookbackYears: 3,
    };
    const [entry] = entries;
    const accidents = [{ date: BETWEEN, grade: 'general' }];
    const r = runTest(
      entry!.id,
      entry!.regulation,
      c,
      'accidents',
      'none-within',
      { grade: ['major'] },
      { accidents },
      PAST,
    );
    expect(r).toMatchObject({ result: 'pass', code: 'events-clear', unmatched: 0, outside: [] });
  });

  it('does not count a sanction dated after it', () => {
    let bans = 0;
    for (const entry of entries)
      for (const ban of entry.regulation.sanctions.bans) {
        const sanctions = [{ regulation: entry.id, event: BAN_TRIGGERS[ban.cause][0], date: BETWEEN }];
        const answers = valid({ applicantType: ban.appliesTo[0], sanctions });
        const banned = (v: RegulationVerdict) => v.failures.some((f) => f.code === 'ban-in-force');
        expect(banned(check(entry, answers, TODAY)), entry.id).toBe(true);
        expect(banned(check(entry, answers, PAST)), entry.id).toBe(false);
        bans++;
      }
    expect(bans).toBeGreaterThan(0);
  });

  it('does not count an award dated after it, even one half told', () => {
    let rules = 0;
    for (const entry of entries) {
      const reg = entry.regulation;
      if (!reg.sanctions.reapplication.length) continue;
      const type: Recipient = reg.applicants[0]!.type;
      const won = reg.tiers.map((t) => ({ regulation: entry.id, tier: t.id, date: BETWEEN }));
      const findings = (v: RegulationVerdict) => v.tiers.flatMap((t) => t.findings.map((f) => f.code));
      const answers = valid({ applicantType: type, earlierAwards: won });
      expect(findings(check(entry, answers, TODAY)), entry.id).toContain('reapplication-wait');
      const past = check(entry, answers, PAST);
      expect(findings(past), entry.id).toEqual([]);
      expect(
        past.tiers.filter((t) => t.repeatWinner),
        entry.id,
      ).toEqual([]);
      // An award with no tier yet might close one, but not one won after the check day.
      const halfTold = valid({ applicantType: type, earlierAwards: [{ regulation: entry.id, date: BETWEEN }] });
      expect(findings(check(entry, halfTold, TODAY)), entry.id).toContain('awards-missing');
      expect(findings(check(entry, halfTold, PAST)), entry.id).toEqual([]);
      rules++;
    }
    expect(rules).toBeGreaterThan(0);
  });

  it('clips work periods at it, and work begun after it adds nothing', () => {
    const cases = testsOf(['years-in-place-at-least']);
    expect(cases.length).toBeGreaterThan(0);
    for (const { entry, c, type } of cases) {
      const place = jurisdictionPath(entry.regulation);
      // Ten days short of the years on the check day, and long enough by its end a month later; then work begun
      // after the check day, its place not given, which would leave the test open were it counted.
      const from = addDays(addYears(PAST, -c.minYears!), 10);
      const to = addDays(PAST, 30);
      const answers = valid({ applicantType: type, workHistory: [{ place, from, to }, { from: BETWEEN }] });
      const at = `${entry.id} ${c.id}`;
      expect(standing(check(entry, answers, PAST), c), at).toBe('failures');
      // The same period counts in full once the check day is its end: only the clipping fell short.
      expect(standing(check(entry, answers, to), c), at).not.toBe('failures');
    }
  });

  it('does not read the results of a year not over by it', () => {
    const cases = testsOf(['no-loss-within', 'no-cumulative-loss-within', 'every-year-within']);
    expect(cases.length).toBeGreaterThan(0);
    const pastYear = Number(PAST.slice(0, 4));
    for (const { entry, c, type, test } of cases) {
      const n = c.lookbackYears!;
      const good = matchingItem(test.fact, test.match, entry.id);
      // A loss, or a value of another kind than the test asks every year.
      const [key, accepted] = Object.entries(test.match ?? {})[0] ?? [];
      const other = key && matchValuesOf(attributesOf(test.fact)[key]!).find((x) => !accepted!.includes(x));
      const bad = test.op === 'every-year-within' ? { ...good, [key!]: other } : { ...good, netProfit: -1000 };
      const years = Array.from({ length: n }, (_, i) => ({ ...good, netProfit: 10, year: pastYear - n + i }));
      const record = [...years, { ...bad, year: pastYear }].map((y) =>
        test.op === 'every-year-within' ? Object.fromEntries(Object.entries(y).filter(([k]) => k !== 'netProfit')) : y,
      );
      const answers = valid({ applicantType: type, ...gateOf(c.onlyIf), [test.fact]: record });
      const at = `${entry.id} ${c.id}`;
      expect(standing(check(entry, answers, PAST), c), at).not.toBe('failures');
      expect(standing(check(entry, answers, TODAY), c), at).toBe('failures');
    }
  });

  it('fails the years since a founding after it, until they are reached', () => {
    const cases = testsOf(['years-since-at-least']);
    expect(cases.length).toBeGreaterThan(0);
    for (const { entry, c, type } of cases) {
      const v = check(entry, valid({ applicantType: type, foundedOn: BETWEEN }), PAST);
      const failure = v.failures.find((f) => f.id === c.id);
      expect(failure?.eligibleFrom, `${entry.id} ${c.id}`).toBe(addYears(BETWEEN, c.minYears!));
    }
  });
});

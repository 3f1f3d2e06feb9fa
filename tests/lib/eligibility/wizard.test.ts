// The wizard's logic without its screen: steps follow the regulations in
// scope, gated conditions ask nothing once the gate is closed, a half answer
// stays a half answer, bad fields do not block the rest, and share links
// round-trip. The regulations are read from the content, never named.
import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../../src/lib/codebook.ts';
import {
  answerContext,
  type CheckInput,
  checkAll,
  neededAttributes,
  neededFacts,
  rulesOf,
} from '../../../src/lib/eligibility/engine.ts';
import {
  askedAttributes,
  cleanState,
  decodeShare,
  encodeShare,
  type FormState,
  inScope,
  itemGaps,
  needsPlaceRules,
  numberFromInput,
  outsidePlace,
  positionOf,
  searchForStep,
  sharedStateIn,
  shareLink,
  soughtTierChoices,
  stepAt,
  stepPositionIn,
  usableAnswers,
  wizardSteps,
} from '../../../src/lib/eligibility/wizard.ts';
import { attributesOf, FACTS, type FactId } from '../../../src/lib/facts.ts';
import { jurisdictionPath, OTHER_JURISDICTION } from '../../../src/lib/jurisdiction.ts';
import type { Condition } from '../../../src/lib/schema.ts';
import { realEntries } from '../../support/regulations.ts';

const entries: CheckInput[] = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const today = '2026-11-22';
const ctx = answerContext(entries, today);
const TYPES: Recipient[] = ['organization', 'individual'];
const admits = (e: CheckInput, type: Recipient) => e.regulation.applicants.some((a) => a.type === type);
/** Every (regulation, type) the content admits, with the state of an applicant of that type in its place. */
const homes = entries.flatMap((e) =>
  TYPES.filter((t) => admits(e, t)).map((type) => ({
    e,
    type,
    state: { applicantType: type, jurisdiction: jurisdictionPath(e.regulation) } as FormState,
  })),
);
const conditionsOf = (e: CheckInput, type: Recipient): Condition[] => [
  ...e.regulation.applicants.filter((a) => a.type === type).flatMap((a) => a.conditions),
  ...e.regulation.exclusionClauses.filter((c) => c.appliesTo.includes(type)),
];
const fieldsOf = (state: FormState) => wizardSteps(entries, state).flatMap((s) => s.fields);

describe('wizard steps', () => {
  it('asks who and where first, and only then what the regulations in scope need', () => {
    expect(wizardSteps(entries, {}).map((s) => s.id)).toEqual(['who', 'where', 'result']);
    for (const { e, type, state } of homes) {
      const asked = fieldsOf(state);
      const scope = inScope(entries, state);
      expect(scope.map((x) => x.id)).toContain(e.id);
      // Nothing is asked that no regulation in scope reads.
      const needed = new Set<string>(neededFacts(scope, type, state));
      for (const f of asked)
        if (f !== 'applicantType' && f !== 'checkDate' && f !== 'soughtTier')
          expect(needed.has(f), `${e.id} ${type}: ${f}`).toBe(true);
      // And nothing asked of the other type.
      for (const f of asked)
        if (f in FACTS) expect(FACTS[f as FactId].askedOf as readonly string[], `${f}`).toContain(type);
    }
  });

  it('asks every fact a regulation in scope needs, each in the step of its type', () => {
    const stepOf: Record<string, string> = {
      boolean: 'basics',
      date: 'basics',
      rank: 'basics',
      count: 'basics',
      events: 'records',
      annual: 'records',
      periods: 'work',
      awards: 'history',
    };
    for (const { e, type, state } of homes) {
      const steps = wizardSteps(entries, state);
      for (const f of neededFacts([e], type, state)) {
        if (f === 'jurisdiction') continue;
        const step = steps.find((s) => s.fields.includes(f));
        expect(step, `${e.id} ${type} ${f}`).toBeDefined();
        // Sanctions are events, but told with the earlier awards: bans and waits read them together.
        expect(step!.id, `${e.id} ${type} ${f}`).toBe(f === 'sanctions' ? 'history' : stepOf[FACTS[f].type]);
      }
    }
  });

  it('a place no regulation covers leaves nothing to ask', () => {
    expect(
      wizardSteps(entries, { applicantType: 'organization', jurisdiction: OTHER_JURISDICTION }).map((s) => s.id),
    ).toEqual(['who', 'where', 'result']);
  });

  it('a condition for some applicants only asks nothing more once the answer puts the applicant outside it', () => {
    let gates = 0;
    for (const { e, type, state } of homes) {
      for (const c of conditionsOf(e, type)) {
        if (!c.onlyIf || !c.tests) continue;
        gates++;
        const others = conditionsOf(e, type).filter((x) => x !== c && !x.onlyIf);
        const elsewhere = new Set(
          inScope(entries, state)
            .filter((x) => x.id !== e.id)
            .flatMap((x) => neededFacts([x], type, {})),
        );
        const own = c.tests
          .map((t) => t.fact)
          .filter((f) => !others.some((x) => x.tests?.some((t) => t.fact === f)) && !elsewhere.has(f));
        const open = fieldsOf(state);
        const closed = fieldsOf({ ...state, [c.onlyIf.fact]: !c.onlyIf.is });
        // The yes-or-no question that says whether it applies is asked either way.
        expect(open).toContain(c.onlyIf.fact);
        expect(closed).toContain(c.onlyIf.fact);
        for (const f of own) {
          expect(open, `${e.id} ${c.id}: ${f} while the gate is unanswered`).toContain(f);
          expect(closed, `${e.id} ${c.id}: ${f} once the gate is closed`).not.toContain(f);
        }
      }
    }
    expect(gates).toBeGreaterThan(0);
  });
});

describe('the award sought', () => {
  it('offers any, and each kind of tier the regulations in scope set up for the type, with their names', () => {
    for (const { type, state } of homes) {
      const scope = inScope(entries, state);
      const tiers = scope.flatMap((x) => x.regulation.tiers.filter((t) => t.recipients.includes(type)));
      const choices = soughtTierChoices(entries, state);
      expect(choices[0]).toEqual({ kind: 'any', tierNames: [] });
      expect(
        choices
          .slice(1)
          .map((c) => c.kind)
          .sort(),
      ).toEqual([...new Set(tiers.map((t) => t.kind))].sort());
      for (const c of choices.slice(1))
        expect(c.tierNames.sort()).toEqual(
          [...new Set(tiers.filter((t) => t.kind === c.kind).map((t) => t.name))].sort(),
        );
      // A step of its own only where the kinds differ: with one kind, "any" and that kind are the same answer.
      const asked = wizardSteps(entries, state).some((s) => s.id === 'award');
      expect(asked, JSON.stringify(state)).toBe(choices.length > 2);
    }
    expect(soughtTierChoices(entries, {})).toEqual([{ kind: 'any', tierNames: [] }]);
  });
});

describe('attributes asked', () => {
  it('are those some test in scope matches on or reads, and no others', () => {
    for (const { type, state } of homes) {
      const asked = askedAttributes(entries, state);
      expect(asked).toEqual(neededAttributes(inScope(entries, state), type, state));
      for (const [fact, names] of asked)
        for (const n of names) expect(Object.keys(attributesOf(fact)), `${fact}.${n}`).toContain(n);
    }
    expect(askedAttributes(entries, {}).size).toBe(0);
  });
});

describe('half answers', () => {
  it('stay half answers: 有 with nothing filled in is an empty item, never 没有', () => {
    expect(
      cleanState({
        administrativePenalties: [{ date: '' }],
        accidents: [{ date: '2024-01-01', kind: '', grade: undefined }],
        annualResults: [{ year: 2024, netProfit: Number.NaN }],
        foundedOn: '',
        spotCheckFailures: [],
      }),
    ).toEqual({
      administrativePenalties: [{}],
      accidents: [{ date: '2024-01-01' }],
      annualResults: [{ year: 2024 }],
      spotCheckFailures: [],
    });
  });

  it('leave every condition that reads them unknown, naming the item and what it lacks', () => {
    let checked = 0;
    for (const { e, type, state } of homes) {
      // Conditions that need an item's date (a window) or its kind (match); with neither, any item counts.
      const tested = conditionsOf(e, type).filter(
        (c) =>
          !c.onlyIf &&
          c.assessment !== 'judgment' &&
          c.tests?.some((t) => FACTS[t.fact].type === 'events' && (c.lookbackYears !== undefined || t.match)),
      );
      for (const c of tested) {
        const fact = c.tests!.find((t) => FACTS[t.fact].type === 'events')!.fact;
        const { answers, problems } = usableAnswers({ ...state, [fact]: [{}] }, ctx);
        expect(problems).toEqual([]);
        const v = checkAll([e], answers, today)[0]!;
        const finding = v.unknowns.find((f) => f.id === c.id);
        expect(finding, `${e.id} ${c.id} with ${fact}: [{}]`).toMatchObject({ code: 'missing-answer' });
        expect(finding).toHaveProperty(
          'incomplete',
          expect.arrayContaining([expect.objectContaining({ fact, index: 0 })]),
        );
        expect(v.passed.some((f) => f.id === c.id)).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('show what each item still lacks, of the parts the regulations in scope ask', () => {
    const asked = new Set(['kind', 'grade']);
    expect(itemGaps('accidents', {}, asked)).toEqual(['date', 'kind', 'grade']);
    expect(itemGaps('accidents', { date: '2024-01-01', kind: 'quality', grade: '' }, asked)).toEqual(['grade']);
    // An attribute no regulation in scope tests is not a gap.
    expect(itemGaps('accidents', { date: '2024-01-01', kind: 'quality', grade: 'general' }, asked)).toEqual([]);
    expect(itemGaps('annualResults', { netProfit: -3 }, new Set(['netProfit', 'policyInduced']))).toEqual([
      'year',
      'policyInduced',
    ]);
    expect(itemGaps('workHistory', { to: '2020-01-01' }, undefined)).toEqual(['place', 'from']);
    expect(itemGaps('earlierAwards', { regulation: 'x' }, undefined)).toEqual(['tier', 'date']);
    expect(itemGaps('administrativePenalties', { date: '2024-01-01' }, undefined)).toEqual([]);
  });

  it('read a number input: blank or unreadable is unanswered, a loss is negative', () => {
    expect(numberFromInput('')).toBeUndefined();
    expect(numberFromInput('  ')).toBeUndefined();
    expect(numberFromInput('abc')).toBeUndefined();
    expect(numberFromInput('-120.5')).toBe(-120.5);
    expect(numberFromInput('0')).toBe(0);
  });
});

describe('usableAnswers', () => {
  it('keeps a bad field beside its problem and still checks with the rest', () => {
    const [home] = homes.filter((h) => h.type === 'organization');
    const { answers, problems } = usableAnswers(
      { ...home!.state, foundedOn: '2030-01-01', administrativePenalties: [{ date: '2025-01-01' }] },
      ctx,
    );
    expect(problems.map((p) => p.field)).toEqual(['foundedOn']);
    expect(answers.foundedOn).toBeUndefined();
    expect(answers.administrativePenalties).toEqual([{ date: '2025-01-01' }]);
    expect(answers.jurisdiction).toBe(home!.state.jurisdiction);
  });
});

describe('share links', () => {
  it('round-trip the answers, Chinese and half answers included, in URL-safe characters', () => {
    const state = {
      applicantType: 'organization',
      jurisdiction: '江苏省/南通市/通州区',
      accidents: [{ date: '2024-01-01', kind: 'food-drug-safety', grade: 'general', responsible: true }],
      administrativePenalties: [{}],
      annualResults: [{ year: 2024, netProfit: -120.5, policyInduced: false }],
      hasLicences: true,
      soughtTier: 'nomination-award',
    };
    const code = encodeShare(state);
    expect(code).toMatch(/^[\w-]+$/);
    expect(decodeShare(code)).toEqual(state);
  });

  it('are read back from the page address they were made for', () => {
    const state = { applicantType: 'individual', jurisdiction: '上海市/长宁区' };
    const link = new URL(shareLink('https://atlas.example.org/check/', state));
    expect(link.pathname).toBe('/check/');
    expect(sharedStateIn(link.hash)).toEqual(state);
    expect(sharedStateIn('#results')).toBeUndefined();
  });

  it('ignore a damaged link', () => {
    expect(decodeShare('%%%')).toBeUndefined();
    expect(decodeShare(`${encodeShare({}).slice(0, 1)}x`)).toBeUndefined();
  });
});

describe('the step in the address', () => {
  it('reads ?step=N from 1, and anything unreadable as the first step', () => {
    expect(stepPositionIn('?step=4')).toBe(3);
    expect(stepPositionIn('')).toBe(0);
    for (const bad of ['?step=0', '?step=-2', '?step=abc', '?step=2.5']) expect(stepPositionIn(bad)).toBe(0);
  });

  it('writes the step, keeping the other parameters', () => {
    expect(searchForStep('?lang=zh&step=2', 4)).toBe('?lang=zh&step=5');
    expect(stepPositionIn(searchForStep('', 2))).toBe(2);
  });

  it('shows the last step for a position past the steps there are', () => {
    const steps = wizardSteps(entries, {});
    expect(stepAt(steps, 9)).toEqual({ step: steps.at(-1), position: steps.length - 1 });
  });
});

describe('moves between steps', () => {
  const state = { applicantType: 'organization', jurisdiction: jurisdictionPath(entries[0]!.regulation) } as const;
  const steps = wizardSteps(entries, state);

  it('resolve a named step, or the step after one, against the steps there are', () => {
    expect(steps[positionOf(steps, 'where')]!.id).toBe('where');
    expect(steps[positionOf(steps, { after: 'where' })]!.id).toBe(steps[2]!.id);
    expect(positionOf(steps, { after: 'result' })).toBe(steps.length - 1);
    const fewer = wizardSteps(entries, {});
    expect(fewer[positionOf(fewer, 'history')]!.id).toBe('result'); // a step no longer asked leads to the last
  });

  it('wait for the place rules only past the place', () => {
    expect(needsPlaceRules('who')).toBe(false);
    expect(needsPlaceRules('where')).toBe(false);
    expect(needsPlaceRules({ after: 'who' })).toBe(false);
    expect(needsPlaceRules({ after: 'where' })).toBe(true);
    for (const s of steps.slice(2)) expect(needsPlaceRules(s.id), s.id).toBe(true);
  });
});

describe('regulations outside the place', () => {
  it('are those whose area does not cover it, every one for a place no regulation covers', () => {
    const place = jurisdictionPath(entries[0]!.regulation);
    const outside = outsidePlace(entries, place);
    expect(outside.has(entries[0]!.id)).toBe(false);
    expect(outsidePlace(entries, OTHER_JURISDICTION).size).toBe(entries.length);
    expect(outsidePlace(entries, undefined).size).toBe(0);
  });
});

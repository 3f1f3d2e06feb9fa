// Answers from outside (a share link, storage, a workspace file) are made safe for the form before anything renders
// them: only known fields, each of its input's type, bounded; what was dropped is named. A wrong value of the right
// type is kept for validation to report. Any JSON value, read so, goes through the wizard's view without a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, type CheckInput, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { MAX_TEXT, openAnswers, readFormState } from '../../../src/lib/eligibility/form-state.ts';
import {
  decodeShare,
  encodeShare,
  readShareFragment,
  stepAt,
  wizardSteps,
} from '../../../src/lib/eligibility/wizard.ts';
import { wizardView } from '../../../src/lib/eligibility/wizard-view.ts';
import { attributesOf, FACT_IDS, FACTS } from '../../../src/lib/facts.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import { realEntries } from '../../support/regulations.ts';

const entries: CheckInput[] = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const ctx = answerContext(entries, '2026-11-22');
const place = jurisdictionPath(entries[0]!.regulation);
const listFact = FACT_IDS.find((id) => FACTS[id].type === 'events' && Object.keys(attributesOf(id)).length)!;
const booleanFact = FACT_IDS.find((id) => FACTS[id].type === 'boolean')!;
const countFact = FACT_IDS.find((id) => FACTS[id].type === 'count' || FACTS[id].type === 'rank')!;

/** The crafted link of issue 13's defect 4: the check date an object with toString and valueOf. */
const DEFECT_4 = '#a=eyJhcHBsaWNhbnRUeXBlIjoib3JnYW5pemF0aW9uIiwiY2hlY2tEYXRlIjp7InRvU3RyaW5nIjoxLCJ2YWx1ZU9mIjoxfX0';

describe('reading answers from outside as the form state', () => {
  it('drops a check date that is an object (the crafted link of defect 4), naming it, and keeps the rest', () => {
    const read = readShareFragment(DEFECT_4);
    expect(read.kind).toBe('answers');
    const { state, dropped } = openAnswers(read.kind === 'answers' ? read.value : undefined);
    expect(state).toEqual({ applicantType: 'organization' });
    expect(dropped).toEqual([{ field: 'checkDate', reason: 'wrong-type', expected: 'text' }]);
    // The view of the wizard reads it, and the report's check day is today.
    expect(wizardView(entries, state, ctx).checkDate).toBe(ctx.today);
  });

  it('reads a JSON __proto__ key as an unknown key: the place hidden in it reaches neither the form nor the engine', () => {
    const raw = JSON.parse(`{"applicantType":"organization","__proto__":{"jurisdiction":${JSON.stringify(place)}}}`);
    const { state, dropped } = openAnswers(raw);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(state.jurisdiction).toBeUndefined();
    expect(Object.keys(state)).toEqual(['applicantType']);
    expect(dropped).toEqual([{ field: '__proto__', reason: 'unknown' }]);
    expect(wizardView(entries, state, ctx).answers.jurisdiction).toBeUndefined();
    // Nor does one inside a list item.
    const item = JSON.parse(`{"${listFact}":[{"__proto__":{"date":"2020-01-01"}}]}`);
    const list = openAnswers(item);
    expect(list.state[listFact]).toEqual([{}]);
    expect(Object.getPrototypeOf((list.state[listFact] as object[])[0])).toBe(Object.prototype);
    expect(list.dropped).toEqual([{ field: `${listFact}.0.__proto__`, reason: 'unknown' }]);
  });

  it('reads null, a number, a string or a list as no answers', () => {
    for (const junk of [null, 42, 'x', [], [1, 2], true, undefined])
      expect(openAnswers(junk)).toEqual({ state: {}, dropped: [], droppedCount: 0, refill: [] });
  });

  it('keeps a value of the right type that is wrong, for validation to show beside its field', () => {
    const { state, dropped } = readFormState({ applicantType: 'robot', foundedOn: '2999-01-01' });
    expect(state).toEqual({ applicantType: 'robot', foundedOn: '2999-01-01' });
    expect(dropped).toEqual([]);
    const fields = new Set(wizardView(entries, state, ctx).problems.map((p) => p.field));
    expect(fields.has('applicantType')).toBe(true);
  });

  it('drops values of another type than the input handles, each named with what was expected', () => {
    const { state, dropped } = readFormState({
      applicantType: ['organization'],
      [booleanFact]: 'yes',
      [countFact]: '3',
      [listFact]: { date: '2020-01-01' },
      jurisdiction: place,
    });
    expect(state).toEqual({ jurisdiction: place });
    expect(dropped).toEqual([
      { field: 'applicantType', reason: 'wrong-type', expected: 'text' },
      { field: booleanFact, reason: 'wrong-type', expected: 'yes-no' },
      { field: countFact, reason: 'wrong-type', expected: 'number' },
      { field: listFact, reason: 'wrong-type', expected: 'list' },
    ]);
  });

  it('keeps list items as plain objects of the known parts with primitive values', () => {
    const part = Object.keys(attributesOf(listFact))[0]!;
    const { state, dropped } = readFormState({
      [listFact]: [{ date: '2020-01-01', [part]: 'x', extra: 1 }, 'stray', null, [1], { date: { y: 1 } }, {}],
    });
    expect(state[listFact]).toEqual([{ date: '2020-01-01', [part]: 'x' }, {}, {}]);
    expect(dropped.map((d) => d.field)).toEqual([
      `${listFact}.0.extra`,
      `${listFact}.1`,
      `${listFact}.2`,
      `${listFact}.3`,
      `${listFact}.4.date`,
    ]);
  });

  it('bounds lists and texts, and names what it left out', () => {
    const long = 'x'.repeat(MAX_TEXT + 1);
    const { state, dropped, droppedCount } = readFormState({
      jurisdiction: long,
      [listFact]: Array.from({ length: MAX_ITEMS + 50 }, () => ({ date: '2020-01-01' })),
    });
    expect(state.jurisdiction).toBeUndefined();
    expect((state[listFact] as unknown[]).length).toBe(MAX_ITEMS);
    expect(dropped).toEqual([
      { field: 'jurisdiction', reason: 'too-long' },
      { field: listFact, reason: 'too-many' },
    ]);
    expect(droppedCount).toBe(2);
  });

  it('names at most 20 dropped parts, counting all of them', () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`junk${i}`, i]));
    const { dropped, droppedCount } = readFormState(junk);
    expect(dropped.length).toBe(20);
    expect(droppedCount).toBe(500);
  });

  it('carries an older shape over before reading it', () => {
    const { state, refill } = openAnswers({ accidents: ['2024-01-01'], lossYears: [2023] });
    expect(state.accidents).toEqual([{ date: '2024-01-01' }]);
    expect(refill).toEqual(['annualResults']);
  });

  it('reads what a share link of the form state carries back unchanged', () => {
    const state = { applicantType: 'organization', jurisdiction: place, [listFact]: [{ date: '2020-01-01' }, {}] };
    expect(readFormState(decodeShare(encodeShare(state))).state).toEqual(state);
  });
});

describe('any JSON value, read as the form state, goes through the wizard without a throw', () => {
  const known: string[] = ['applicantType', 'checkDate', 'soughtTier', ...FACT_IDS];
  const key = fc.oneof(fc.constantFrom(...known, '__proto__', 'constructor', 'prototype', 'toString'), fc.string());
  const leaf = fc.oneof(
    fc.constantFrom('organization', 'individual', 'robot', place, '2020-01-01', '0500-01-01', '', 'any'),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const item = fc.dictionary(
    fc.oneof(fc.constantFrom('date', 'year', 'place', 'kind', '__proto__'), fc.string()),
    leaf,
  );
  const answers = fc.dictionary(key, fc.oneof(leaf, fc.array(fc.oneof(item, leaf), { maxLength: 5 })));

  it('for answers shaped like the form state, and for any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(answers, fc.jsonValue()), (raw) => {
        // Through JSON, as from a link or storage: __proto__ then is an own key.
        const { state } = openAnswers(JSON.parse(JSON.stringify(raw) ?? 'null'));
        const steps = wizardSteps(entries, state);
        const view = wizardView(entries, state, ctx, steps);
        // Only known fields, each a primitive or a list of plain objects of primitives: what the inputs render.
        for (const [f, v] of Object.entries(state)) {
          expect(known).toContain(f);
          const primitive = (x: unknown) => ['string', 'number', 'boolean'].includes(typeof x);
          if (Array.isArray(v))
            for (const it of v) {
              expect(Object.getPrototypeOf(it)).toBe(Object.prototype);
              expect(Object.values(it).every(primitive)).toBe(true);
            }
          else expect(primitive(v), f).toBe(true);
        }
        expect(stepAt(steps, Number.NaN).position).toBe(0);
        expect(view.verdicts.length).toBe(entries.length);
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

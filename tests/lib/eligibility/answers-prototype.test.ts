// Prototype keys (defect 7, the library's half): a "__proto__", "constructor" or "prototype" key in answers read
// from JSON is an unknown item, reported as such; an object made in code with another prototype is read for its
// own fields only. Either way no answer, and so no verdict, ever comes from a prototype.
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, checkAll } from '../../../src/lib/eligibility/engine.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import { realEntries } from '../../support/regulations.ts';

const TODAY = '2026-11-22';
const entries = realEntries();
const ctx = answerContext(entries, TODAY);
const [first] = entries;
const place = jurisdictionPath(first!.regulation);

describe('prototype keys in JSON', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'reports "%s" as an unknown item, at the top and in items',
    (key) => {
      const top = JSON.parse(`{"applicantType":"organization","${key}":{"jurisdiction":${JSON.stringify(place)}}}`);
      expect(parseAnswers(top, ctx)).toEqual({
        problems: [{ field: '(answers)', message: `没有这一项：${key}` }],
      });
      const inItem = JSON.parse(`{"accidents":[{"date":"2024-01-01"},{"${key}":{"date":"2024-01-01"}}]}`);
      expect(parseAnswers(inItem, ctx)).toEqual({
        problems: [{ field: 'accidents.1', message: `没有这一项：${key}` }],
      });
    },
  );
});

describe('objects made with another prototype', () => {
  const unanswered = checkAll(entries, { applicantType: 'organization' }, TODAY);

  it('are read for their own fields: a place in the prototype is no answer', () => {
    // An object literal's __proto__ sets the prototype; JSON.parse's makes a field.
    const literal = { applicantType: 'organization', __proto__: { jurisdiction: place } };
    expect((literal as { jurisdiction?: string }).jurisdiction).toBe(place);
    const made = Object.assign(Object.create({ jurisdiction: place }), { applicantType: 'organization' });
    for (const input of [literal, made]) {
      const { answers, problems } = parseAnswers(input, ctx);
      expect(problems).toEqual([]);
      expect(answers).toEqual({ applicantType: 'organization' });
      expect('jurisdiction' in answers!).toBe(false);
      // The engine sees no place: every verdict is the one for no place given.
      expect(checkAll(entries, answers!, TODAY)).toEqual(unanswered);
    }
  });

  it('are read for their own fields inside list items', () => {
    const item = { grade: 'major', __proto__: { date: '2024-01-01' } };
    const { answers, problems } = parseAnswers(
      { accidents: [item], earlierAwards: [Object.create({ tier: 'x' })] },
      ctx,
    );
    expect(problems).toEqual([]);
    expect(answers?.accidents).toEqual([{ grade: 'major' }]);
    expect('date' in answers!.accidents![0]!).toBe(false);
    expect(answers?.earlierAwards).toEqual([{}]);
  });

  it('still have their own fields checked', () => {
    const input = { foundedOn: '2030-01-01', __proto__: { foundedOn: '2020-01-01' } };
    expect(parseAnswers(input, ctx).problems.map((p) => p.field)).toEqual(['foundedOn']);
  });
});

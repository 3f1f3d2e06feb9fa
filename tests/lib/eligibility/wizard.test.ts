// The wizard's logic without its screen: steps follow the regulations in
// scope, bad fields do not block the rest, and share links round-trip.
import { describe, expect, it } from 'vitest';
import { answerContext, checkAll, neededFacts, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { OTHER_JURISDICTION, jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import {
  decodeShare,
  encodeShare,
  inScope,
  needsPlaceRules,
  outsidePlace,
  positionOf,
  searchForStep,
  sharedStateIn,
  shareLink,
  stepAt,
  stepPositionIn,
  usableAnswers,
  wizardSteps,
} from '../../../src/lib/eligibility/wizard.ts';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const ctx = answerContext(entries, '2026-11-22');

describe('wizard steps', () => {
  it('asks who and where first, and only then what the regulations in scope need', () => {
    expect(wizardSteps(entries, {}).map((s) => s.id)).toEqual(['who', 'where', 'result']);
    const org = wizardSteps(entries, { applicantType: 'organization', jurisdiction: '江苏省/南通市/通州区' });
    expect(org.map((s) => s.id)).toEqual(['who', 'where', 'basics', 'records', 'history', 'result']);
    const asked = org.flatMap((s) => s.fields);
    // 通州 asks about administrative penalties; only 长宁 and 江阴 about losses.
    expect(asked).toContain('administrativePenalties');
    expect(asked).not.toContain('lossYears');
    expect(asked).not.toContain('qualityWorkSince');
  });

  it('an individual is asked only what 连云港 and 长宁 ask of individuals', () => {
    expect(
      inScope(entries, { applicantType: 'individual' })
        .map((e) => e.id)
        .sort(),
    ).toEqual(['changning-2023', 'lianyungang-2021']);
    const asked = wizardSteps(entries, { applicantType: 'individual', jurisdiction: '上海市/长宁区' }).flatMap(
      (s) => s.fields,
    );
    expect(asked).toEqual(expect.arrayContaining(['qualityWorkSince', 'employerAccidents', 'concurrentApplication']));
    expect(asked).not.toContain('personalViolations'); // a 连云港 question, and 连云港 is out of scope here
    expect(asked).not.toContain('foundedOn');
  });

  it('a place no regulation covers leaves nothing to ask', () => {
    expect(wizardSteps(entries, { applicantType: 'organization', jurisdiction: 'other' }).map((s) => s.id)).toEqual([
      'who',
      'where',
      'result',
    ]);
  });

  it('every question a regulation needs is asked somewhere', () => {
    for (const type of ['organization', 'individual'] as const) {
      for (const e of entries) {
        if (!e.regulation.applicants.some((a) => a.type === type)) continue;
        const state = { applicantType: type, jurisdiction: jurisdictionPath(e.regulation) };
        const asked = wizardSteps(entries, state).flatMap((s) => s.fields);
        for (const f of neededFacts([e], type)) expect(asked, `${e.id} ${type} ${f}`).toContain(f);
      }
    }
  });
});

describe('usableAnswers', () => {
  it('keeps a bad field beside its problem and still checks with the rest', () => {
    const { answers, problems } = usableAnswers(
      {
        applicantType: 'organization',
        jurisdiction: '江苏省/南通市/通州区',
        foundedOn: '2030-01-01',
        administrativePenalties: ['2025-01-01', ''],
      },
      ctx,
    );
    expect(problems.map((p) => p.field)).toEqual(['foundedOn']);
    expect(answers.foundedOn).toBeUndefined();
    expect(answers.administrativePenalties).toEqual(['2025-01-01']);
    const tongzhou = checkAll(entries, answers, '2026-11-22').find((v) => v.id === 'tongzhou-2023')!;
    expect(tongzhou.outcome).toBe('ruled-out');
    expect(tongzhou.unknowns.map((u) => u.id)).toContain('three-years-operation');
  });
});

describe('share links', () => {
  it('round-trip the answers, Chinese included, in URL-safe characters', () => {
    const state = {
      applicantType: 'organization',
      jurisdiction: '江苏省/南通市/通州区',
      accidents: ['2024-01-01'],
      hasLicences: true,
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

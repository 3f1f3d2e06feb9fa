// The wizard's logic without its screen: steps follow the regulations in
// scope, bad fields do not block the rest, and share links round-trip.
import { describe, expect, it } from 'vitest';
import { answerContext, checkAll, neededFacts, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import { decodeShare, encodeShare, inScope, usableAnswers, wizardSteps } from '../../../src/lib/eligibility/wizard.ts';
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

  it('ignore a damaged link', () => {
    expect(decodeShare('%%%')).toBeUndefined();
    expect(decodeShare(`${encodeShare({}).slice(0, 1)}x`)).toBeUndefined();
  });
});

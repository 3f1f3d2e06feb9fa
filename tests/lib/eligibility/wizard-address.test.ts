// What the checker reads from its address: the step (?step=N), whatever is typed there, is always a step to show;
// a share link's fragment is read, or said to be unreadable, within a bound.
import { describe, expect, it } from 'vitest';
import { answerContext, type CheckInput, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import {
  encodeShare,
  isShareFragment,
  MAX_SHARE_CODE,
  readShareFragment,
  stepAt,
  stepPositionIn,
  wizardSteps,
} from '../../../src/lib/eligibility/wizard.ts';
import { realEntries } from '../../support/regulations.ts';

const entries: CheckInput[] = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));

describe('the step in the address (defect 6)', () => {
  const steps = wizardSteps(entries, {});
  const shown = (search: string) => stepAt(steps, stepPositionIn(search));

  it('shows the first step for anything that is not a whole number from 1', () => {
    for (const bad of ['abc', '1.5', '0', '-1', '', ' 2', '2 ', '0x2', '1e3', '+2', 'Infinity', 'NaN', '２'])
      expect(shown(`?step=${encodeURIComponent(bad)}`).position, bad).toBe(0);
    expect(shown('?step=2&step=3').position).toBe(1); // the first one given
  });

  it('shows the last step for a number past the steps there are, however large', () => {
    for (const big of ['99999', '999999999', '9'.repeat(400)]) {
      const { step } = shown(`?step=${big}`);
      expect(step, big.slice(0, 12)).toBe(steps.at(-1));
    }
  });

  it('shows a step for any position, even one that is no number', () => {
    for (const position of [Number.NaN, Number.POSITIVE_INFINITY, -5, 1.5, 1e300])
      expect(steps).toContain(stepAt(steps, position).step);
  });
});

describe('a share link in the address', () => {
  it('reads one made by the page, and only fragments that start as one', () => {
    const state = {
      applicantType: 'organization',
      jurisdiction: answerContext(entries, '2026-01-01').jurisdictions[0],
    };
    expect(readShareFragment(`#a=${encodeShare(state)}`)).toEqual({ kind: 'answers', value: state });
    expect(readShareFragment('#results')).toEqual({ kind: 'none' });
    expect(readShareFragment('')).toEqual({ kind: 'none' });
    expect(isShareFragment('#a=!')).toBe(true); // taken out of the address, and said to be unreadable
  });

  it('says why one cannot be read: damaged, too long (bounded, not decoded), or no answers in it', () => {
    expect(readShareFragment('#a=a%20b')).toEqual({ kind: 'unreadable', reason: 'damaged' });
    expect(readShareFragment(`#a=${btoa('{"a":')}`)).toEqual({ kind: 'unreadable', reason: 'damaged' });
    expect(readShareFragment(`#a=${btoa('\xff\xfe')}`)).toEqual({ kind: 'unreadable', reason: 'damaged' }); // not UTF-8
    for (const json of ['null', '42', '"x"', '[1]'])
      expect(readShareFragment(`#a=${btoa(json)}`), json).toEqual({ kind: 'unreadable', reason: 'not-answers' });
    const huge = `#a=${'A'.repeat(MAX_SHARE_CODE + 1)}`;
    const started = performance.now();
    expect(readShareFragment(huge)).toEqual({ kind: 'unreadable', reason: 'too-long' });
    expect(readShareFragment(`#a=${'A'.repeat(2_000_000)}`)).toEqual({ kind: 'unreadable', reason: 'too-long' });
    expect(performance.now() - started).toBeLessThan(50);
  });
});

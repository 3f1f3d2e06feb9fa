// A version replaced by the check date is folded, not judged: the engine reads
// the succession each entry carries (split.ts keeps it through the index and
// the fetched full rules), and an earlier check date still judges the version.
// No coded regulation is replaced today, so each is given a made-up successor.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/dates.ts';
import type { Answers } from '../../../src/lib/eligibility/answers.ts';
import { type CheckInput, checkAll, checkRegulation, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { rulesIndex, withFullRules, withSuccessions } from '../../../src/lib/eligibility/split.ts';
import { jurisdictionPath, placeIsWithin } from '../../../src/lib/jurisdiction.ts';
import {
  isOutOfArea,
  isSupersededFold,
  OUTCOME_LABELS,
  supersededByText,
  supersededFoldText,
} from '../../../src/lib/wording/findings.ts';
import { realEntries } from '../../support/regulations.ts';
import { type Entry, laterVersionOf, versionable } from '../../support/versions.ts';

const answers: Answers = { applicantType: 'organization' };

/** A regulation and a later version of it, as the checker's entries. */
function pairOf(e: Entry) {
  const { next, from } = laterVersionOf(e);
  const [old, successor] = withSuccessions([e, next]).map((x) => ({
    id: x.id,
    regulation: rulesOf(x.regulation),
    ...(x.succession && { succession: x.succession }),
  }));
  return { old: old!, successor: successor!, from, title: next.regulation.title };
}

const regs = versionable(realEntries());

describe('the checker and versions', () => {
  it('has regulations to try', () => expect(regs.length).toBeGreaterThan(0));

  it('folds a version replaced by the check date, naming its successor, and judges the successor', () => {
    for (const e of regs) {
      const { old, successor, from, title } = pairOf(e);
      expect(old.succession, e.id).toEqual({ id: successor.id, title, from });
      expect(successor.succession).toBeUndefined();
      for (const day of [from, addDays(from, 400)]) {
        const v = checkRegulation(old, answers, day);
        expect(v.outcome, `${e.id} on ${day}`).toBe('superseded');
        expect(v.status.supersededBy?.id).toBe(successor.id);
        expect([...v.failures, ...v.unknowns, ...v.passed, ...v.checklist, ...v.tiers]).toEqual([]);
        expect(checkRegulation(successor, answers, day).outcome).not.toBe('superseded');
      }
    }
  });

  it('judges it as before on an earlier check date', () => {
    for (const e of regs) {
      const { old, from } = pairOf(e);
      const day = addDays(from, -1);
      const alone: CheckInput = { id: old.id, regulation: old.regulation };
      expect(checkRegulation(old, answers, day), e.id).toEqual(checkRegulation(alone, answers, day));
      expect(checkRegulation(old, answers, day).outcome).not.toBe('superseded');
    }
  });

  it('sorts folded versions after those judged and before other places', () => {
    const e = regs[0]!;
    const { old, successor, from } = pairOf(e);
    const here = jurisdictionPath(e.regulation);
    const others = regs
      .filter((r) => !placeIsWithin(here, r.regulation))
      .map((r) => ({ id: r.id, regulation: rulesOf(r.regulation) }));
    expect(others.length).toBeGreaterThan(0);
    const place: Answers = { ...answers, jurisdiction: here };
    const outcomes = checkAll([old, ...others, successor], place, from).map((v) => v.outcome);
    const at = outcomes.indexOf('superseded');
    expect(at).toBeGreaterThan(0);
    expect(outcomes.slice(0, at)).not.toContain('out-of-area');
    expect(outcomes.slice(at + 1).every((o) => o === 'out-of-area')).toBe(true);
  });

  it('keeps the succession through the index and the full rules fetched after it', () => {
    for (const e of regs) {
      const { old, successor } = pairOf(e);
      const [indexed, next] = rulesIndex([old, successor]);
      expect(indexed!.succession).toEqual(old.succession);
      expect(next!.succession).toBeUndefined();
      expect(JSON.parse(JSON.stringify(next))).not.toHaveProperty('succession');
      const full: CheckInput = { id: old.id, regulation: old.regulation };
      expect(withFullRules(indexed!, full).succession).toEqual(old.succession);
      expect(withFullRules(next!, full)).toBe(full);
    }
  });

  it('says which version replaced a folded one, and from when; another place’s stays in its own fold', () => {
    const { old, from, title } = pairOf(regs[0]!);
    const v = checkRegulation(old, answers, from);
    expect(supersededByText(v)).toContain(from);
    expect(supersededByText(v)).toContain(title);
    expect(supersededFoldText(2)).toContain(OUTCOME_LABELS.superseded);
    expect(isSupersededFold(v)).toBe(true);
    expect(isSupersededFold(v, new Set([v.id]))).toBe(false);
    expect(isOutOfArea(v)).toBe(false);
  });
});

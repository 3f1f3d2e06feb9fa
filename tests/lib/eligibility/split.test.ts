// The split rules against the full ones: for every rule case moved to every
// other regulation's place, the place rules alone give the same outcome as the
// full rules, for the same reason; inside the place, the full rules are fetched.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { caseAnswers, parseCaseFile } from '../../../src/lib/eligibility/cases.ts';
import { answerContext, checkRegulation, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { fullRulesNeeded, placeDecidesOutsiders, rulesIndex } from '../../../src/lib/eligibility/split.ts';
import { jurisdictionPath, placeIsWithin } from '../../../src/lib/jurisdiction.ts';
import { ROOT } from '../../support/paths.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const CASES = join(ROOT, 'content/cases');
const entries = [...realEntries(), ...fixtureEntries()].map((e) => ({
  id: e.id,
  regulation: rulesOf(e.regulation),
}));
const index = rulesIndex(entries);
const places = [...new Set(entries.map((e) => jurisdictionPath(e.regulation)))];
const cases = readdirSync(CASES)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const file = parseCaseFile(f, readFileSync(join(CASES, f), 'utf8'));
    return file.cases.map((c) => ({ file, c }));
  });

describe('split rules', () => {
  it('every real regulation is decided for outsiders by its place rules, and the index is far smaller', () => {
    for (const e of realEntries()) expect(placeDecidesOutsiders(rulesOf(e.regulation)), e.id).toBe(true);
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(entries).length / 4);
  });

  it('outside a regulation’s place, its place rules give the full rules’ outcome and failures', () => {
    let compared = 0;
    for (const { file, c } of cases) {
      for (const place of places) {
        const answers0 = { ...caseAnswers(file, c), jurisdiction: place };
        const { answers } = parseAnswers(answers0, answerContext(entries, c.checkDate));
        for (const [i, stub] of index.entries()) {
          if (!stub.partial || placeIsWithin(place, stub.regulation)) continue;
          const full = checkRegulation(entries[i]!, answers!, c.checkDate);
          const partial = checkRegulation(stub, answers!, c.checkDate);
          expect(partial.outcome, `${stub.id} for ${c.name} at ${place}`).toBe(full.outcome);
          expect(partial.status).toEqual(full.status);
          // The index leaves coding notes out (it is downloaded whole); everything else is the same.
          const noted = full.failures.map((f) => ({ ...f, note: undefined }));
          for (const f of partial.failures) expect(noted).toContainEqual({ ...f, note: undefined });
          expect(partial.failures.length).toBeGreaterThan(0);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('asks for the full rules of exactly the regulations covering the place', () => {
    for (const place of places) {
      const needed = fullRulesNeeded(index, place);
      // A regulation the index holds in full (the fixture has no place test) needs no fetch.
      expect(needed.sort()).toEqual(
        entries
          .filter((e, i) => index[i]!.partial && placeIsWithin(place, e.regulation))
          .map((e) => e.id)
          .sort(),
      );
      if (index.some((x) => x.partial && jurisdictionPath(x.regulation) === place))
        expect(needed.length).toBeGreaterThan(0);
    }
    expect(fullRulesNeeded(index, undefined)).toEqual([]);
    expect(fullRulesNeeded(index, 'other')).toEqual([]);
  });
});

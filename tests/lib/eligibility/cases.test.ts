// Runs every rule case file in content/cases/ through the engine, and checks
// the cases cover the rules: every tested condition both passes and fails,
// every ban and re-application rule bites, and every regulation has a file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { caseAnswers, parseCaseFile, type CaseFile } from '../../../src/lib/eligibility/cases.ts';
import { answerContext, checkRegulation, type RegulationVerdict } from '../../../src/lib/eligibility/engine.ts';
import { banIds, reapplicationIds } from '../../../src/lib/eligibility/rule-ids.ts';
import { compareVerdict } from '../../../src/lib/content/rule-cases.ts';
import { findingReason } from '../../../src/lib/wording/findings.ts';
import { CASES as CASES_DIR, ROOT } from '../../support/paths.ts';
import { realEntries } from '../../support/regulations.ts';

const CASES = CASES_DIR ?? join(ROOT, 'content/cases');
const entries = realEntries();
const files: [string, CaseFile][] = readdirSync(CASES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => [f, parseCaseFile(`content/cases/${f}`, readFileSync(join(CASES, f), 'utf8'))]);

const context = (today: string) => answerContext(entries, today);

function run(file: CaseFile, c: CaseFile['cases'][number]): RegulationVerdict {
  const entry = entries.find((e) => e.id === file.regulation);
  if (!entry) throw new Error(`case file names an unknown regulation ${file.regulation}`);
  const { answers, problems } = parseAnswers(caseAnswers(file, c), context(c.checkDate));
  expect(problems, c.name).toEqual([]);
  return checkRegulation(entry, answers!, c.checkDate);
}

describe.each(files)('%s', (_, file) => {
  it.each(file.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const v = run(file, c);
    // The verdict in the case's terms, as npm run validate compares it.
    const { expected, got } = compareVerdict(c.expect, v);
    expect(got).toEqual(expected);
    // A verdict explains itself: every failure quotes its article and says what failed it.
    for (const f of [...v.failures, ...v.unknowns]) {
      expect(f.cite.quote.length).toBeGreaterThan(1);
      expect(findingReason(f).length).toBeGreaterThan(1);
    }
    if (v.outcome === 'eligible')
      expect(v.checklist.length, 'an eligible verdict lists what is left to prepare').toBeGreaterThan(0);
  });

  it('covers the rules: every tested condition passes in one case and fails in another; every ban and re-application rule bites', () => {
    const reg = entries.find((e) => e.id === file.regulation)!.regulation;
    const verdicts = file.cases.map((c) => run(file, c));
    const failed = new Set(verdicts.flatMap((v) => [...v.failures, ...v.limits].map((f) => f.id)));
    const passed = new Set(verdicts.flatMap((v) => v.passed.map((f) => f.id)));
    const tested = [...reg.applicants.flatMap((a) => a.conditions), ...reg.exclusionClauses].filter((c) => c.tests);
    for (const c of tested) {
      expect(failed.has(c.id), `${c.id} never fails`).toBe(true);
      expect(passed.has(c.id), `${c.id} never passes`).toBe(true);
    }
    for (const id of banIds(reg.sanctions.bans)) expect(failed.has(id), `${id} never bites`).toBe(true);
    for (const id of reapplicationIds(reg.sanctions.reapplication))
      expect(failed.has(id), `${id} never bites`).toBe(true);
  });
});

it('every regulation has a case file, and every case file a regulation', () => {
  expect(files.map(([, f]) => f.regulation).sort()).toEqual(entries.map((e) => e.id).sort());
});

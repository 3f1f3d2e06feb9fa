// The report as a document: every verdict of a check is in it with the engine's outcome, days and reason codes; it
// holds the validated answers and nothing else of what was given; it survives JSON as it is; the worded copy adds
// only words. The answers come from the content's rule cases and from junk beside them; regulations are never named.
import { describe, expect, it } from 'vitest';
import {
  answerContext,
  type CheckInput,
  checkAll,
  type Finding,
  rulesOf,
} from '../../../src/lib/eligibility/engine.ts';
import {
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
  type ReportFinding,
  reportDocument,
  reportFileName,
} from '../../../src/lib/eligibility/report.ts';
import { type FormState, outsidePlace } from '../../../src/lib/eligibility/wizard.ts';
import { wizardView } from '../../../src/lib/eligibility/wizard-view.ts';
import { OUTCOME_LABELS } from '../../../src/lib/wording/findings.ts';
import { wordedReport } from '../../../src/lib/wording/report.ts';
import { realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';

const entries: CheckInput[] = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const cases = ruleCases(entries);
const DATA_AS_OF = '2026-01-15';

/** The finding as the document must carry it: the engine's values, the condition's summary and note left out. */
function expectedFinding(f: Finding): ReportFinding {
  const { id, kind, cite, eligibleFrom, missing, assessment: _a, note: _n, ...reason } = f;
  const { summary: _s, ...values } = reason as typeof reason & { summary?: string };
  return {
    id,
    kind,
    cite: { article: cite.article, ...(cite.item !== undefined && { item: cite.item }) },
    ...(eligibleFrom !== undefined && { eligibleFrom }),
    ...(missing?.length && { missing }),
    reason: values,
  } as ReportFinding;
}

/** A rule case's check, and its report with no problems. */
function caseReport({ c, answers }: (typeof cases)[number]) {
  const verdicts = checkAll(entries, answers!, c.checkDate);
  const outOfPlace = outsidePlace(entries, answers!.jurisdiction);
  const doc = reportDocument({
    dataAsOf: DATA_AS_OF,
    checkDate: c.checkDate,
    answers: answers!,
    problems: [],
    verdicts,
    outOfPlace,
  });
  return { verdicts, outOfPlace, doc };
}

describe('the report document', () => {
  it('holds every verdict of every rule case, with the engine’s outcomes, days and reason codes', () => {
    const outcomes = new Set<string>();
    expect(cases.length).toBeGreaterThan(0);
    for (const loaded of cases) {
      const { c, answers } = loaded;
      const { verdicts, outOfPlace, doc } = caseReport(loaded);
      // What JSON.stringify writes reads back the same: plain data, nothing lost.
      expect(JSON.parse(JSON.stringify(doc)), c.name).toEqual(doc);
      expect(doc).toMatchObject({
        format: REPORT_FORMAT,
        formatVersion: REPORT_FORMAT_VERSION,
        dataAsOf: DATA_AS_OF,
        checkDate: c.checkDate,
        answersValid: true,
        invalidAnswers: [],
      });
      expect(doc.answers).toEqual(answers);
      expect(doc.verdicts.map((v) => v.regulation)).toEqual(verdicts.map((v) => v.id));
      doc.verdicts.forEach((rv, i) => {
        const v = verdicts[i]!;
        outcomes.add(rv.outcome);
        expect(rv.outcome).toBe(v.outcome);
        expect(rv.eligibleFrom).toBe(v.eligibleFrom);
        expect(rv.status).toBe(v.status.status);
        expect(rv.coversPlace).toBe(!outOfPlace.has(v.id) && v.outcome !== 'out-of-area');
        for (const list of ['failures', 'unknowns', 'limits', 'passed', 'checklist'] as const)
          expect(rv[list], `${c.name}: ${list}`).toEqual(v[list].map(expectedFinding));
        expect(rv.tiers).toEqual(
          v.tiers.map((t) => ({
            id: t.id,
            kind: t.kind,
            outcome: t.outcome,
            ...(t.eligibleFrom !== undefined && { eligibleFrom: t.eligibleFrom }),
            findings: t.findings.map(expectedFinding),
          })),
        );
      });
    }
    // The rule cases reach more than one outcome, so the test above compares more than one kind of verdict.
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('carries no words: no condition summary, no note, no quote', () => {
    for (const loaded of cases) {
      const text = JSON.stringify(caseReport(loaded).doc.verdicts);
      expect(text).not.toMatch(/"(summary|note|quote)":/);
    }
  });

  it('holds only the validated answers: a wrong answer is named with its problem, never with its value', () => {
    const ctx = answerContext(entries, '2026-11-22');
    const state: FormState = {
      applicantType: 'robot',
      checkDate: '2026-05-01',
      foundedOn: '2099-01-01',
      jurisdiction: '无此地/某区',
    };
    const view = wizardView(entries, state, ctx);
    expect(view.problems.length).toBeGreaterThan(0);
    const doc = reportDocument({
      dataAsOf: DATA_AS_OF,
      checkDate: view.checkDate,
      answers: view.answers,
      problems: view.problems,
      verdicts: view.verdicts,
    });
    expect(doc.answersValid).toBe(false);
    expect(doc.answers).toEqual({ checkDate: '2026-05-01' });
    expect(doc.invalidAnswers.map((p) => p.field).sort()).toEqual(['applicantType', 'foundedOn', 'jurisdiction']);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('"robot"');
    expect(text).not.toContain('"2099-01-01"');
    // The verdicts are those of the valid answers alone: the engine's for them.
    expect(doc.verdicts.map((v) => v.outcome)).toEqual(
      checkAll(entries, { checkDate: '2026-05-01' }, '2026-05-01').map((v) => v.outcome),
    );
  });

  it('does not share the answers it was made of: changing one later does not change the document', () => {
    const answers = { applicantType: 'organization' as const, checkDate: '2026-05-01', accidents: [] };
    const doc = reportDocument({ dataAsOf: DATA_AS_OF, checkDate: '2026-05-01', answers, problems: [], verdicts: [] });
    answers.accidents.push({ date: '2026-01-01' } as never);
    expect(doc.answers.accidents).toEqual([]);
  });
});

describe('the worded report', () => {
  it('adds each outcome in words beside its code, and changes nothing else', () => {
    const { verdicts, doc } = caseReport(cases[0]!);
    const worded = wordedReport(doc, verdicts);
    worded.verdicts.forEach((wv, i) => {
      const { shortName, outcomeText, tiers, ...rest } = wv;
      const { tiers: docTiers, ...docRest } = doc.verdicts[i]!;
      expect(rest).toEqual(docRest);
      expect(shortName).toBe(verdicts[i]!.shortName);
      expect(outcomeText.startsWith(OUTCOME_LABELS[wv.outcome])).toBe(true);
      expect(tiers.map(({ name: _n, outcomeText: _o, ...t }) => t)).toEqual(docTiers);
      for (const t of tiers) expect(t.outcomeText).toContain(t.name);
    });
    expect(worded.answers).toEqual(doc.answers);
  });
});

describe('the report’s file name', () => {
  it('names the applicant where there is a name, and the check day always', () => {
    expect(reportFileName('2026-05-01')).toBe('eligibility-report-2026-05-01.json');
    expect(reportFileName('2026-05-01', '  ')).toBe('eligibility-report-2026-05-01.json');
    expect(reportFileName('2026-05-01', '南通 某某 有限公司')).toBe(
      'eligibility-report-南通-某某-有限公司-2026-05-01.json',
    );
  });

  it('keeps path separators, reserved punctuation and control characters out, and cuts a long name', () => {
    const name = reportFileName('2026-05-01', '../a/b\\c:d*e?"<f>|\u0000g\u202eh');
    expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}\p{Cf}]/u);
    expect(name.startsWith('eligibility-report-')).toBe(true);
    expect(name.endsWith('-2026-05-01.json')).toBe(true);
    expect([...reportFileName('2026-05-01', '名'.repeat(500))].length).toBeLessThan(100);
  });
});

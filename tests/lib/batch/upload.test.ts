// The browser's batch check without the browser: a file's text checked against a rules source as the page's worker
// checks it — only the full rules the applicants' places call for fetched, verdicts as checkApplicant gives them,
// a client's report checked again the same, and the limits said before any work.
import { describe, expect, it } from 'vitest';
import { CODE_WORDS, rowOfAnswers } from '../../../src/lib/batch/answer-cells.ts';
import { checkApplicant, isInvalid } from '../../../src/lib/batch/check.ts';
import { csvApplicants } from '../../../src/lib/batch/csv-applicants.ts';
import { resultRows } from '../../../src/lib/batch/results.ts';
import {
  applicantReport,
  checkBatch,
  formatOf,
  MAX_APPLICANTS,
  MAX_FILE_BYTES,
  type RulesSource,
  rulesFor,
} from '../../../src/lib/batch/upload.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { ANSWER_COLUMNS } from '../../../src/lib/eligibility/answer-row.ts';
import { answerContext, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { rulesIndex, withSuccessions } from '../../../src/lib/eligibility/split.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import { realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';
import { caseAnswers } from '../../../src/lib/eligibility/cases.ts';

const full = withSuccessions(realEntries()).map((e) => ({
  id: e.id,
  regulation: rulesOf(e.regulation),
  ...(e.succession && { succession: e.succession }),
}));
const index = rulesIndex(full);
const TODAY = '2026-12-02';

/** The site's rules as the worker fetches them, counting each full rules file asked for. */
function source(): RulesSource & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    index: async () => structuredClone(index),
    full: async (id) => {
      fetched.push(id);
      return structuredClone(full.find((e) => e.id === id)!);
    },
  };
}

const cases = ruleCases(full)
  .filter(({ c }) => c.checkDate <= TODAY)
  .map(({ file, c }) => ({ name: c.name, answers: caseAnswers(file, c) }));
const csvOf = (clients: { name: string; answers: Record<string, unknown> }[]) =>
  toCsv(
    ANSWER_COLUMNS,
    clients.map((c) => rowOfAnswers(c.name, c.answers, CODE_WORDS)),
  );

describe('checkBatch', () => {
  it('checks every applicant as checkApplicant does with the full rules', async () => {
    const text = csvOf(cases);
    const { outcome, run } = await checkBatch(text, 'csv', source(), { today: TODAY });
    const ctx = answerContext(full, TODAY);
    const applicants = csvApplicants(text).applicants;
    const want = applicants.map((a) => checkApplicant(a, full, ctx, { today: TODAY }));
    expect(outcome.applicants).toBe(cases.length);
    expect(outcome.rows).toEqual(want.flatMap(resultRows));
    expect(outcome.invalid).toEqual(want.filter(isInvalid));
    // A client's report is its verdicts again, with the questions it would be asked.
    const first = want.find((w) => !isInvalid(w))!;
    const report = applicantReport(run!, first.row)!;
    expect(report.verdicts).toEqual(!isInvalid(first) && first.verdicts);
    expect(report.fields).toContain('applicantType');
    expect(applicantReport(run!, 99_999)).toBeUndefined();
  });

  it('fetches only the full rules of the regulations covering the applicants’ places', async () => {
    const partial = index.filter((e) => e.partial);
    expect(partial.length).toBeGreaterThan(0);
    const one = partial[0]!;
    const place = jurisdictionPath(one.regulation);
    const clients = [
      { name: '甲', answers: { applicantType: 'organization', jurisdiction: place } },
      { name: '乙', answers: { applicantType: 'organization', jurisdiction: place } },
      { name: '丙', answers: { applicantType: 'organization', jurisdiction: '火星省' } },
    ];
    const s = source();
    const entries = await rulesFor(csvApplicants(csvOf(clients)).applicants, s);
    expect(s.fetched.sort()).toEqual(
      partial
        .filter((e) => jurisdictionPath(e.regulation) === place)
        .map((e) => e.id)
        .sort(),
    );
    expect(entries.find((e) => e.id === one.id)).toEqual(full.find((e) => e.id === one.id));
  });

  it('says a file too large, or with too many applicants, before checking any', async () => {
    const big = await checkBatch('x'.repeat(MAX_FILE_BYTES + 1), 'csv', source(), { today: TODAY });
    expect(big.outcome).toMatchObject({ rows: [], limit: { code: 'file-too-large' } });
    const many = `name\n${'客户\n'.repeat(MAX_APPLICANTS + 1)}`;
    const s = source();
    const long = await checkBatch(many, 'csv', s, { today: TODAY });
    expect(long.outcome).toMatchObject({ rows: [], limit: { code: 'too-many-applicants', count: MAX_APPLICANTS + 1 } });
    expect(s.fetched).toEqual([]);
  });

  it('keeps a file problem beside the rows read before it, and says when the rules cannot be had', async () => {
    const broken = `${csvOf(cases.slice(0, 2))}"unclosed,`;
    const { outcome } = await checkBatch(broken, 'csv', source(), { today: TODAY });
    expect(outcome.applicants).toBe(2);
    expect(outcome.problem).toMatchObject({ code: 'unterminated-quote' });
    const offline: RulesSource = { index: () => Promise.reject(new Error('HTTP 404')), full: () => Promise.reject() };
    const failed = await checkBatch(csvOf(cases.slice(0, 1)), 'csv', offline, { today: TODAY });
    expect(failed.outcome.limit).toEqual({ code: 'rules-unavailable', detail: 'HTTP 404' });
  });

  it('tells progress as it goes, ending at the number of applicants', async () => {
    const seen: number[] = [];
    const clients = Array.from({ length: 600 }, (_, i) => cases[i % cases.length]!);
    await checkBatch(csvOf(clients), 'csv', source(), { today: TODAY }, (p) => seen.push(p.done));
    expect(seen).toEqual([250, 500, 600]);
  });
});

describe('formatOf', () => {
  it('goes by the extension, as npm run check does, then by the first character', () => {
    expect(formatOf('clients.CSV', '[')).toBe('csv');
    expect(formatOf('clients.json', 'name')).toBe('json');
    expect(formatOf('clients.txt', '\ufeff  [{"name":"甲"}]')).toBe('json');
    expect(formatOf('clients', 'name,applicantType')).toBe('csv');
  });
});

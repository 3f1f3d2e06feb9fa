// Result rows: one per client × regulation of its place × tier, with the tier's
// outcome in the wizard's words; a row for an invalid client with its problems;
// the same rows as CSV and JSON downloads.
import { describe, expect, it } from 'vitest';
import { checkApplicant } from '../../../src/lib/batch/check.ts';
import { RESULT_COLUMNS, resultRows, resultsCsv, resultsJson } from '../../../src/lib/batch/results.ts';
import { parseCsv } from '../../support/csv.ts';
import { answerContext } from '../../../src/lib/eligibility/engine.ts';
import { BATCH_OUTCOME_LABELS, RESULT_COLUMN_LABELS } from '../../../src/lib/wording/batch.ts';
import { isOutOfArea, tierOutcomeText } from '../../../src/lib/wording/findings.ts';
import { realEntries } from '../../support/regulations.ts';

const TODAY = '2026-11-22';
const entries = realEntries();
const context = answerContext(entries, TODAY);
const place = entries[0]!.regulation.jurisdiction;
const jurisdiction = [place.province, place.city, place.district].filter(Boolean).join('/');
const applicant = (raw: Record<string, unknown>, row = 2) => ({ row, name: `客户${row}`, raw, problems: [] });

describe('resultRows', () => {
  it('a row per tier of each regulation of the client’s place, none for other places', () => {
    const checked = checkApplicant(applicant({ applicantType: 'organization', jurisdiction }), entries, context, {
      today: TODAY,
    });
    if ('problems' in checked) throw new Error(JSON.stringify(checked.problems));
    const rows = resultRows(checked);
    const here = checked.verdicts.filter((v) => !isOutOfArea(v, checked.outOfPlace));
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThan(entries.length);
    expect(rows).toHaveLength(here.reduce((n, v) => n + Math.max(1, v.tiers.length), 0));
    const v = here[0]!;
    const t = v.tiers[0]!;
    expect(rows[0]).toMatchObject({
      row: 2,
      name: '客户2',
      checkDate: TODAY,
      regulation: v.id,
      shortName: v.shortName,
      tier: t.id,
      tierName: t.name,
      outcome: t.outcome,
      outcomeText: tierOutcomeText(t, v),
      problems: '',
    });
    // Unanswered questions leave conditions unknown, named in short words.
    expect(rows[0]!.unknown).not.toBe('');
  });

  it('one row for an invalid client, with its problems by field', () => {
    const checked = checkApplicant(applicant({ foundedOn: '2030-01-01' }, 5), entries, context, { today: TODAY });
    expect(resultRows(checked)).toEqual([
      expect.objectContaining({
        row: 5,
        outcome: 'invalid',
        outcomeText: BATCH_OUTCOME_LABELS.invalid,
        regulation: '',
        problems: expect.stringMatching(/^foundedOn: 2030-01-01 晚于今天/),
      }),
    ]);
  });

  it('one row saying so for a client no regulation covers', () => {
    const checked = checkApplicant(
      applicant({ applicantType: 'organization', jurisdiction: 'other' }),
      entries,
      context,
      {
        today: TODAY,
      },
    );
    expect(resultRows(checked).map((r) => r.outcome)).toEqual(['no-place-covered']);
  });
});

describe('the downloads', () => {
  const rows = [applicant({ applicantType: 'organization', jurisdiction }), applicant({ foundedOn: 'x' }, 3)].flatMap(
    (a) => resultRows(checkApplicant(a, entries, context, { today: TODAY })),
  );

  it('CSV: the columns’ Chinese names, then a line per row in column order', () => {
    const table = parseCsv(resultsCsv(rows));
    expect(table[0]).toEqual(RESULT_COLUMNS.map((c) => RESULT_COLUMN_LABELS[c]));
    expect(table.slice(1)).toEqual(rows.map((r) => RESULT_COLUMNS.map((c) => String(r[c]))));
  });

  it('JSON: the rows as objects keyed by the columns', () => {
    expect(JSON.parse(resultsJson(rows))).toEqual(rows);
  });
});

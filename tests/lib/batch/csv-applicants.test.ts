// Applicants from CSV: the header checked whole, rows read one at a time with
// their own faults, file problems as codes with the line or column they concern.
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS } from '../../../src/lib/batch/applicant.ts';
import { csvApplicants } from '../../../src/lib/batch/csv-applicants.ts';
import { ANSWER_COLUMNS } from '../../../src/lib/eligibility/answer-row.ts';

const HEADER = 'name,applicantType,foundedOn';

describe('csvApplicants', () => {
  it('reads each row as an applicant, named by its name cell or its row, blank lines counted but skipped', () => {
    const { applicants, problem } = csvApplicants(
      `\ufeff${HEADER}\r\n甲,organization,2020-01-01\r\n\r\n,individual,\r\n`,
    );
    expect(problem).toBeUndefined();
    expect(applicants.map((a) => [a.row, a.name, a.raw])).toEqual([
      [2, '甲', { applicantType: 'organization', foundedOn: '2020-01-01' }],
      [4, '第4行', { applicantType: 'individual' }],
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside a cell', () => {
    const { applicants } = csvApplicants(`${HEADER}\n"甲,""乙""\n丙",organization,\n`);
    expect(applicants[0]?.name).toBe('甲,"乙"\n丙');
  });

  it('an unterminated quote stops the file at the line its record began, after the rows before it', () => {
    const text = `${HEADER}\n甲,organization,\n"乙,organization,\n丙,organization,\n丁,individual,\n`;
    const { applicants, problem } = csvApplicants(text);
    expect(applicants.map((a) => a.name)).toEqual(['甲']);
    expect(problem).toEqual({ code: 'unterminated-quote', line: 3 });
  });

  it('a column named twice stops the file before any row, naming it and its positions', () => {
    const { applicants, problem } = csvApplicants('name,applicantType,applicantType\n甲,organization,individual\n');
    expect(applicants).toEqual([]);
    expect(problem).toEqual({ code: 'duplicated-column', row: 1, column: 'applicantType', detail: '2,3' });
  });

  it('a column the checker does not read stops the file; a first row of data is no header', () => {
    expect(csvApplicants('name,applicantTyp\n甲,organization\n').problem).toMatchObject({
      code: 'unknown-column',
      column: 'applicantTyp',
    });
    expect(csvApplicants('甲,organization,2020-01-01\n').problem).toEqual({ code: 'no-header', row: 1 });
  });

  it('cells beyond the header are that row’s problem, by column; the other rows are read', () => {
    const { applicants, problem } = csvApplicants(`${HEADER}\n甲,organization,2020-01-01,多余\n乙,organization,\n`);
    expect(problem).toBeUndefined();
    expect(applicants[0]?.problems).toEqual([{ field: '第4列', message: expect.stringContaining('多余') }]);
    expect(applicants[1]?.problems).toEqual([]);
  });

  it('trailing empty cells beyond the header are no problem', () => {
    expect(csvApplicants(`${HEADER}\n甲,organization,,,\n`).applicants[0]?.problems).toEqual([]);
  });

  it('an empty file, a BOM alone and a header with no rows have nothing to check', () => {
    expect(csvApplicants('').problem).toEqual({ code: 'empty-file' });
    expect(csvApplicants('\ufeff\n\n').problem).toEqual({ code: 'empty-file' });
    expect(csvApplicants(`${ANSWER_COLUMNS.join(',')}\n`).problem).toEqual({ code: 'no-applicants' });
  });

  it('a stray quote inside a cell is read as written, as spreadsheet programs write it', () => {
    expect(csvApplicants(`${HEADER}\n甲"乙,organization,\n`).applicants[0]?.name).toBe('甲"乙');
    expect(csvApplicants(`${HEADER}\n"甲"乙,organization,\n`).applicants[0]?.name).toBe('"甲"乙');
  });

  it('a record longer than the bound stops the file at its line, without reading it whole', () => {
    const long = 'x'.repeat(MAX_RECORD_CHARS + 10);
    const { applicants, problem } = csvApplicants(`${HEADER}\n甲,organization,\n"${long}\n`);
    expect(applicants).toHaveLength(1);
    expect(problem).toEqual({ code: 'record-too-large', line: 3 });
  });
});

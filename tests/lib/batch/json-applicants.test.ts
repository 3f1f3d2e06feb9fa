// Applicants from JSON: one object or an array; a BOM accepted; anything but an
// object where an applicant should be stops the file, naming its position.
import { describe, expect, it } from 'vitest';
import { jsonApplicants } from '../../../src/lib/batch/json-applicants.ts';

describe('jsonApplicants', () => {
  it('reads one object, or each element of an array, named or by position', () => {
    expect(jsonApplicants('{"name":"甲","applicantType":"organization"}').applicants).toEqual([
      { row: 1, name: '甲', raw: { applicantType: 'organization' }, problems: [] },
    ]);
    const { applicants } = jsonApplicants('[{"applicantType":"individual"},{"name":" ","foundedOn":"2020-01-01"}]');
    expect(applicants.map((a) => [a.row, a.name])).toEqual([
      [1, '申报者1'],
      [2, '申报者2'],
    ]);
  });

  it('accepts a BOM', () => {
    expect(jsonApplicants('\ufeff{"applicantType":"organization"}').problem).toBeUndefined();
  });

  it.each([
    ['null', 'null'],
    ['42', 'number'],
    ['"甲"', 'string'],
    ['[1]', 'array'],
    ['true', 'boolean'],
  ])('an applicant that is %s is a file problem at its position', (value, kind) => {
    const { applicants, problem } = jsonApplicants(`[{"name":"甲"},${value}]`);
    expect(applicants.map((a) => a.name)).toEqual(['甲']);
    expect(problem).toEqual({ code: 'not-object', row: 2, detail: kind });
  });

  it('a file of one value that is not an object is a problem at position 1', () => {
    expect(jsonApplicants('42').problem).toEqual({ code: 'not-object', row: 1, detail: 'number' });
  });

  it('text that is not JSON, an empty file and an empty array', () => {
    expect(jsonApplicants('{"a":').problem).toMatchObject({ code: 'not-json' });
    expect(jsonApplicants(' \n').problem).toEqual({ code: 'empty-file' });
    expect(jsonApplicants('[]').problem).toEqual({ code: 'no-applicants' });
  });

  it('carries older answers over and names what it cannot', () => {
    const { applicants } = jsonApplicants('{"lossYears":[2024]}');
    expect(applicants[0]?.problems.map((p) => p.field)).toEqual(['lossYears']);
  });
});

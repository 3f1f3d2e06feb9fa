// Rule case files checked against the regulations they name, each problem at
// its line: a file of the wrong shape, answers the checker refuses, and a
// verdict other than the expected one (only what differs is told).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { checkCaseFile } from '../../../src/lib/content/rule-cases.ts';
import { FIXTURES } from '../../support/paths.ts';
import { fixtureEntries } from '../../support/regulations.ts';

const entries = fixtureEntries();
const good = readFileSync(join(FIXTURES, 'cases/good/sample-2024.yaml'), 'utf8');
const problemsOf = (text: string) => checkCaseFile('x.yaml', text, entries).map(formatProblem);

describe('a rule case file', () => {
  it('that gives the verdicts it expects has no problem', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it('of the wrong shape: the field, at its line', () => {
    const text = good.replace('outcome: eligible', 'outcome: fine');
    const line = text.split('\n').findIndex((l) => l.includes('outcome: fine')) + 1;
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(new RegExp(`^x\\.yaml:${line}: cases\\[0\\]\\.expect\\.outcome: `)),
    ]);
  });

  it('whose answers the checker refuses: the case and the answer', () => {
    const text = good.replace(
      '    expect: { outcome: eligible }',
      '    answers: { jurisdiction: 别处省 }\n    expect: { outcome: eligible }',
    );
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/^x\.yaml:\d+: case "注册在样例区，其余条件留给申报人自查": answer jurisdiction: /),
    ]);
  });

  it('with a wrong verdict: only what differs, expected and got', () => {
    const text = good.replace(
      'expect: { outcome: eligible }',
      'expect: { outcome: eligible, eligibleFrom: 2027-01-01 }',
    );
    expect(problemsOf(text)).toEqual([
      'x.yaml:13: case "注册在样例区，其余条件留给申报人自查": expected eligibleFrom 2027-01-01, got eligibleFrom null',
    ]);
  });

  it('naming a regulation the content does not hold', () => {
    expect(problemsOf(good.replace('regulation: sample-2024', 'regulation: elsewhere-2020'))).toEqual([
      'x.yaml:3: regulation: unknown regulation "elsewhere-2020": expected the id of a valid content file',
    ]);
  });
});

// The rule cases beside the content (content/cases/*.yaml), parsed, each with
// the answers it stands for as the engine takes them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Answers, parseAnswers } from '../../src/lib/eligibility/answers.ts';
import { type CaseFile, caseAnswers, parseCaseFile, type RuleCase } from '../../src/lib/eligibility/cases.ts';
import { answerContext, type CheckInput } from '../../src/lib/eligibility/engine.ts';
import { CASES, ROOT } from './paths.ts';

const DIR = CASES ?? join(ROOT, 'content/cases');

export interface LoadedCase {
  file: CaseFile;
  c: RuleCase;
  /** The case's answers, parsed against the given entries (undefined if they do not parse). */
  answers?: Answers;
}

export function ruleCases(entries: CheckInput[]): LoadedCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const file = parseCaseFile(f, readFileSync(join(DIR, f), 'utf8'));
      return file.cases.map((c) => ({
        file,
        c,
        answers: parseAnswers(caseAnswers(file, c), answerContext(entries, c.checkDate)).answers,
      }));
    });
}

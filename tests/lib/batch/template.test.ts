// The template's columns and examples come from the facts registry and the codebook: a column per answer in
// ANSWER_COLUMNS' order, each list's parts in the registry's order, and an example applicant of each type that
// passes validation as of the day it is written for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowOfAnswers } from '../../../src/lib/batch/answer-cells.ts';
import { exampleApplicant, templateColumns } from '../../../src/lib/batch/template.ts';
import { APPLICANT_TYPES } from '../../../src/lib/codebook.ts';
import { ANSWER_COLUMNS, answersFromRow, partsOf } from '../../../src/lib/eligibility/answer-row.ts';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { FACT_IDS, FACTS } from '../../../src/lib/facts.ts';
import { ROOT } from '../../support/paths.ts';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));

describe('templateColumns', () => {
  it('is ANSWER_COLUMNS, each fact with its type, who is asked and its parts in the registry’s order', () => {
    const columns = templateColumns();
    expect(columns.map((c) => c.column)).toEqual(ANSWER_COLUMNS);
    for (const fact of FACT_IDS) {
      const c = columns.find((x) => x.column === fact)!;
      expect(c).toMatchObject({ kind: FACTS[fact].type, fact, askedOf: FACTS[fact].askedOf });
      expect(c.parts.map((p) => p.name)).toEqual(partsOf(fact));
    }
  });

  it('names no fact in its own code: a new fact needs no edit there', () => {
    // A fact named as its type is (jurisdiction) is read by its type, which the code does name.
    const types = new Set<string>(Object.values(FACTS).map((f) => f.type));
    for (const file of ['src/lib/batch/template.ts', 'src/lib/wording/batch-template.ts']) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const fact of FACT_IDS.filter((f) => !types.has(f)))
        expect(source, `${file} names ${fact}`).not.toMatch(new RegExp(`\\b${fact}\\b`));
    }
  });
});

describe('exampleApplicant', () => {
  for (const today of ['2026-12-02', '2031-01-01'])
    it.each(APPLICANT_TYPES)(`answers every fact asked of an %s, validly as of ${today}`, (type) => {
      const ctx = answerContext(entries, today);
      const answers = exampleApplicant(type, ctx);
      const asked = FACT_IDS.filter((f) => (FACTS[f].askedOf as readonly string[]).includes(type));
      expect(Object.keys(answers).sort()).toEqual(['applicantType', 'checkDate', 'soughtTier', ...asked].sort());
      expect(parseAnswers(answers, ctx).problems).toEqual([]);
      // Written as a row, it reads back as itself.
      const cells = rowOfAnswers('示例', answers);
      expect(answersFromRow(Object.fromEntries(ANSWER_COLUMNS.map((c, i) => [c, cells[i]!])))).toEqual({
        raw: answers,
        problems: [],
      });
    });
});

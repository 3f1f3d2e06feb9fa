// Answers written as a CSV row read back, through answer-row.ts, as the answers they were written from: every rule
// case of the content, in codes and in the Chinese a consultant writes.
import { describe, expect, it } from 'vitest';
import { CODE_WORDS, cellOf, rowOfAnswers } from '../../../src/lib/batch/answer-cells.ts';
import { ANSWER_COLUMNS, answersFromRow } from '../../../src/lib/eligibility/answer-row.ts';
import { caseAnswers } from '../../../src/lib/eligibility/cases.ts';
import { rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { CHINESE_CELL_WORDS } from '../../../src/lib/wording/batch-template.ts';
import { realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';

const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const readBack = (cells: string[]) => answersFromRow(Object.fromEntries(ANSWER_COLUMNS.map((c, i) => [c, cells[i]!])));

describe('rowOfAnswers', () => {
  const cases = ruleCases(entries);

  it.each([
    ['codes', CODE_WORDS],
    ['Chinese', CHINESE_CELL_WORDS],
  ])('writes every rule case so that it reads back the same (%s)', (_, words) => {
    expect(cases.length).toBeGreaterThan(0);
    for (const { file, c } of cases) {
      const answers = caseAnswers(file, c);
      const cells = rowOfAnswers(c.name, answers, words);
      expect(cells[0]).toBe(c.name);
      expect(readBack(cells), `${file.regulation}: ${c.name}`).toEqual({ raw: answers, problems: [] });
    }
  });

  it('leaves unanswered empty, writes none as such, and keeps a half answer half', () => {
    expect(cellOf('accidents', undefined)).toBe('');
    expect(cellOf('accidents', [], CHINESE_CELL_WORDS)).toBe('无');
    // An item with no part known is still an item (有, nothing filled in), never dropped into 没有.
    const half = rowOfAnswers('甲', { accidents: [{}], administrativePenalties: [{}, { date: '2024-01-02' }] });
    expect(readBack(half).raw).toEqual({ accidents: [{}], administrativePenalties: [{}, { date: '2024-01-02' }] });
    // An unknown middle part stays unknown; the later ones keep their places.
    const cell = cellOf('accidents', [{ date: '2024-01-02', grade: 'major' }], CHINESE_CELL_WORDS);
    expect(readBack(rowOfAnswers('乙', { accidents: [{ date: '2024-01-02', grade: 'major' }] })).raw).toEqual({
      accidents: [{ date: '2024-01-02', grade: 'major' }],
    });
    expect(cell).toBe('2024-01-02::重大');
  });
});

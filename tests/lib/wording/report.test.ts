// The report's own words: a wrong answer is shown as given and marked, never in the words of a valid one, and never
// throws or echoes a pasted file whole; a problem says where in its answer it is.
import { describe, expect, it } from 'vitest';
import { APPLICANT_TYPES } from '../../../src/lib/codebook.ts';
import { FACTS, type FactId } from '../../../src/lib/facts.ts';
import { recipientLabel } from '../../../src/lib/wording/values.ts';
import { partLabelOf, questionOf } from '../../../src/lib/wording/questions.ts';
import {
  INVALID_MARK,
  problemField,
  problemText,
  questionOfField,
  reportAnswerText,
} from '../../../src/lib/wording/report.ts';

const listFact = (Object.keys(FACTS) as FactId[]).find((f) => FACTS[f].type === 'events')!;

describe('an answer in the report', () => {
  it('a wrong applicant type is shown as given, never as a type the checker knows', () => {
    const text = reportAnswerText('applicantType', 'robot', true);
    expect(text).toContain('robot');
    expect(text).toContain(INVALID_MARK);
    for (const t of APPLICANT_TYPES) expect(text).not.toContain(recipientLabel(t));
    // The same value with no problem beside it would be words of a valid answer.
    expect(reportAnswerText('applicantType', 'organization', false)).toBe(recipientLabel('organization'));
  });

  it('any value of a wrong answer is shown without throwing, and a long one is cut', () => {
    const odd = [
      { toString: 1, valueOf: 1 },
      Symbol('s'),
      10n,
      () => 1,
      Object.create(null),
      [1, [2]],
      'x'.repeat(10_000),
    ];
    for (const v of odd) {
      const text = reportAnswerText('checkDate', v, true);
      expect(text).toContain(INVALID_MARK);
      expect(text.length).toBeLessThan(120);
    }
  });

  it('a blank value is unanswered, not the word null', () => {
    for (const v of [null, '', Number.NaN]) expect(reportAnswerText('checkDate', v, false)).toBe('（未回答）');
  });

  it('a field the checker does not ask is named as such, prototype keys too', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'noSuchFact'])
      expect(questionOfField(key)).toContain(key);
    expect(questionOfField(listFact)).toBe(questionOf(listFact));
  });
});

describe('a problem in the report', () => {
  it('names the item and the part of a list answer it is in', () => {
    const p = { field: `${listFact}.2.date`, message: '2099-01-01 晚于今天' };
    expect(problemField(p.field)).toBe(listFact);
    expect(problemText(p)).toBe(`第 3 项的${partLabelOf(listFact, 'date')}：${p.message}`);
    expect(problemText({ field: listFact, message: 'm' })).toBe('m');
  });
});

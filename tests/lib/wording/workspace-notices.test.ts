// The workspace's words for what it could not read: each dropped part named by its question (and item and part),
// unknown keys quoted and cut, and an imported applicant's problems by its place and name.
import { describe, expect, it } from 'vitest';
import { readFormState } from '../../../src/lib/eligibility/form-state.ts';
import { FACT_IDS, FACTS } from '../../../src/lib/facts.ts';
import { partLabelOf, questionOf } from '../../../src/lib/wording/questions.ts';
import { droppedNotice, unreadableShareNotice } from '../../../src/lib/wording/workspace-notices.ts';
import { applicantProblemText } from '../../../src/lib/wording/workspace-file.ts';

const listFact = FACT_IDS.find((id) => FACTS[id].type === 'events')!;

describe('what could not be read, in words', () => {
  it('names each dropped part by its question, its item and its part, with what was expected', () => {
    const { dropped, droppedCount } = readFormState({
      checkDate: { toString: 1 },
      [listFact]: [{ date: [1] }, 'x'],
      ['\u0007evil'.repeat(20)]: 1,
    });
    const text = droppedNotice('share', dropped, droppedCount);
    expect(text).toMatch(/^分享链接中有 4 项无法读取，已忽略：/);
    expect(text).toContain(`${questionOf('checkDate')}（应为文字）`);
    expect(text).toContain(`${questionOf(listFact)} 第 1 项的${partLabelOf(listFact, 'date')}（应为`);
    expect(text).toContain(`${questionOf(listFact)} 第 2 项（应为一项记录）`);
    expect(text).not.toContain('\u0007');
    expect(text).toContain(`“${'evil'.repeat(10)}”（没有这一项）`);
  });

  it('counts what it does not name', () => {
    const { dropped, droppedCount } = readFormState(
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, 1])),
    );
    expect(droppedNotice('storage', dropped, droppedCount)).toMatch(/^本机保存的回答中有 30 项.*；另有 10 项。$/);
  });

  it('a __proto__ key is quoted as a key, not read as a label', () => {
    const { dropped, droppedCount } = readFormState(JSON.parse('{"__proto__":{"x":1}}'));
    expect(droppedNotice('share', dropped, droppedCount)).toContain('“__proto__”（没有这一项）');
  });

  it('says an unreadable link changed nothing', () => {
    expect(unreadableShareNotice('too-long')).toContain('64 KB');
    expect(unreadableShareNotice('damaged')).toContain('已有的回答都没有改动');
  });

  it("names an imported applicant's problems by its place in the file and its name", () => {
    expect(
      applicantProblemText({ index: 2, name: '甲公司', skipped: 'not-an-applicant', dropped: [], droppedCount: 0 }),
    ).toMatch(/^第 3 个申报主体“甲公司”：没有导入/);
    const text = applicantProblemText({
      index: 0,
      nameProblem: 'too-long',
      dropped: [{ field: 'checkDate', reason: 'wrong-type', expected: 'text' }],
      droppedCount: 1,
    });
    expect(text).toBe(
      `第 1 个申报主体：名称过长，已截为 60 字；1 项无法读取，已忽略：${questionOf('checkDate')}（应为文字）`,
    );
  });
});

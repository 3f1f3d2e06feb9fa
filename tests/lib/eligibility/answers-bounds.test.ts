// Answers under bad input: days outside the calendar the checker knows are refused wherever they are given, a
// list too long is one problem and its items are not read, no message echoes more than a short quote of what it
// got, the problems listed are capped, and validation stays linear in the input's size.
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS, MAX_NAME_LENGTH, MAX_PROBLEMS, parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, checkAll } from '../../../src/lib/eligibility/engine.ts';
import { FACT_IDS, FACTS } from '../../../src/lib/facts.ts';
import { fastestOnCpu } from '../../support/cpu-time.ts';
import { realEntries } from '../../support/regulations.ts';

const TODAY = '2026-11-22';
const entries = realEntries();
const ctx = answerContext(entries, TODAY);
const LIST_FACTS = FACT_IDS.filter((id) => ['events', 'annual', 'periods', 'awards'].includes(FACTS[id].type));
const EVENT_FACTS = FACT_IDS.filter((id) => FACTS[id].type === 'events');

describe('days before 1900 (defect 1)', () => {
  // Once accepted: "0500-01-01" + 3 years was written "503-01-01", which sorts after every real day.
  it.each([
    ['an accident', { accidents: [{ date: '0500-01-01' }] }, 'accidents.0.date'],
    ['a founding date', { foundedOn: '0500-01-01' }, 'foundedOn'],
    ['the check day', { checkDate: '0500-01-01' }, 'checkDate'],
    ['an earlier award', { earlierAwards: [{ date: '0500-01-01' }] }, 'earlierAwards.0.date'],
    ['a work period', { workHistory: [{ from: '0500-01-01' }] }, 'workHistory.0.from'],
  ])('are refused in %s, so no verdict is given', (_, input, field) => {
    const r = parseAnswers({ applicantType: 'organization', ...input }, ctx);
    expect(r.answers).toBeUndefined();
    expect(r.problems).toEqual([
      { field, message: expect.stringMatching(/1900-01-01 与 2200-12-31 之间（收到“0500-01-01”）/) },
    ]);
  });

  it('refuse a bare day where an item was expected, in words', () => {
    const r = parseAnswers({ accidents: ['0500-01-01'] }, ctx);
    expect(r.answers).toBeUndefined();
    expect(r.problems).toEqual([{ field: 'accidents.0', message: expect.stringMatching(/^每项应为一条事项（对象/) }]);
  });

  it('accept the odd days the calendar has, and refuse those it lacks', () => {
    expect(parseAnswers({ foundedOn: '2000-02-29' }, ctx).answers).toEqual({ foundedOn: '2000-02-29' });
    for (const day of ['1900-02-29', '2026-02-30', '9999-12-31', '0000-02-29', '', '2026-1-01'])
      expect(parseAnswers({ foundedOn: day }, ctx).answers, day).toBeUndefined();
  });
});

describe('bounded and linear (defect 2)', () => {
  it('reports a list too long as one problem, its items unread', () => {
    const items = Array.from({ length: 64_000 }, () => ({ date: '2026-02-30', grade: 'none' }));
    for (const fact of LIST_FACTS) {
      const r = parseAnswers({ [fact]: items }, ctx);
      expect(r.problems, fact).toEqual([{ field: fact, message: `最多填写 ${MAX_ITEMS} 项（收到 64000 项）` }]);
    }
    // The limit itself is allowed.
    const full = Array.from({ length: MAX_ITEMS }, () => ({ date: '2024-01-01' }));
    expect(parseAnswers({ accidents: full }, ctx).problems).toEqual([]);
  });

  it('validates 64,000 items in under a second, and twice as many in about twice the time', () => {
    const future = (n: number) => ({ accidents: Array.from({ length: n }, () => ({ date: '2030-01-01' })) });
    const [small, large] = [future(64_000), future(128_000)];
    const t64 = fastestOnCpu(() => parseAnswers(small, ctx));
    const t128 = fastestOnCpu(() => parseAnswers(large, ctx));
    expect(t64).toBeLessThan(1000);
    // Quadratic work would take four times as long; a floor of 10 ms keeps timer noise out of the ratio.
    expect(t128).toBeLessThan(2.5 * Math.max(t64, 10));
  });

  it('validates a 1.9 MB set of answers, like a huge share link, in well under 100 ms', () => {
    const junk = 'x'.repeat(1_900_000);
    const items = (n: number) => Array.from({ length: n }, () => ({ date: '2026-02-30', kind: 'x'.repeat(400) }));
    const shapes = {
      'unknown keys': Object.fromEntries(Array.from({ length: 128_000 }, (_, i) => [`k${i}`, i])),
      'one long string everywhere': {
        jurisdiction: junk,
        foundedOn: junk,
        checkDate: junk,
        accidents: [{ date: junk, kind: junk }],
        earlierAwards: [{ regulation: junk, tier: junk, date: junk }],
        sanctions: [{ regulation: junk }],
      },
      'every list full of long junk': Object.fromEntries(LIST_FACTS.map((f) => [f, items(MAX_ITEMS)])),
      'a list of 80,000 items': { accidents: Array.from({ length: 80_000 }, () => ({ date: '2026-02-30' })) },
    };
    for (const [shape, value] of Object.entries(shapes)) {
      const text = JSON.stringify(value);
      expect(text.length, shape).toBeGreaterThan(1_500_000);
      const input = JSON.parse(text);
      expect(
        fastestOnCpu(() => parseAnswers(input, ctx)),
        shape,
      ).toBeLessThan(100);
    }
  });

  it('never echoes more than a short quote of a value', () => {
    const long = 'x'.repeat(10_000);
    const r = parseAnswers(
      {
        jurisdiction: long,
        foundedOn: long,
        [long]: 1,
        accidents: [{ date: `9${long}` }],
        earlierAwards: [{ regulation: long, tier: long }],
        sanctions: [{ regulation: long }],
        workHistory: [{ place: long, from: long }],
      },
      ctx,
    );
    expect(r.problems.map((p) => p.field).sort()).toEqual([
      '(answers)',
      'accidents.0.date',
      'earlierAwards.0.regulation',
      'earlierAwards.0.tier',
      'foundedOn',
      'jurisdiction',
      'sanctions.0.regulation',
      'workHistory.0.from',
      'workHistory.0.place',
    ]);
    for (const p of r.problems) {
      expect(p.message, p.field).not.toContain('x'.repeat(41));
      expect(p.message.length, p.field).toBeLessThan(400);
    }
    expect(r.problems.find((p) => p.field === 'jurisdiction')?.message).toMatch(`最多 ${MAX_NAME_LENGTH} 个字符`);
  });

  it('lists at most MAX_PROBLEMS problems, and says how many more there are', () => {
    // Two problems in each of 200 items of every event record: thousands.
    const bad = Array.from({ length: MAX_ITEMS }, () => ({ date: '2026-02-30', responsible: 'yes' }));
    const input = Object.fromEntries(EVENT_FACTS.map((f) => [f, bad]));
    const { problems, answers } = parseAnswers(input, ctx);
    expect(answers).toBeUndefined();
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    // Each item: a day the calendar lacks, and a part the fact lacks (or not yes-or-no, where it has it).
    const total = EVENT_FACTS.length * MAX_ITEMS * 2;
    expect(problems.at(-1)).toEqual({
      field: '(answers)',
      message: `另有 ${total - MAX_PROBLEMS} 个问题未列出：请先改正以上各项`,
    });
  });

  it('names at most ten unknown items, and how many there are', () => {
    const input = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`question${i}`, true]));
    const [p, ...rest] = parseAnswers(input, ctx).problems;
    expect(rest).toEqual([]);
    expect(p).toEqual({
      field: '(answers)',
      message: `没有这一项：${Array.from({ length: 10 }, (_, i) => `question${i}`).join('、')} 等 25 项`,
    });
  });

  it('gives verdicts on a valid set at the limits', () => {
    const day = '2020-01-01';
    const answers = parseAnswers(
      {
        applicantType: 'organization',
        accidents: Array.from({ length: MAX_ITEMS }, () => ({ date: day })),
        jurisdiction: 'other',
      },
      ctx,
    ).answers;
    expect(answers).toBeDefined();
    expect(checkAll(entries, answers!, TODAY)).toHaveLength(entries.length);
  });
});

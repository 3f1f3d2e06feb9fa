// Unknown is never met: for every type of fact, an unanswered fact and a half
// answer (an item without its date, grade or figure) leave the test unknown and
// say what is missing; the complete answer decides it. Boundaries of the windows
// and sums are held here too.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/lib/eligibility/answers.ts';
import { runTest, type TestResult, type UnknownTest } from '../../../src/lib/eligibility/tests.ts';
import { FACT_IDS, FACTS, type FactId, type FactType, type TestOp } from '../../../src/lib/facts.ts';
import type { Condition } from '../../../src/lib/schema.ts';

const CHECK = '2026-11-22';
const REG = { jurisdiction: { province: '江苏省', city: '南通市', district: '通州区' } };
const PLACE = '江苏省/南通市/通州区';

const condition = (extra: Partial<Condition>): Condition => ({
  id: 'c',
  category: 'accidents',
  summary: 's',
  assessment: 'self-checkable',
  cite: { article: 1, quote: '近三年' },
  ...extra,
});

type Match = Record<string, (string | boolean)[]>;
const run = (fact: FactId, op: TestOp, answers: Answers, c: Partial<Condition> = {}, match?: Match) =>
  runTest('this-regulation', REG, condition(c), fact, op, match, answers, CHECK);

const unknown = (r: TestResult | UnknownTest) => {
  expect(r.result).toBe('unknown');
  return r as UnknownTest;
};
const decided = (r: TestResult | UnknownTest) => {
  expect(r.result).not.toBe('unknown');
  return r as TestResult;
};

/**
 * For each type of fact: a test that reads it, an answer that decides it, and half answers with what each lacks.
 * (`none` where a type has no half answer: a single value is there or not.)
 */
const BY_TYPE: Record<
  FactType,
  {
    fact: FactId;
    op: TestOp;
    c?: Partial<Condition>;
    match?: Match;
    complete: unknown;
    half: { value: unknown; lacks: string[] }[];
  }
> = {
  jurisdiction: { fact: 'jurisdiction', op: 'in-jurisdiction', complete: PLACE, half: [] },
  date: { fact: 'foundedOn', op: 'years-since-at-least', c: { minYears: 3 }, complete: '2020-01-01', half: [] },
  boolean: { fact: 'hasLicences', op: 'is-true', complete: true, half: [] },
  rank: { fact: 'industryRank', op: 'rank-at-most', c: { rankMax: 5 }, complete: 3, half: [] },
  count: { fact: 'inventionPatents', op: 'count-at-least', c: { minCount: 1 }, complete: 0, half: [] },
  events: {
    fact: 'accidents',
    op: 'none-within',
    c: { lookbackYears: 3 },
    match: { grade: ['larger', 'major', 'especially-major'] },
    complete: [{ date: '2025-01-01', grade: 'general' }],
    half: [
      { value: [{}], lacks: ['date', 'grade'] },
      { value: [{ date: '2025-01-01' }], lacks: ['grade'] },
      { value: [{ grade: 'major' }], lacks: ['date'] },
    ],
  },
  annual: {
    fact: 'annualResults',
    op: 'no-loss-within',
    c: { lookbackYears: 3 },
    match: { policyInduced: [false] },
    complete: [2023, 2024, 2025].map((year) => ({ year, netProfit: 10 })),
    half: [
      { value: [{ year: 2023, netProfit: 10 }, { year: 2024 }, { year: 2025, netProfit: 10 }], lacks: ['netProfit'] },
      {
        value: [
          { year: 2023, netProfit: 10 },
          { year: 2024, netProfit: -5 },
          { year: 2025, netProfit: 10 },
        ],
        lacks: ['policyInduced'],
      },
      { value: [{ year: 2023, netProfit: 10 }, { netProfit: 3 }, { year: 2025, netProfit: 10 }], lacks: ['year'] },
    ],
  },
  periods: {
    fact: 'workHistory',
    op: 'years-in-place-at-least',
    c: { minYears: 5 },
    complete: [{ place: PLACE, from: '2023-01-01' }],
    half: [
      {
        value: [
          { place: PLACE, from: '2023-01-01' },
          { from: '2015-01-01', to: '2020-01-01' },
        ],
        lacks: ['place'],
      },
      { value: [{ place: PLACE, from: '2023-01-01' }, { place: PLACE }], lacks: ['from'] },
    ],
  },
  // Earlier awards are read by re-application rules, not by condition tests: engine.test.ts and the rule cases.
  awards: { fact: 'earlierAwards', op: 'none-within', complete: undefined, half: [] },
};

describe('every type of fact', () => {
  const types = [...new Set(FACT_IDS.map((f) => FACTS[f].type))];

  it('has its unknowns tested here', () => {
    expect(Object.keys(BY_TYPE).sort()).toEqual([...types].sort());
  });

  for (const [type, t] of Object.entries(BY_TYPE)) {
    if (type === 'awards') continue;
    it(`${type}: unanswered is unknown, never met`, () => {
      expect(unknown(run(t.fact, t.op, {}, t.c, t.match)).fact).toBe(t.fact);
    });
    it(`${type}: the complete answer decides`, () => {
      decided(run(t.fact, t.op, { [t.fact]: t.complete } as Answers, t.c, t.match));
    });
    for (const h of t.half) {
      it(`${type}: a half answer lacking ${h.lacks.join(', ')} is unknown and says so`, () => {
        const r = unknown(run(t.fact, t.op, { [t.fact]: h.value } as Answers, t.c, t.match));
        expect([...new Set(r.incomplete?.flatMap((i) => i.missing))].sort()).toEqual([...h.lacks].sort());
      });
    }
  }
});

describe('dated records against what the article names', () => {
  const accidents = (items: object[]) => ({ accidents: items }) as Answers;
  const larger = { grade: ['larger', 'major', 'especially-major'] };

  it('an item of another kind does not count even without its date', () => {
    const r = decided(run('accidents', 'none-within', accidents([{ grade: 'general' }]), { lookbackYears: 3 }, larger));
    expect(r).toMatchObject({ result: 'pass', code: 'events-clear', unmatched: 1 });
  });

  it('an item of the kind named counts inside the window, and not on the day N years on', () => {
    const inside = run(
      'accidents',
      'none-within',
      accidents([{ date: '2023-11-23', grade: 'larger' }]),
      {
        lookbackYears: 3,
      },
      larger,
    );
    expect(decided(inside)).toMatchObject({ result: 'fail', code: 'events-within', eligibleFrom: '2026-11-23' });
    const onTheDay = run(
      'accidents',
      'none-within',
      accidents([{ date: '2023-11-22', grade: 'larger' }]),
      {
        lookbackYears: 3,
      },
      larger,
    );
    expect(decided(onTheDay)).toMatchObject({ result: 'pass', outside: ['2023-11-22'] });
  });

  it('a counted item decides the failure even beside half answers', () => {
    const r = run(
      'accidents',
      'none-within',
      accidents([{}, { date: '2025-01-01', grade: 'major' }]),
      { lookbackYears: 3 },
      larger,
    );
    expect(decided(r).result).toBe('fail');
  });

  it('with no window, an item of the kind named counts whenever it happened, dated or not', () => {
    const r = run('exportIncidents', 'none-within', { exportIncidents: [{}] } as Answers);
    expect(decided(r)).toMatchObject({ result: 'fail', code: 'events-no-limit', count: 1 });
  });

  it('a scheme attribute matches the regulation checked as this, any other as other', () => {
    const own = { regulation: ['this'], event: ['fraud-found-at-application'] };
    const at = (regulation: string) =>
      run(
        'sanctions',
        'none-within',
        { sanctions: [{ regulation, event: 'fraud-found-at-application', date: '2025-01-01' }] } as Answers,
        { lookbackYears: 3 },
        own,
      );
    expect(decided(at('this-regulation')).result).toBe('fail');
    expect(decided(at('other')).result).toBe('pass');
    expect(decided(at('another-regulation')).result).toBe('pass');
  });
});

describe('annual records', () => {
  const results = (...netProfit: number[]) =>
    ({ annualResults: netProfit.map((n, i) => ({ year: 2023 + i, netProfit: n })) }) as Answers;

  it('reads the complete years before the check day: a loss three years back clears on 1 January', () => {
    const r = run('annualResults', 'no-loss-within', results(-1, 5, 5), { lookbackYears: 3 });
    expect(decided(r)).toMatchObject({ result: 'fail', lossYears: [2023], eligibleFrom: '2027-01-01' });
  });

  it('sums to a loss only below zero, in exact hundredths', () => {
    const sum = (...n: number[]) =>
      decided(run('annualResults', 'no-cumulative-loss-within', results(...n), { lookbackYears: 3 }));
    expect(sum(-160, 100, 60).result).toBe('pass');
    expect(sum(-160.01, 100, 60).result).toBe('fail');
    expect(sum(-0.3, 0.1, 0.2).result).toBe('pass');
  });

  it('a policy loss is left out only where the test says so', () => {
    const a = {
      annualResults: [
        { year: 2023, netProfit: 5 },
        { year: 2024, netProfit: -5, policyInduced: true },
        { year: 2025, netProfit: 5 },
      ],
    } as Answers;
    expect(
      decided(run('annualResults', 'no-loss-within', a, { lookbackYears: 3 }, { policyInduced: [false] })),
    ).toMatchObject({
      result: 'pass',
      excused: [2024],
    });
    expect(decided(run('annualResults', 'no-loss-within', a, { lookbackYears: 3 })).result).toBe('fail');
  });

  it('every year must be of the kinds named; a missing year is unknown', () => {
    const ratings = (...r: string[]) =>
      ({ environmentalCreditRatings: r.map((rating, i) => ({ year: 2023 + i, rating })) }) as Answers;
    const blue = { rating: ['green', 'blue'] };
    expect(
      decided(
        run(
          'environmentalCreditRatings',
          'every-year-within',
          ratings('blue', 'green', 'blue'),
          { lookbackYears: 3 },
          blue,
        ),
      ).result,
    ).toBe('pass');
    expect(
      decided(
        run(
          'environmentalCreditRatings',
          'every-year-within',
          ratings('blue', 'yellow', 'blue'),
          { lookbackYears: 3 },
          blue,
        ),
      ),
    ).toMatchObject({ result: 'fail', failing: [2024] });
    expect(
      unknown(
        run('environmentalCreditRatings', 'every-year-within', ratings('blue', 'blue'), { lookbackYears: 3 }, blue),
      ).missingYears,
    ).toEqual([2025]);
  });
});

describe('work history', () => {
  const work = (...periods: object[]) => ({ workHistory: periods }) as Answers;
  const years = (a: Answers) => run('workHistory', 'years-in-place-at-least', a, { minYears: 5 });

  it('adds up periods inside the area, merging overlaps, and leaves out work elsewhere', () => {
    const split = work(
      { place: PLACE, from: '2015-01-01', to: '2018-01-01' },
      { place: '上海市/长宁区', from: '2018-01-01', to: '2024-01-01' },
      { place: PLACE, from: '2017-01-01', to: '2019-01-01' },
      { place: PLACE, from: '2024-01-01' },
    );
    expect(decided(years(split)).result).toBe('pass');
    const short = work(
      { place: '上海市/长宁区', from: '2010-01-01', to: '2024-01-01' },
      { place: PLACE, from: '2024-01-01' },
    );
    expect(decided(years(short))).toMatchObject({ result: 'fail', eligibleFrom: '2029-01-01' });
  });

  it('reaches the years on the day a single period started N years before, not a day earlier', () => {
    expect(decided(years(work({ place: PLACE, from: '2021-11-22' }))).result).toBe('pass');
    expect(decided(years(work({ place: PLACE, from: '2021-11-23' })))).toMatchObject({
      result: 'fail',
      eligibleFrom: '2026-11-23',
    });
  });

  it('work that has ended gives no day: waiting alone does not add years', () => {
    const r = decided(years(work({ place: PLACE, from: '2020-01-01', to: '2022-01-01' })));
    expect(r.result).toBe('fail');
    expect('eligibleFrom' in r ? r.eligibleFrom : undefined).toBeUndefined();
  });
});

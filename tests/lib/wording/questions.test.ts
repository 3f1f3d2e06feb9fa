// The questions' words looked up by names that may come from outside (a share link's keys, a CSV's parts): a name
// that is no part reads as itself, and never as what an object inherits.
import { describe, expect, it } from 'vitest';
import { partsOf } from '../../../src/lib/eligibility/answer-row.ts';
import { FACT_IDS } from '../../../src/lib/facts.ts';
import { partHintOf, partLabelOf } from '../../../src/lib/wording/questions.ts';

describe('part labels', () => {
  it('give every part of every fact a label of words', () => {
    for (const fact of FACT_IDS)
      for (const part of partsOf(fact)) expect(typeof partLabelOf(fact, part), `${fact}.${part}`).toBe('string');
  });

  it('read a name from outside as itself, even one an object inherits', () => {
    for (const fact of FACT_IDS)
      for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        expect(partLabelOf(fact, name)).toBe(name);
        expect(partHintOf(name)).toBeUndefined();
      }
  });
});

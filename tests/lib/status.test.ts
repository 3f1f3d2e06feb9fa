import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { lastDayInForce, regulationStatus } from '../../src/lib/status.ts';
import { statusReasonText } from '../../src/lib/wording/values.ts';
import { CONTENT, SEEDS } from '../support/paths.ts';

const regs = new Map(loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS }).map((e) => [e.id, e.regulation]));
/** A regulation of the content, by id. */
const regOf = (id: string) => {
  const reg = regs.get(id);
  if (!reg) throw new Error(`no regulation ${id} in the content`);
  return reg;
};

describe('regulation status as of a day', () => {
  it('is in force through its last day and expired the day after (通州: 有效期至2028年11月29日)', () => {
    expect(regulationStatus(regOf('tongzhou-2023'), '2028-11-29').status).toBe('in-force');
    expect(regulationStatus(regOf('tongzhou-2023'), '2028-11-30').status).toBe('expired');
  });

  it('is not yet in force before its effective date (长宁: 2023年11月15日起施行)', () => {
    expect(regulationStatus(regOf('changning-2023'), '2023-11-14').status).toBe('not-yet-in-force');
    expect(regulationStatus(regOf('changning-2023'), '2023-11-15').status).toBe('in-force');
  });

  it('flags a draft as a draft whatever the day (江阴 讨论稿)', () => {
    for (const day of ['2022-06-01', '2026-11-22'])
      expect(regulationStatus(regOf('jiangyin-2022-draft'), day).status).toBe('draft');
  });

  it('derives the end of a validity period in years, with month precision taken at its latest', () => {
    expect(lastDayInForce(regOf('jiangyin-2022-draft'))).toBe('2025-05-31');
  });

  it('stays in force when the text sets no validity, and says so', () => {
    const v = regulationStatus(regOf('hongqi-2022'), '2040-01-01');
    expect(v.status).toBe('in-force');
    expect(v.validUntil).toBeUndefined();
    expect(statusReasonText(v)).toMatch(/未规定有效期/);
  });

  it('computes a period from effective date and years when no expiry is coded', () => {
    const reg = structuredClone(regOf('hongqi-2022'));
    reg.validityYears = { value: 5, cite: { article: 30, quote: '施行' } };
    expect(lastDayInForce(reg)).toBe('2027-07-24');
    expect(regulationStatus(reg, '2027-07-25').status).toBe('expired');
  });
});

import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { lastDayInForce, regulationStatus } from '../../src/lib/status.ts';
import { statusReasonText, statusText } from '../../src/lib/wording/values.ts';
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

describe('a superseded regulation, as of days before and after its successor takes effect', () => {
  const reg = regOf('hongqi-2022');
  const by = { id: 'hongqi-2026', title: '红旗区区长质量奖管理办法', from: '2026-03-01' };

  it('is in force the day before, superseded from the day, saying by which and from when', () => {
    expect(regulationStatus(reg, '2026-02-28', by).status).toBe('in-force');
    const v = regulationStatus(reg, '2026-03-01', by);
    expect(v).toMatchObject({ status: 'superseded', supersededBy: by });
    expect(statusText(v)).toBe('已被替代：自 2026-03-01 起由《红旗区区长质量奖管理办法》替代。');
  });

  it('stays a draft, and stays expired when its validity ran out before the successor came', () => {
    expect(regulationStatus(regOf('jiangyin-2022-draft'), '2030-01-01', by).status).toBe('draft');
    const lapsed = structuredClone(reg);
    lapsed.dates.expires = { date: '2025-12-31', cite: { article: 30, quote: '施行' } };
    expect(regulationStatus(lapsed, '2026-03-01', by).status).toBe('expired');
    expect(regulationStatus(lapsed, '2026-01-01', { ...by, from: '2026-01-01' }).status).toBe('superseded');
  });

  it('is not superseded by a successor whose day is not coded', () => {
    expect(regulationStatus(reg, '2040-01-01', { id: by.id, title: by.title }).status).toBe('in-force');
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, addYears, formatChineseDate, isValidPartialDate, latestDay, todayIso } from '../../src/lib/dates.ts';

describe('partial dates', () => {
  it('accepts days and months, rejects impossible ones', () => {
    expect(isValidPartialDate('2023-12-27')).toBe(true);
    expect(isValidPartialDate('2022-05')).toBe(true);
    expect(isValidPartialDate('2024-02-29')).toBe(true);
    expect(isValidPartialDate('2023-02-29')).toBe(false);
    expect(isValidPartialDate('2023-13')).toBe(false);
    expect(isValidPartialDate('2023年5月')).toBe(false);
    expect(isValidPartialDate('2023-5-1')).toBe(false);
  });

  it('takes the last day of a month-precision date', () => {
    expect(latestDay('2025-05')).toBe('2025-05-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2024-02-10')).toBe('2024-02-10');
  });

  it('adds years and days exactly', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2022-05-31', 3)).toBe('2025-05-31');
    expect(addDays('2025-06-01', -1)).toBe('2025-05-31');
  });

  it('writes dates as the texts do', () => {
    expect(formatChineseDate('2023-12-27')).toBe('2023年12月27日');
    expect(formatChineseDate('2022-05')).toBe('2022年5月');
  });
});

describe('today', () => {
  // 2025-03-01 07:30 in Beijing is 2025-02-28 23:30 UTC: the two calendars name different days.
  const beijingMorning = new Date('2025-02-28T23:30:00Z');

  it("reads the build's day on the UTC calendar", () => {
    expect(todayIso('utc', beijingMorning)).toBe('2025-02-28');
    expect(todayIso(undefined, beijingMorning)).toBe('2025-02-28');
  });

  it("reads the applicant's own day on the local calendar", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai'; // Node re-reads the zone when TZ is assigned
      expect(todayIso('local', beijingMorning)).toBe('2025-03-01');
      process.env.TZ = 'America/New_York';
      expect(todayIso('local', beijingMorning)).toBe('2025-02-28');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

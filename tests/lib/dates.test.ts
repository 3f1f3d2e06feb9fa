import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysInMonth,
  formatChineseDate,
  isValidPartialDate,
  latestDay,
  todayIso,
} from '../../src/lib/dates.ts';

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

  // Date.UTC reads years 0–99 as 1900–1999, and String(503) is three digits: both once made "0500-01-01" plus three
  // years "503-01-01", which sorts after every real day.
  it('reads every year 0000–9999 by the Gregorian rule, and writes four digits', () => {
    expect(isValidPartialDate('0000-02-29')).toBe(true);
    expect(isValidPartialDate('0004-02-29')).toBe(true);
    expect(isValidPartialDate('0100-02-29')).toBe(false);
    expect(isValidPartialDate('1900-02-29')).toBe(false);
    expect(isValidPartialDate('2000-02-29')).toBe(true);
    expect([daysInMonth(99, 2), daysInMonth(96, 2), daysInMonth(1, 1), daysInMonth(2025, 4)]).toEqual([28, 29, 31, 30]);
    expect(latestDay('0096-02')).toBe('0096-02-29');
    expect(addYears('0500-01-01', 3)).toBe('0503-01-01');
    expect(addYears('0096-02-29', 1)).toBe('0097-02-28');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0000-03-01', -1)).toBe('0000-02-29');
    expect(addDays('0050-06-15', 0)).toBe('0050-06-15');
    // Four digits keep the order of time in the order of strings.
    expect(addYears('0500-01-01', 3) < '1900-01-01').toBe(true);
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

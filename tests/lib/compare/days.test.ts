// Converting publicity periods between working and calendar days, checked
// against a real calendar walked day by day.
import { describe, expect, it } from 'vitest';
import {
  calendarSpanOfWorkingDays,
  publicityInBothUnits,
  workingDaysInCalendarDays,
} from '../../../src/lib/compare/days.ts';

const DAY = 86_400_000;
const isWeekday = (t: number) => ![0, 6].includes(new Date(t).getUTCDay());
// Two weeks of real start days from a Monday.
const starts = Array.from({ length: 14 }, (_, i) => Date.UTC(2026, 10, 2) + i * DAY);

function calendarByWalking(n: number) {
  const spans = starts.filter(isWeekday).map((start) => {
    let t = start;
    let counted = 0;
    for (;;) {
      if (isWeekday(t)) counted++;
      if (counted === n) return (t - start) / DAY + 1;
      t += DAY;
    }
  });
  return { min: Math.min(...spans), max: Math.max(...spans) };
}

function workingByWalking(n: number) {
  const counts = starts.map((start) => Array.from({ length: n }, (_, i) => start + i * DAY).filter(isWeekday).length);
  return { min: Math.min(...counts), max: Math.max(...counts) };
}

describe('publicity periods in both units', () => {
  it.each([1, 3, 5, 7, 10, 15])('%i working days span what a real calendar says', (n) => {
    expect(calendarSpanOfWorkingDays(n)).toEqual(calendarByWalking(n));
  });

  it.each([1, 5, 7, 10, 14, 30])('%i calendar days hold what a real calendar says', (n) => {
    expect(workingDaysInCalendarDays(n)).toEqual(workingByWalking(n));
  });

  it('words the conversions as the comparison shows them', () => {
    expect(publicityInBothUnits(5, 'working').text).toBe('5个工作日 ≈ 5–7天');
    expect(publicityInBothUnits(7, 'calendar').text).toBe('7天 ≈ 5个工作日');
    expect(publicityInBothUnits(10, 'calendar')).toMatchObject({
      calendar: { min: 10, max: 10 },
      working: { min: 6, max: 8 },
    });
  });
});

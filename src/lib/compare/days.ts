// Publicity periods are written in calendar days (天) or working days (工作日).
// To compare them, convert each into the other as a range over every weekday a
// period can start on. Public holidays are not counted: they only lengthen a
// working-day period, so the ranges are the shortest a period can be.
import type { DAY_TYPES } from '../codebook.ts';
import { publicityWorkings } from '../wording/compare.ts';

export interface DayRange {
  min: number;
  max: number;
}

const isWorkingDay = (weekday: number) => weekday % 7 < 5; // 0 = Monday

/** Calendar days spanned by n working days, starting on a working day. */
export function calendarSpanOfWorkingDays(n: number): DayRange {
  const spans = [0, 1, 2, 3, 4].map((start) => {
    let day = start;
    let counted = 0;
    for (;;) {
      if (isWorkingDay(day)) counted++;
      if (counted === n) return day - start + 1;
      day++;
    }
  });
  return { min: Math.min(...spans), max: Math.max(...spans) };
}

/** Working days within n consecutive calendar days, whatever day they start on. */
export function workingDaysInCalendarDays(n: number): DayRange {
  const counts = [0, 1, 2, 3, 4, 5, 6].map((start) => {
    let c = 0;
    for (let d = start; d < start + n; d++) if (isWorkingDay(d)) c++;
    return c;
  });
  return { min: Math.min(...counts), max: Math.max(...counts) };
}

export interface PublicityInBothUnits {
  calendar: DayRange;
  working: DayRange;
  /** The period in both units, from the wording module: 5个工作日 ≈ 5–7天. */
  text: string;
}

export function publicityInBothUnits(minimumDays: number, dayType: keyof typeof DAY_TYPES): PublicityInBothUnits {
  if (dayType === 'working') {
    const calendar = calendarSpanOfWorkingDays(minimumDays);
    return {
      calendar,
      working: { min: minimumDays, max: minimumDays },
      text: publicityWorkings(minimumDays, dayType, calendar),
    };
  }
  const working = workingDaysInCalendarDays(minimumDays);
  return {
    calendar: { min: minimumDays, max: minimumDays },
    working,
    text: publicityWorkings(minimumDays, dayType, working),
  };
}

// The checker's calendar file in words: each day's summary and description (src/lib/eligibility/calendar.ts gives
// the days). A day is when a checked condition stops standing in the way, never a promised award or round.
import type { CalendarDate, CalendarEvent, CalendarReason, Cleared } from '../eligibility/calendar.ts';
import { citedWords, clearedFromText, findingSummary, roundText } from './findings.ts';

export const DOWNLOAD_CALENDAR = '下载日历（.ics）';
export const calendarDownloadedText = (fileName: string): string =>
  `已生成日历文件 ${fileName}，可导入日历程序。文件在本机生成，没有发送到任何服务器。`;

const REASON_LABELS: Record<CalendarReason, string> = {
  'ban-ends': '不得申报的期限届满',
  'reapplication-opens': '再次申报的限制期满',
  'years-reached': '年限届满',
  'record-leaves-window': '所列记录超出原文的年限',
};

const OPENS_TEXT = '可核对的硬性条件不再构成障碍';
const CALENDAR_NOTICE =
  '本日期只依据您的回答和可核对的硬性条件；质量奖择优评审、名额有限，是否获奖由评审决定，申报时间以当年的申报通知为准。';

const clearedLine = (c: Cleared): string =>
  `${findingSummary(c.finding)}${c.tier ? `（${c.tier}）` : ''}：${clearedFromText(c.finding)}。${citedWords(c.finding)}`;

/** What a day is, in a line: 《通州区区长质量奖》：年限届满. */
export function calendarSummary(d: CalendarDate): string {
  const what = d.opens ? OPENS_TEXT : [...new Set(d.cleared.map((c) => REASON_LABELS[c.reason]))].join('、');
  return `${d.shortName}：${what}`;
}

/** What the day clears, each with its article; the round it reaches where it opens the regulation; the notice. */
export function calendarDescription(d: CalendarDate): string {
  return [
    ...d.cleared.map(clearedLine),
    ...(d.opens && d.awardCycle ? [roundText(d.day, d.awardCycle.everyYears)] : []),
    CALENDAR_NOTICE,
  ].join('\n');
}

export const calendarEvents = (dates: readonly CalendarDate[]): CalendarEvent[] =>
  dates.map((date) => ({ date, summary: calendarSummary(date), description: calendarDescription(date) }));

// The words of the comparison's day: the date control, the note on versions
// left out because a later one was in force on the day, and the note on an
// ?asOf= that is not a day. src/lib/compare/selection.ts decides; these say it.

export const DAY_LABEL = '比较日期';
export const DAY_HINT = '显示当日施行（或尚未施行）的版本；已被新版本替代的不列出';

/** Under the tables: which versions replaced by the day are not shown. */
export const leftOutText = (day: string, names: readonly string[]): string =>
  names.length ? `截至 ${day} 已被新版本替代、未列出的办法：${names.join('、')}。` : '';

/** An ?asOf= that is not a day is ignored, and the page's day used instead. */
export const invalidDayText = (asked: string, day: string): string =>
  `链接中的日期“${asked}”不是有效日期（应为 YYYY-MM-DD），已按 ${day} 显示。`;

/** The status row is computed for the build day: said once another day is chosen. */
export const statusRowDayText = (buildDay: string): string => `表中“状态”一行按 ${buildDay}（本站数据更新之日）计算。`;

// Display forms of numbers: money, day counts, dates, award cycles (the words values.ts builds on).
import { formatChineseDate } from '../dates.ts';

export function formatYuan(amount: number | null): string {
  if (amount === null) return '金额未定（“适当奖励”）';
  if (amount % 10000 === 0) return `${amount / 10000}万元`;
  return `${amount.toLocaleString('zh-CN')}元`;
}

export function formatDays(n: number, dayType: 'calendar' | 'working'): string {
  return dayType === 'working' ? `${n}个工作日` : `${n}天`;
}

export function formatDate(date: string): string {
  return formatChineseDate(date);
}

export function formatCycle(everyYears: number): string {
  return everyYears === 1 ? '每年一次' : `每${everyYears === 2 ? '两' : everyYears}年一次`;
}

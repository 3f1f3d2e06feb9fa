// The search page's words: what it says of a search as it runs and ends.
import type { QueryNotice } from '../search/engine.ts';

export const SEARCH_WORDING = {
  idle: '输入词语或勾选筛选条件开始搜索。',
  searching: '正在搜索……',
  unavailable: '搜索索引无法加载：请确认站点已完整构建（npm run build）并通过网址访问。',
  more: '显示更多结果',
} as const;

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('、');

/** The status once a search ends: how many results, or why none. */
export function searchStatusText(found: number, words: readonly string[], absent: readonly string[]): string {
  if (found) return `找到 ${found} 条结果。`;
  if (absent.length) return `没有找到：没有任何条文或页面包含${quoted(absent)}。请检查用字，或换一个说法。`;
  if (words.length > 1) return `没有找到同时包含${quoted(words)}的条文或页面：试试减少词语，或去掉一些筛选条件。`;
  return '没有找到结果：试试更短的词，或去掉一些筛选条件。';
}

/** What the search changed in the query as typed. */
export function queryNoticeText(notice: QueryNotice): string {
  switch (notice.code) {
    case 'words-left-out':
      return `只搜索了前 ${notice.kept} 个词（共输入 ${notice.given} 个）。`;
    case 'word-shortened':
      return `词语过长，只按前 ${notice.kept} 个字“${notice.word}”搜索。`;
  }
}

/** How the search matches, said once under the box. */
export const SEARCH_HINT = '按原文逐字查找：每个词都须出现在同一条文或段落中，多个词用空格分开；繁体字按简体查找。';

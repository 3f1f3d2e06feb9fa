// The checker page's words that stand in for what it loads on demand: the live results' own words while there is
// nothing to judge yet (findings.ts re-exports the first two), and what is said while, or if, a part fails to load.
// The page shows them before it loads the engine, the findings' words and the notices (docs/adr/0028).
export const LIVE_TITLE = '即时结果';
export const ASK_APPLICANT_TYPE = '请先选择以组织还是个人身份申报。';
export const ASK_PLACE = '回答所在地后，这里按您的回答列出各部办法的初步结论。';
export const LOADING_VERDICTS = '正在载入结果……';
export const verdictsFailedText = (why: string): string =>
  `结果载入失败：${why}。请刷新页面重试；您的回答已保存在本浏览器中。`;
export const noticesFailedText = (why: string): string => `工作区的提示载入失败：${why}。请刷新页面重试。`;
export const LOADING_LIST = '正在载入……';
export const listFailedText = (why: string): string =>
  `这一题的输入框载入失败：${why}。请刷新页面重试；已有的回答不会丢失。`;

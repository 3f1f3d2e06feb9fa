// What a web page adds around a regulation's text, recognised line by line so
// it stays out of titles, quotes and keyword hints: breadcrumbs, buttons and
// dialogs, "label: value" page furniture (发布时间, 阅读人次, 浏览量…), wiki
// chrome, advertising lines and printed page numbers (—1—). Pure patterns; the
// parser decides where in the text each applies.

/** A printed page number standing on its own line: —1—, - 2 -, 第3页, 3/12. */
const PAGE_NUMBER_RE =
  /^(?:[—–－\-~～]\s*\d{1,3}\s*[—–－\-~～]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** 首页 > 衡阳县市场监督管理局 > 信息公开 > 通知公告 */
const BREADCRUMB_RE = /^(?:(?:首页|当前位置|您的位置|您现在的位置|位置)\s*[：:>＞›»]|.*(?:\s*[>＞›»]\s*\S+){2,}$)/;

// Labels of page furniture: the page's own dates, counters, sources and tools.
const LABELS = [
  '发布时间',
  '发布日期',
  '发文日期',
  '成文日期',
  '时间',
  '日期',
  '来源',
  '信息来源',
  '文章来源',
  '所属地区',
  '阅读人次',
  '阅读次数',
  '阅读量',
  '浏览量',
  '浏览次数',
  '点击数',
  '点击量',
  '访问量',
  '作者',
  '编辑',
  '责任编辑',
  '字号',
  '简介',
  '摘要',
  '关键词',
  '分享到',
  '【字体',
];
const LABEL_RE = new RegExp(`^(?:${LABELS.join('|')})\\s*[：:]`);

/** Buttons and links: a short line that is nothing but a page control. */
const BUTTON_RE =
  /^(?:取消|确定|确认|关闭|返回|返回顶部|打印|打印本页|关闭窗口|分享|收藏|登录|注册|搜索|下载|下载本文|上一篇|下一篇|政策原文|政策解读|原文链接|查看原文|【[^】]{1,8}】)$/;

/** A dialog or prompt of the site addressing its user (入驻申请被驳回 请重新修改…; 您已提交…). */
const DIALOG_RE = /^(?:您|请您)|请(?:重新|稍后|等待|登录|联系)|(?:申请|提交)(?:被驳回|成功|失败)/;

/** Advertising: a phone number, a WeChat id, a call to action. */
const ADVERT_RE = /(?:致电|热线|咨询电话|联系电话|微信同号|加微信|扫码|\d{3}-\d{4}-\d{4}|1[3-9]\d{9})/;

/** Wiki chrome: the article's own lead sentence about the document, section headings of the page. */
const WIKI_RE =
  /^(?:《[^》]+》是.{0,20}(?:发布|颁布|印发)的(?:文件|规章|办法)。?|发布和修订|目录|参考资料|词条.*|相关词条)$/;

export type NoiseKind = 'page-number' | 'breadcrumb' | 'page-label' | 'button' | 'dialog' | 'advert' | 'wiki';

/** What kind of page noise a (normalized, simplified) line is, if it is noise wherever it stands. */
export function noiseKind(line: string): NoiseKind | undefined {
  if (PAGE_NUMBER_RE.test(line)) return 'page-number';
  if (BREADCRUMB_RE.test(line)) return 'breadcrumb';
  if (LABEL_RE.test(line)) return 'page-label';
  if (BUTTON_RE.test(line)) return 'button';
  if (line.length <= 40 && DIALOG_RE.test(line)) return 'dialog';
  if (ADVERT_RE.test(line)) return 'advert';
  if (WIKI_RE.test(line)) return 'wiki';
  return undefined;
}

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER_RE.test(line);
}

/** A headline's advertising lead before the notice's title: 最高奖励50万！关于印发… */
const HEADLINE_LEAD_RE = /^([^《》]{2,24}[！!])(?=.*(?:关于|印发|转发))/;

/** Splits an advertising lead off a notice title: [lead, rest], or undefined when there is none. */
export function splitHeadlineLead(line: string): [string, string] | undefined {
  const m = HEADLINE_LEAD_RE.exec(line);
  return m?.[1] ? [m[1], line.slice(m[1].length)] : undefined;
}

export interface PageDate {
  /** The label the page prints it under (发布时间). */
  label: string;
  /** ISO date. */
  date: string;
  /** The line as the page prints it. */
  line: string;
}

/** Dates a page prints in ISO form beside the text (发布时间: 2025-07-24): page furniture, not the text's dates. */
export function pageDatesIn(line: string): PageDate[] {
  return [...line.matchAll(/([\u4e00-\u9fff]{2,4})\s*[：:]\s*(\d{4})-(\d{1,2})-(\d{1,2})/g)].map((m) => ({
    label: m[1] ?? '',
    date: `${m[2]}-${(m[3] ?? '').padStart(2, '0')}-${(m[4] ?? '').padStart(2, '0')}`,
    line,
  }));
}

// What the checker's workspace says when there is something to say: about answers it could not read (from a share
// link, this browser's storage or an imported file), a share link opened, a deletion that can be undone, an import,
// and storage that is full. Apart from the bar's words (workspace.ts): the page loads them with the notices, when
// there is one (docs/adr/0028).
import type { DroppedPart, ValueKind } from '../eligibility/form-state.ts';
import { MAX_TEXT } from '../eligibility/form-state.ts';
import { MAX_ITEMS } from '../eligibility/answers.ts';
import { MAX_SHARE_CODE, type UnreadableShare } from '../eligibility/wizard.ts';
import { MAX_APPLICANTS } from '../eligibility/workspace.ts';
import { FACTS, type FactId } from '../facts.ts';
import { type Asked, EXTRA_QUESTIONS, partLabelOf, questionOf } from './questions.ts';

export const UNDO_LABEL = '撤销';
export const KEEP_SEPARATE_LABEL = '仍另存为新的申报主体';
export const DISMISS_LABEL = '知道了';
export const deletedText = (name: string): string => `已删除“${name}”。`;
/** Where answers that could not be read came from. */
export type AnswersSource = 'share' | 'storage';
const SOURCE: Record<AnswersSource, string> = { share: '分享链接', storage: '本机保存的回答' };

const EXPECTED: Record<ValueKind, string> = {
  text: '文字',
  'yes-no': '“是”或“否”',
  number: '数字',
  list: '列表',
  item: '一项记录',
  part: '文字、数字或“是”“否”',
};

/** A key from outside, shown safely: quoted, control characters out, cut short. */
const quoted = (key: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out
  `“${[...key.replace(/[\u0000-\u001f\u007f]/g, '')].slice(0, 40).join('')}”`;

const isAsked = (field: string): field is Asked => Object.hasOwn(FACTS, field) || Object.hasOwn(EXTRA_QUESTIONS, field);

/** A dropped part's place in words: 核对日期; 发生过的安全事故 第 4 项; … 第 1 项的事故等级; or the key itself. */
function placeOf(d: DroppedPart): string {
  const [field = '', index, part] = d.field.split('.');
  if (!isAsked(field)) return quoted(d.field);
  const question = questionOf(field);
  if (index === undefined) return question;
  const item = `${question} 第 ${Number(index) + 1} 项`;
  if (part === undefined) return item;
  const known = d.reason !== 'unknown' && Object.hasOwn(FACTS, field);
  return `${item}的${known ? partLabelOf(field as FactId, part) : quoted(part)}`;
}

function whyOf(d: DroppedPart): string {
  switch (d.reason) {
    case 'unknown':
      return '没有这一项';
    case 'wrong-type':
      return `应为${EXPECTED[d.expected ?? 'part']}`;
    case 'too-long':
      return `过长（超过 ${MAX_TEXT} 字）`;
    case 'too-many':
      return `超过 ${MAX_ITEMS} 项，只读取了前 ${MAX_ITEMS} 项`;
  }
}

/** The dropped parts one by one, then how many more. */
export function droppedList(dropped: DroppedPart[], count: number): string {
  const named = dropped.map((d) => `${placeOf(d)}（${whyOf(d)}）`).join('；');
  return count > dropped.length ? `${named}；另有 ${count - dropped.length} 项` : named;
}

/** 分享链接中有 N 项无法读取，已忽略：… */
export const droppedNotice = (source: AnswersSource, dropped: DroppedPart[], count: number): string =>
  `${SOURCE[source]}中有 ${count} 项无法读取，已忽略：${droppedList(dropped, count)}。`;

const UNREADABLE: Record<UnreadableShare, string> = {
  'too-long': `分享链接过长（超过 ${MAX_SHARE_CODE / 1024} KB），无法读取`,
  damaged: '分享链接已损坏（可能没有复制完整），无法读取',
  'not-answers': '分享链接中没有可读取的回答',
};
export const unreadableShareNotice = (reason: UnreadableShare): string =>
  `${UNREADABLE[reason]}，已忽略；已有的回答都没有改动。`;

export const sharedOpenedNotice = (name: string): string =>
  `分享链接中的回答已作为新的申报主体“${name}”打开；已有的申报主体和回答都保留着。`;
export const sameAnswersNotice = (name: string): string =>
  `分享链接中的回答与已有的申报主体“${name}”相同，已切换到它。`;
/** The wizard's button that copies the share link of the current answers, and what it says after. */
export const fullShareNotice = `已达 ${MAX_APPLICANTS} 个申报主体的上限，分享链接中的回答没有打开：删除一些后再打开链接。`;
export const SAVE_FAILED_TEXT =
  '本机存储已满或被浏览器禁止：这次的改动只保留到关闭页面为止。可以先导出工作区，或删除一些申报主体。';
export const moreProblemsText = (n: number): string => `另有 ${n} 个申报主体有问题，未逐一列出`;

// The batch checker's words (the command line's and the browser's): the file
// problems of src/lib/batch/applicant.ts, a row's own faults, the result rows'
// columns and outcomes, and echoed text made safe to print.
import type { AnswerProblem } from '../eligibility/answers.ts';
import { ANSWER_COLUMNS } from '../eligibility/answer-row.ts';
import type { Outcome } from '../eligibility/engine.ts';
import { type FileProblem, MAX_RECORD_CHARS } from '../batch/applicant.ts';
import { NO_PLACE_COVERED, OUTCOME_LABELS } from './findings.ts';

// C0 and C1 controls, and the marks that reorder text on screen (bidi embeddings, overrides and isolates): printed
// from a name or a cell they could start a new line, erase one, or make one line read as another.
const LINE_BREAKING = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const HIDDEN = /[\p{Cc}\p{Bidi_Control}]/gu;

/** Text from a file, as it may be printed: controls and reordering marks gone (breaks as spaces), cut to `max`. */
export function printable(text: string, max = 120): string {
  const plain = text.replace(LINE_BREAKING, ' ').replace(HIDDEN, '');
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}

/** A CSV column by its position (from 1), where it has no name. */
export const columnField = (n: number): string => `第${n}列`;
/** A CSV row's name where its name cell is empty. */
export const csvRowName = (row: number): string => `第${row}行`;
/** A JSON applicant's name where it gives none. */
export const jsonRowName = (position: number): string => `申报者${position}`;
/** Where an applicant is in its file: 第3行 (CSV), #3 (JSON). */
export const applicantPlace = (row: number, csv: boolean): string => (csv ? `第${row}行` : `#${row}`);

export const extraCellsMessage = (headerLength: number, cell: string): string =>
  `表头只有 ${headerLength} 列，这一格“${printable(cell, 40)}”在表头之外：删去多出的格，或在表头补上它的列名`;
export const unnamedColumnMessage = (): string => '这一列的表头为空：请在表头填写列名，或删去这一列的内容';

const JSON_KINDS: Record<string, string> = {
  null: '空值（null）',
  number: '数字',
  string: '字符串',
  boolean: '是非值',
  array: '数组',
};

/** A file problem in one line, where it is first: 第3行起的引号没有闭合：…. */
export function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'empty-file':
      return '文件是空的：CSV 应有表头一行、每位申报者一行；JSON 应为一个对象或对象数组';
    case 'no-applicants':
      return '文件里没有申报者：CSV 的表头下没有数据行，或 JSON 数组为空';
    case 'no-header':
      return `第${p.row}行应为表头，但其中没有一个列名是本工具读取的：列名为 ${ANSWER_COLUMNS.slice(0, 4).join('、')} 等（完整列表见说明与模板）`;
    case 'unterminated-quote':
      return `第${p.line}行起的引号没有闭合：此后的内容都会读作同一格。请检查该行的引号（格内的引号应写作两个 ""）`;
    case 'csv-syntax':
      return `第${p.line}行的 CSV 格式有误（${p.detail}）：含逗号、引号或换行的格应以引号包住，格内的引号写作两个 ""`;
    case 'record-too-large':
      return `第${p.line}行起的一行超过 ${MAX_RECORD_CHARS} 个字符：多半是一个引号没有闭合`;
    case 'duplicated-column':
      return `表头的“${printable(p.column ?? '', 40)}”出现了两次（第 ${p.detail?.replace(',', '、')} 列）：每列只能出现一次`;
    case 'unknown-column':
      return `表头有未知的列“${printable(p.column ?? '', 40)}”：应为 ${ANSWER_COLUMNS.join('、')} 之一`;
    case 'not-object':
      return `第 ${p.row} 个申报者是${JSON_KINDS[p.detail ?? ''] ?? p.detail}，不是对象：每位申报者应为 {"name": …, "applicantType": …} 这样的对象`;
    case 'not-json':
      return `不是有效的 JSON：${printable(p.detail ?? '', 200)}`;
  }
}

/** A file problem as the command line reports it: the file, then the problem. */
export const fileProblemLine = (file: string, p: FileProblem): string =>
  `${printable(file, 300)}：${fileProblemText(p)}`;

/** Why a file given on the command line cannot be read at all. */
export const FILE_MISSING = '找不到这个文件';
export const FILE_IS_FOLDER = '这是一个文件夹：请给出一个 .csv 或 .json 文件';
export const fileUnreadableText = (code: string): string => `无法读取这个文件（${code}）`;

/** A command-line option that is not one, or lacks its value. */
export const unknownOptionText = (option: string): string => `没有这个选项：${printable(option, 60)}`;
export const optionValueText = (option: string): string => `${printable(option, 60)} 后应跟一个值`;

/** A bad ATLAS_CHECK_THREADS (the number of threads that check a large file). */
export const threadsProblemText = (max: number): string => `应为 0 到 ${max} 的整数（0：只用主线程）`;

/** An option's bad value: --date：“2026-13-45”不是有效日期…. */
export const optionProblemLine = (option: string, message: string): string => `${option}：${printable(message, 300)}`;

/** The last line when some applicants could not be checked. */
export const invalidSummary = (n: number): string => `${n} 个申报者的回答有误（见上）；其余已核对。`;

/** A checked applicant's heading and an invalid one's. */
export const checkedHeading = (place: string, name: string, checkDate: string): string =>
  `■ ${place} ${printable(name)}（核对日期 ${checkDate}）`;
export const invalidHeading = (place: string, name: string): string =>
  `✗ ${place} ${printable(name)}：${BATCH_OUTCOME_LABELS.invalid}`;

/** An answer problem on its own line. */
export const problemLine = (p: AnswerProblem): string => `${printable(p.field, 80)}: ${printable(p.message, 400)}`;

export type ResultColumn =
  | 'row'
  | 'name'
  | 'checkDate'
  | 'regulation'
  | 'shortName'
  | 'tier'
  | 'tierName'
  | 'outcome'
  | 'outcomeText'
  | 'eligibleFrom'
  | 'failed'
  | 'unknown'
  | 'problems';

/** The result columns' headings in a download and the results table. */
export const RESULT_COLUMN_LABELS: Record<ResultColumn, string> = {
  row: '行号',
  name: '申报者',
  checkDate: '核对日期',
  regulation: '办法编号',
  shortName: '办法',
  tier: '奖项编号',
  tierName: '奖项',
  outcome: '结论代码',
  outcomeText: '结论',
  eligibleFrom: '不再构成障碍之日',
  failed: '不符合的条件',
  unknown: '尚需回答的条件',
  problems: '回答有误之处',
};

/** A result row's outcome: the engine's, an invalid client's, a client no regulation covers. */
export const BATCH_OUTCOME_LABELS: Record<Outcome | 'invalid' | 'no-place-covered', string> = {
  ...OUTCOME_LABELS,
  invalid: '回答有误，未核对',
  'no-place-covered': NO_PLACE_COVERED,
};

/** Several short texts in one cell, each once. */
export const resultListText = (texts: readonly string[]): string => [...new Set(texts)].join('；');

/** A client's problems in one cell: field: message；…. */
export const problemsText = (problems: readonly AnswerProblem[]): string =>
  problems.map((p) => `${p.field}: ${p.message}`).join('；');

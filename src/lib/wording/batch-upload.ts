// The browser's batch check in words: its limits (upload.ts), its progress, and where a bad row is.
import { MAX_APPLICANTS, MAX_FILE_BYTES, type UploadLimit } from '../batch/upload.ts';
import { applicantPlace, printable } from './batch.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

export function uploadLimitText(limit: UploadLimit): string {
  switch (limit.code) {
    case 'file-too-large':
      return `文件有 ${megabytes(limit.bytes)}，超过网页可核对的上限 ${megabytes(MAX_FILE_BYTES)}：请拆分成几个文件，或用命令行 npm run check（逐行读取，不限大小）`;
    case 'too-many-applicants':
      return `文件有 ${count(limit.count)} 个申报者，超过网页一次可核对的 ${count(MAX_APPLICANTS)} 个：请拆分成几个文件，或用命令行 npm run check`;
    case 'rules-unavailable':
      return `规则文件载入失败（${limit.detail}）：请检查网络后重新选择文件`;
  }
}

/** Progress, as the page tells it. */
export const progressText = (done: number, total: number): string => `正在核对：${count(done)} / ${count(total)}`;
export const READING_TEXT = '正在读取文件……';

/** The summary above the table. */
export const checkedSummaryText = (applicants: number, invalid: number): string =>
  invalid
    ? `已读取 ${count(applicants)} 个申报者：${count(applicants - invalid)} 个已核对，${count(invalid)} 个回答有误、未核对（见下）。`
    : `已读取并核对 ${count(applicants)} 个申报者。`;

/** A client as a bad row's heading and its report's title name it: where it is in the file, and its name. */
export const clientText = (row: number, csv: boolean, name: string): string =>
  `${applicantPlace(row, csv)} ${printable(name)}`;

/** How many of the table's rows the filters show. */
export const shownText = (shown: number, total: number): string =>
  shown === total ? `共 ${count(total)} 行` : `筛选出 ${count(shown)} 行（共 ${count(total)} 行）`;

export const pageText = (page: number, pages: number): string => `第 ${page} / ${pages} 页`;

// ——— the page's controls ———

export const UPLOAD_LABEL = '选择客户文件（CSV 或 JSON，格式同 npm run check）';
export const DROP_ZONE_TEXT = '把文件拖到这里，或按此选择文件';
export const LOCAL_ONLY_NOTE = '文件只在本浏览器中读取和核对，不会上传。';
export const keptText = (fileName: string): string =>
  `显示的是本标签页上次核对的文件“${fileName}”的结果（文件暂存在本标签页，关闭标签页即清除）。`;
export const NOT_KEPT_TEXT = '文件较大，没有暂存：刷新页面后需要重新选择文件（筛选条件保留在地址中）。';
export const FORGET_FILE = '清除暂存的文件和结果';
export const WORKER_FAILED = '核对中断';

export const RESULTS_HEADING = '核对结果';
export const BAD_ROWS_HEADING = '回答有误的行（未核对）';
export const FILTER_OUTCOME = '结论';
export const FILTER_REGULATION = '办法';
export const FILTER_NAME = '申报者名称包含';
export const ALL_OUTCOMES = '全部结论';
export const ALL_REGULATIONS = '全部办法';
export const CLEAR_FILTERS = '清除筛选';
export const OUTCOME_COUNTS_LABEL = '各结论的行数';
export const NO_ROWS = '没有符合筛选条件的行。';
export const PREVIOUS_PAGE = '上一页';
export const NEXT_PAGE = '下一页';
export const PAGES_LABEL = '结果分页';
export const DOWNLOAD_CSV = '下载结果（CSV）';
export const DOWNLOAD_JSON = '下载结果（JSON）';
export const downloadedText = (fileName: string): string => `已生成 ${fileName}`;
export const BACK_TO_TABLE = '返回结果表';
export const LOADING_REPORT = '正在生成报告……';
export const REPORT_UNAVAILABLE = '无法生成这位申报者的报告：请重新选择文件。';
/** The label of the button that opens a client's report from its name or its outcome. */
export const openReportLabel = (name: string): string => `查看 ${name} 的报告`;

// The words of the checker's workspace: its bar, the names it gives, and what it says about a crash. What it says
// about answers it could not read, a share link, a deletion, an import or full storage is workspace-notices.ts's.
import { MAX_APPLICANTS, MAX_NAME } from '../eligibility/workspace.ts';

export const WORKSPACE_TITLE = '工作区';
export const CURRENT_LABEL = '当前申报主体';
export const ADD_LABEL = '新增申报主体';
export const DUPLICATE_LABEL = '复制';
export const RENAME_LABEL = '重命名';
export const DELETE_LABEL = '删除';
export const SAVE_LABEL = '保存';
export const CANCEL_LABEL = '取消';
export const NAME_LABEL = `名称（最多 ${MAX_NAME} 字）`;
export const FILES_LABEL = '导出与导入';
export const EXPORT_LABEL = '导出工作区（JSON 文件）';
export const IMPORT_LABEL = '导入工作区文件';
export const IMPORT_HINT = '导入的申报主体添加在已有的之后，不会覆盖任何回答。文件只在本机读取。';

export const countText = (n: number): string => `共 ${n} 个申报主体（最多 ${MAX_APPLICANTS} 个），只保存在本机`;
export const FULL_TEXT = `已达 ${MAX_APPLICANTS} 个申报主体的上限：删除一些后才能新增。`;

/** The names the workspace gives: a new applicant, one opened from a share link, a copy, an unnamed import. */
export const defaultName = (n: number): string => `申报主体 ${n}`;
export const sharedName = (day: string): string => `分享链接 ${day}`;
export const copyName = (name: string): string => `${name}（副本）`;

export const deleteLabelOf = (name: string): string => `删除“${name}”`;

export const COPY_SHARE_LINK = '复制链接';
export const SHARE_LINK_COPIED = '已复制分享链接。';
export const SHARE_LINK_SELECTED = '浏览器不允许复制：链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。';

/** The error boundary's words, and what a later visit says after a crash. */
export const CRASH_TITLE = '自查向导出错了';
export const crashText = (name: string): string =>
  `显示“${name}”的回答时出错。回答仍保存在本机；可以重新载入这一步，或清除这个申报主体的回答后重新填写。`;
export const crashedBeforeText = (name: string): string =>
  `上次显示“${name}”的回答时页面出错，所以这次没有直接打开它。可以重新载入（回答都在），或清除它的回答后重新填写。`;
export const RELOAD_STEP_LABEL = '保留回答，重新载入本步';
export const CLEAR_ANSWERS_LABEL = '清除该申报主体的回答';

/** The page's last resort, when the workspace itself cannot be shown. */
export const PAGE_CRASH_TEXT =
  '页面出错了，无法显示工作区。可以重新载入页面；若仍然出错，可以清除本机保存的工作区（所有申报主体的回答都会删除）。';
export const RELOAD_PAGE_LABEL = '重新载入页面';
export const CLEAR_WORKSPACE_LABEL = '清除本机保存的工作区';
export const CLEAR_WORKSPACE_CONFIRM = '确定删除本机保存的全部申报主体及其回答吗？此操作无法撤销。';

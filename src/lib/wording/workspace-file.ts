// The words of the workspace file: its name, the names given to applicants it brings, and what an import says (the
// file refused, how many were added, each applicant's problems). Apart from workspace.ts, as the file's code is.
import type { ApplicantProblem, FileProblem } from '../eligibility/workspace-file.ts';
import {
  MAX_ANSWERS_CHARS,
  MAX_APPLICANTS,
  MAX_FILE_BYTES,
  MAX_NAME,
  WORKSPACE_FORMAT,
} from '../eligibility/workspace.ts';
import { droppedList } from './workspace-notices.ts';

export const FILE_NAME = 'quality-award-atlas-workspace';
export const importedName = (n: number): string => `导入的申报主体 ${n}`;

const FILE_PROBLEMS: Record<FileProblem, string> = {
  'too-large': `文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB）`,
  'not-json': '文件不是有效的 JSON',
  'not-workspace': `文件不是本站导出的工作区：应有 "format": "${WORKSPACE_FORMAT}"`,
  'newer-version': '文件的版本比本站能读取的新（或没有版本号）',
  'no-applicants': '文件中没有申报主体：applicants 应为非空列表',
  'too-many': `文件中的申报主体超过 ${MAX_APPLICANTS} 个`,
};
export const importFailedText = (fileName: string, problem: FileProblem): string =>
  `没有导入 ${fileName}：${FILE_PROBLEMS[problem]}。`;

export const importedText = (fileName: string, added: number, left: number): string =>
  `已从 ${fileName} 导入 ${added} 个申报主体${left ? `；另有 ${left} 个因已达 ${MAX_APPLICANTS} 个的上限没有导入` : ''}。`;

/** One applicant's problems in an imported file, by its place and name. */
export function applicantProblemText(p: ApplicantProblem): string {
  const who = `第 ${p.index + 1} 个申报主体${p.name ? `“${p.name}”` : ''}`;
  if (p.skipped === 'not-an-applicant') return `${who}：没有导入，应为含 name（名称）与 answers（回答）的对象`;
  if (p.skipped === 'answers-too-large') return `${who}：没有导入，回答过大（超过 ${MAX_ANSWERS_CHARS / 1024} KB）`;
  const parts = [
    p.nameProblem === 'missing' && '名称缺失或不是文字，已另起名称',
    p.nameProblem === 'too-long' && `名称过长，已截为 ${MAX_NAME} 字`,
    p.droppedCount > 0 && `${p.droppedCount} 项无法读取，已忽略：${droppedList(p.dropped, p.droppedCount)}`,
  ].filter(Boolean);
  return `${who}：${parts.join('；')}`;
}

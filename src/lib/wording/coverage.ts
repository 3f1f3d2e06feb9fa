// The words of the codebook's coverage table: how many of each regulation's
// conditions and exclusion clauses the checker tests (src/lib/assessment-counts.ts).
import type { AssessmentCounts } from '../assessment-counts.ts';
import type { Recipient } from '../codebook.ts';
import { recipientLabel } from './values.ts';

export const COVERAGE_TITLE = '资格自查覆盖情况';

export const COVERAGE_INTRO =
  '下表列出每部办法适用于各类申报对象的申报条件与不得申报情形共有多少项，其中多少项由资格自查检验。资格自查只对检验的条件作出判断；其余条件由评审判断，或须申报者对照原文自行确认，在每份自查报告中列为待准备事项。';

/** The columns, in order, with what each counts. */
export const COVERAGE_COLUMNS: { key: keyof AssessmentCounts; label: string; description: string }[] = [
  { key: 'total', label: '条件与排除情形', description: '适用于该类申报对象的申报条件与不得申报情形' },
  { key: 'tested', label: '资格自查检验', description: '由资格自查依申报者的回答判断' },
  {
    key: 'judgmentWithFloor',
    label: '其中评审判断、可查底线',
    description: '资格自查只检验可核对的部分（如没有发明专利即不符合），其余由评审判断',
  },
  { key: 'leftToReviewers', label: '留给评审', description: '没有可自查的标准，由评审判断' },
  { key: 'selfCheckUnasked', label: '须自行确认', description: '可自查，但资格自查未设问题，由申报者对照原文确认' },
];

export const COVERAGE_REGULATION_HEADER = '管理办法';
export const COVERAGE_APPLICANT_HEADER = '申报对象';

/** An applicant entry of a regulation: 组织, or 组织（先进质量管理模式） when it is for some tracks only. */
export const coverageApplicantText = (applicant: Recipient, tracks: readonly string[]): string =>
  tracks.length > 0 ? `${recipientLabel(applicant)}（${tracks.join('、')}）` : recipientLabel(applicant);

/** The caption of the atlas-wide totals, shown instead of one row per regulation in a large atlas. */
export const coverageTotalsText = (regulations: number): string =>
  `全部 ${regulations} 部办法合计（办法较多，不逐部列出）`;

export const COVERAGE_TOTAL_HEADER = '合计';

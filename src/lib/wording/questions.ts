// What the checker asks: the question and hint for each fact, and for the
// answers that are not facts (who applies, the day checked, earlier awards and
// sanctions), and the title of each step. The wizard's labels, the report's
// "please answer" list and the check page's list of questions all read them here.
import type { StepId } from '../eligibility/wizard.ts';
import type { FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';

export interface Question {
  /** The question the wizard asks. */
  question: string;
  /** A hint shown under the question. */
  help?: string;
  /** How the wizard puts the question, where that differs from the label the report and the answers table use. */
  prompt?: string;
}

export const FACT_QUESTIONS = {
  jurisdiction: {
    question: '登记注册地（个人填工作所在地）',
    help: '选最具体的一级：区县或县级市；不在列表中的地区选“其他地区”。',
  },
  foundedOn: { question: '开始合法生产经营的日期（一般为成立日期）' },
  independentLegalPerson: { question: '是否具有独立法人资格' },
  hasLicences: { question: '法律法规要求取得的资质、证照是否都已取得' },
  certifiedQms: { question: '是否已通过 ISO9001 等质量管理体系认证' },
  hasChiefQualityOfficer: { question: '是否已设置首席质量官（实施首席质量官制度）' },
  hasRegisteredTrademark: { question: '是否拥有注册商标' },
  recommended: { question: '是否已获得所在地政府、主管部门或行业协会的推荐' },
  concurrentApplication: { question: '同一年内是否同时申报了其他层级（如市级与区级）的政府质量奖' },
  industryRank: { question: '上年度主要经营指标在本地同行业中排第几位', help: '不清楚可留空。' },
  lossYears: { question: '哪些年度发生了亏损', help: '填年份，如 2024；没有亏损则不填。' },
  accidents: {
    question: '发生质量、安全生产、环境污染、公共卫生、食品安全等事故的日期',
    help: '各办法对事故等级的要求不同（如“重大”“较大”），结果中会引用原文。',
  },
  qualityComplaints: { question: '发生重大质量投诉、质量异议、索赔或退货的日期' },
  spotCheckFailures: { question: '产品或服务在监督抽查中不合格的日期' },
  exportIncidents: { question: '出口产品因质量问题被索赔、退运、销毁或官方通报的日期' },
  administrativePenalties: { question: '受到行政处罚的日期' },
  otherViolations: { question: '其他违反法律法规行为被认定的日期' },
  dishonestyRecords: { question: '被记入失信记录（严重失信、劳动保障失信等）的日期' },
  earlierApplicationFraud: { question: '以往参加质量奖评选被查实弄虚作假等违规行为的日期' },
  qualityWorkSince: { question: '在本地开始从事质量或质量相关工作的日期' },
  personalViolations: { question: '本人有违反法律、法规行为被认定的日期' },
  personalDishonesty: { question: '本人被记入失信记录的日期' },
  employerAccidents: { question: '所属组织发生重大质量、安全、环境污染、公共卫生、食品药品安全等事故的日期' },
  employerQualityComplaints: { question: '所属组织发生重大质量投诉的日期' },
  employerDishonesty: { question: '所属组织被记入严重失信记录的日期' },
} as const satisfies Record<FactId, Question>;

/** The answers that are not facts of the registry. */
export const EXTRA_QUESTIONS = {
  applicantType: { question: '申报主体（组织或个人）', prompt: '以什么身份申报' },
  checkDate: { question: '核对日期', prompt: '核对日期（默认今天；可填明年的申报截止日）' },
  earlierAwards: { question: '以往获得本奖的记录', prompt: '以往是否获得过这些办法的奖项' },
  sanctions: {
    question: '以往在本奖评审中受到的处理（弄虚作假等）',
    prompt: '以往是否在这些质量奖的评审中因弄虚作假等受到处理',
  },
} as const satisfies Record<string, Question>;

/** Everything the checker can ask about. */
export type Asked = FactId | keyof typeof EXTRA_QUESTIONS;

export function questionEntryOf(field: Asked): Question {
  return Object.hasOwn(EXTRA_QUESTIONS, field)
    ? EXTRA_QUESTIONS[field as keyof typeof EXTRA_QUESTIONS]
    : FACT_QUESTIONS[field as FactId];
}

/** The question asked about a fact or answer, as a label. */
export const questionOf = (field: Asked): string => questionEntryOf(field).question;

/** The question as the wizard puts it. */
export const promptOf = (field: Asked): string => {
  const q: Question = questionEntryOf(field);
  return q.prompt ?? q.question;
};

/** The hint shown under a question, if it has one. */
export const helpOf = (field: Asked): string | undefined => questionEntryOf(field).help;

/** A place as an answer reads: 江苏省 南通市 通州区, or 其他地区. */
export const placeAnswerText = (place: string): string =>
  place === OTHER_JURISDICTION ? '其他地区' : place.replace(/\//g, ' ');

/** Each step's heading, in the step list and above its questions. */
export const STEP_TITLES: Record<StepId, string> = {
  who: '申报主体与核对日期',
  where: '所在地',
  basics: '基本情况',
  records: '近年的记录',
  history: '以往获奖与处理',
  result: '结果与报告',
};

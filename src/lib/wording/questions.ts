// What the checker asks: the question and hint for each fact of the registry,
// and for the answers that are not facts (who applies, the day checked, the
// award sought); the labels of a record item's parts; the gap beside a half
// answer; and the title of each step. The wizard's labels, the report's
// "please answer" list and the check page's list of questions all read them
// here. The labels of an attribute's VALUES are the codebook entries' own.
//
// The questions say what the texts distinguish: an accident's kind, grade and
// whether the applicant was responsible; 严重失信 and 劳动保障失信 apart from
// any 失信; a 重大质量投诉 apart from any complaint; what happened in an earlier
// review, and in which award scheme.
import { SOUGHT_TIERS } from '../codebook-labels.ts';
import type { StepId } from '../eligibility/wizard.ts';
import type { FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';

export interface Question {
  /** The question as a label: the report's "please answer" list and the answers table use it. */
  question: string;
  /** A hint shown under the question. */
  help?: string;
  /** How the wizard puts the question, where that differs from the label. */
  prompt?: string;
}

const INCIDENT_HELP =
  '每起事故分别填写日期、类别、等级（特别重大、重大、较大、一般，按国家有关规定认定）和是否负有责任（责任事故）：各办法排除的类别和等级不同，有的只排除“较大”及以上，有的排除任何等级的责任事故。';
const DISHONESTY_HELP =
  '每条记录注明是否为严重失信，以及是否为劳动保障方面的失信：办法排除的是严重失信或劳动保障失信，不是任何一条失信记录。';
const COMPLAINT_HELP = '每件注明是否为重大质量投诉：办法排除的是重大质量投诉。';
const CLAIM_HELP = '每件注明是否属于自身责任：办法排除的是因自身责任引起的质量异议、索赔和退货。';

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
  inventionPatents: {
    question: '拥有的有效发明专利数量',
    help: '只计已授权、仍有效的发明专利（不含实用新型、外观设计）；没有填 0。',
  },
  industrialEnterprise: {
    question: '是否为工业企业',
    help: '有的条件只对工业企业提出（如环保信用等级）。',
  },
  engagedInBusiness: {
    question: '是否从事生产、经营活动',
    help: '有的条件只对从事生产、经营活动的组织提出（如同行业排名、未发生亏损）。',
  },
  recommended: { question: '是否已获得所在地政府、主管部门或行业协会的推荐' },
  concurrentApplication: { question: '同一年内是否同时申报了其他层级（如市级与区级）的政府质量奖' },
  industryRank: {
    question: '上年度主要经营指标在本地同行业中排第几位',
    help: '第 1 位为最前；名次每年会变，按最近一个年度填写。不清楚可留空。',
  },
  annualResults: {
    question: '各年度的净利润',
    prompt: '近几个完整年度的净利润（亏损填负数）',
    help: '每个年度填一项：年度和净利润（万元，亏损填负数，如 -120.5）；问到时注明亏损是否为政策性亏损。有的办法看每年是否亏损，有的看几年累计，有的不计政策性亏损。只填已经结束的年度。',
  },
  environmentalCreditRatings: {
    question: '各年度的企业环保信用等级',
    help: '按生态环境部门的企业环保信用评价结果（绿色、蓝色、黄色、红色、黑色），每个年度一项。',
  },
  accidents: {
    question: '发生的事故',
    prompt: '是否发生过质量、安全生产、环境污染、公共卫生、食品药品安全等事故',
    help: INCIDENT_HELP,
  },
  qualityComplaints: { question: '质量投诉', prompt: '是否发生过质量投诉', help: COMPLAINT_HELP },
  qualityClaims: { question: '质量异议、索赔和退货', prompt: '是否发生过质量异议、索赔或退货', help: CLAIM_HELP },
  spotCheckFailures: {
    question: '监督抽查不合格',
    prompt: '产品或服务是否在国家、行业或省、市级监督抽查（检查）中不合格',
  },
  exportIncidents: {
    question: '出口产品的质量问题',
    prompt: '出口产品是否因质量问题被国外索赔、退货，或被退运、销毁、官方通报',
  },
  administrativePenalties: { question: '受到的行政处罚', prompt: '是否受到过行政处罚' },
  otherViolations: { question: '其他违法违规行为', prompt: '是否有其他违反法律法规的行为被认定' },
  dishonestyRecords: {
    question: '失信记录',
    prompt: '本单位（或其法定代表人）是否被记入失信记录',
    help: DISHONESTY_HELP,
  },
  workHistory: {
    question: '从事质量工作的经历',
    prompt: '在哪些地区、从何时到何时从事质量或质量相关工作',
    help: '每段工作填地区、开始日期和结束日期（仍在做的不填结束日期）；办法按在其辖区内工作的时间合计，离开的地区的年数也算在那里。',
  },
  headsOrganization: {
    question: '是否为所在组织的负责人',
    help: '有的办法要求组织负责人申报时，其所在组织同时符合对组织的条件。',
  },
  personalViolations: { question: '本人违反法律、法规的行为', prompt: '本人是否有违反法律、法规的行为被认定' },
  personalDishonesty: { question: '本人的失信记录', prompt: '本人是否被记入失信记录', help: DISHONESTY_HELP },
  employerAccidents: {
    question: '所在组织发生的事故',
    prompt: '所在组织是否发生过质量、安全生产、环境污染、公共卫生、食品药品安全等事故',
    help: INCIDENT_HELP,
  },
  employerQualityComplaints: {
    question: '所在组织的质量投诉',
    prompt: '所在组织是否发生过质量投诉',
    help: COMPLAINT_HELP,
  },
  employerQualityClaims: {
    question: '所在组织的质量异议、索赔和退货',
    prompt: '所在组织是否发生过质量异议、索赔或退货',
    help: CLAIM_HELP,
  },
  employerSpotCheckFailures: {
    question: '所在组织的监督抽查不合格',
    prompt: '所在组织的产品或服务是否在监督抽查（检查）中不合格',
  },
  employerExportIncidents: {
    question: '所在组织出口产品的质量问题',
    prompt: '所在组织的出口产品是否因质量问题被索赔、退货，或被退运、销毁、官方通报',
  },
  employerOtherViolations: {
    question: '所在组织的其他违法违规行为',
    prompt: '所在组织是否有其他违反法律法规的行为被认定',
  },
  employerDishonesty: {
    question: '所在组织的失信记录',
    prompt: '所在组织是否被记入失信记录',
    help: DISHONESTY_HELP,
  },
  earlierAwards: {
    question: '以往获得的奖项',
    prompt: '以往是否获得过这些办法设立的奖项',
    help: '每项填办法、奖项和获奖日期：能否再次申报、要等几年，按所获的奖项计算。',
  },
  sanctions: {
    question: '以往在质量奖评审中受到的处理',
    prompt: '以往是否在质量奖的申报或获奖后受到处理',
    help: '每项填所涉奖项（本站所收的办法之一，或“其他”）、发生了什么和日期。发生了什么分三种：申报中被查实提供虚假材料或弄虚作假；获奖后因弄虚作假、骗取奖项被撤销；获奖后因事故或其他重大事项被撤销。各办法的禁止申报只针对其本身奖项中的特定情形。',
  },
} as const satisfies Record<FactId, Question>;

/** The answers that are not facts of the registry. */
export const EXTRA_QUESTIONS = {
  applicantType: { question: '申报主体（组织或个人）', prompt: '以什么身份申报' },
  checkDate: { question: '核对日期', prompt: '核对日期（默认今天；可填明年的申报截止日）' },
  soughtTier: {
    question: '申报的奖项',
    prompt: '打算申报哪一级奖项',
    help: '选“任一奖项”，结果按办法分别列出每个奖项的结论；再次申报的规定按奖项区分。',
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

// ——— the parts of a record's items ———

/** The label of each part of an item: its date or year, a period's bounds, an award's fields, and each attribute. */
const PART_LABELS: Record<string, string> = {
  date: '日期',
  year: '年度',
  place: '地区',
  from: '开始日期',
  to: '结束日期',
  regulation: '办法',
  tier: '奖项',
  kind: '事故类别',
  grade: '事故等级',
  responsible: '是否负有责任',
  severity: '程度',
  labourSecurity: '是否为劳动保障失信',
  netProfit: '净利润（万元）',
  policyInduced: '是否为政策性亏损',
  rating: '环保信用等级',
  event: '发生了什么',
};

/** Where a fact's part reads otherwise than in general. */
const PART_LABELS_BY_FACT: Partial<Record<FactId, Record<string, string>>> = {
  accidents: { responsible: '本单位是否负有责任（责任事故）' },
  employerAccidents: { responsible: '所在组织是否负有责任（责任事故）' },
  qualityComplaints: { severity: '是否为重大质量投诉' },
  employerQualityComplaints: { severity: '是否为重大质量投诉' },
  qualityClaims: { responsible: '是否属于自身责任' },
  employerQualityClaims: { responsible: '是否属于所在组织自身责任' },
  dishonestyRecords: { severity: '是否为严重失信' },
  personalDishonesty: { severity: '是否为严重失信' },
  employerDishonesty: { severity: '是否为严重失信' },
  earlierAwards: { date: '获奖日期' },
  sanctions: { regulation: '所涉奖项', date: '日期（查实或撤销之日）' },
};

/** The label of an item's part (date, year, place, an attribute), as its input shows it. */
/** A part's label; a name that is no part (a key from outside, even __proto__) reads as itself, never inherited. */
export const partLabelOf = (fact: FactId, part: string): string => {
  const ofFact = Object.hasOwn(PART_LABELS_BY_FACT, fact) ? PART_LABELS_BY_FACT[fact] : undefined;
  if (ofFact && Object.hasOwn(ofFact, part)) return ofFact[part]!;
  return Object.hasOwn(PART_LABELS, part) ? PART_LABELS[part]! : part;
};

/** Hints beside some parts. */
const PART_HINTS: Record<string, string> = {
  netProfit: '亏损填负数，如 -120.5',
  to: '仍在做的不填',
};
export const partHintOf = (part: string): string | undefined =>
  Object.hasOwn(PART_HINTS, part) ? PART_HINTS[part] : undefined;

/** How each item is headed in its list: 第 1 项, 第 1 个年度… */
export const itemHeading = (kind: 'events' | 'annual' | 'periods' | 'awards', i: number): string =>
  kind === 'annual' ? `第 ${i + 1} 个年度` : kind === 'periods' ? `第 ${i + 1} 段` : `第 ${i + 1} 项`;

/** The answer "I don't know" for a yes-or-no part, and the blank choice of a select. */
export const UNKNOWN_CHOICE = '不清楚';
export const PICK_CHOICE = '请选择';
/** The scheme choice for an award no regulation of this site sets up. */
export const OTHER_SCHEME_CHOICE = '其他（其他地方或其他办法的奖项）';

/** What a half-answered item lacks, shown beside it: the parts, and that the regulations needing them cannot decide. */
export const itemGapText = (fact: FactId, missing: readonly string[]): string =>
  `缺${missing.map((p) => partLabelOf(fact, p).replace(/（.*）$/, '')).join('、')}：相关办法尚无法判断`;

/** The list answers' three choices. */
export const LIST_CHOICES = { none: '没有', some: '有', unanswered: '暂不回答' } as const;
export const ADD_ITEM = '再添加一项';
export const removeItemLabel = (i: number): string => `删除第 ${i + 1} 项`;

// ——— the award sought ———

/** A choice of the award sought: the kind's label and the tiers of that kind the regulations in scope set up. */
export const soughtTierChoiceText = (kind: keyof typeof SOUGHT_TIERS, tierNames: readonly string[]): string =>
  kind === 'any'
    ? '任一奖项（分别列出每个奖项的结论）'
    : `${SOUGHT_TIERS[kind].label}${tierNames.length ? `：${tierNames.join('、')}` : ''}`;

// ——— answers in an older form ———

/** Said once when saved answers or a share link of an older form open: the answers that could not be carried over. */
export const refillNotice = (facts: readonly FactId[]): string =>
  `以下回答的格式已更新，请重新填写：${facts.map((f) => questionOf(f)).join('；')}。`;

/** A place as an answer reads: 江苏省 南通市 通州区, or 其他地区. */
export const placeAnswerText = (place: string): string =>
  place === OTHER_JURISDICTION ? '其他地区' : place.replace(/\//g, ' ');

/** Each step's heading, in the step list and above its questions. */
export const STEP_TITLES: Record<StepId, string> = {
  who: '申报主体与核对日期',
  where: '所在地',
  award: '申报的奖项',
  basics: '基本情况',
  records: '近年的记录',
  work: '工作经历',
  history: '以往获奖与处理',
  result: '结果与报告',
};

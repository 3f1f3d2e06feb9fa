// The facts an applicant can state about itself, and the tests a condition can
// run on them. Content files name a fact and a test (`tests: [{fact, op}]`);
// the engine interprets them. A new regulation reuses these; only a new kind of
// fact needs code here.
import type { RECIPIENT_TYPES } from '../codebook.ts';

type Recipient = keyof typeof RECIPIENT_TYPES;

export type FactType =
  | 'jurisdiction' // a place: 江苏省/南通市/通州区, or "other"
  | 'date' // one day, YYYY-MM-DD
  | 'dates' // days on which something happened
  | 'years' // calendar years (a loss year)
  | 'boolean'
  | 'rank'; // a place in a ranking, 1 = first

export interface FactDefinition {
  type: FactType;
  /** The question the wizard asks. */
  question: string;
  /** A hint shown under the question. */
  help?: string;
  /** Who is asked. */
  askedOf: Recipient[];
}

export const FACTS = {
  jurisdiction: {
    type: 'jurisdiction',
    question: '登记注册地（个人填工作所在地）',
    help: '选最具体的一级：区县或县级市；不在列表中的地区选“其他地区”。',
    askedOf: ['organization', 'individual'],
  },
  foundedOn: { type: 'date', question: '开始合法生产经营的日期（一般为成立日期）', askedOf: ['organization'] },
  independentLegalPerson: { type: 'boolean', question: '是否具有独立法人资格', askedOf: ['organization'] },
  hasLicences: { type: 'boolean', question: '法律法规要求取得的资质、证照是否都已取得', askedOf: ['organization'] },
  certifiedQms: { type: 'boolean', question: '是否已通过 ISO9001 等质量管理体系认证', askedOf: ['organization'] },
  hasChiefQualityOfficer: {
    type: 'boolean',
    question: '是否已设置首席质量官（实施首席质量官制度）',
    askedOf: ['organization'],
  },
  hasRegisteredTrademark: { type: 'boolean', question: '是否拥有注册商标', askedOf: ['organization'] },
  recommended: {
    type: 'boolean',
    question: '是否已获得所在地政府、主管部门或行业协会的推荐',
    askedOf: ['organization'],
  },
  concurrentApplication: {
    type: 'boolean',
    question: '同一年内是否同时申报了其他层级（如市级与区级）的政府质量奖',
    askedOf: ['organization', 'individual'],
  },
  industryRank: {
    type: 'rank',
    question: '上年度主要经营指标在本地同行业中排第几位',
    help: '不清楚可留空。',
    askedOf: ['organization'],
  },
  lossYears: {
    type: 'years',
    question: '哪些年度发生了亏损',
    help: '填年份，如 2024；没有亏损则不填。',
    askedOf: ['organization'],
  },
  accidents: {
    type: 'dates',
    question: '发生质量、安全生产、环境污染、公共卫生、食品安全等事故的日期',
    help: '各办法对事故等级的要求不同（如“重大”“较大”），结果中会引用原文。',
    askedOf: ['organization'],
  },
  qualityComplaints: {
    type: 'dates',
    question: '发生重大质量投诉、质量异议、索赔或退货的日期',
    askedOf: ['organization'],
  },
  spotCheckFailures: { type: 'dates', question: '产品或服务在监督抽查中不合格的日期', askedOf: ['organization'] },
  exportIncidents: {
    type: 'dates',
    question: '出口产品因质量问题被索赔、退运、销毁或官方通报的日期',
    askedOf: ['organization'],
  },
  administrativePenalties: { type: 'dates', question: '受到行政处罚的日期', askedOf: ['organization'] },
  otherViolations: { type: 'dates', question: '其他违反法律法规行为被认定的日期', askedOf: ['organization'] },
  dishonestyRecords: {
    type: 'dates',
    question: '被记入失信记录（严重失信、劳动保障失信等）的日期',
    askedOf: ['organization'],
  },
  earlierApplicationFraud: {
    type: 'dates',
    question: '以往参加质量奖评选被查实弄虚作假等违规行为的日期',
    askedOf: ['organization'],
  },
  qualityWorkSince: { type: 'date', question: '在本地开始从事质量或质量相关工作的日期', askedOf: ['individual'] },
  personalViolations: { type: 'dates', question: '本人有违反法律、法规行为被认定的日期', askedOf: ['individual'] },
  personalDishonesty: { type: 'dates', question: '本人被记入失信记录的日期', askedOf: ['individual'] },
  employerAccidents: {
    type: 'dates',
    question: '所属组织发生重大质量、安全、环境污染、公共卫生、食品药品安全等事故的日期',
    askedOf: ['individual'],
  },
  employerQualityComplaints: { type: 'dates', question: '所属组织发生重大质量投诉的日期', askedOf: ['individual'] },
  employerDishonesty: { type: 'dates', question: '所属组织被记入严重失信记录的日期', askedOf: ['individual'] },
} as const satisfies Record<string, FactDefinition>;

export type FactId = keyof typeof FACTS;

/** How a test reads its fact; the figure it compares with comes from the condition (minYears, lookbackYears, rankMax). */
export const TEST_OPS = {
  'in-jurisdiction': { factTypes: ['jurisdiction'], description: '登记（工作）地在本办法的辖区之内' },
  'is-true': { factTypes: ['boolean'], description: '回答为“是”' },
  'is-false': { factTypes: ['boolean'], description: '回答为“否”' },
  'years-since-at-least': { factTypes: ['date'], description: '自该日起已满 minYears 年' },
  'none-within': {
    factTypes: ['dates', 'years'],
    description: '近 lookbackYears 年内没有发生；未写年限则任何时候都没有',
  },
  'rank-at-most': { factTypes: ['rank'], description: '名次不低于第 rankMax 位' },
} as const satisfies Record<string, { factTypes: FactType[]; description: string }>;

export type TestOp = keyof typeof TEST_OPS;

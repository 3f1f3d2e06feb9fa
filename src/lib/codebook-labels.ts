// The codebook's codes and their labels: every category used to code eligibility conditions and exclusion
// clauses, and the words the site shows for each. What the browser needs (the checker's questions, findings and
// values in words) comes from here; what each code covers (its description, shown on the codebook page) is added
// by codebook.ts, which the schema and the pages read, so the browser does not download it (docs/adr/0026).

export interface CodeLabel {
  label: string;
  /** A clean-record category: what exclusion clauses test (no accident, no penalty…). The exclusion matrix has a row for each. */
  record?: boolean;
}

export const CONDITION_CATEGORIES = {
  'political-stance': { label: '政治立场' },
  registration: { label: '在本地登记注册' },
  'legal-person': { label: '独立法人资格' },
  'years-of-operation': {
    label: '经营年限',
  },
  'policy-compliance': {
    label: '符合产业等政策',
    record: true,
  },
  licences: { label: '资质证照', record: true },
  'excellence-model': {
    label: '卓越绩效模式',
  },
  certification: { label: '体系认证' },
  'chief-quality-officer': { label: '首席质量官' },
  'intellectual-property': { label: '知识产权' },
  'product-level': { label: '产品技术水平' },
  innovation: { label: '创新与品牌' },
  'business-performance': { label: '经营业绩与社会贡献' },
  ranking: { label: '行业排名' },
  'quality-staff': { label: '质量工作人员' },
  'social-responsibility': { label: '社会责任' },
  reputation: { label: '诚信与声誉' },
  'environmental-credit': {
    label: '环保信用等级',
    record: true,
  },
  credit: { label: '失信记录', record: true },
  losses: { label: '亏损', record: true },
  accidents: {
    label: '事故',
    record: true,
  },
  'quality-complaints': {
    label: '质量投诉与索赔',
    record: true,
  },
  'spot-check-failures': {
    label: '抽查不合格',
    record: true,
  },
  'export-incidents': {
    label: '出口质量事件',
    record: true,
  },
  'administrative-penalties': { label: '行政处罚', record: true },
  'other-violations': { label: '其他违法违规', record: true },
  'earlier-application-fraud': {
    label: '以往申报弄虚作假',
    record: true,
  },
  recommendation: { label: '推荐' },
  'concurrent-application': {
    label: '重复申报',
    record: true,
  },
  'quality-work-years': {
    label: '从事质量工作年限',
  },
  'personal-conduct': { label: '个人品行' },
  'personal-achievement': { label: '个人成果与贡献' },
  'employer-record': {
    label: '所在组织的记录',
    record: true,
  },
  'employer-performance': { label: '所在组织的效益' },
} as const satisfies Record<string, CodeLabel>;

export type ConditionCategory = keyof typeof CONDITION_CATEGORIES;

/** Whether a category is a clean-record one (has a row in the exclusion matrix). */
export const isRecordCategory = (cat: ConditionCategory): boolean =>
  (CONDITION_CATEGORIES[cat] as CodeLabel).record === true;

export const ASSESSMENTS = {
  'self-checkable': {
    label: '可自查',
  },
  judgment: {
    label: '评审判断',
  },
} as const satisfies Record<string, CodeLabel>;

export const RECIPIENT_TYPES = {
  organization: { label: '组织' },
  individual: { label: '个人' },
  project: { label: '项目' },
  'organizational-unit': {
    label: '组织单元',
  },
} as const satisfies Record<string, CodeLabel>;

/** Who a rule is about: an organization, a person, or (as a recipient only) a project or a unit. */
export type Recipient = keyof typeof RECIPIENT_TYPES;

/** Who applies and whom the checker asks: organizations and individuals; projects and units are entered by them. */
export const APPLICANT_TYPES = ['organization', 'individual'] as const satisfies readonly Recipient[];
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** Who sets an award's cycle where the text gives no number of years. */
export const CYCLE_SETTERS = {
  'higher-level-rules': { label: '按上级规定' },
} as const satisfies Record<string, CodeLabel>;

export const JURISDICTION_LEVELS = {
  province: { label: '省级' },
  'prefecture-level-city': { label: '地级市' },
  'county-level-city': { label: '县级市' },
  district: { label: '市辖区' },
  county: { label: '县' },
} as const satisfies Record<string, CodeLabel>;

export const BAN_CAUSES = {
  'false-materials': { label: '提供虚假材料' },
  fraud: { label: '骗取奖项' },
  'post-award-incident': { label: '获奖后发生事故' },
} as const satisfies Record<string, CodeLabel>;

export type BanCause = keyof typeof BAN_CAUSES;

/**
 * The events that set off each kind of ban: the applicant states what happened (SANCTION_EVENTS), and each
 * regulation's ban reads the events of its cause, so no one has to guess how a regulation coded its ban.
 */
export const BAN_TRIGGERS: Record<BanCause, readonly SanctionEvent[]> = {
  'false-materials': ['fraud-found-at-application'],
  fraud: ['award-revoked-for-fraud'],
  'post-award-incident': ['award-revoked-for-incident'],
};

export const REVOCATION_CAUSES = {
  fraud: { label: '骗取奖项' },
  'post-award-incident': {
    label: '获奖后发生事故或违法失信',
  },
  'misuse-of-prize-money': { label: '奖金使用不当' },
} as const satisfies Record<string, CodeLabel>;

export const DAY_TYPES = {
  calendar: { label: '自然日' },
  working: { label: '工作日' },
} as const satisfies Record<string, CodeLabel>;

export const TIER_KINDS = {
  award: { label: '正奖' },
  'nomination-award': { label: '提名奖' },
  'merit-award': { label: '次级奖' },
} as const satisfies Record<string, CodeLabel>;

// ——— Applying and after winning (申报与获奖后), as the texts name them ———

/** What an applicant hands in. */
export const MATERIAL_KINDS = {
  'application-form': { label: '申报表' },
  'self-assessment-report': {
    label: '自评报告',
  },
  'supporting-evidence': { label: '证明材料' },
  'recommendation-opinion': { label: '推荐意见' },
  commitment: { label: '承诺书' },
  'financial-statement': { label: '财务报表' },
  other: { label: '其他材料' },
} as const satisfies Record<string, CodeLabel>;

export type MaterialKind = keyof typeof MATERIAL_KINDS;

/** Who recommends an applicant, or signs or reviews the application before it goes on. */
export const RECOMMENDER_KINDS = {
  'local-government': {
    label: '属地政府（镇、街道、园区管委会）',
  },
  'competent-department': { label: '行业主管部门' },
  'industry-association': { label: '行业协会' },
  employer: { label: '所在单位' },
  other: { label: '其他' },
} as const satisfies Record<string, CodeLabel>;

export type RecommenderKind = keyof typeof RECOMMENDER_KINDS;

/** What the recommender does with an application. */
export const RECOMMENDER_ACTS = {
  recommends: { label: '推荐' },
  'signs-opinion': { label: '签署推荐意见' },
  reviews: { label: '初审' },
  other: { label: '其他' },
} as const satisfies Record<string, CodeLabel>;

export type RecommenderAct = keyof typeof RECOMMENDER_ACTS;

/** Duties of a winner beyond reporting (sanctions.reportingDuties) and limits on the title (titleUseLimits). */
export const WINNER_DUTY_KINDS = {
  'share-experience': { label: '交流推广经验' },
  'keep-improving': { label: '持续改进' },
  'report-incidents': { label: '报告重大事项' },
  'accept-supervision': { label: '接受监督' },
  other: { label: '其他' },
} as const satisfies Record<string, CodeLabel>;

export type WinnerDutyKind = keyof typeof WINNER_DUTY_KINDS;

// ——— What an applicant's records distinguish, as the texts do ———

export const INCIDENT_KINDS = {
  'production-safety': { label: '生产安全（安全生产）' },
  quality: { label: '质量' },
  environmental: { label: '环境污染（环保）' },
  'public-health': { label: '公共卫生' },
  'food-drug-safety': { label: '食品药品安全' },
  other: { label: '其他' },
} as const satisfies Record<string, CodeLabel>;

/** The four grades of the national rules (生产安全事故报告和调查处理条例 and the like), most severe first. */
export const INCIDENT_GRADES = {
  'especially-major': { label: '特别重大' },
  major: { label: '重大' },
  larger: { label: '较大' },
  general: { label: '一般' },
} as const satisfies Record<string, CodeLabel>;

export const RECORD_SEVERITIES = {
  serious: { label: '严重（重大）' },
  ordinary: { label: '一般' },
} as const satisfies Record<string, CodeLabel>;

/** 江苏等地的企业环保信用评价：绿色最好，黑色最差。 */
export const ENVIRONMENTAL_CREDIT_RATINGS = {
  green: { label: '绿色' },
  blue: { label: '蓝色' },
  yellow: { label: '黄色' },
  red: { label: '红色' },
  black: { label: '黑色' },
} as const satisfies Record<string, CodeLabel>;

/** What happened to an applicant in an award's review: facts, not a regulation's coding of them. */
export const SANCTION_EVENTS = {
  'fraud-found-at-application': {
    label: '申报中被查实提供虚假材料或弄虚作假',
  },
  'award-revoked-for-fraud': {
    label: '获奖后因弄虚作假、以不正当手段骗取奖项被撤销',
  },
  'award-revoked-for-incident': {
    label: '获奖后因事故或其他重大事项被撤销',
  },
} as const satisfies Record<string, CodeLabel>;

export type SanctionEvent = keyof typeof SANCTION_EVENTS;

/** Which scheme a record concerns, seen from the regulation being checked (derived from the record's regulation). */
export const SCHEMES = {
  this: { label: '本办法的奖项' },
  other: { label: '其他奖项' },
} as const satisfies Record<string, CodeLabel>;

/** The award an applicant seeks: a kind of tier, or any. */
export const SOUGHT_TIERS = {
  any: { label: '任一奖项' },
  award: { label: '正奖' },
  'nomination-award': { label: '提名奖' },
  'merit-award': { label: '次级奖' },
} as const satisfies Record<string, CodeLabel>;

export function enumKeys<T extends Record<string, unknown>>(o: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
}

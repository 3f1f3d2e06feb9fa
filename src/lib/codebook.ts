// The codebook: every category used to code eligibility conditions and
// exclusion clauses, with what it covers. The schema takes its enums from here,
// and the codebook page renders it, so the two cannot drift apart. The codes an
// applicant's answers and the checker's findings use are in codebook-labels.ts
// with their labels only (what the checker page downloads); this module adds each
// one's description, and holds the codes of the regulations' own coding whole.
import * as labels from './codebook-labels.ts';

export * from './codebook-labels.ts';

export interface CodebookEntry extends labels.CodeLabel {
  description: string;
  /** A clean-record category: what exclusion clauses test (no accident, no penalty…). The exclusion matrix has a row for each. */
  record?: boolean;
}

/** A table's entries with their descriptions; every code must have one. */
const described = <K extends string, E extends labels.CodeLabel>(
  table: Record<K, E>,
  descriptions: Record<K, string>,
): { [C in K]: E & { description: string } } =>
  Object.fromEntries(
    (Object.entries(table) as [K, E][]).map(([code, e]) => [code, { ...e, description: descriptions[code] }]),
  ) as { [C in K]: E & { description: string } };

export const CONDITION_CATEGORIES = {
  'political-stance': { label: '政治立场', description: '拥护路线方针政策、政治立场坚定等政治要求。' },
  registration: { label: '在本地登记注册', description: '申报组织须在本辖区登记注册（或个人须在本辖区工作）。' },
  'legal-person': { label: '独立法人资格', description: '申报组织须具有独立法人资格。' },
  'years-of-operation': {
    label: '经营年限',
    description: '合法经营、正常生产经营或从事生产经营须满若干年（minYears）。',
  },
  'policy-compliance': {
    label: '符合产业等政策',
    description: '符合国家和地方产业、质量、环保、安全、节能等法律法规及政策。',
    record: true,
  },
  licences: { label: '资质证照', description: '应取得的资质、证照已取得。', record: true },
  'excellence-model': {
    label: '卓越绩效模式',
    description: '推行 GB/T19580 卓越绩效模式并取得成效，质量管理体系健全、方法可推广。',
  },
  certification: { label: '体系认证', description: '通过 ISO9001 等质量管理体系认证。' },
  'chief-quality-officer': { label: '首席质量官', description: '设置企业首席质量官或实施首席质量官制度。' },
  'intellectual-property': { label: '知识产权', description: '拥有注册商标、发明专利等知识产权。' },
  'product-level': { label: '产品技术水平', description: '主导产品的技术和质量指标达到某一水平（如省内先进）。' },
  innovation: { label: '创新与品牌', description: '科技创新、自主品牌、标准化等方面成绩。' },
  'business-performance': { label: '经营业绩与社会贡献', description: '经营业绩、社会贡献优秀或突出。' },
  ranking: { label: '行业排名', description: '主要指标在本地同行业中领先或位列前若干名（rankMax 为明确名次）。' },
  'quality-staff': { label: '质量工作人员', description: '质量工作者人数达到一定比例等人员要求。' },
  'social-responsibility': { label: '社会责任', description: '履行社会责任。' },
  reputation: { label: '诚信与声誉', description: '具有良好的诚信记录和社会声誉（总括性要求）。' },
  'environmental-credit': {
    label: '环保信用等级',
    description: '环保信用等级达到某一等级（如蓝色及以上）。',
    record: true,
  },
  credit: { label: '失信记录', description: '无严重失信行为、失信记录或劳动保障失信记录。', record: true },
  losses: { label: '亏损', description: '一定年限内未发生亏损。', record: true },
  accidents: {
    label: '事故',
    description: '一定年限内未发生质量、安全、环境、公共卫生、食品安全等事故。',
    record: true,
  },
  'quality-complaints': {
    label: '质量投诉与索赔',
    description: '无重大质量投诉、质量异议、索赔、退货或严重服务质量问题。',
    record: true,
  },
  'spot-check-failures': {
    label: '抽查不合格',
    description: '一定年限内产品（服务）在监督抽查中无不合格记录。',
    record: true,
  },
  'export-incidents': {
    label: '出口质量事件',
    description: '出口产品未因质量问题发生索赔、退运、销毁或官方通报。',
    record: true,
  },
  'administrative-penalties': { label: '行政处罚', description: '一定年限内无行政处罚记录。', record: true },
  'other-violations': { label: '其他违法违规', description: '一定年限内无其他违反法律法规的行为。', record: true },
  'earlier-application-fraud': {
    label: '以往申报弄虚作假',
    description: '以往参加本奖评选时存在弄虚作假等违规行为。',
    record: true,
  },
  recommendation: { label: '推荐', description: '须获得所在地政府、主管部门或行业协会推荐。' },
  'concurrent-application': {
    label: '重复申报',
    description: '同一年内不得同时申报不同层级的政府质量奖。',
    record: true,
  },
  'quality-work-years': {
    label: '从事质量工作年限',
    description: '个人在本地从事质量或质量相关工作须满若干年（minYears）。',
  },
  'personal-conduct': { label: '个人品行', description: '个人恪守职业道德、无违法行为、信用良好。' },
  'personal-achievement': { label: '个人成果与贡献', description: '个人在质量管理或实践中形成成果、作出贡献。' },
  'employer-record': {
    label: '所在组织的记录',
    description: '申报个人所属组织须满足事故、投诉、失信等条件。',
    record: true,
  },
  'employer-performance': { label: '所在组织的效益', description: '申报个人所属组织须具有显著效益或影响力。' },
} as const satisfies Record<string, CodebookEntry>;

export type ConditionCategory = keyof typeof CONDITION_CATEGORIES;

/** Whether a category is a clean-record one (has a row in the exclusion matrix). */
export const isRecordCategory = (cat: ConditionCategory): boolean =>
  (CONDITION_CATEGORIES[cat] as CodebookEntry).record === true;

export const ASSESSMENTS = {
  'self-checkable': {
    label: '可自查',
    description: '申报者可凭事实自行判断是否满足（如成立年限、是否受过行政处罚）。',
  },
  judgment: {
    label: '评审判断',
    description: '取决于评审者的判断（如“成效显著”“居同行业领先”），申报者只能准备材料。',
  },
} as const satisfies Record<string, CodebookEntry>;

export const RECIPIENT_TYPES = described(labels.RECIPIENT_TYPES, {
  organization: '企业、事业单位、社会组织等。',
  individual: '自然人。',
  project: '质量提升、质量创新等项目（由组织申报，奖项授予项目）。',
  'organizational-unit': '班组、车间、科室、分支机构等组织内的单元（由所在组织申报）。',
});

/** Who sets an award's cycle where the text gives no number of years. */
export const CYCLE_SETTERS = {
  'higher-level-rules': { label: '按上级规定', description: '评选周期按上级（省、市）有关规定执行，原文未写年数。' },
} as const satisfies Record<string, CodebookEntry>;

export const JURISDICTION_LEVELS = {
  province: { label: '省级', description: '省、自治区、直辖市。' },
  'prefecture-level-city': { label: '地级市', description: '地级市、自治州等地级行政区。' },
  'county-level-city': { label: '县级市', description: '县级市。' },
  district: { label: '市辖区', description: '市辖区（含直辖市的区）。' },
  county: { label: '县', description: '县、自治县。' },
} as const satisfies Record<string, CodebookEntry>;

export const BAN_CAUSES = described(labels.BAN_CAUSES, {
  'false-materials': '申报中发现提供虚假材料。',
  fraud: '弄虚作假、以不正当手段骗取奖项。',
  'post-award-incident': '获奖后发生重大事故或其他违背奖项宗旨的重大事项。',
});

export const REVOCATION_CAUSES = {
  fraud: { label: '骗取奖项', description: '弄虚作假、以不正当手段骗取奖项。' },
  'post-award-incident': {
    label: '获奖后发生事故或违法失信',
    description: '获奖后（或有效期内）发生重大质量、安全、环保等事故，或严重违法、失信。',
  },
  'misuse-of-prize-money': { label: '奖金使用不当', description: '奖励资金使用不当、情节严重。' },
} as const satisfies Record<string, CodebookEntry>;

export const DAY_TYPES = {
  calendar: { label: '自然日', description: '“天”“日”按自然日计。' },
  working: { label: '工作日', description: '“工作日”。' },
} as const satisfies Record<string, CodebookEntry>;

export const TIER_KINDS = described(labels.TIER_KINDS, {
  award: '奖项的主奖（区长质量奖、市长质量奖）。',
  'nomination-award': '“提名奖”。',
  'merit-award': '同一办法设立的次一级奖项（质量金奖、质量管理优秀奖）。',
});

/** What an applicant hands in. */
export const MATERIAL_KINDS = {
  'application-form': { label: '申报表', description: '按统一格式填写的申报表（申请表、推荐表）。' },
  'self-assessment-report': {
    label: '自评报告',
    description: '对照评价标准（如 GB/T 19580、GB/Z 19579）撰写的自我评价报告；standard 写所对照的标准。',
  },
  'supporting-evidence': { label: '证明材料', description: '证明所述业绩、资质、荣誉等的材料。' },
  'recommendation-opinion': { label: '推荐意见', description: '推荐单位出具或签署的推荐意见。' },
  commitment: { label: '承诺书', description: '申报者对材料真实性等事项的书面承诺。' },
  'financial-statement': { label: '财务报表', description: '财务报表、审计报告等经营数据材料。' },
  other: { label: '其他材料', description: '上列之外、原文点名要求的材料。' },
} as const satisfies Record<string, CodebookEntry>;

export type MaterialKind = keyof typeof MATERIAL_KINDS;

/** Who recommends an applicant, or signs or reviews the application before it goes on. */
export const RECOMMENDER_KINDS = {
  'local-government': {
    label: '属地政府（镇、街道、园区管委会）',
    description: '申报者所在地的政府或园区管理机构：区级奖项多为镇、街道、园区，市级奖项多为县（市、区）政府。',
  },
  'competent-department': { label: '行业主管部门', description: '申报者所属行业的政府主管部门。' },
  'industry-association': { label: '行业协会', description: '行业协会、商会等社会组织。' },
  employer: { label: '所在单位', description: '申报个人所在的组织。' },
  other: { label: '其他', description: '上列之外的推荐或审核单位。' },
} as const satisfies Record<string, CodebookEntry>;

export type RecommenderKind = keyof typeof RECOMMENDER_KINDS;

/** What the recommender does with an application. */
export const RECOMMENDER_ACTS = {
  recommends: { label: '推荐', description: '向受理机构推荐申报者。' },
  'signs-opinion': { label: '签署推荐意见', description: '在申报材料上签署推荐意见。' },
  reviews: { label: '初审', description: '对申报材料先行审核（初审、审核把关）后再报送。' },
  other: { label: '其他', description: '上列之外的做法，note 写明。' },
} as const satisfies Record<string, CodebookEntry>;

export type RecommenderAct = keyof typeof RECOMMENDER_ACTS;

/** Duties of a winner beyond reporting (sanctions.reportingDuties) and limits on the title (titleUseLimits). */
export const WINNER_DUTY_KINDS = {
  'share-experience': { label: '交流推广经验', description: '分享、交流、推广获奖的质量管理经验。' },
  'keep-improving': { label: '持续改进', description: '持续改进、不断提升质量管理水平，发挥示范作用。' },
  'report-incidents': { label: '报告重大事项', description: '发生重大质量、安全等事项时及时报告。' },
  'accept-supervision': { label: '接受监督', description: '接受主管部门和社会的监督、跟踪检查。' },
  other: { label: '其他', description: '上列之外的义务。' },
} as const satisfies Record<string, CodebookEntry>;

export type WinnerDutyKind = keyof typeof WINNER_DUTY_KINDS;

export const INCIDENT_KINDS = described(labels.INCIDENT_KINDS, {
  'production-safety': '生产安全事故（安全生产事故）。',
  quality: '产品、工程或服务质量事故。',
  environmental: '环境污染、生态破坏等环境事故。',
  'public-health': '突发公共卫生事件。',
  'food-drug-safety': '食品安全、药品安全事故。',
  other: '上列之外的事故。',
});

export const INCIDENT_GRADES = described(labels.INCIDENT_GRADES, {
  'especially-major': '特别重大事故。',
  major: '重大事故。',
  larger: '较大事故。',
  general: '一般事故（最低一级）。',
});

export const RECORD_SEVERITIES = described(labels.RECORD_SEVERITIES, {
  serious: '认定为严重、重大的记录（如严重失信主体名单、重大质量投诉）。',
  ordinary: '未认定为严重或重大的记录。',
});

export const ENVIRONMENTAL_CREDIT_RATINGS = described(labels.ENVIRONMENTAL_CREDIT_RATINGS, {
  green: '环保诚信。',
  blue: '环保良好。',
  yellow: '环保警示。',
  red: '环保不良。',
  black: '环保严重失信。',
});

export const SANCTION_EVENTS = described(labels.SANCTION_EVENTS, {
  'fraud-found-at-application': '申报、评审过程中被查实提供虚假材料或弄虚作假，取消申报资格（未获奖）。',
  'award-revoked-for-fraud': '获奖后被查实以虚假材料或不正当手段取得奖项，撤销荣誉称号。',
  'award-revoked-for-incident': '获奖后发生重大质量、安全、环保等事故或其他违背奖项宗旨的重大事项，撤销荣誉称号。',
});

export const SCHEMES = described(labels.SCHEMES, {
  this: '记录所涉奖项即被核对的办法所设奖项。',
  other: '记录所涉奖项为其他地方或其他办法的奖项。',
});

export const SOUGHT_TIERS = described(labels.SOUGHT_TIERS, {
  any: '本办法设立的任一等级。',
  award: '区长（市长）质量奖本身。',
  'nomination-award': '提名奖。',
  'merit-award': '质量金奖、质量管理优秀奖等次一级奖项。',
});

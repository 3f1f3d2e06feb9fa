// The codebook: every category used to code eligibility conditions and
// exclusion clauses, with what it covers. The schema takes its enums from here,
// and the codebook page renders it, so the two cannot drift apart. The codes and
// labels are in codebook-labels.ts (what the browser downloads); this module adds
// each code's description.
import * as labels from './codebook-labels.ts';

export * from './codebook-labels.ts';

export interface CodebookEntry extends labels.CodeLabel {
  description: string;
}

/** A table's entries with their descriptions; every code must have one. */
const described = <K extends string, E extends labels.CodeLabel>(
  table: Record<K, E>,
  descriptions: Record<K, string>,
): { [C in K]: E & { description: string } } =>
  Object.fromEntries(
    (Object.entries(table) as [K, E][]).map(([code, e]) => [code, { ...e, description: descriptions[code] }]),
  ) as { [C in K]: E & { description: string } };

export const CONDITION_CATEGORIES = described(labels.CONDITION_CATEGORIES, {
  'political-stance': '拥护路线方针政策、政治立场坚定等政治要求。',
  registration: '申报组织须在本辖区登记注册（或个人须在本辖区工作）。',
  'legal-person': '申报组织须具有独立法人资格。',
  'years-of-operation': '合法经营、正常生产经营或从事生产经营须满若干年（minYears）。',
  'policy-compliance': '符合国家和地方产业、质量、环保、安全、节能等法律法规及政策。',
  licences: '应取得的资质、证照已取得。',
  'excellence-model': '推行 GB/T19580 卓越绩效模式并取得成效，质量管理体系健全、方法可推广。',
  certification: '通过 ISO9001 等质量管理体系认证。',
  'chief-quality-officer': '设置企业首席质量官或实施首席质量官制度。',
  'intellectual-property': '拥有注册商标、发明专利等知识产权。',
  'product-level': '主导产品的技术和质量指标达到某一水平（如省内先进）。',
  innovation: '科技创新、自主品牌、标准化等方面成绩。',
  'business-performance': '经营业绩、社会贡献优秀或突出。',
  ranking: '主要指标在本地同行业中领先或位列前若干名（rankMax 为明确名次）。',
  'quality-staff': '质量工作者人数达到一定比例等人员要求。',
  'social-responsibility': '履行社会责任。',
  reputation: '具有良好的诚信记录和社会声誉（总括性要求）。',
  'environmental-credit': '环保信用等级达到某一等级（如蓝色及以上）。',
  credit: '无严重失信行为、失信记录或劳动保障失信记录。',
  losses: '一定年限内未发生亏损。',
  accidents: '一定年限内未发生质量、安全、环境、公共卫生、食品安全等事故。',
  'quality-complaints': '无重大质量投诉、质量异议、索赔、退货或严重服务质量问题。',
  'spot-check-failures': '一定年限内产品（服务）在监督抽查中无不合格记录。',
  'export-incidents': '出口产品未因质量问题发生索赔、退运、销毁或官方通报。',
  'administrative-penalties': '一定年限内无行政处罚记录。',
  'other-violations': '一定年限内无其他违反法律法规的行为。',
  'earlier-application-fraud': '以往参加本奖评选时存在弄虚作假等违规行为。',
  recommendation: '须获得所在地政府、主管部门或行业协会推荐。',
  'concurrent-application': '同一年内不得同时申报不同层级的政府质量奖。',
  'quality-work-years': '个人在本地从事质量或质量相关工作须满若干年（minYears）。',
  'personal-conduct': '个人恪守职业道德、无违法行为、信用良好。',
  'personal-achievement': '个人在质量管理或实践中形成成果、作出贡献。',
  'employer-record': '申报个人所属组织须满足事故、投诉、失信等条件。',
  'employer-performance': '申报个人所属组织须具有显著效益或影响力。',
});

export const ASSESSMENTS = described(labels.ASSESSMENTS, {
  'self-checkable': '申报者可凭事实自行判断是否满足（如成立年限、是否受过行政处罚）。',
  judgment: '取决于评审者的判断（如“成效显著”“居同行业领先”），申报者只能准备材料。',
});

export const RECIPIENT_TYPES = described(labels.RECIPIENT_TYPES, {
  organization: '企业、事业单位、社会组织等。',
  individual: '自然人。',
  project: '质量提升、质量创新等项目（由组织申报，奖项授予项目）。',
  'organizational-unit': '班组、车间、科室、分支机构等组织内的单元（由所在组织申报）。',
});

export const CYCLE_SETTERS = described(labels.CYCLE_SETTERS, {
  'higher-level-rules': '评选周期按上级（省、市）有关规定执行，原文未写年数。',
});

export const JURISDICTION_LEVELS = described(labels.JURISDICTION_LEVELS, {
  province: '省、自治区、直辖市。',
  'prefecture-level-city': '地级市、自治州等地级行政区。',
  'county-level-city': '县级市。',
  district: '市辖区（含直辖市的区）。',
  county: '县、自治县。',
});

export const BAN_CAUSES = described(labels.BAN_CAUSES, {
  'false-materials': '申报中发现提供虚假材料。',
  fraud: '弄虚作假、以不正当手段骗取奖项。',
  'post-award-incident': '获奖后发生重大事故或其他违背奖项宗旨的重大事项。',
});

export const REVOCATION_CAUSES = described(labels.REVOCATION_CAUSES, {
  fraud: '弄虚作假、以不正当手段骗取奖项。',
  'post-award-incident': '获奖后（或有效期内）发生重大质量、安全、环保等事故，或严重违法、失信。',
  'misuse-of-prize-money': '奖励资金使用不当、情节严重。',
});

export const DAY_TYPES = described(labels.DAY_TYPES, {
  calendar: '“天”“日”按自然日计。',
  working: '“工作日”。',
});

export const TIER_KINDS = described(labels.TIER_KINDS, {
  award: '奖项的主奖（区长质量奖、市长质量奖）。',
  'nomination-award': '“提名奖”。',
  'merit-award': '同一办法设立的次一级奖项（质量金奖、质量管理优秀奖）。',
});

export const MATERIAL_KINDS = described(labels.MATERIAL_KINDS, {
  'application-form': '按统一格式填写的申报表（申请表、推荐表）。',
  'self-assessment-report': '对照评价标准（如 GB/T 19580、GB/Z 19579）撰写的自我评价报告；standard 写所对照的标准。',
  'supporting-evidence': '证明所述业绩、资质、荣誉等的材料。',
  'recommendation-opinion': '推荐单位出具或签署的推荐意见。',
  commitment: '申报者对材料真实性等事项的书面承诺。',
  'financial-statement': '财务报表、审计报告等经营数据材料。',
  other: '上列之外、原文点名要求的材料。',
});

export const RECOMMENDER_KINDS = described(labels.RECOMMENDER_KINDS, {
  'local-government': '申报者所在地的政府或园区管理机构：区级奖项多为镇、街道、园区，市级奖项多为县（市、区）政府。',
  'competent-department': '申报者所属行业的政府主管部门。',
  'industry-association': '行业协会、商会等社会组织。',
  employer: '申报个人所在的组织。',
  other: '上列之外的推荐或审核单位。',
});

export const RECOMMENDER_ACTS = described(labels.RECOMMENDER_ACTS, {
  recommends: '向受理机构推荐申报者。',
  'signs-opinion': '在申报材料上签署推荐意见。',
  reviews: '对申报材料先行审核（初审、审核把关）后再报送。',
  other: '上列之外的做法，note 写明。',
});

export const WINNER_DUTY_KINDS = described(labels.WINNER_DUTY_KINDS, {
  'share-experience': '分享、交流、推广获奖的质量管理经验。',
  'keep-improving': '持续改进、不断提升质量管理水平，发挥示范作用。',
  'report-incidents': '发生重大质量、安全等事项时及时报告。',
  'accept-supervision': '接受主管部门和社会的监督、跟踪检查。',
  other: '上列之外的义务。',
});

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

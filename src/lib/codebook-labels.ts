// The codes an applicant's answers and the checker's findings use, with their labels only: who is meant, the
// tier sought, bans and the events behind them, the items of a record. The checker page downloads this module;
// codebook.ts re-exports it with each code's description (shown on the codebook page) and holds the codes of the
// regulations' own coding, so the checker does not download those (docs/adr/0024).

export interface CodeLabel {
  label: string;
}

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

export const TIER_KINDS = {
  award: { label: '正奖' },
  'nomination-award': { label: '提名奖' },
  'merit-award': { label: '次级奖' },
} as const satisfies Record<string, CodeLabel>;

// ——— Applying and after winning (申报与获奖后), as the texts name them ———

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

// The facts an applicant can state about itself, and the tests a condition can
// run on them. Content files name a fact and a test (`tests: [{fact, op, match}]`);
// the engine interprets them. A new regulation reuses these; only a new kind of
// fact needs code here. The wizard's questions for each fact are wording, kept
// in src/lib/wording/questions.ts, so the schema does not depend on them.
//
// Records are lists of items with attributes (an accident's kind, grade and
// whether the applicant was responsible), because the texts draw their lines
// there: a clause names the kinds and grades it excludes in `match`.
import {
  ENVIRONMENTAL_CREDIT_RATINGS,
  INCIDENT_GRADES,
  INCIDENT_KINDS,
  type Recipient,
  RECORD_SEVERITIES,
  SANCTION_EVENTS,
  SCHEMES,
} from './codebook-labels.ts';

export type FactType =
  | 'jurisdiction' // a place: 江苏省/南通市/通州区, or "other"
  | 'date' // one day, YYYY-MM-DD
  | 'boolean'
  | 'rank' // a place in a ranking, 1 = first
  | 'count' // a number of things held (invention patents), 0 or more
  | 'events' // things that happened: [{date, ...attributes}]
  | 'annual' // one entry per year: [{year, ...attributes}]
  | 'periods' // spans of work: [{place, from, to}], no `to` while it lasts
  | 'awards'; // awards won: [{regulation, tier, date}], read by re-application rules

/** An attribute of a record's items, and the values it takes. */
export type Attribute =
  | { kind: 'enum'; values: Record<string, { label: string }> }
  | { kind: 'boolean' }
  /** An amount in 万元 (ten thousand yuan); negative for a loss. */
  | { kind: 'amount' }
  /** A regulation of the site, or "other"; a test matches it as `this` (the regulation checked) or `other`. */
  | { kind: 'scheme' };

export interface FactDefinition {
  type: FactType;
  /** Who is asked. */
  askedOf: Recipient[];
  /** For events and annual entries: the attributes an item carries besides its date or year, in the order asked. */
  attributes?: Record<string, Attribute>;
}

const incident = {
  kind: { kind: 'enum', values: INCIDENT_KINDS },
  grade: { kind: 'enum', values: INCIDENT_GRADES },
  responsible: { kind: 'boolean' },
} as const satisfies Record<string, Attribute>;
const severity = { severity: { kind: 'enum', values: RECORD_SEVERITIES } } as const satisfies Record<string, Attribute>;
const dishonesty = {
  ...severity,
  labourSecurity: { kind: 'boolean' },
} as const satisfies Record<string, Attribute>;
const responsible = { responsible: { kind: 'boolean' } } as const satisfies Record<string, Attribute>;

export const FACTS = {
  jurisdiction: { type: 'jurisdiction', askedOf: ['organization', 'individual'] },
  foundedOn: { type: 'date', askedOf: ['organization'] },
  independentLegalPerson: { type: 'boolean', askedOf: ['organization'] },
  hasLicences: { type: 'boolean', askedOf: ['organization'] },
  certifiedQms: { type: 'boolean', askedOf: ['organization'] },
  hasChiefQualityOfficer: { type: 'boolean', askedOf: ['organization'] },
  hasRegisteredTrademark: { type: 'boolean', askedOf: ['organization'] },
  inventionPatents: { type: 'count', askedOf: ['organization'] },
  industrialEnterprise: { type: 'boolean', askedOf: ['organization'] },
  engagedInBusiness: { type: 'boolean', askedOf: ['organization'] },
  recommended: { type: 'boolean', askedOf: ['organization'] },
  concurrentApplication: { type: 'boolean', askedOf: ['organization', 'individual'] },
  industryRank: { type: 'rank', askedOf: ['organization'] },
  annualResults: {
    type: 'annual',
    askedOf: ['organization'],
    attributes: { netProfit: { kind: 'amount' }, policyInduced: { kind: 'boolean' } },
  },
  environmentalCreditRatings: {
    type: 'annual',
    askedOf: ['organization'],
    attributes: { rating: { kind: 'enum', values: ENVIRONMENTAL_CREDIT_RATINGS } },
  },
  accidents: { type: 'events', askedOf: ['organization'], attributes: incident },
  qualityComplaints: { type: 'events', askedOf: ['organization'], attributes: severity },
  qualityClaims: { type: 'events', askedOf: ['organization'], attributes: responsible },
  spotCheckFailures: { type: 'events', askedOf: ['organization'] },
  exportIncidents: { type: 'events', askedOf: ['organization'] },
  administrativePenalties: { type: 'events', askedOf: ['organization'] },
  otherViolations: { type: 'events', askedOf: ['organization'] },
  dishonestyRecords: { type: 'events', askedOf: ['organization'], attributes: dishonesty },
  workHistory: { type: 'periods', askedOf: ['individual'] },
  headsOrganization: { type: 'boolean', askedOf: ['individual'] },
  personalViolations: { type: 'events', askedOf: ['individual'] },
  personalDishonesty: { type: 'events', askedOf: ['individual'], attributes: dishonesty },
  employerAccidents: { type: 'events', askedOf: ['individual'], attributes: incident },
  employerQualityComplaints: { type: 'events', askedOf: ['individual'], attributes: severity },
  employerQualityClaims: { type: 'events', askedOf: ['individual'], attributes: responsible },
  employerSpotCheckFailures: { type: 'events', askedOf: ['individual'] },
  employerExportIncidents: { type: 'events', askedOf: ['individual'] },
  employerOtherViolations: { type: 'events', askedOf: ['individual'] },
  employerDishonesty: { type: 'events', askedOf: ['individual'], attributes: dishonesty },
  earlierAwards: { type: 'awards', askedOf: ['organization', 'individual'] },
  sanctions: {
    type: 'events',
    askedOf: ['organization', 'individual'],
    attributes: { regulation: { kind: 'scheme' }, event: { kind: 'enum', values: SANCTION_EVENTS } },
  },
} as const satisfies Record<string, FactDefinition>;

export type FactId = keyof typeof FACTS;

/** Every fact id, in the registry's order (the order questions and answer columns follow). */
export const FACT_IDS = Object.keys(FACTS) as FactId[];

/** The attributes of a fact's items (none for plain dates). */
export const attributesOf = (fact: FactId): Record<string, Attribute> =>
  (FACTS[fact] as FactDefinition).attributes ?? {};

/** The values a test may match an attribute against. */
export function matchValuesOf(a: Attribute): readonly (string | boolean)[] {
  switch (a.kind) {
    case 'enum':
      return Object.keys(a.values);
    case 'boolean':
      return [true, false];
    case 'scheme':
      return Object.keys(SCHEMES);
    case 'amount':
      return [];
  }
}

/**
 * How a test reads its fact; the figure it compares with comes from the condition (minYears, lookbackYears,
 * rankMax, minCount), and `match` narrows a record's items to the kinds the article names.
 * The description documents the test in the published JSON Schema.
 */
export const TEST_OPS = {
  'in-jurisdiction': { factTypes: ['jurisdiction'], description: '登记（工作）地在本办法的辖区之内' },
  'is-true': { factTypes: ['boolean'], description: '回答为“是”' },
  'is-false': { factTypes: ['boolean'], description: '回答为“否”' },
  'years-since-at-least': { factTypes: ['date'], description: '自该日起已满 minYears 年' },
  'none-within': {
    factTypes: ['events'],
    description: '近 lookbackYears 年内没有发生 match 所列的事项；未写年限则任何时候都没有',
  },
  'rank-at-most': { factTypes: ['rank'], description: '名次不低于第 rankMax 位' },
  'count-at-least': { factTypes: ['count'], description: '拥有的数量不少于 minCount' },
  'no-loss-within': {
    factTypes: ['annual'],
    attribute: 'netProfit',
    description: '此前 lookbackYears 个完整年度都没有亏损（match 限定计入的亏损，如 policyInduced: [false]）',
  },
  'no-cumulative-loss-within': {
    factTypes: ['annual'],
    attribute: 'netProfit',
    description: '此前 lookbackYears 个完整年度的净利润合计不为负',
  },
  'every-year-within': {
    factTypes: ['annual'],
    description: '此前 lookbackYears 个完整年度每年都符合 match（如环保信用等级为绿色或蓝色）',
  },
  'years-in-place-at-least': {
    factTypes: ['periods'],
    description: '在本办法辖区内的工作期间合计已满 minYears 年',
  },
} as const satisfies Record<string, { factTypes: FactType[]; attribute?: string; description: string }>;

export type TestOp = keyof typeof TEST_OPS;

/** A condition that applies only to some applicants (工业企业, 组织负责人): the yes-or-no fact that says so. */
export interface OnlyIf {
  fact: FactId;
  is: boolean;
}

// The facts an applicant can state about itself, and the tests a condition can
// run on them. Content files name a fact and a test (`tests: [{fact, op}]`);
// the engine interprets them. A new regulation reuses these; only a new kind of
// fact needs code here. The wizard's questions for each fact are wording, kept
// in src/lib/wording/questions.ts, so the schema does not depend on them.
import type { Recipient } from './codebook.ts';

export type FactType =
  | 'jurisdiction' // a place: 江苏省/南通市/通州区, or "other"
  | 'date' // one day, YYYY-MM-DD
  | 'dates' // days on which something happened
  | 'years' // calendar years (a loss year)
  | 'boolean'
  | 'rank'; // a place in a ranking, 1 = first

export interface FactDefinition {
  type: FactType;
  /** Who is asked. */
  askedOf: Recipient[];
}

export const FACTS = {
  jurisdiction: { type: 'jurisdiction', askedOf: ['organization', 'individual'] },
  foundedOn: { type: 'date', askedOf: ['organization'] },
  independentLegalPerson: { type: 'boolean', askedOf: ['organization'] },
  hasLicences: { type: 'boolean', askedOf: ['organization'] },
  certifiedQms: { type: 'boolean', askedOf: ['organization'] },
  hasChiefQualityOfficer: { type: 'boolean', askedOf: ['organization'] },
  hasRegisteredTrademark: { type: 'boolean', askedOf: ['organization'] },
  recommended: { type: 'boolean', askedOf: ['organization'] },
  concurrentApplication: { type: 'boolean', askedOf: ['organization', 'individual'] },
  industryRank: { type: 'rank', askedOf: ['organization'] },
  lossYears: { type: 'years', askedOf: ['organization'] },
  accidents: { type: 'dates', askedOf: ['organization'] },
  qualityComplaints: { type: 'dates', askedOf: ['organization'] },
  spotCheckFailures: { type: 'dates', askedOf: ['organization'] },
  exportIncidents: { type: 'dates', askedOf: ['organization'] },
  administrativePenalties: { type: 'dates', askedOf: ['organization'] },
  otherViolations: { type: 'dates', askedOf: ['organization'] },
  dishonestyRecords: { type: 'dates', askedOf: ['organization'] },
  earlierApplicationFraud: { type: 'dates', askedOf: ['organization'] },
  qualityWorkSince: { type: 'date', askedOf: ['individual'] },
  personalViolations: { type: 'dates', askedOf: ['individual'] },
  personalDishonesty: { type: 'dates', askedOf: ['individual'] },
  employerAccidents: { type: 'dates', askedOf: ['individual'] },
  employerQualityComplaints: { type: 'dates', askedOf: ['individual'] },
  employerDishonesty: { type: 'dates', askedOf: ['individual'] },
} as const satisfies Record<string, FactDefinition>;

export type FactId = keyof typeof FACTS;

/** Every fact id, in the registry's order (the order questions and answer columns follow). */
export const FACT_IDS = Object.keys(FACTS) as FactId[];

/**
 * How a test reads its fact; the figure it compares with comes from the condition (minYears, lookbackYears, rankMax).
 * The description documents the test in the published JSON Schema.
 */
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

// What the checker reads of the regulations before any verdict: which fields the engine reads, which regulations
// take an applicant of a type, which facts and record attributes are worth asking, which tiers are sought. The
// wizard asks its questions from these; the verdicts are the engine's (engine.ts), which the checker page loads
// only once there is something to judge (docs/adr/0028).
import type { AwardCycle } from '../cycle.ts';
import type { Recipient, SOUGHT_TIERS } from '../codebook-labels.ts';
import { FACT_IDS, FACTS, type FactId, TEST_OPS } from '../facts.ts';
import { jurisdictionPath } from '../jurisdiction.ts';
import type { Condition, Regulation, Tier } from '../schema.ts';
import type { StatusFields, Succession } from '../status.ts';
import { pick } from '../without.ts';
import type { AnswerContext } from './answers.ts';

type Sanctions = Regulation['sanctions'];
export type SoughtTier = keyof typeof SOUGHT_TIERS;

/** The fields of a regulation the engine reads: the full rules the checker page downloads are cut to these. */
const RULE_FIELDS = [
  'title',
  'shortName',
  'documentNumber',
  'jurisdiction',
  'stage',
  'dates',
  'validityYears',
  'awardCycle',
  'tiers',
  'applicants',
  'exclusionClauses',
  'sanctions',
] as const satisfies readonly (keyof Regulation)[];

export type RulesOf = Pick<Regulation, (typeof RULE_FIELDS)[number]>;

/**
 * What the engine reads of a regulation: met by the full rules (RulesOf) and by a regulation's place rules
 * alone (PlaceRules, split.ts), whose lists of clauses and sanctions are empty.
 */
export interface EngineRules extends StatusFields {
  title: string;
  shortName: string;
  documentNumber?: { value: string | null };
  /** No everyYears where the text leaves the cycle to higher-level rules: no round is named then. */
  awardCycle?: AwardCycle;
  jurisdiction: Regulation['jurisdiction'];
  tiers: (Pick<Tier, 'id' | 'name' | 'kind' | 'recipients'> &
    Partial<Pick<Tier, 'quota' | 'recipientCaps' | 'repeatWinners'>>)[];
  applicants: Regulation['applicants'];
  exclusionClauses: Regulation['exclusionClauses'];
  sanctions: Pick<Sanctions, 'bans' | 'reapplication' | 'awardValidityYears'>;
}

export interface CheckInput {
  id: string;
  regulation: EngineRules;
  /** The coded version that replaces this one, and from when (versions.ts successions): a regulation alone cannot tell. */
  succession?: Succession;
}

/** Cuts a regulation down to what the engine reads. */
export function rulesOf(reg: Regulation): RulesOf {
  return pick(reg, RULE_FIELDS);
}

/** What answers are checked against: the places and regulations this site knows, and today. */
export function answerContext(entries: CheckInput[], today: string): AnswerContext {
  return {
    jurisdictions: [...new Set(entries.map((e) => jurisdictionPath(e.regulation)))],
    regulations: entries.map((e) => ({ id: e.id, tiers: e.regulation.tiers.map((t) => t.id) })),
    today,
  };
}

/** Whether a regulation takes applicants of this type at all. */
export const admits = (reg: Pick<EngineRules, 'applicants'>, type: Recipient): boolean =>
  reg.applicants.some((a) => a.type === type);

export function conditionsFor(reg: EngineRules, type: Recipient): { c: Condition; kind: 'condition' | 'exclusion' }[] {
  return [
    ...reg.applicants
      .filter((a) => a.type === type)
      .flatMap((a) => a.conditions.map((c) => ({ c, kind: 'condition' as const }))),
    ...reg.exclusionClauses.filter((c) => c.appliesTo.includes(type)).map((c) => ({ c, kind: 'exclusion' as const })),
  ];
}

/** The tiers of a regulation an applicant of this type may be given, narrowed to the kind sought. */
export function tiersSought(reg: Pick<EngineRules, 'tiers'>, type: Recipient, sought: SoughtTier | undefined) {
  return reg.tiers.filter((t) => t.recipients.includes(type) && (!sought || sought === 'any' || t.kind === sought));
}

/** Whether a condition is out of the question for these answers: it applies only to others. */
const excludedByGate = (c: Condition, state: Record<string, unknown> | undefined) =>
  !!c.onlyIf && state?.[c.onlyIf.fact] !== undefined && state[c.onlyIf.fact] !== c.onlyIf.is;

/** The tests of a regulation's conditions still in play for these answers, for an applicant of this type. */
const testsInPlay = (reg: EngineRules, type: Recipient, state: Record<string, unknown> | undefined) =>
  conditionsFor(reg, type).flatMap(({ c }) => (excludedByGate(c, state) ? [] : (c.tests ?? [])));

const bansApplyTo = (reg: EngineRules, type: Recipient) => reg.sanctions.bans.some((b) => b.appliesTo.includes(type));

/**
 * The facts worth asking an applicant of this type, for these regulations: every fact a test reads (with the
 * yes-or-no facts that say whether a condition applies), the sanctions bans read and the awards re-application
 * rules read. A condition the answers so far put out of play (not an industrial enterprise) asks nothing.
 */
export function neededFacts(entries: CheckInput[], type: Recipient, state?: Record<string, unknown>): FactId[] {
  const facts = new Set<FactId>();
  for (const { regulation: reg } of entries) {
    if (!admits(reg, type)) continue;
    for (const { c } of conditionsFor(reg, type)) if (c.onlyIf) facts.add(c.onlyIf.fact);
    for (const t of testsInPlay(reg, type, state)) facts.add(t.fact);
    if (bansApplyTo(reg, type)) facts.add('sanctions');
    if (reg.sanctions.reapplication.length) facts.add('earlierAwards');
  }
  return FACT_IDS.filter((f) => facts.has(f) && FACTS[f].askedOf.some((r) => r === type));
}

/** The attributes of each record worth asking: those some test still in play matches on, or its op reads. */
export function neededAttributes(
  entries: CheckInput[],
  type: Recipient,
  state?: Record<string, unknown>,
): Map<FactId, Set<string>> {
  const needed = new Map<FactId, Set<string>>();
  const add = (fact: FactId, keys: string[]) => {
    const set = needed.get(fact) ?? new Set<string>();
    for (const k of keys) set.add(k);
    needed.set(fact, set);
  };
  for (const { regulation: reg } of entries) {
    if (!admits(reg, type)) continue;
    for (const t of testsInPlay(reg, type, state)) {
      const reads = (TEST_OPS[t.op] as { attribute?: string }).attribute;
      add(t.fact, [...(reads ? [reads] : []), ...Object.keys(t.match ?? {})]);
    }
    if (bansApplyTo(reg, type)) add('sanctions', ['regulation', 'event']);
  }
  return needed;
}

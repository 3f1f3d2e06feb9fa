// The checker's rules, split so that thousands of regulations stay light: an
// index holds each regulation's place rules only (enough for the engine to rule
// it out by place, with the article that says so), and the full rules of a
// regulation are fetched once the applicant's place falls inside it.
import { placeIsWithin } from '../jurisdiction.ts';
import type { CheckInput, RulesOf } from './engine.ts';

export interface IndexedRules extends CheckInput {
  /** Only the place rules: fetch the full rules before judging an applicant inside the jurisdiction. */
  partial?: true;
}

const placeTested = (c: RulesOf['applicants'][number]['conditions'][number]) =>
  !!c.tests?.some((t) => t.op === 'in-jurisdiction');

/** True when every kind of applicant must be registered (or work) inside the jurisdiction. */
export function placeDecidesOutsiders(reg: RulesOf): boolean {
  return reg.applicants.every((a) => a.conditions.some(placeTested));
}

/** Drops coding notes and, where the verdict never cites them, citations: the index is downloaded whole. */
function bare<T>(value: T, keep: (key: string) => boolean): T {
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      key === 'note' || (!keep(key) && (key === 'cite' || key === 'cites')) ? undefined : v,
    ),
  );
}

/**
 * A regulation cut to what rules out an applicant from elsewhere: who may apply,
 * the place conditions with their citations, and what the verdict shows (names,
 * the dates its status is computed from, tier names).
 */
export function placeRulesOf(reg: RulesOf): RulesOf {
  const { title, shortName, validityYears } = reg;
  const cut = {
    title,
    shortName,
    jurisdiction: { ...bare(reg.jurisdiction, () => false), cites: [] },
    stage: bare(reg.stage, () => false),
    dates: bare(reg.dates, () => false),
    validityYears: validityYears && bare(validityYears, () => false),
    tiers: reg.tiers.map(({ id, name, kind, rank, recipients }) => ({ id, name, kind, rank, recipients, prizes: [] })),
    applicants: bare(
      reg.applicants.map((a) => ({ ...a, conditions: a.conditions.filter(placeTested) })),
      () => true,
    ),
    exclusionClauses: [],
    sanctions: { bans: [], revocationCauses: [], reapplication: [], reportingDuties: [], titleUseLimits: [] },
  };
  // The citations left out are those of the status dates and tiers, which a verdict never links.
  return cut as unknown as RulesOf;
}

export function rulesIndex(entries: CheckInput[]): IndexedRules[] {
  return entries.map((e) =>
    placeDecidesOutsiders(e.regulation) ? { id: e.id, regulation: placeRulesOf(e.regulation), partial: true } : e,
  );
}

/** The regulations whose full rules the applicant's place calls for and the index lacks. */
export function fullRulesNeeded(index: IndexedRules[], place: unknown): string[] {
  if (typeof place !== 'string' || !place) return [];
  return index.filter((e) => e.partial && placeIsWithin(place, e.regulation)).map((e) => e.id);
}

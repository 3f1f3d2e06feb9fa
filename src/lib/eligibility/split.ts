// The checker's rules, split so that thousands of regulations stay light: an
// index holds each regulation's place rules only (enough for the engine to rule
// it out by place, with the article that says so), and the full rules of a
// regulation are fetched once the applicant's place falls inside it.
import { placeIsWithin } from '../jurisdiction.ts';
import type { Condition, Regulation, Tier } from '../schema.ts';
import { type Without, without } from '../without.ts';
import type { Succession } from '../status.ts';
import { successions, type Versioned } from '../versions.ts';
import type { CheckInput, EngineRules, RulesOf } from './engine.ts';

// Coding notes, and the citations a verdict never links (of the status dates and the place itself), stay out:
// the index is downloaded whole.
const UNCITED = ['cite', 'cites', 'note'] as const;
type Uncited = (typeof UNCITED)[number];

/**
 * A regulation cut to what rules out an applicant from elsewhere: who may apply, the place conditions with their
 * citations, and what the verdict shows (names, the dates its status is computed from, tier names). It has no
 * exclusion clauses or sanctions; the engine reads it as it reads full rules.
 */
export interface PlaceRules
  extends Pick<
    EngineRules,
    'title' | 'shortName' | 'stage' | 'dates' | 'validityYears' | 'documentNumber' | 'awardCycle'
  > {
  jurisdiction: Without<Regulation['jurisdiction'], Uncited> & { cites: [] };
  tiers: Pick<Tier, 'id' | 'name' | 'kind' | 'recipients'>[];
  applicants: Without<Regulation['applicants'], 'note'>;
  exclusionClauses: [];
  sanctions: { bans: []; reapplication: [] };
}

/** One regulation in the checker's index: its full rules, or its place rules until the full ones are fetched. */
export type IndexedRules =
  | (CheckInput & { partial?: undefined })
  /** Only the place rules: fetch the full rules before judging an applicant inside the jurisdiction. */
  | { id: string; regulation: PlaceRules; partial: true; succession?: Succession };

const placeTested = (c: Condition) => !!c.tests?.some((t) => t.op === 'in-jurisdiction');

/** True when every kind of applicant must be registered (or work) inside the jurisdiction. */
export function placeDecidesOutsiders(reg: Pick<RulesOf, 'applicants'>): boolean {
  return reg.applicants.every((a) => a.conditions.some(placeTested));
}

export function placeRulesOf(reg: RulesOf): PlaceRules {
  return {
    title: reg.title,
    shortName: reg.shortName,
    jurisdiction: { ...without(reg.jurisdiction, UNCITED), cites: [] },
    stage: without(reg.stage, UNCITED),
    dates: without(reg.dates, UNCITED),
    validityYears: reg.validityYears && without(reg.validityYears, UNCITED),
    documentNumber: { value: reg.documentNumber.value },
    awardCycle: { everyYears: reg.awardCycle.everyYears },
    tiers: reg.tiers.map(({ id, name, kind, recipients }) => ({ id, name, kind, recipients })),
    applicants: without(
      reg.applicants.map((a) => ({ ...a, conditions: a.conditions.filter(placeTested) })),
      ['note'],
    ),
    exclusionClauses: [],
    sanctions: { bans: [], reapplication: [] },
  };
}

/**
 * The index of the checker. Each entry keeps its succession (versions.ts successions, found across the atlas before
 * the rules are cut), since the engine folds a version replaced by the check date.
 */
export function rulesIndex(
  entries: { id: string; regulation: RulesOf; succession?: Succession | undefined }[],
): IndexedRules[] {
  return entries.map(({ id, regulation, succession }) => {
    const replaced = succession && { succession };
    return placeDecidesOutsiders(regulation)
      ? { id, regulation: placeRulesOf(regulation), partial: true, ...replaced }
      : { id, regulation, ...replaced };
  });
}

/** Plain entries with their successions, for checking full regulations (the batch checker, the rule cases). */
export function withSuccessions<E extends Versioned>(entries: readonly E[]): (E & { succession?: Succession })[] {
  const by = successions(entries);
  return entries.map((e) => {
    const succession = by.get(e.id);
    return succession ? { ...e, succession } : e;
  });
}

/** The full rules fetched for an index entry, keeping the entry's succession (the full rules' file has none). */
export const withFullRules = (entry: IndexedRules, full: CheckInput): CheckInput =>
  entry.succession ? { ...full, succession: entry.succession } : full;

/** The regulations whose full rules the applicant's place calls for and the index lacks. */
export function fullRulesNeeded(index: IndexedRules[], place: unknown): string[] {
  if (typeof place !== 'string' || !place) return [];
  return index.filter((e) => e.partial && placeIsWithin(place, e.regulation)).map((e) => e.id);
}

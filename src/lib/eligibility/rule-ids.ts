// Ids for the rules a content file leaves unnamed (bans, re-application rules),
// made from what each rule says: a finding keeps its id when the list is
// reordered, and no two rules of a regulation share one.
import type { Regulation } from '../schema.ts';

type Sanctions = Regulation['sanctions'];

/** An item of a list beside the id made for it. */
export interface WithId<T> {
  item: T;
  id: string;
}

/**
 * Each item's id is the coarsest of its keys (each finer than the last) that no other item has at that fineness;
 * items alike in every key are numbered in list order, which reordering identical rules cannot change.
 */
function withContentIds<T>(items: readonly T[], keysOf: (item: T) => string[]): WithId<T>[] {
  const keys = items.map(keysOf);
  const alike = new Map<string, number>();
  return items.map((item, i) => {
    const own = keysOf(item);
    const unique = own.find((key, level) => keys.every((other, j) => j === i || other[level] !== key));
    if (unique) return { item, id: unique };
    const finest = own.at(-1);
    if (finest === undefined) throw new Error('a rule gave no keys to make its id from');
    const n = (alike.get(finest) ?? 0) + 1;
    alike.set(finest, n);
    return { item, id: `${finest}-${n}` };
  });
}

type Ban = Sanctions['bans'][number];
type Reapplication = Sanctions['reapplication'][number];

/** ban-fraud; ban-fraud-5 or ban-fraud-5-organization where two bans share a cause. */
export const bansWithIds = (bans: readonly Ban[]): WithId<Ban>[] =>
  withContentIds(bans, (b) => {
    const cause = `ban-${b.cause}`;
    return [cause, `${cause}-${b.years}`, [cause, b.years, ...b.appliesTo].join('-')];
  });

/** reapplication-same-award; reapplication-same-award-award-expiry-3(-<tiers>) where two rules share a scope. */
export const reapplicationsWithIds = (rules: readonly Reapplication[]): WithId<Reapplication>[] =>
  withContentIds(rules, (r) => {
    const scope = `reapplication-${r.scope}`;
    const timed = `${scope}-${r.after}-${r.waitYears}`;
    return [scope, timed, [timed, ...(r.afterTiers ?? [])].join('-')];
  });

/** The ids of bansWithIds, in list order. */
export const banIds = (bans: readonly Ban[]): string[] => bansWithIds(bans).map(({ id }) => id);

/** The ids of reapplicationsWithIds, in list order. */
export const reapplicationIds = (rules: readonly Reapplication[]): string[] =>
  reapplicationsWithIds(rules).map(({ id }) => id);

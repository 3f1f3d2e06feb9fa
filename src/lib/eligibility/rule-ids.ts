// Ids for the rules a content file leaves unnamed (bans, re-application rules),
// made from what each rule says: a finding keeps its id when the list is
// reordered, and no two rules of a regulation share one.
import type { Regulation } from '../schema.ts';

type Sanctions = Regulation['sanctions'];

/**
 * Each item's id is the coarsest of its keys (each finer than the last) that no other item has at that fineness;
 * items alike in every key are numbered in list order, which reordering identical rules cannot change.
 */
function contentIds<T>(items: readonly T[], keysOf: (item: T) => string[]): string[] {
  const keys = items.map(keysOf);
  const alike = new Map<string, number>();
  return keys.map((own, i) => {
    const unique = own.find((key, level) => keys.every((other, j) => j === i || other[level] !== key));
    if (unique) return unique;
    const finest = own[own.length - 1];
    const n = (alike.get(finest) ?? 0) + 1;
    alike.set(finest, n);
    return `${finest}-${n}`;
  });
}

/** ban-fraud; ban-fraud-5 or ban-fraud-5-organization where two bans share a cause. */
export const banIds = (bans: readonly Sanctions['bans'][number][]): string[] =>
  contentIds(bans, (b) => {
    const cause = `ban-${b.cause}`;
    return [cause, `${cause}-${b.years}`, [cause, b.years, ...b.appliesTo].join('-')];
  });

/** reapplication-same-award; reapplication-same-award-award-expiry-3(-<tiers>) where two rules share a scope. */
export const reapplicationIds = (rules: readonly Sanctions['reapplication'][number][]): string[] =>
  contentIds(rules, (r) => {
    const scope = `reapplication-${r.scope}`;
    const timed = `${scope}-${r.after}-${r.waitYears}`;
    return [scope, timed, [timed, ...(r.afterTiers ?? [])].join('-')];
  });

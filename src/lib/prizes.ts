// Figures read off a regulation's prizes, shared by the lists, the pick list and the exports.
import type { Regulation } from './schema.ts';

/** The largest single prize in yuan; undefined when no tier sets an amount. */
export function largestPrize(reg: Pick<Regulation, 'tiers'>): number | undefined {
  const amounts = reg.tiers.flatMap((t) => t.prizes.map((p) => p.amountYuan));
  return amounts.length ? Math.max(...amounts) : undefined;
}

// What the comparison page's own script needs to mark rows that differ and their extremes, apart from the
// builders: the page ships this module alone, not the cell constructors the pick-and-compare page bundles.
export type ExtremeDirection = 'max' | 'min';

/** True when the chosen regulations do not all have the same coded value in this row. */
export function rowDiffers(keys: string[]): boolean {
  return keys.some((k) => k !== keys[0]);
}

/**
 * Which of the given figures are the row's extreme: the highest (or lowest),
 * only where there are at least two figures and they are not all equal.
 */
export function extremeIndexes(nums: (number | undefined)[], direction: ExtremeDirection): number[] {
  const present = nums.filter((n): n is number => n !== undefined);
  if (present.length < 2 || present.every((n) => n === present[0])) return [];
  const target = direction === 'max' ? Math.max(...present) : Math.min(...present);
  return nums.flatMap((n, i) => (n === target ? [i] : []));
}

// Capture groups of a successful match, typed as present. A group that is not
// optional always takes part in a match, but the compiler cannot see that from
// the pattern; this checks it once, and says which group failed if it ever does.

type Groups<N extends number, Acc extends string[] = []> = Acc['length'] extends N ? Acc : Groups<N, [...Acc, string]>;

/**
 * Groups 1…n of a match, for a pattern whose first n groups are not optional.
 * Throws if one of them did not take part in the match (an optional group, read with this by mistake).
 */
export function groups<N extends 1 | 2 | 3 | 4 | 5 | 6>(m: RegExpExecArray | RegExpMatchArray, n: N): Groups<N> {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const g = m[i];
    if (g === undefined) throw new Error(`capture group ${i} took no part in the match "${m[0]}"`);
    out.push(g);
  }
  return out as Groups<N>;
}

/** The one group that took part in the match, for a pattern of alternatives that each capture their own ("…"|'…'). */
export function matchedGroup(m: RegExpExecArray | RegExpMatchArray): string {
  const g = m.slice(1).find((x) => x !== undefined);
  if (g === undefined) throw new Error(`no capture group took part in the match "${m[0]}"`);
  return g;
}

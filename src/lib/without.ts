// A value cut for download: only some of its keys, or the same data without some keys (citations,
// coding notes) at every depth, typed as what it is rather than cast back to the whole.

/** T with the keys K removed at every depth. */
export type Without<T, K extends string> = T extends readonly (infer U)[]
  ? Without<U, K>[]
  : T extends object
    ? { [P in keyof T as P extends K ? never : P]: Without<T[P], K> }
    : T;

/** Drops the keys at every depth (the value must be plain JSON data, as parsed content is). */
export function without<T, K extends string>(value: T, keys: readonly K[]): Without<T, K> {
  const drop = new Set<string>(keys);
  return JSON.parse(JSON.stringify(value, (key, v) => (drop.has(key) ? undefined : v)));
}

/** The keys K of a value, and nothing else. */
export function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = value[key];
  return picked;
}

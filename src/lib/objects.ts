// What a value from outside (JSON, storage, a share link) is, before any of it is read.

/** An object with fields: not null, not an array. */
export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** An object as JSON gives it: not an array, a date, a map or anything with a prototype of its own. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

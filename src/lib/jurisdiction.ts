// A regulation's place: its province, city and district, without repeats
// (上海市 has no city level), read as a name or as a path applicants pick.
import type { Regulation } from './schema.ts';

/** Whatever has a place: a regulation, or its place rules. Only the names are read. */
type Placed = { jurisdiction: Pick<Regulation['jurisdiction'], 'province' | 'city' | 'district'> };

export function jurisdictionParts(reg: Placed): string[] {
  const j = reg.jurisdiction;
  return [j.province, j.city, j.district].filter((x, i, a): x is string => !!x && a.indexOf(x) === i);
}

/** 江苏省 南通市 通州区 */
export const jurisdictionName = (reg: Placed): string => jurisdictionParts(reg).join(' ');

/** 江苏省/南通市/通州区 */
export const jurisdictionPath = (reg: Placed): string => jurisdictionParts(reg).join('/');

/** The place an applicant picks when its own is in no regulation's area. */
export const OTHER_JURISDICTION = 'other';

/**
 * Whether a place (a path, or OTHER_JURISDICTION) lies within a regulation's jurisdiction: the same place, or below
 * it. The one answer to "does this regulation cover the applicant's place", for the engine, the wizard and the
 * split between place rules and full rules.
 */
export function placeIsWithin(place: string, reg: Placed): boolean {
  if (place === OTHER_JURISDICTION) return false;
  const path = jurisdictionPath(reg);
  return place === path || place.startsWith(`${path}/`);
}

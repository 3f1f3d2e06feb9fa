// Answers from outside the page (a share link, this browser's storage, an imported workspace file) made safe for the
// form before anything renders them. Only the known fields are read (own keys only, so a JSON `__proto__` key is
// just an unknown key), each must be of the type its input handles, lists hold plain objects of the known parts, and
// sizes are bounded. What does not fit is dropped and named, so the page can say so; a value of the right type that
// is wrong (an applicant type "robot", a date in the future) is kept, for validation to report beside its field.
import { attributesOf, FACT_IDS, FACTS, type FactId, type FactType } from '../facts.ts';
import { isPlainObject } from '../objects.ts';
import { MAX_ITEMS } from './answers.ts';
import { type Dropped as Refill, upgradeAnswers } from './upgrade.ts';
import type { Field, FormState } from './wizard.ts';

/** The longest text a field or a part may hold: far above any place, date or id, low enough to render at once. */
export const MAX_TEXT = 200;
/** How many dropped parts are named one by one; the rest are counted. */
export const MAX_NAMED_DROPS = 20;

/** What a field's input handles. */
export type ValueKind = 'text' | 'yes-no' | 'number' | 'list' | 'item' | 'part';

/** Why a part of the answers was dropped. */
export type DropReason = 'unknown' | 'wrong-type' | 'too-long' | 'too-many';

/** A part of the answers that could not be read: its path (checkDate, accidents.3, accidents.0.kind) and why. */
export interface DroppedPart {
  field: string;
  reason: DropReason;
  /** What was expected (for a wrong type). */
  expected?: ValueKind;
}

export interface ReadFormState {
  state: FormState;
  /** The first MAX_NAMED_DROPS parts dropped, in reading order. */
  dropped: DroppedPart[];
  /** How many parts were dropped in all. */
  droppedCount: number;
}

/** The parts a list item may have, by the kind of list, before the fact's own attributes. */
export const OWN_PARTS: Record<'events' | 'annual' | 'periods' | 'awards', readonly string[]> = {
  events: ['date'],
  annual: ['year'],
  periods: ['place', 'from', 'to'],
  awards: ['regulation', 'tier', 'date'],
};

const KIND_OF_TYPE: Record<FactType, ValueKind> = {
  jurisdiction: 'text',
  date: 'text',
  boolean: 'yes-no',
  rank: 'number',
  count: 'number',
  events: 'list',
  annual: 'list',
  periods: 'list',
  awards: 'list',
};

const FIELD_KINDS: ReadonlyMap<string, ValueKind> = new Map<string, ValueKind>([
  ['applicantType', 'text'],
  ['checkDate', 'text'],
  ['soughtTier', 'text'],
  ...FACT_IDS.map((id): [string, ValueKind] => [id, KIND_OF_TYPE[FACTS[id].type]]),
]);

/** The parts each list fact's items may have. */
const PARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  FACT_IDS.flatMap((id) => {
    const f = FACTS[id];
    if (!(f.type in OWN_PARTS)) return [];
    const own = OWN_PARTS[f.type as keyof typeof OWN_PARTS];
    return [[id, new Set([...own, ...Object.keys(attributesOf(id))])] as const];
  }),
);

class Drops {
  readonly named: DroppedPart[] = [];
  count = 0;
  add(field: string, reason: DropReason, expected?: ValueKind) {
    this.count++;
    if (this.named.length < MAX_NAMED_DROPS)
      this.named.push(expected ? { field, reason, expected } : { field, reason });
  }
}

/** A field's or part's value if it is of the kind expected and within bounds; undefined (and noted) if not. */
function scalar(v: unknown, kind: ValueKind, at: string, drops: Drops): string | number | boolean | undefined {
  const fits =
    kind === 'part'
      ? typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))
      : kind === 'text'
        ? typeof v === 'string'
        : kind === 'yes-no'
          ? typeof v === 'boolean'
          : typeof v === 'number' && Number.isFinite(v);
  if (!fits) return void drops.add(at, 'wrong-type', kind);
  if (typeof v === 'string' && v.length > MAX_TEXT) return void drops.add(at, 'too-long');
  return v as string | number | boolean;
}

function item(fact: string, v: unknown, at: string, drops: Drops): Record<string, unknown> | undefined {
  if (!isPlainObject(v)) return void drops.add(at, 'wrong-type', 'item');
  const parts = PARTS.get(fact)!;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (!parts.has(key)) drops.add(`${at}.${key}`, 'unknown');
    else if (value !== null) {
      const read = scalar(value, 'part', `${at}.${key}`, drops);
      if (read !== undefined) out[key] = read;
    }
  }
  return out;
}

/**
 * The form's state from answers of today's shape (as upgradeAnswers gives them) or anything else: an object of the
 * known fields only, each of its input's type. Anything but an object reads as no answers, with nothing named.
 */
export function readFormState(input: unknown): ReadFormState {
  const drops = new Drops();
  const state: FormState = {};
  if (!isPlainObject(input)) return { state, dropped: [], droppedCount: 0 };
  for (const key of Object.keys(input)) {
    const kind = FIELD_KINDS.get(key);
    const v = input[key];
    if (!kind) {
      drops.add(key, 'unknown');
      continue;
    }
    if (v === null || v === undefined) continue; // blank: unanswered
    const field = key as Field;
    if (kind !== 'list') {
      const read = scalar(v, kind, key, drops);
      if (read !== undefined) state[field] = read;
      continue;
    }
    if (!Array.isArray(v)) {
      drops.add(key, 'wrong-type', 'list');
      continue;
    }
    if (v.length > MAX_ITEMS) drops.add(key, 'too-many');
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < Math.min(v.length, MAX_ITEMS); i++) {
      const read = item(key, v[i], `${key}.${i}`, drops);
      if (read) items.push(read);
    }
    state[field as FactId] = items;
  }
  return { state, dropped: drops.named, droppedCount: drops.count };
}

/** Answers from outside, of any shape: carried over from an older shape, then read as the form's state. */
export function openAnswers(input: unknown): ReadFormState & { refill: Refill['refill'][] } {
  const upgraded = upgradeAnswers(input);
  return { ...readFormState(upgraded.answers), refill: [...new Set(upgraded.dropped.map((d) => d.refill))] };
}

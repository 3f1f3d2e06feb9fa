// An applicant's answers written as a CSV row: the inverse of answer-row.ts, which reads such a row back. The
// template's example rows and generated client files are written with it, so they read back as the answers they
// were made from. The words a cell is written with (codes, or Chinese) are a parameter: the Chinese ones are in
// src/lib/wording/batch-template.ts.
import { ANSWER_COLUMNS, partsOf, ROW_LABEL_COLUMN } from '../eligibility/answer-row.ts';
import { type Attribute, attributesOf, FACTS, type FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';

/** How a cell writes yes and no, an empty list, a codebook value and the place (or scheme) "other". */
export interface CellWords {
  yes: string;
  no: string;
  none: string;
  /** An enum attribute's value: its id, or its label. */
  enumValue: (values: Record<string, { label: string }>, id: string) => string;
  other: string;
}

/** Codes: what answer-row.ts reads in any language setting. */
export const CODE_WORDS: CellWords = {
  yes: 'true',
  no: 'false',
  none: 'none',
  enumValue: (_, id) => id,
  other: OTHER_JURISDICTION,
};

/** What answer-row.ts reads as an unknown part, for an item whose parts are all unknown (an empty item is dropped). */
const UNKNOWN_PART = '?';
const PART_SEPARATOR = ':';
const ITEM_SEPARATOR = ';';

const isFact = (column: string): column is FactId => Object.hasOwn(FACTS, column);

function scalarText(value: unknown, words: CellWords): string {
  if (value === true) return words.yes;
  if (value === false) return words.no;
  if (value === OTHER_JURISDICTION) return words.other;
  return value === undefined || value === null ? '' : String(value);
}

function partText(attribute: Attribute | undefined, value: unknown, words: CellWords): string {
  if (attribute?.kind === 'enum' && typeof value === 'string' && Object.hasOwn(attribute.values, value))
    return words.enumValue(attribute.values, value);
  return scalarText(value, words);
}

/** One item of a list: its parts in the registry's order, trailing unknown parts left off. */
function itemText(fact: FactId, item: unknown, words: CellWords): string {
  const it = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const attributes = attributesOf(fact);
  const parts = partsOf(fact).map((p) => partText(attributes[p], it[p], words));
  while (parts.length && parts.at(-1) === '') parts.pop();
  return parts.length ? parts.join(PART_SEPARATOR) : UNKNOWN_PART;
}

/** One answer as its column's cell; unanswered is the empty cell. */
export function cellOf(column: string, value: unknown, words: CellWords = CODE_WORDS): string {
  if (value === undefined) return '';
  if (!isFact(column) || !Array.isArray(value)) return scalarText(value, words);
  if (!value.length) return words.none;
  return value.map((item) => itemText(column, item, words)).join(ITEM_SEPARATOR);
}

/** An applicant's answers as a row of cells in ANSWER_COLUMNS' order, headed by its name. */
export function rowOfAnswers(name: string, answers: Record<string, unknown>, words: CellWords = CODE_WORDS): string[] {
  return ANSWER_COLUMNS.map((c) => (c === ROW_LABEL_COLUMN ? name : cellOf(c, answers[c], words)));
}

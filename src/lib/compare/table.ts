// The shape of a comparison: sections of rows, one cell per regulation. Each
// cell carries the coded value it shows, its words (from the wording module),
// a key derived from the value alone, a number where extremes make sense, and
// the citations behind it.
import type { Citation } from '../schema.ts';
import type { RegulationStatus } from '../status.ts';
import { EMPTY_TEXT } from '../wording/compare.ts';
import { type ExtremeDirection, extremeIndexes, rowDiffers } from './differs.ts';

export { type ExtremeDirection, extremeIndexes, rowDiffers } from './differs.ts';
export { EMPTY_TEXT };

export interface CellCite {
  cite: Citation;
  /** What the cited passage supports, where a cell has several (a tier, a stage). */
  about?: string;
}

/** A coded value as plain data: what "differs" compares. */
export type CellValue = string | number | boolean | null | CellValue[] | { [field: string]: CellValue | undefined };

export interface ComparisonCell {
  /** The coded value the cell shows; undefined for an empty cell. */
  value?: CellValue;
  /**
   * The regulation's own words shown beside the coded value: a tier's name, a
   * condition's summary, a place. They are shown, not compared: 在长宁区登记注册
   * and 在通州区注册登记 code the same requirement.
   */
  ownWords?: string[];
  /** What the reader sees, worded from the value and the own words. Empty cells read 未规定. */
  text: string;
  /** Derived from the value (never written by hand): equal keys, equal values. Empty cells have ''. */
  key: string;
  /** The figure extremes are found among (yuan, years, days, counts). */
  num?: number;
  cites: CellCite[];
  notes: string[];
  /** How a computed figure was reached. */
  explanation?: string;
}

export interface ComparisonRow {
  id: string;
  label: string;
  cells: Record<string, ComparisonCell>;
  /** Marks the highest (or lowest) figure of the row, e.g. 最高奖金. */
  extreme?: { direction: ExtremeDirection; label: string };
  /** Says how the row is computed, when it is not read straight from the text. */
  computed?: string;
}

export interface ComparisonSection {
  id: string;
  title: string;
  /** One sentence on what the section compares. */
  description: string;
  rows: ComparisonRow[];
}

export interface ComparedRegulation {
  id: string;
  shortName: string;
  title: string;
  status: RegulationStatus;
}

export interface Comparison {
  regulations: ComparedRegulation[];
  sections: ComparisonSection[];
}

export function emptyCell(text = EMPTY_TEXT): ComparisonCell {
  return { text, key: '', cites: [], notes: [] };
}

/** JSON with object fields in sorted order, so equal values give equal text whatever order they were built in. */
export function canonicalJson(v: CellValue | undefined): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const fields = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${fields.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/** A cell's key: a plain string value is its own key (draft, in-force), any other value its canonical JSON. */
export const keyOf = (value: CellValue): string => (typeof value === 'string' ? value : canonicalJson(value));

const citeKey = ({ cite }: CellCite) => `${cite.article}-${cite.item ?? ''}-${cite.quote}`;

export type CellOptions = Partial<Pick<ComparisonCell, 'ownWords' | 'num' | 'cites' | 'notes' | 'explanation'>>;

/** A cell showing a coded value in the given words; a passage cited twice is listed once. */
export function cell(value: CellValue, text: string, opts: CellOptions = {}): ComparisonCell {
  const seen = new Set<string>();
  const cites = (opts.cites ?? []).filter((c) => !seen.has(citeKey(c)) && !!seen.add(citeKey(c)));
  return {
    value,
    ownWords: opts.ownWords,
    text,
    key: keyOf(value),
    num: opts.num,
    cites,
    notes: opts.notes ?? [],
    explanation: opts.explanation,
  };
}

/** A row's cell for a regulation: a row has one for each regulation it was built for. */
export function cellFor(row: ComparisonRow, id: string): ComparisonCell {
  const cell = row.cells[id];
  if (!cell) throw new Error(`comparison row "${row.id}" has no cell for regulation "${id}"`);
  return cell;
}

export function rowDiffersAmong(row: ComparisonRow, ids: string[]): boolean {
  return rowDiffers(ids.map((id) => row.cells[id]?.key ?? ''));
}

export function extremeIdsAmong(row: ComparisonRow, ids: string[]): string[] {
  if (!row.extreme) return [];
  const at = new Set(
    extremeIndexes(
      ids.map((id) => row.cells[id]?.num),
      row.extreme.direction,
    ),
  );
  return ids.filter((_, i) => at.has(i));
}

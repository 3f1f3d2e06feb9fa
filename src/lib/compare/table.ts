// The shape of a comparison: sections of rows, one cell per regulation. Each
// cell carries its display text, the coded value it is compared by, a number
// where extremes make sense, and the citations behind it.
import type { Citation } from '../schema.ts';

export interface CellCite {
  cite: Citation;
  /** What the cited passage supports, where a cell has several (a tier, a stage). */
  about?: string;
}

export interface ComparisonCell {
  /** What the reader sees. Empty cells read 未规定. */
  text: string;
  /** The coded value, for "do the regulations differ here?" — wording aside. */
  key: string;
  /** The figure extremes are found among (yuan, years, days, counts). */
  num?: number;
  cites: CellCite[];
  notes: string[];
  /** How a computed figure was reached. */
  explanation?: string;
}

export type ExtremeDirection = 'max' | 'min';

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
  status: string;
  statusLabel: string;
}

export interface Comparison {
  regulations: ComparedRegulation[];
  sections: ComparisonSection[];
}

export const EMPTY_TEXT = '未规定';

export function emptyCell(text = EMPTY_TEXT): ComparisonCell {
  return { text, key: '', cites: [], notes: [] };
}

const citeKey = ({ cite }: CellCite) => `${cite.article}-${cite.item ?? ''}-${cite.quote}`;

/** A cell; its key defaults to its text, and a passage cited twice is listed once. */
export function cell(text: string, opts: Partial<Omit<ComparisonCell, 'text'>> = {}): ComparisonCell {
  const seen = new Set<string>();
  const cites = (opts.cites ?? []).filter((c) => !seen.has(citeKey(c)) && !!seen.add(citeKey(c)));
  return { text, key: opts.key ?? text, num: opts.num, cites, notes: opts.notes ?? [], explanation: opts.explanation };
}

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

export function rowDiffersAmong(row: ComparisonRow, ids: string[]): boolean {
  return rowDiffers(ids.map((id) => row.cells[id]?.key ?? ''));
}

export function extremeIdsAmong(row: ComparisonRow, ids: string[]): string[] {
  if (!row.extreme) return [];
  return extremeIndexes(
    ids.map((id) => row.cells[id]?.num),
    row.extreme.direction,
  ).map((i) => ids[i]);
}

// Building blocks shared by the comparison sections: a row from a per-regulation
// function, a section with its words, and the regulations a comparison is built from.
import type { Citation, Regulation } from '../schema.ts';
import type { Succession } from '../status.ts';
import { SECTION_WORDS, type SectionId } from '../wording/compare.ts';
import { NOT_IN_TEXT_TEXT, summariesText } from '../wording/values.ts';
import { cell, emptyCell, type ComparisonCell, type ComparisonRow, type ComparisonSection } from './table.ts';

export interface CompareInput {
  id: string;
  regulation: Regulation;
  /** The coded version that replaces it (versions.ts successions), for its status on the comparison's day. */
  succession?: Succession | undefined;
}

export type RowOptions = Pick<ComparisonRow, 'extreme' | 'computed'> & { emptyText?: string };

/** One row: `cellOf` gives each regulation's cell, or undefined where the regulation says nothing. */
export function buildRow(
  id: string,
  label: string,
  regs: CompareInput[],
  cellOf: (reg: Regulation) => ComparisonCell | undefined,
  opts: RowOptions = {},
): ComparisonRow {
  const cells: Record<string, ComparisonCell> = {};
  // A text known only in part says nothing of what it lacks: 现有文本未载, not 未规定.
  for (const r of regs)
    cells[r.id] = cellOf(r.regulation) ?? emptyCell(r.regulation.partialText ? NOT_IN_TEXT_TEXT : opts.emptyText);
  return { id, label, cells, extreme: opts.extreme, computed: opts.computed };
}

/** A section of rows, with its title and description from the wording module. */
export function sectionOf(id: SectionId, rows: ComparisonRow[]): ComparisonSection {
  return { id, ...SECTION_WORDS[id], rows };
}

/** Distinct values in first-seen order. */
export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Notes of the coded values behind a cell, without blanks or repeats. */
export function notesOf(...items: ({ note?: string } | undefined)[]): string[] {
  return unique(items.map((i) => i?.note).filter((n): n is string => !!n));
}

/** The codes that occur, in the codebook's order (so rows do not depend on the order of the regulations). */
export function inCodebookOrder<K extends string>(codebook: Record<K, unknown>, occurring: K[]): K[] {
  const present = new Set(occurring);
  return (Object.keys(codebook) as K[]).filter((k) => present.has(k));
}

/** Free-text rules (duties, limits, benefits) as one cell, each with its passage; undefined where there are none. */
export function summariesCell(items: { summary: string; cite: Citation; note?: string | undefined }[]) {
  return items.length
    ? cell(
        items.map((i) => i.summary),
        summariesText(items),
        { cites: items.map((i) => ({ cite: i.cite })), notes: notesOf(...items) },
      )
    : undefined;
}

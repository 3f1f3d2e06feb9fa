// A problem found in a content file, told as file:line: field: what was expected.
import { excerpt } from './excerpt.ts';

export interface ContentProblem {
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `tiers[0].prizes[1].amountYuan`; empty for the whole file. */
  field: string;
  message: string;
}

export type PathKey = string | number;

/** `tiers[0].prizes[1].amountYuan`; a key of a record (which the author names) cut to an excerpt. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${excerpt(String(k))}` : excerpt(String(k))),
    '',
  );
}

/** Problems told for one file at most: past them, one more says how many are left untold. */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * The problems of the first MAX_PROBLEMS_PER_FILE `items` and, past them, one that counts the rest. A file
 * may hold thousands of wrong values, each a line to find and a message to print: the first hundred say enough.
 */
export function boundedProblems<T>(
  items: readonly T[],
  file: string,
  toProblem: (item: T) => ContentProblem,
): ContentProblem[] {
  const told = items.slice(0, MAX_PROBLEMS_PER_FILE).map(toProblem);
  const untold = items.length - told.length;
  if (untold <= 0) return told;
  return [
    ...told,
    { file, field: '', message: `and ${untold} more problems in this file: fix these first, then run the check again` },
  ];
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field || '(file)'}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`${problems.length} problem(s) in content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export type LineOf = (path: readonly PathKey[]) => number | undefined;

/** Collects problems of one file; `report(path, message)` fills in line and field. */
export function problemCollector(file: string, lineOf: LineOf = () => undefined) {
  const problems: ContentProblem[] = [];
  const report = (path: PathKey[], message: string) =>
    void problems.push({ file, line: lineOf(path), field: formatPath(path), message });
  return { problems, report };
}

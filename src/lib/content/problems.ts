// A problem found in a content file, told as file:line: field: what was expected.

export interface ContentProblem {
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `tiers[0].prizes[1].amountYuan`; empty for the whole file. */
  field: string;
  message: string;
}

export type PathKey = string | number;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
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

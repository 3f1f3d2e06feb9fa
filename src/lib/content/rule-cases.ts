// Rule cases (content/cases/<id>.yaml) run through the engine against the
// regulations they name, each wrong verdict a problem told as
// `file:line: case "<name>": expected …, got …`, so an author sees it from
// `npm run validate` without running the whole suite. Node-only (reads files).
import { existsSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join, relative } from 'node:path';
import { parseAnswers } from '../eligibility/answers.ts';
import { caseAnswers, caseFileSchema, type CaseFile, type RuleCase } from '../eligibility/cases.ts';
import { answerContext, checkRegulation, type CheckInput, type RegulationVerdict } from '../eligibility/engine.ts';
import { excerpt, excerptList } from './excerpt.ts';
import { boundedProblems, formatPath, problemCollector, type ContentProblem, type PathKey } from './problems.ts';
import { readBounded } from './read-bounded.ts';
import { aliasProblem } from './yaml-bounds.ts';
import { locatedYaml, syntaxProblems } from './yaml-lines.ts';
import { CONTENT_FILE_RE } from './load.ts';

export type CaseExpectation = RuleCase['expect'];

const sortedIds = (ids: readonly string[]) => [...new Set(ids)].sort();

/**
 * A verdict in the terms of a case's expectation, and the expectation normalized: failed
 * (and unknown, limits) as sorted sets of ids; unknown, eligibleFrom and limits only when
 * the case states them. The two are equal exactly when the verdict is the expected one.
 */
export function compareVerdict(
  expected: CaseExpectation,
  v: RegulationVerdict,
): { expected: CaseExpectation; got: CaseExpectation } {
  const ids = (fs: { id: string }[]) => sortedIds(fs.map((f) => f.id));
  return {
    expected: {
      ...expected,
      failed: sortedIds(expected.failed),
      ...(expected.unknown && { unknown: sortedIds(expected.unknown) }),
      ...(expected.limits && { limits: sortedIds(expected.limits) }),
    },
    got: {
      outcome: v.outcome,
      failed: ids(v.failures),
      ...(expected.unknown && { unknown: ids(v.unknowns) }),
      ...(expected.eligibleFrom !== undefined && { eligibleFrom: v.eligibleFrom ?? null }),
      ...(expected.limits && { limits: ids(v.limits) }),
      ...(expected.tiers && {
        tiers: Object.fromEntries(
          Object.keys(expected.tiers).map((id) => [id, v.tiers.find((t) => t.id === id)?.outcome ?? 'not-sought']),
        ),
      }),
    },
  };
}

const shown = (v: unknown) => (Array.isArray(v) ? `[${excerptList(v, { max: 20 })}]` : excerpt(String(v)));

/** `outcome ruled-out, failed [a, b]`: the keys of an expectation where it and the verdict differ. */
function differing(keys: string[], of: CaseExpectation): string {
  return keys.map((k) => `${k} ${shown(of[k as keyof CaseExpectation])}`).join(', ');
}

/** Problems of one case file: its shape, the regulation it names, the answers of each case, each verdict. */
export function checkCaseFile(file: string, text: string, entries: CheckInput[]): ContentProblem[] {
  const { locate, lineOf } = locatedYaml(text);
  const { problems, report } = problemCollector(file, lineOf);
  const { doc } = locate();
  if (doc.errors.length) {
    return syntaxProblems(file, doc);
  }
  // Before the document is turned into data, which would expand every alias.
  const aliased = aliasProblem(file, text, locate);
  if (aliased) return [aliased];
  const parsed = caseFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return boundedProblems(parsed.error.issues, file, (issue) => {
      const path = issue.path as PathKey[];
      return { file, line: lineOf(path), field: formatPath(path), message: issue.message };
    });
  }
  const cases: CaseFile = parsed.data;
  const entry = entries.find((e) => e.id === cases.regulation);
  if (!entry) {
    report(
      ['regulation'],
      `unknown regulation "${excerpt(cases.regulation)}": expected the id of a valid content file`,
    );
    return problems;
  }
  cases.cases.forEach((c, i) => {
    const where = (path: PathKey[]) => ({
      file,
      line: lineOf(['cases', i, ...path]),
      field: `case "${excerpt(c.name)}"`,
    });
    const { answers, problems: wrong } = parseAnswers(caseAnswers(cases, c), answerContext(entries, c.checkDate));
    if (!answers || wrong.length) {
      for (const p of wrong)
        problems.push({ ...where(['answers']), message: `answer ${excerpt(p.field)}: ${excerpt(p.message, 200)}` });
      return;
    }
    const { expected, got } = compareVerdict(c.expect, checkRegulation(entry, answers, c.checkDate));
    const keys = Object.keys(expected).filter(
      (k) => !isDeepStrictEqual(expected[k as keyof CaseExpectation], got[k as keyof CaseExpectation]),
    );
    if (keys.length)
      problems.push({
        ...where(['expect']),
        message: `expected ${differing(keys, expected)}, got ${differing(keys, got)}`,
      });
  });
  return boundedProblems(problems, file, (p) => p);
}

/** Every case file in `casesDir` (file names in messages relative to `root`) checked against the regulations. */
export function checkRuleCases(
  casesDir: string,
  entries: CheckInput[],
  root = process.cwd(),
): { files: number; problems: ContentProblem[] } {
  if (!existsSync(casesDir)) return { files: 0, problems: [] };
  const names = readdirSync(casesDir).filter((f) => CONTENT_FILE_RE.test(f));
  const problems = names.sort().flatMap((name) => {
    const path = join(casesDir, name);
    const file = relative(root, path) || path;
    const read = readBounded(path, file);
    return 'problem' in read ? [read.problem] : checkCaseFile(file, read.bytes.toString('utf8'), entries);
  });
  return { files: names.length, problems };
}

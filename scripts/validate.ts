// `npm run validate`: checks every content file (schema, references, citations)
// and every rule case (the verdict it expects), and prints each problem as
// file:line: field: expected. Exits 1 on any. `astro build` runs the same
// content checks in its loader; the rule cases are run here and by the tests.
import { loadRegulations } from '../src/lib/content/load.ts';
import { contentLocation } from '../src/lib/content/location.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { checkRuleCases } from '../src/lib/content/rule-cases.ts';
import { withSuccessions } from '../src/lib/eligibility/split.ts';

// Optional arguments (or ATLAS_CONTENT / ATLAS_SEEDS / ATLAS_CASES) point it at other folders (tests use
// fixtures); folders given as arguments have rule cases only if the third argument names their folder.
const [contentArg, seedsArg, casesArg] = process.argv.slice(2);
const location =
  contentArg !== undefined
    ? { contentDir: contentArg, seedsDir: seedsArg ?? contentLocation().seedsDir, casesDir: casesArg }
    : contentLocation();
const { contentDir, seedsDir, casesDir } = location;

const fail = (problems: { length: number }, where: string) => {
  console.error(`\n${problems.length} problem(s) in ${where}. Fix them and run npm run validate again.`);
  process.exit(1);
};

const { entries, problems } = loadRegulations({ contentDir, seedsDir });
for (const p of problems) console.error(formatProblem(p));
// A verdict says little about content that is itself wrong: the rule cases run on valid content only.
if (problems.length) fail(problems, contentDir);
const citations = entries.reduce((n, e) => n + JSON.stringify(e.regulation).split('"quote"').length - 1, 0);
console.log(`${entries.length} regulations valid; ${citations} citations checked against seeds/.`);

if (casesDir) {
  const cases = checkRuleCases(casesDir, withSuccessions(entries));
  for (const p of cases.problems) console.error(formatProblem(p));
  if (cases.problems.length) fail(cases.problems, casesDir);
  console.log(`${cases.files} rule case files give the verdicts they expect.`);
}

// `npm run validate`: checks every content file (schema, references, citations)
// and prints each problem as file:line: field: expected. Exits 1 on any.
import { loadRegulations } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { contentLocation } from '../src/lib/content/location.ts';

// Optional arguments (or ATLAS_CONTENT / ATLAS_SEEDS) point it at other folders (tests use fixtures).
const location = contentLocation();
const [contentDir = location.contentDir, seedsDir = location.seedsDir] = process.argv.slice(2);
const { entries, problems } = loadRegulations({ contentDir, seedsDir });
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in ${contentDir}. Fix them and run npm run validate again.`);
  process.exit(1);
}
const citations = entries.reduce((n, e) => n + JSON.stringify(e.regulation).split('"quote"').length - 1, 0);
console.log(`${entries.length} regulations valid; ${citations} citations checked against seeds/.`);

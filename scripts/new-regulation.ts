// `npm run new-regulation -- seeds/<file>.txt [--out content/regulations/<id>.yaml] [--force]`:
// writes a starter content file for a new regulation from its source text
// (src/lib/authoring/starter.ts). Refuses a text it cannot parse into articles,
// and an existing file unless --force. See docs/authoring.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { starterFromText } from '../src/lib/authoring/starter.ts';
import { contentLocation } from '../src/lib/content/location.ts';
import { sha256Of } from '../src/lib/content/provenance.ts';

const USAGE = 'usage: npm run new-regulation -- seeds/<file>.txt [--out content/regulations/<id>.yaml] [--force]';

function refuse(message: string): never {
  console.error(`new-regulation: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--force' && a !== '--out');
const [seed, ...extra] = positional;
if (seed === undefined || extra.length || unknown.length || (outAt >= 0 && (!out || out.startsWith('--'))))
  refuse(USAGE);

const sourceFile = basename(seed);
// The content file names its source by file name alone, and the schema asks for a lower-case slug.
if (!/^[a-z0-9]+(-[a-z0-9]+)*\.txt$/.test(sourceFile)) {
  refuse(
    `${seed}: the source file name must be lower-case letters, digits and hyphens ending in .txt (e.g. tongzhou-2023.txt): rename it`,
  );
}
if (!existsSync(seed)) refuse(`${seed}: no such file`);

const { contentDir, seedsDir } = contentLocation();
const target = out ?? join(contentDir, sourceFile.replace(/\.txt$/, '.yaml'));
if (existsSync(target) && !force)
  refuse(`${target} already exists: pass --force to overwrite it (its coding would be lost)`);

// The hash is of the file's bytes, as `npm run validate` checks it.
const bytes = readFileSync(seed);
const sha256 = sha256Of(bytes);
const made = starterFromText(bytes.toString('utf8'), { sourceFile, sha256 });
if ('refused' in made) refuse(`${seed}: ${made.refused}.`);

const { starter, source } = made;
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, starter.yaml);

const id = basename(target).replace(/\.ya?ml$/, '');
console.log(`Wrote ${target}: ${source.articles.length} articles listed, ${starter.todo.length} fields left to code.`);
if (resolve(dirname(seed)) !== resolve(seedsDir)) {
  console.log(`Note: the validator reads source texts from ${seedsDir}/; put ${sourceFile} there.`);
}
console.log(`
Next steps (docs/authoring.md):
  1. Read ${target}: check each value read from the text against ${seed}.
  2. Code each TODO(coding) part with the codebook (/codebook/, src/lib/codebook.ts); cite every value.
  3. npm run validate: it lists what remains by file, line and field; repeat until it reports no problem.
  4. Write rule cases in content/cases/${id}.yaml, then npm test, then npm start to see the pages.`);

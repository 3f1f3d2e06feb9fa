// Builds the search index after `astro build` (src/lib/search/build-index.ts):
// one document per article of every regulation, so a result opens the article
// itself with its filters, and one per section of every page marked
// data-search-body (the regulations' coded summaries, the comparisons, the
// codebook). Writes <out>/search/: index.json, grams/<n>.bin, texts/<group>.json.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { asOfDay, contentLocation } from '../src/lib/content/location.ts';
import type { ExportedRegulation } from '../src/lib/export.ts';
import { parseSource } from '../src/lib/source/parse.ts';
import { traditionalCharacters } from '../src/lib/source/traditional.ts';
import { buildSearchIndex, type SearchGroup } from '../src/lib/search/build-index.ts';
import { MANIFEST_PATH, bucketPath, textsPath } from '../src/lib/search/engine.ts';
import { pageSections } from '../src/lib/search/page-sections.ts';
import { articleGroup, filterOptions } from '../src/lib/search/records.ts';
import { successions } from '../src/lib/versions.ts';

const outDir = process.env.OUT_DIR || 'dist';
// The same day the pages' statuses were computed for (see src/data/regulations.ts).
const asOf = asOfDay();
const timings: Record<string, number> = {};
let mark = performance.now();
const lap = (phase: string) => {
  const t = performance.now();
  timings[phase] = Math.round((timings[phase] ?? 0) + t - mark);
  mark = t;
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

// The regulations as this build published them (already validated by the content loader):
// reading the open data is far quicker than loading the YAML again.
const dataset = JSON.parse(readFileSync(join(outDir, 'data', 'regulations.json'), 'utf8')) as {
  regulations: ExportedRegulation[];
};
const { seedsDir } = contentLocation();
// Successions are found across the atlas: a regulation's status filter says 已被替代 only so.
const replacedBy = successions(dataset.regulations.map(({ id, data }) => ({ id, regulation: data })));
const entries = dataset.regulations.map(({ id, data }) => ({
  id,
  regulation: data,
  source: parseSource(readFileSync(resolve(seedsDir, data.source.file), 'utf8')),
  succession: replacedBy.get(id),
}));
lap('read');

const articleGroups = entries.map((entry) => articleGroup(entry, asOf));
lap('articles');

const pageGroups: SearchGroup[] = [];
for (const file of htmlFiles(outDir).sort()) {
  const path = relative(outDir, file).split(sep).join('/');
  if (path.startsWith('search/')) continue;
  const page = pageSections(readFileSync(file, 'utf8'));
  if (!page) continue;
  const one = (key: string) => page.filters[key]?.[0];
  pageGroups.push({
    kind: 'page',
    url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`,
    title: page.title,
    short: page.title,
    filters: { province: one('province'), level: one('level'), status: one('status') },
    docs: page.sections.map((s) => ({
      anchor: s.anchor,
      label: s.heading,
      text: s.heading && !s.text.startsWith(s.heading) ? `${s.heading} ${s.text}` : s.text,
      topics: page.filters.topic ?? [],
    })),
  });
}
if (!pageGroups.length) {
  console.error(`search index: no page under ${outDir} has data-search-body: is the site built?`);
  process.exit(1);
}
lap('pages');

const table = traditionalCharacters();
lap('fold table');
const built = buildSearchIndex([...articleGroups, ...pageGroups], table, filterOptions(entries, asOf));
for (const [phase, ms] of Object.entries(built.timings)) timings[phase] = Math.round(ms);
mark = performance.now();

const root = join(outDir, 'search');
rmSync(join(root, 'grams'), { recursive: true, force: true });
rmSync(join(root, 'texts'), { recursive: true, force: true });
rmSync(join(outDir, 'pagefind'), { recursive: true, force: true }); // left by builds before this index
mkdirSync(join(root, 'grams'), { recursive: true });
mkdirSync(join(root, 'texts'), { recursive: true });
writeFileSync(join(outDir, MANIFEST_PATH), JSON.stringify(built.manifest));
built.buckets.forEach((b, n) => writeFileSync(join(outDir, bucketPath(n)), b));
built.texts.forEach((t, g) => writeFileSync(join(outDir, textsPath(g)), JSON.stringify(t)));
lap('write');

const articles = articleGroups.reduce((n, g) => n + g.docs.length, 0);
console.log(
  `search index: ${articles} articles of ${articleGroups.length} regulations and ${built.manifest.docs - articles} sections of ${pageGroups.length} pages, in ${built.buckets.length} bucket files under ${root}`,
);
console.log(`search index timings: ${JSON.stringify(timings)}`);

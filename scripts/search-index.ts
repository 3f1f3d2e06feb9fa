// Builds the search index after `astro build`. Pagefind holds an index in
// memory while building it, so the atlas is indexed in shards: a main index of
// the comparison and codebook pages, and one per province (split when large)
// holding its regulations' coded summaries and one record per article — so a
// result opens the article itself, with its filters. The search page merges them
// (pagefind/shards.json lists the shards).
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { asOfDay, contentLocation } from '../src/lib/content/location.ts';
import type { ExportedRegulation } from '../src/lib/export.ts';
import { parseSource } from '../src/lib/source/parse.ts';
import { articleRecords, searchShards } from '../src/lib/search/records.ts';
import { successions } from '../src/lib/versions.ts';

const LANGUAGE = 'zh-cn';
// Pagefind writes its ready-made UIs with every index; the search page uses its API alone,
// and a shard is read by the main index's script, so only the main index keeps pagefind.js.
const UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
const SCRIPT_FILES = ['pagefind.js', 'pagefind-worker.js'];
const outDir = process.env.OUT_DIR || 'dist';
// The same day the pages' statuses were computed for (see src/data/regulations.ts).
const asOf = asOfDay();

function fail(what: string, errors: string[]): never {
  console.error(`search index: ${what} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

/** Builds one index from HTML files (site-relative paths) and custom records, writes it, and frees it. */
async function writeIndex(
  outputPath: string,
  files: string[],
  records: Parameters<pagefind.PagefindIndex['addCustomRecord']>[0][],
  unused: string[],
) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!index) fail('createIndex', errors);
  for (const sourcePath of files) {
    const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(outDir, sourcePath), 'utf8') });
    if (added.errors.length) fail(`page ${sourcePath}`, added.errors);
  }
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) fail(`article ${record.url}`, added.errors);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) fail(`writing ${outputPath}`, written.errors);
  for (const f of unused) rmSync(join(outputPath, f), { force: true });
  await index.deleteIndex();
}

// The regulations as this build published them (already validated by `npm run validate` and
// the content collection): reading the open data is far quicker than parsing the YAML again.
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
const searchable = new Set(
  htmlFiles(outDir)
    .map((f) => relative(outDir, f).split(sep).join('/'))
    .filter((f) => !f.startsWith('pagefind/') && readFileSync(join(outDir, f), 'utf8').includes('data-pagefind-body')),
);
const pageOf = (id: string) => `regulations/${id}/index.html`;
const regulationPages = new Set(entries.map((e) => pageOf(e.id)));
const otherPages = [...searchable].filter((f) => !regulationPages.has(f));
if (!searchable.size) fail(`indexing ${outDir}`, ['no page has data-pagefind-body: is the site built?']);

await writeIndex(join(outDir, 'pagefind'), otherPages, [], UI_FILES);
const shards = searchShards(entries);
let articles = 0;
for (const [n, shard] of shards.entries()) {
  const records = shard.flatMap((e) => articleRecords(e, asOf)).map((r) => ({ ...r, language: LANGUAGE }));
  articles += records.length;
  await writeIndex(
    join(outDir, 'pagefind', 'shards', String(n)),
    shard.map((e) => pageOf(e.id)).filter((p) => searchable.has(p)),
    records,
    [...UI_FILES, ...SCRIPT_FILES],
  );
}
writeFileSync(
  join(outDir, 'pagefind', 'shards.json'),
  JSON.stringify({ shards: shards.map((_, n) => `shards/${n}/`) }),
);
await pagefind.close();
console.log(
  `search index: ${searchable.size} pages and ${articles} articles, in a main index and ${shards.length} shards under ${join(outDir, 'pagefind')}`,
);

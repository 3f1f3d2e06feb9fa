// Builds the search index after `astro build`: the pages marked with
// data-pagefind-body (coded summaries, comparisons, codebook), plus one record
// per article, so that a result opens the article itself with its filters.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadRegulationsOrThrow } from '../src/lib/content/load.ts';
import { contentLocation } from '../src/lib/content/location.ts';
import { todayIso } from '../src/lib/dates.ts';
import { articleRecords } from '../src/lib/search/records.ts';

const LANGUAGE = 'zh-cn';
const outDir = process.env.OUT_DIR || 'dist';
// The same day the pages' statuses were computed for (see src/data/regulations.ts).
const asOf = process.env.ATLAS_AS_OF || todayIso();

function fail(what: string, errors: string[]): never {
  console.error(`search index: ${what} failed:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
if (!index) fail('createIndex', errors);
const pages = await index.addDirectory({ path: outDir });
if (pages.errors.length) fail(`indexing ${outDir}`, pages.errors);
if (pages.page_count === 0) fail(`indexing ${outDir}`, ['no page has data-pagefind-body: is the site built?']);

let articles = 0;
for (const entry of loadRegulationsOrThrow(contentLocation())) {
  for (const record of articleRecords(entry, asOf)) {
    const added = await index.addCustomRecord({ ...record, language: LANGUAGE });
    if (added.errors.length) fail(`article ${record.url}`, added.errors);
    articles++;
  }
}
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length) fail('writing the index', written.errors);
await pagefind.close();
console.log(`search index: ${pages.page_count} pages and ${articles} articles in ${join(outDir, 'pagefind')}`);

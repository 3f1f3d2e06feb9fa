// Builds the search index after `astro build` (src/lib/search/build-index.ts):
// one document per article of every regulation, so a result opens the article
// itself with its filters, and one per section of every page marked
// data-search-body (the regulations' coded summaries, the comparisons, the
// codebook). Writes <out>/search/: index.json, grams/<n>.bin, texts/<n>.json.
// The regulations and pages are split in runs, one per core: each thread
// parses its sources and pages and indexes them; the main thread joins the
// runs and writes the files.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { asOfDay, contentLocation } from '../src/lib/content/location.ts';
import type { ExportedRegulation } from '../src/lib/export.ts';
import { type IndexSegment, indexSegment, mergeSegments, type SearchGroup } from '../src/lib/search/build-index.ts';
import { bucketPath, MANIFEST_PATH, textsPath } from '../src/lib/search/engine.ts';
import { runsOf } from '../src/lib/runs.ts';
import { pageSections } from '../src/lib/search/page-sections.ts';
import { articleGroup, filterOptions, type SearchEntry } from '../src/lib/search/records.ts';
import { parseSource } from '../src/lib/source/parse.ts';
import { traditionalCharacters } from '../src/lib/source/traditional.ts';
import type { Succession } from '../src/lib/status.ts';
import { successions } from '../src/lib/versions.ts';

const outDir = process.env.OUT_DIR || 'dist';
// The same day the pages' statuses were computed for (see src/data/regulations.ts).
const asOf = asOfDay();

type Timings = Record<string, number>;
function stopwatch(timings: Timings) {
  let mark = performance.now();
  return (phase: string) => {
    const t = performance.now();
    timings[phase] = Math.round((timings[phase] ?? 0) + t - mark);
    mark = t;
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

function pageGroup(file: string): SearchGroup | undefined {
  const path = relative(outDir, file).split(sep).join('/');
  const page = pageSections(readFileSync(file, 'utf8'));
  if (!page) return undefined;
  const one = (key: string) => page.filters[key]?.[0];
  return {
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
  };
}

// The regulations as this build published them (already validated by the content loader):
// reading the open data is far quicker than loading the YAML again.
function publishedRegulations(): ExportedRegulation[] {
  return (
    JSON.parse(readFileSync(join(outDir, 'data', 'regulations.json'), 'utf8')) as { regulations: ExportedRegulation[] }
  ).regulations;
}

/** A thread's run: its regulations (with what replaces each, found across the atlas) and its pages. */
interface Run {
  regulations: ExportedRegulation[];
  replacedBy: [string, Succession][];
  pages: string[];
}

/** A run's regulations' articles, then its pages' sections, indexed. */
function segment(
  run: Run,
  table = traditionalCharacters(),
): { segment: IndexSegment; pages: number; timings: Timings } {
  const timings: Timings = {};
  const lap = stopwatch(timings);
  // Successions are found across the atlas: a regulation's status filter says 已被替代 only so.
  const replacedBy = new Map(run.replacedBy);
  const { seedsDir } = contentLocation();
  const entries: SearchEntry[] = run.regulations.map(({ id, data }) => ({
    id,
    regulation: data,
    source: parseSource(readFileSync(resolve(seedsDir, data.source.file), 'utf8')),
    succession: replacedBy.get(id),
  }));
  lap('read');
  const groups = entries.map((entry) => articleGroup(entry, asOf));
  lap('articles');
  const pageGroups = run.pages.flatMap((f) => pageGroup(f) ?? []);
  lap('pages');
  const built = indexSegment([...groups, ...pageGroups], table);
  lap('postings');
  return { segment: built, pages: pageGroups.length, timings };
}

if (!isMainThread) {
  const result = segment(workerData as Run);
  const { keys, lastDocs, lengths, bytes } = result.segment.terms;
  parentPort!.postMessage(result, [keys.buffer, lastDocs.buffer, lengths.buffer, bytes.buffer] as ArrayBuffer[]);
} else {
  const timings: Timings = {};
  const lap = stopwatch(timings);
  const pages = htmlFiles(outDir)
    .filter((f) => !relative(outDir, f).startsWith(`search${sep}`))
    .sort();
  const threads = Math.max(1, Math.min(Number(process.env.ATLAS_INDEX_THREADS) || availableParallelism(), 4));
  // The open data is read once, here: each thread is handed only its run of it (parsed in every thread, the whole
  // atlas's JSON cost each one its full size in memory: 1.55 GB at 3,000 regulations).
  const regulations = publishedRegulations();
  const replacedBy = successions(regulations.map(({ id, data }) => ({ id, regulation: data })));
  const filters = filterOptions(
    regulations.map(({ id, data }) => ({ regulation: data, succession: replacedBy.get(id) })),
    asOf,
  );
  const regulationCount = regulations.length;
  const regulationRuns = runsOf(regulations, threads);
  const pageRuns = runsOf(pages, threads);
  const runs: Run[] = Array.from({ length: threads }, (_, k) => {
    const own = regulationRuns[k] ?? [];
    return {
      regulations: own,
      replacedBy: own.flatMap(({ id }) =>
        replacedBy.has(id) ? [[id, replacedBy.get(id)!] as [string, Succession]] : [],
      ),
      pages: pageRuns[k] ?? [],
    };
  });
  regulations.length = 0; // the runs hold what is left of it
  const runInWorker = (run: Run, k: number) =>
    new Promise<ReturnType<typeof segment>>((done, failed) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: run });
      worker.once('message', done);
      worker.once('error', failed);
      worker.once('exit', (code) => failed(new Error(`index thread ${k} stopped (exit ${code})`)));
    });
  // The main thread takes the first run itself while the others work.
  const others = runs.slice(1).map((run, i) => runInWorker(run, i + 1));
  runs.length = 1; // each worker holds a copy of its run: this thread keeps only its own
  const table = traditionalCharacters();
  const segments = [segment(runs.pop()!, table), ...(await Promise.all(others))];
  lap('threads');
  for (const [phase] of Object.entries(segments[0]!.timings))
    timings[phase] = Math.max(...segments.map((r) => r.timings[phase] ?? 0));
  const pageCount = segments.reduce((n, r) => n + r.pages, 0);
  if (!pageCount) {
    console.error(`search index: no page under ${outDir} has data-search-body: is the site built?`);
    process.exit(1);
  }

  const built = mergeSegments(
    segments.map((r) => r.segment),
    table,
    filters,
  );
  lap('merge');

  const root = join(outDir, 'search');
  for (const sub of ['grams', 'texts']) rmSync(join(root, sub), { recursive: true, force: true });
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true }); // left by builds before this index
  for (const sub of ['grams', 'texts']) mkdirSync(join(root, sub), { recursive: true });
  writeFileSync(join(outDir, MANIFEST_PATH), JSON.stringify(built.manifest));
  built.buckets.forEach((b, n) => writeFileSync(join(outDir, bucketPath(n)), b));
  built.texts.forEach((t, n) => writeFileSync(join(outDir, textsPath(n)), JSON.stringify(t)));
  lap('write');

  const articles = built.manifest.groups
    .filter((g) => g.kind === 'regulation')
    .reduce((n, g) => n + g.topics.length, 0);
  console.log(
    `search index: ${articles} articles of ${regulationCount} regulations and ${built.manifest.docs - articles} sections of ${pageCount} pages, ${threads} threads, ${built.buckets.length} bucket and ${built.texts.length} text files under ${root}`,
  );
  console.log(`search index timings: ${JSON.stringify(timings)}`);
}

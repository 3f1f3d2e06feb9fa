// `npm run bench:pages [-- --no-build] [--sizes 5,1000] [--query 提名奖] [--also 申报,质量奖 申报] [--files]`:
// what a reader downloads per page type (HTML, CSS, JS; raw and gzip -9), against a
// plain Starlight site holding the same five texts as bare pages; then the search
// side by side in Chromium: our search page and Starlight's search dialog, for the
// same queries, weighed from the page's first request to the first results, at each
// of --sizes (5: the real five; more: that many synthetic regulations, both sites
// built from the same texts; --files lists every response counted). A benchmark,
// not a test: it exits 0 whether or not the targets are met, and says which.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, launchChromium } from '../tests/support/browser.ts';
import { atlasSite, buildAtlas, writeSyntheticAtlas } from './lib/atlas-site.ts';
import { addSizes, pageWeight, type PageWeight, type Size } from './lib/bytes.ts';
import { printSideBySide, type SearchSite, searchSideBySide } from './lib/search-bench.ts';
import { atlasSearch, starlightSearch } from './lib/search-in-browser.ts';
import { barePage, buildStarlight, type StarlightBuild } from './starlight.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(tmpdir(), 'atlas-bench');
const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '5,1000' },
    query: { type: 'string', default: '提名奖' },
    also: { type: 'string', default: '申报,质量奖 申报' },
    files: { type: 'boolean', default: false },
  },
});
const reuseDist = opts['no-build'];
const searchSizes = opts.sizes.split(',').map((n) => Number(n.trim()));
if (searchSizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes: expected positive whole numbers separated by commas, got "${opts.sizes}"`);
  process.exit(2);
}
// The headline query first; the others are other kinds of query (a two-character word, several words).
const queries = [opts.query, ...opts.also.split(',')].map((q) => q.trim()).filter(Boolean);

const regulationIds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => basename(f, '.txt'))
  .sort();

interface Row {
  label: string;
  weight: PageWeight;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const num = (n: number) => n.toLocaleString('en-US');
const pair = (s: Size) => `${num(s.raw)} / ${num(s.gzip)}`;
/** What the headline compares: HTML + CSS + JS, gzip. */
const transfer = (w: PageWeight) => addSizes(w.html, w.css, w.js);

function printTable(title: string, rows: Row[]) {
  const header = [
    'page',
    'path',
    'HTML raw / gz',
    'CSS raw / gz',
    'JS raw / gz',
    'JSON gz',
    'total gz',
    'inline JS raw',
    'on-demand JS gz',
  ];
  const cells = rows.map(({ label, weight: w }) => [
    label,
    w.page,
    pair(w.html),
    pair(w.css),
    pair(w.js),
    num(w.json.gzip),
    num(w.total.gzip),
    num(w.inlineJs.raw),
    num(w.onDemandJs.gzip),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) =>
    c.map((v, i) => (i < 2 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title} (bytes; each file gzipped on its own at level 9)`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  for (const { weight: w } of rows) {
    if (w.missing.length) console.log(`  ${w.page}: not found, not counted: ${w.missing.join(', ')}`);
    if (w.unresolvedImports)
      console.log(
        `  ${w.page}: ${w.unresolvedImports} import(expression) not followed (e.g. the Pagefind index, located at run time)`,
      );
  }
}

// --- the atlas ---
const site = atlasSite(ROOT, join(WORK, 'atlas'), reuseDist); // at the root, as Starlight is
const rows: Row[] = [];
const skipped: string[] = [];
const measure = (label: string, path: string) => {
  const weight = pageWeight(site, path);
  if (weight) rows.push({ label, weight });
  else skipped.push(`${label} (${path})`);
  return weight;
};

measure('home', '/');
measure('regulations index', '/regulations/');
const regulations = regulationIds.map((id) => ({
  id,
  ours: measure('regulation', `/regulations/${id}/`),
  starlight: undefined as PageWeight | undefined,
}));
const regulationPages = regulations.map((r) => r.ours).filter((w) => w !== undefined);
const largest = regulationPages.reduce<PageWeight | undefined>(
  (a, w) => (!a || transfer(w).gzip > transfer(a).gzip ? w : a),
  undefined,
);
if (largest) rows.push({ label: 'regulation (largest)', weight: largest });
measure('compare overview', '/compare/');
// Every topic page is measured; the table shows the heaviest.
const topics = (existsSync(join(site, 'compare')) ? readdirSync(join(site, 'compare'), { withFileTypes: true }) : [])
  .filter((d) => d.isDirectory())
  .map((d) => pageWeight(site, `/compare/${d.name}/`))
  .filter((w) => w !== undefined);
const heaviestTopic = topics.reduce<PageWeight | undefined>(
  (a, w) => (!a || w.total.gzip > a.total.gzip ? w : a),
  undefined,
);
if (heaviestTopic) rows.push({ label: `compare topic (heaviest of ${topics.length})`, weight: heaviestTopic });
else skipped.push('compare topic (/compare/<topic>/)');
measure('checker', '/check/');
measure('codebook', '/codebook/');
measure('data', '/data/');
measure('search', '/search/');
measure('404', '/404.html');

printTable('Quality Award Atlas', rows);
if (skipped.length) console.log(`  not in this build, skipped: ${skipped.join('; ')}`);
console.log(
  '  JSON: files named in data-* attributes or island props of a page that runs code; URLs built at run time are not found.',
);

// --- the baseline ---
console.log('\nBuilding the Starlight baseline (installed once per version under the OS temp folder)…');
const pages = regulationIds.map((id) => barePage(id, readFileSync(join(ROOT, 'seeds', `${id}.txt`), 'utf8')));
/** Builds the baseline; prints and returns undefined when it fails, so the run goes on. */
function starlightOf(texts: typeof pages, folder: string): StarlightBuild | undefined {
  try {
    const build = buildStarlight(texts, folder);
    const versions = Object.entries(build.versions)
      .map(([name, v]) => `${name} ${v}`)
      .join(', ');
    console.log(
      `Starlight: ${versions}; install ${build.installMs ? `${(build.installMs / 1000).toFixed(1)} s` : 'cached'}, build (with Pagefind) ${(build.buildMs / 1000).toFixed(1)} s`,
    );
    return build;
  } catch (e) {
    console.log(`Starlight build FAILED: ${(e as Error).message.split('\n').slice(0, 20).join('\n')}`);
    return undefined;
  }
}
const baseline = starlightOf(pages, join(WORK, 'pages-starlight'));
if (baseline) for (const r of regulations) r.starlight = pageWeight(baseline.dir, `/${r.id}/`);
printTable(
  'Starlight, the same texts as bare pages',
  regulations.flatMap((r) => (r.starlight ? [{ label: 'bare text', weight: r.starlight }] : [])),
);

// --- the headline ---
const pairs = regulations.flatMap(({ ours, starlight }) => (ours && starlight ? [{ ours, starlight }] : []));
console.log('\nRegulation page transfer, gzip HTML + CSS + JS (ours vs Starlight with the same text):');
for (const { ours, starlight } of pairs) {
  const a = transfer(ours).gzip;
  const b = transfer(starlight).gzip;
  console.log(
    `  ${ours.page.padEnd(36)} ${num(a).padStart(7)} B (${kib(a)})  vs ${num(b).padStart(7)} B (${kib(b)})  ratio ${(a / b).toFixed(2)}`,
  );
}
const headline = pairs.find((p) => p.ours === largest);
if (headline) {
  const a = transfer(headline.ours).gzip;
  const b = transfer(headline.starlight).gzip;
  console.log(
    `\nHEADLINE: our largest regulation page ${headline.ours.page} is ${num(a)} B (${kib(a)}) gzip; ` +
      `Starlight's page of the same bare text is ${num(b)} B (${kib(b)}); ratio ${(a / b).toFixed(2)}.`,
  );
}
const jsOnReading = regulationPages.map((w) => ({ page: w.page, js: w.js.raw + w.inlineJs.raw }));
const readingJs = jsOnReading.reduce((n, p) => n + p.js, 0);
console.log(
  `JS on regulation pages (scripts and their imports, plus inline scripts, raw): ${jsOnReading.map((p) => `${p.page} ${num(p.js)} B`).join(', ')}`,
);

const heavier = pairs.filter((p) => transfer(p.ours).gzip > transfer(p.starlight).gzip);
const compared = pairs.length;
const verdict = (met: boolean, what: string) => console.log(`${met ? 'TARGET MET' : 'TARGET MISSED'}: ${what}`);
console.log('');
verdict(
  compared > 0 && heavier.length === 0,
  `every regulation page ≤ Starlight's page of the same text (${compared - heavier.length} of ${compared})`,
);
verdict(regulationPages.length > 0 && readingJs === 0, `no JS on regulation pages (${num(readingJs)} B)`);

// --- search, side by side ---
const chromiumFound = findChromium();
if (!chromiumFound) console.log('\nSearch not measured: no Chromium (set CHROMIUM_PATH).');
const browser = chromiumFound ? await launchChromium() : undefined;
const searchVerdicts: { size: string; query: string; outcome: ReturnType<typeof printSideBySide> }[] = [];
async function searchAt(size: string, ours: SearchSite | undefined, starlight: SearchSite | undefined) {
  if (!browser) return;
  if (!ours) {
    console.log(`\nSearch at ${size}: our site was not built, not measured.`);
    for (const query of queries) searchVerdicts.push({ size, query, outcome: undefined });
    return;
  }
  const measured = await searchSideBySide(browser, ours, starlight, queries);
  for (const m of measured)
    searchVerdicts.push({ size, query: m.query, outcome: printSideBySide(size, m, console.log, opts.files) });
}
try {
  for (const n of searchSizes) {
    if (n === regulationIds.length) {
      await searchAt(
        `${n} regulations (the real ones)`,
        { dir: site, flow: atlasSearch },
        baseline && { dir: baseline.dir, flow: starlightSearch(`/${regulationIds[0]}/`) },
      );
      continue;
    }
    console.log(`\nBuilding both sites from ${n.toLocaleString('en-US')} synthetic regulations…`);
    const folder = join(WORK, `pages-${n}`);
    rmSync(folder, { recursive: true, force: true });
    const synthetic = writeSyntheticAtlas(ROOT, folder, n);
    const out = join(folder, 'out');
    const build = buildAtlas(ROOT, out, { ATLAS_CONTENT: synthetic.content, ATLAS_SEEDS: synthetic.seeds });
    if (build.error) console.log(`Our build FAILED: ${build.error}`);
    else console.log(`npm run build → ${out} in ${(build.ms / 1000).toFixed(1)} s`);
    const texts = synthetic.regulations.map((r) => barePage(r.id, r.seed));
    const theirs = starlightOf(texts, join(folder, 'starlight'));
    await searchAt(
      `${n.toLocaleString('en-US')} synthetic regulations`,
      build.error ? undefined : { dir: out, flow: atlasSearch },
      theirs && { dir: theirs.dir, flow: starlightSearch(`/${synthetic.regulations[0]?.id}/`) },
    );
    rmSync(folder, { recursive: true, force: true });
  }
} finally {
  await browser?.close();
}
if (searchVerdicts.length) {
  console.log('\nSearch weight, ours vs Starlight (gzip, from the first request to the first results):');
  for (const { size, query, outcome } of searchVerdicts) {
    const state = outcome === undefined ? 'TARGET NOT MEASURED' : outcome.met ? 'TARGET MET' : 'TARGET MISSED';
    console.log(
      `${state}: search "${query}" at ${size} ≤ Starlight's${outcome ? ` (ours / Starlight ${outcome.ratio.toFixed(2)})` : ''}`,
    );
  }
}

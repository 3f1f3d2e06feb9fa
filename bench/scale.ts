// `npm run bench:scale [-- --sizes 5,100,1000,3000] [--keep] [--no-starlight] [--starlight-at 1000] [--json]
//   [--timeout-min 30]`
//
// How the build grows with the number of regulations. For each size N it writes N
// synthetic regulations (bench/lib/synthesize.ts: the five real ones round robin, with
// places, document numbers, dates, prizes and quotas changed consistently in the text
// and the coding) into <os tmpdir>/atlas-bench/scale-N/{content,seeds}, builds the
// site into scale-N/out with ATLAS_CONTENT/ATLAS_SEEDS/OUT_DIR pointing there, and
// measures it. The build is package.json's `build` script, its `&&` parts (validate,
// astro build, search index) run one after the other and timed apart; peak memory is
// the sampled sum of the resident memory of every process the step starts
// (bench/lib/memory.ts). For N = 1,000 it also builds the Starlight baseline
// (bench/starlight.ts) on the same 1,000 bare texts, Pagefind included (--starlight-at: another size). When the
// search index step prints `search index timings: {…}` (phases.ts), its phases are reported too.
//
// A benchmark, not a test: it exits 0 whether or not the targets are met, and says which.
// A step that fails or runs past --timeout-min is recorded (its last output lines), not hidden.
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSyntheticAtlas } from './lib/atlas-site.ts';
import { watchMemory, type MemoryPeak } from './lib/memory.ts';
import { formatPhases, type PhaseTimings, parsePhaseTimings } from './lib/phases.ts';
import { barePage, buildStarlight } from './starlight.ts';
import { asOfDay } from '../src/lib/content/location.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(tmpdir(), 'atlas-bench');

// Targets.
const MAX_PEAK_BYTES = 1.5e9; // 1.5 GB (10^9), the whole process tree
const MAX_HTML_BYTES = 200_000; // 200 KB (10^3) of HTML in any one page
const LINEAR_SLACK = 1.5; // the last interval's cost per added regulation at most 1.5 × the one before

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,100,1000,3000' },
    keep: { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '30' },
    'starlight-at': { type: 'string', default: '1000' },
  },
});
// The size at which the Starlight baseline is built on the same texts (one of --sizes to be compared).
const STARLIGHT_SIZE = Number(opts['starlight-at']);
if (!Number.isInteger(STARLIGHT_SIZE) || STARLIGHT_SIZE < 1) {
  console.error(`--starlight-at: expected a positive whole number, got "${opts['starlight-at']}"`);
  process.exit(2);
}
const sizes = opts.sizes.split(',').map((s) => Number(s.trim()));
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes: expected positive whole numbers separated by commas, got "${opts.sizes}"`);
  process.exit(2);
}
const timeoutMs = Number(opts['timeout-min']) * 60_000;
// With --json, stdout carries only the JSON; progress and the table go to stderr.
const say = (line = '') => (opts.json ? console.error(line) : console.log(line));

// All steps of one run compute statuses for the same day, even across midnight.
const asOf = asOfDay();

interface Step {
  command: string;
  ms: number;
  /** Peak memory, and other builds/tests/browsers seen running meanwhile (they compete for the 2 cores). */
  peak: MemoryPeak;
  /** Why it did not finish, with its last output lines. */
  error?: string;
  /** Where the step's time went, when it reports it (the search index: phases.ts). */
  phases?: PhaseTimings;
}

interface SiteFigures {
  bytes: number;
  files: number;
  /** The search index's files: pagefind/ (Pagefind's) and search/ but its page (the atlas's own index). */
  searchIndexBytes: number;
  htmlPages: number;
  largestHtml: { path: string; bytes: number }[];
  htmlOverLimit: number;
  /** Bytes and files per top-level folder of the site (regulations, data, pagefind…), largest first. */
  folders: { folder: string; bytes: number; files: number }[];
}

interface SizeResult {
  n: number;
  generateMs: number;
  steps: Step[];
  buildMs: number;
  completed: boolean;
  peakTreeBytes: number;
  peakProcessBytes: number;
  peakProcessName: string;
  /** Builds, tests or browsers outside this benchmark seen running during the build. */
  competing: string[];
  site?: SiteFigures;
  log: string;
}

interface StarlightResult {
  n: number;
  buildMs?: number;
  peakTreeBytes?: number;
  versions?: Record<string, string>;
  site?: SiteFigures;
  error?: string;
}

/** package.json's build script, as the commands it chains with &&. */
function buildSteps(): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build;
  return script
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Runs one shell command in its own process group; kills the group past the deadline. */
function runStep(
  command: string,
  env: NodeJS.ProcessEnv,
  log: number,
  deadline: number,
): Promise<{ ms: number; error?: string; phases?: PhaseTimings }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const tail: string[] = [];
    let stdout = '';
    const keep = (chunk: Buffer) => {
      writeSync(log, chunk);
      tail.push(...chunk.toString('utf8').split('\n'));
      if (tail.length > 400) tail.splice(0, tail.length - 400);
    };
    writeSync(log, `\n$ ${command}\n`);
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      },
      Math.max(0, deadline - Date.now()),
    );
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const last = tail
        .filter((l) => l.trim())
        .slice(-15)
        .join('\n');
      if (timedOut)
        resolve({
          ms,
          error: `timed out after ${(ms / 60_000).toFixed(1)} min (limit --timeout-min ${opts['timeout-min']}); last output:\n${last}`,
        });
      else if (code !== 0) resolve({ ms, error: `exit ${code ?? signal}; last output:\n${last}` });
      else resolve({ ms, phases: parsePhaseTimings(stdout) });
    });
  });
}

function walk(dir: string, visit: (path: string, bytes: number) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, lstatSync(path).size);
  }
}

function measureSite(dir: string): SiteFigures | undefined {
  if (!existsSync(dir)) return undefined;
  const figures: SiteFigures = {
    bytes: 0,
    files: 0,
    searchIndexBytes: 0,
    htmlPages: 0,
    largestHtml: [],
    htmlOverLimit: 0,
    folders: [],
  };
  const html: { path: string; bytes: number }[] = [];
  const indexFolders = ['pagefind', 'search'].map((f) => `${join(dir, f)}/`);
  const folders = new Map<string, { folder: string; bytes: number; files: number }>();
  walk(dir, (path, bytes) => {
    figures.bytes += bytes;
    figures.files++;
    const top = relative(dir, path).split('/');
    const folder = top.length > 1 ? `/${top[0]}/` : '/ (files)';
    const f = folders.get(folder) ?? { folder, bytes: 0, files: 0 };
    f.bytes += bytes;
    f.files++;
    folders.set(folder, f);
    if (path.endsWith('.html')) html.push({ path: `/${relative(dir, path)}`, bytes });
    else if (indexFolders.some((f) => path.startsWith(f))) figures.searchIndexBytes += bytes;
  });
  figures.htmlPages = html.length;
  figures.largestHtml = html.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  figures.htmlOverLimit = html.filter((h) => h.bytes > MAX_HTML_BYTES).length;
  figures.folders = [...folders.values()].sort((a, b) => b.bytes - a.bytes);
  return figures;
}

const memory = watchMemory(200);
const results: SizeResult[] = [];
let starlight: StarlightResult | undefined;
const steps = buildSteps();
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' })
  .stdout.split('\n')
  .filter(Boolean)
  .map((l) => l.slice(3));
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

say(
  `Scale benchmark: sizes ${sizes.join(', ')}; commit ${commit}${dirty.length ? ` with uncommitted changes in ${dirty.join(', ')}` : ''}; ${cpus().length} cores, ${mb(totalmem())} RAM; Node ${process.version}; as of ${asOf}`,
);
say(`Build steps (package.json "build"): ${steps.join('  |  ')}`);

mkdirSync(WORK, { recursive: true });
for (const n of sizes) {
  const folder = join(WORK, `scale-${n}`);
  rmSync(folder, { recursive: true, force: true });
  const out = join(folder, 'out');

  say(`\n── N = ${n.toLocaleString('en-US')} ─ ${folder}`);
  const { content, seeds, regulations: synthetic, generateMs } = writeSyntheticAtlas(ROOT, folder, n);
  say(`generated ${n} regulations in ${s(generateMs)}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [join(ROOT, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH ?? ''].join(':'),
    ATLAS_CONTENT: content,
    ATLAS_SEEDS: seeds,
    OUT_DIR: out,
    ATLAS_AS_OF: asOf,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.BASE_PATH; // measured at the root
  const logPath = join(WORK, `scale-${n}.log`);
  const log = openSync(logPath, 'w');
  const deadline = Date.now() + timeoutMs;
  const result: SizeResult = {
    n,
    generateMs,
    steps: [],
    buildMs: 0,
    completed: false,
    peakTreeBytes: 0,
    peakProcessBytes: 0,
    peakProcessName: '',
    competing: [],
    log: logPath,
  };
  await memory.take(); // start a fresh peak
  for (const command of steps) {
    const run = await runStep(command, env, log, deadline);
    const peak = await memory.take();
    result.steps.push({ command, ms: run.ms, peak, error: run.error, phases: run.phases });
    result.buildMs += run.ms;
    result.competing = [...new Set([...result.competing, ...peak.competing])];
    if (peak.treeRss > result.peakTreeBytes) result.peakTreeBytes = peak.treeRss;
    if (peak.processHwm > result.peakProcessBytes) {
      result.peakProcessBytes = peak.processHwm;
      result.peakProcessName = peak.processName;
    }
    say(
      `  ${command.padEnd(34)} ${s(run.ms).padStart(9)}  peak ${mb(peak.treeRss)} (tree), ${mb(peak.processHwm)} (${peak.processName})${run.error ? `  FAILED: ${run.error}` : ''}`,
    );
    if (run.phases) say(`    where the time went: ${formatPhases(run.phases)}`);
    if (peak.competing.length) say(`    meanwhile, outside this benchmark: ${peak.competing.slice(0, 8).join('; ')}`);
    if (run.error) break;
  }
  closeSync(log);
  result.completed = result.steps.length === steps.length && result.steps.every((st) => !st.error);
  result.site = measureSite(out);
  results.push(result);
  if (result.site) {
    const big = result.site.largestHtml[0];
    say(
      `  total ${s(result.buildMs)} (${(result.buildMs / n / 1000).toFixed(3)} s per regulation); output ${mb(result.site.bytes)} in ${result.site.files} files, ` +
        `search index ${mb(result.site.searchIndexBytes)}, ${result.site.htmlPages} HTML pages, largest ${big ? `${big.path} ${(big.bytes / 1000).toFixed(1)} KB` : '-'}`,
    );
    say(
      `  by folder: ${result.site.folders
        .slice(0, 6)
        .map((f) => `${f.folder} ${mb(f.bytes)} (${f.files} files)`)
        .join(', ')}`,
    );
  }

  if (n === STARLIGHT_SIZE && !opts['no-starlight']) {
    say(`  Starlight baseline: ${n} bare texts…`);
    const starlightFolder = join(WORK, `scale-${n}-starlight`);
    starlight = { n };
    try {
      await memory.take();
      const build = buildStarlight(
        synthetic.map((r) => barePage(r.id, r.seed)),
        starlightFolder,
        { timeoutMs },
      );
      const peak = await memory.take();
      starlight = {
        n,
        buildMs: build.buildMs,
        peakTreeBytes: peak.treeRss,
        versions: build.versions,
        site: measureSite(build.dir),
      };
      say(
        `  Starlight build (Pagefind included) ${s(build.buildMs)}, peak ${mb(peak.treeRss)}; ${Object.entries(
          build.versions,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    } catch (e) {
      starlight = { n, error: (e as Error).message.split('\n').slice(0, 20).join('\n') };
      say(`  Starlight build FAILED: ${starlight.error}`);
    }
    if (!opts.keep) rmSync(starlightFolder, { recursive: true, force: true });
  }
  if (!opts.keep) rmSync(folder, { recursive: true, force: true });
}
await memory.stop();

// --- figures ---
const done = results.filter((r) => r.completed);
const marginal = (r: SizeResult): number | undefined => {
  const before = done.filter((d) => d.n < r.n).at(-1);
  return r.completed && before ? (r.buildMs - before.buildMs) / (r.n - before.n) : undefined;
};
const stepOf = (r: SizeResult, match: RegExp) => r.steps.find((st) => match.test(st.command));
const stepMs = (r: SizeResult, match: RegExp) => stepOf(r, match)?.ms;
const indexPhases = (r: SizeResult) => stepOf(r, /search-index/)?.phases;
// The index's phases get a column only when the index step reports them.
const showPhases = results.some((r) => indexPhases(r));

const header = [
  'N',
  'validate',
  'astro build',
  'search index',
  ...(showPhases ? ['index phases'] : []),
  'total',
  's / reg',
  'marginal s / reg',
  'peak tree',
  'peak 1 proc',
  'output',
  'index files',
  'HTML pages',
  'largest HTML page',
];
const rows = results.map((r) => {
  const big = r.site?.largestHtml[0];
  const opt = (ms: number | undefined) => (ms === undefined ? '-' : s(ms));
  const m = marginal(r);
  return [
    r.n.toLocaleString('en-US'),
    opt(stepMs(r, /validate/)),
    opt(stepMs(r, /astro build/)),
    opt(stepMs(r, /search-index/)),
    ...(showPhases ? [formatPhases(indexPhases(r) ?? {}) || '-'] : []),
    `${s(r.buildMs)}${r.completed ? '' : ' (failed)'}`,
    r.completed ? (r.buildMs / r.n / 1000).toFixed(3) : '-',
    m === undefined ? '-' : (m / 1000).toFixed(3),
    mb(r.peakTreeBytes),
    mb(r.peakProcessBytes),
    r.site ? mb(r.site.bytes) : '-',
    r.site ? mb(r.site.searchIndexBytes) : '-',
    r.site ? String(r.site.htmlPages) : '-',
    big ? `${big.path} ${(big.bytes / 1000).toFixed(1)} KB` : '-',
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i]?.length ?? 0)));
const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padStart(widths[i] ?? 0))).join('  ');
say(
  `\nScale figures (commit ${commit}${dirty.length ? ', working tree with uncommitted changes' : ''}; peak tree = sampled sum of RSS of all build processes, every 200 ms; MB = 10^6 B)`,
);
say(line(header));
say(widths.map((w) => '-'.repeat(w)).join('  '));
for (const c of rows) say(line(c));
for (const r of results.filter((x) => x.competing.length)) {
  say(
    `  N = ${r.n}: other work ran meanwhile on the same 2 cores (times may be inflated): ${r.competing.slice(0, 6).join('; ')}`,
  );
}

if (done.length) {
  say('\nTime per regulation (total build time / N):');
  const most = Math.max(...done.map((r) => r.buildMs / r.n));
  for (const r of done) {
    const per = r.buildMs / r.n;
    say(
      `  ${r.n.toLocaleString('en-US').padStart(6)}  ${'#'.repeat(Math.max(1, Math.round((per / most) * 50))).padEnd(50)} ${(per / 1000).toFixed(3)} s`,
    );
  }
}
for (const r of results.filter((x) => !x.completed)) {
  const failed = r.steps.find((st) => st.error);
  say(`\nN = ${r.n}: ${failed ? `"${failed.command}" ${failed.error}` : 'did not finish'}\n  full log: ${r.log}`);
}

const ratio =
  starlight?.buildMs && results.find((r) => r.n === STARLIGHT_SIZE && r.completed)
    ? results.find((r) => r.n === STARLIGHT_SIZE)!.buildMs / starlight.buildMs
    : undefined;
if (starlight) {
  const ours = results.find((r) => r.n === STARLIGHT_SIZE);
  say(
    `\nStarlight, ${STARLIGHT_SIZE} bare texts: ${starlight.buildMs ? s(starlight.buildMs) : `failed: ${starlight.error}`}` +
      (starlight.site
        ? `; output ${mb(starlight.site.bytes)}, Pagefind ${mb(starlight.site.searchIndexBytes)}, largest HTML ${starlight.site.largestHtml[0]?.path} ${((starlight.site.largestHtml[0]?.bytes ?? 0) / 1000).toFixed(1)} KB`
        : '') +
      (ratio !== undefined && ours
        ? `\nOurs / Starlight's build time at ${STARLIGHT_SIZE}: ${s(ours.buildMs)} / ${s(starlight.buildMs!)} = ${ratio.toFixed(2)}`
        : ''),
  );
}

// --- targets ---
interface Verdict {
  target: string;
  met: boolean | null;
  detail: string;
}
const verdicts: Verdict[] = [];
const failedSizes = results.filter((r) => !r.completed).map((r) => r.n);
{
  const [first, mid, last] = done.slice(-3);
  if (first && mid && last && last.n === Math.max(...sizes)) {
    const before = marginal(mid)!;
    const after = marginal(last)!;
    verdicts.push({
      target: `growth close to linear up to ${last.n.toLocaleString('en-US')} (marginal time per added regulation over the last interval ≤ ${LINEAR_SLACK} × the interval before)`,
      met: after <= LINEAR_SLACK * before,
      detail: `${(after / 1000).toFixed(3)} s/reg (${mid.n}→${last.n}) vs ${(before / 1000).toFixed(3)} s/reg (${first.n}→${mid.n}): ×${(after / before).toFixed(2)}`,
    });
  } else {
    verdicts.push({
      target: `growth close to linear up to ${Math.max(...sizes).toLocaleString('en-US')}`,
      met: failedSizes.length ? false : null,
      detail: failedSizes.length
        ? `the build did not complete at N = ${failedSizes.join(', ')}`
        : 'needs three completed sizes, the largest included',
    });
  }
}
const notMeasured = failedSizes.length ? `; N = ${failedSizes.join(', ')} did not complete, not measured` : '';
verdicts.push({
  target: `peak memory < ${MAX_PEAK_BYTES / 1e9} GB at every size`,
  met: done.length ? done.every((r) => r.peakTreeBytes < MAX_PEAK_BYTES) : null,
  detail: `${done.map((r) => `N=${r.n}: ${mb(r.peakTreeBytes)}`).join(', ')}${notMeasured}`,
});
const biggestHtml = done
  .flatMap((r) => (r.site?.largestHtml[0] ? [{ n: r.n, ...r.site.largestHtml[0] }] : []))
  .sort((a, b) => b.bytes - a.bytes)[0];
verdicts.push({
  target: `no HTML page > ${MAX_HTML_BYTES / 1000} KB at any size`,
  met: done.length ? done.every((r) => r.site && r.site.htmlOverLimit === 0) : null,
  detail:
    done.map((r) => `N=${r.n}: ${r.site?.htmlOverLimit ?? 0} over`).join(', ') +
    (biggestHtml
      ? `; largest ${biggestHtml.path} ${(biggestHtml.bytes / 1000).toFixed(1)} KB at N=${biggestHtml.n}`
      : '') +
    notMeasured,
});
if (starlight) {
  verdicts.push({
    target: `our build time ≤ Starlight's at ${STARLIGHT_SIZE}`,
    met: ratio === undefined ? false : ratio <= 1,
    detail: ratio === undefined ? 'one of the builds did not complete' : `ratio ${ratio.toFixed(2)}`,
  });
}
say('');
for (const v of verdicts)
  say(`${v.met === null ? 'TARGET NOT MEASURED' : v.met ? 'TARGET MET' : 'TARGET MISSED'}: ${v.target} — ${v.detail}`);
if (opts.keep) say(`\nKept: ${WORK}/scale-<N>/ (content, seeds, out)`);

if (opts.json) {
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString(),
        asOf,
        commit,
        uncommittedChanges: dirty,
        machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
        buildSteps: steps,
        sizes: results.map((r) => ({
          ...r,
          msPerRegulation: r.completed ? r.buildMs / r.n : null,
          marginalMsPerRegulation: marginal(r) ?? null,
        })),
        starlight: starlight ? { ...starlight, ratio: ratio ?? null } : null,
        targets: verdicts,
      },
      null,
      2,
    ),
  );
}

// `npm run bench:batch [-- --sizes 10000,100000] [--synthetic 1000] [--json]`
//
// The batch checker (`npm run check`, scripts/check.ts) on many applicants: for each
// size N, N varied synthetic applicants (bench/lib/applicants.ts: every fact asked,
// answered four times in five, from the content's places and regulations) written as
// a CSV and as a JSON array into <os tmpdir>/atlas-bench/batch/, checked against the
// content's regulations as text and as --json, output to /dev/null. Then --synthetic
// applicants against as many synthetic regulations (bench/lib/synthesize.ts), as
// text. Each run is timed (wall clock, Node's start and the content's loading
// included) and its peak memory sampled (bench/lib/memory.ts: resident memory of the
// process tree, and the checker's own VmHWM).
//
// A benchmark, not a test: it exits 0 whether or not the targets are met, and says which.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRegulationsOrThrow } from '../src/lib/content/load.ts';
import { asOfDay } from '../src/lib/content/location.ts';
import { answerContext } from '../src/lib/eligibility/engine.ts';
import { applicantsCsv, syntheticApplicant } from './lib/applicants.ts';
import { readBases } from './lib/bases.ts';
import { watchMemory } from './lib/memory.ts';
import { synthesizeSet } from './lib/synthesize.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(tmpdir(), 'atlas-bench', 'batch');
// Targets (issue 13): 100,000 applicants in under 30 s and 500 MB (10^6 bytes).
const MAX_MS = 30_000;
const MAX_PEAK_BYTES = 500e6;

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    synthetic: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
  },
});
const sizes = opts.sizes.split(',').map((s) => Number(s.trim()));
const syntheticCount = Number(opts.synthetic);
if ([...sizes, syntheticCount].some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--sizes, --synthetic: expected whole numbers, got "${opts.sizes}", "${opts.synthetic}"`);
  process.exit(2);
}
const say = (line = '') => (opts.json ? console.error(line) : console.log(line));
const asOf = asOfDay();

interface Run {
  label: string;
  applicants: number;
  regulations: number;
  inputBytes: number;
  ms: number;
  peakTreeBytes: number;
  peakProcessBytes: number;
  status: number | null;
  competing: string[];
  /** The 1-minute load average when the run ended: on a shared machine, how much else wanted the cores. */
  load: number;
}

/** Writes n applicants of this content as a CSV and a JSON array, 1,000 at a time (the benchmark holds little). */
function writeApplicants(n: number, content: { contentDir: string; seedsDir: string }, stem: string) {
  const context = answerContext(loadRegulationsOrThrow(content), asOf);
  const csv = join(WORK, `${stem}.csv`);
  const json = join(WORK, `${stem}.json`);
  const csvFd = openSync(csv, 'w');
  const jsonFd = openSync(json, 'w');
  writeFileSync(jsonFd, '[');
  for (let from = 0; from < n; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - from) }, (_, i) => syntheticApplicant(from + i, context));
    const text = applicantsCsv(batch);
    writeFileSync(csvFd, from ? text.slice(text.indexOf('\n') + 1) : text);
    writeFileSync(jsonFd, `${from ? ',' : ''}${batch.map((a) => JSON.stringify(a)).join(',')}`);
  }
  writeFileSync(jsonFd, ']');
  closeSync(csvFd);
  closeSync(jsonFd);
  return { csv, json, regulations: context.regulations.length };
}

/** One run of the checker, stdout to /dev/null (100,000 applicants' --json is gigabytes), its peak memory sampled. */
async function run(
  label: string,
  file: string,
  args: string[],
  env: Record<string, string>,
  counts: { applicants: number; regulations: number },
): Promise<Run> {
  const out = openSync('/dev/null', 'w');
  const memory = watchMemory(100);
  await memory.take();
  const start = performance.now();
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/check.ts'), file, ...args], {
      cwd: ROOT,
      env: { ...process.env, ATLAS_AS_OF: asOf, ...env },
      stdio: ['ignore', out, 'ignore'],
    });
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  const peak = await memory.take();
  await memory.stop();
  closeSync(out);
  const result = {
    label,
    ...counts,
    inputBytes: statSync(file).size,
    ms,
    peakTreeBytes: peak.treeRss,
    peakProcessBytes: peak.processHwm,
    status,
    competing: peak.competing,
    load: loadavg()[0]!,
  };
  say(
    `  ${label}: ${(ms / 1000).toFixed(1)} s, peak ${(peak.processHwm / 1e6).toFixed(0)} MB, exit ${status}, load ${result.load.toFixed(1)}`,
  );
  return result;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
say(`batch checker benchmark (${cpus().length} cores, check day ${asOf}) in ${WORK}`);
const runs: Run[] = [];
const realContent = { contentDir: join(ROOT, 'content/regulations'), seedsDir: join(ROOT, 'seeds') };
for (const n of sizes) {
  const { csv, json, regulations } = writeApplicants(n, realContent, `applicants-${n}`);
  const counts = { applicants: n, regulations };
  runs.push(await run(`${n} CSV, text`, csv, [], {}, counts));
  runs.push(await run(`${n} CSV, --json`, csv, ['--json'], {}, counts));
  runs.push(await run(`${n} JSON, text`, json, [], {}, counts));
}
if (syntheticCount) {
  const dir = join(WORK, 'synthetic');
  for (const sub of ['content', 'seeds']) mkdirSync(join(dir, sub), { recursive: true });
  for (const r of synthesizeSet(readBases(ROOT), syntheticCount)) {
    writeFileSync(join(dir, 'content', `${r.id}.yaml`), r.yaml);
    writeFileSync(join(dir, 'seeds', `${r.id}.txt`), r.seed);
  }
  const content = { contentDir: join(dir, 'content'), seedsDir: join(dir, 'seeds') };
  const { csv, regulations } = writeApplicants(1000, content, 'applicants-synthetic');
  const env = { ATLAS_CONTENT: content.contentDir, ATLAS_SEEDS: content.seedsDir };
  runs.push(await run(`1000 CSV × ${regulations} regulations, text`, csv, [], env, { applicants: 1000, regulations }));
}

const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
say();
say('| run | applicants | regulations | input | time | peak (checker) | peak (tree) | exit | load |');
say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of runs)
  say(
    `| ${r.label} | ${r.applicants.toLocaleString('en')} | ${r.regulations.toLocaleString('en')} | ${mb(r.inputBytes)} | ${(r.ms / 1000).toFixed(1)} s | ${mb(r.peakProcessBytes)} | ${mb(r.peakTreeBytes)} | ${r.status} | ${r.load.toFixed(1)} |`,
  );
const largest = runs.filter((r) => r.applicants >= 100_000);
for (const r of largest)
  say(
    `target ${r.label}: ${r.ms < MAX_MS ? 'met' : 'MISSED'} (time under 30 s), ${r.peakProcessBytes < MAX_PEAK_BYTES ? 'met' : 'MISSED'} (peak under 500 MB)`,
  );
const competing = [...new Set(runs.flatMap((r) => r.competing))];
if (competing.length) say(`other work seen running meanwhile (shares the cores): ${competing.join(', ')}`);
if (opts.json) console.log(JSON.stringify(runs, null, 2));

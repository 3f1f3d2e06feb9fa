// `npm run bench:browser-batch [-- --no-build] [--clients 1000] [--runs 7]`: the browser batch checker in Chromium.
// Builds the site into a temp folder (or reuses dist/ with --no-build), serves it with the site's own headers (its
// CSP) as the browser tests do, and uploads a CSV of generated clients (tests/support/batch-clients.ts: the
// content's rule cases) to /check/batch/ in a fresh page per run, timing from the file being set to the results
// table being shown. Reports the median of the runs; target under 2 s for 1,000 clients. A benchmark, not a test:
// it exits 0 whether or not the target is met, and says which.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atlasSite } from './lib/atlas-site.ts';
import { loadRegulationsOrThrow } from '../src/lib/content/load.ts';
import { contentLocation } from '../src/lib/content/location.ts';
import { todayIso } from '../src/lib/dates.ts';
import { rulesOf } from '../src/lib/eligibility/engine.ts';
import { clientsCsv, generatedClients } from '../tests/support/batch-clients.ts';
import { findChromium, launchChromium } from '../tests/support/browser.ts';
import { headersFor, readHeadersFile } from '../tests/support/headers.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_MS = 2000;
const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    clients: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '7' },
  },
});
const clientCount = Number(values.clients);
const runs = Number(values.runs);
if (!Number.isInteger(clientCount) || clientCount < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:browser-batch -- [--no-build] [--clients N] [--runs N]');
  process.exit(2);
}
if (!findChromium()) {
  console.error('no Chromium found (set CHROMIUM_PATH): nothing measured.');
  process.exit(1);
}

const dist = atlasSite(ROOT, join(tmpdir(), 'atlas-bench', 'browser-batch'), values['no-build']);
const { contentDir, seedsDir } = contentLocation();
const entries = loadRegulationsOrThrow({ contentDir, seedsDir }).map((e) => ({
  id: e.id,
  regulation: rulesOf(e.regulation),
}));
// The browser dates the check by its own day; the clients are made valid for the same day.
const csv = Buffer.from(clientsCsv(generatedClients(entries, clientCount, todayIso('local'))));

const rules = readHeadersFile(join(dist, '_headers'));
const server = await serveStatic(dist, '/', (p) => headersFor(rules, p));
const browser = await launchChromium();

interface Run {
  ms: number;
  rows: number;
}

/** One upload in a fresh page: from the input's change event to the table in the page. */
async function measure(): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/check/batch/`);
  const input = page.locator('#batch-file');
  await input.waitFor();
  await page.evaluate(() => {
    const mark = window as unknown as { __set?: number; __shown?: number };
    document.getElementById('batch-file')!.addEventListener('change', () => (mark.__set = performance.now()), {
      capture: true,
    });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('table.batch-results')) return;
      mark.__shown = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await input.setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: csv });
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, null, {
    timeout: 120_000,
  });
  const ms = await page.evaluate(() => {
    const mark = window as unknown as { __set: number; __shown: number };
    return mark.__shown - mark.__set;
  });
  const rows = Number((await page.locator('.shown').textContent())?.match(/共 ([\d,]+) 行/)?.[1]?.replace(/,/g, ''));
  await context.close();
  return { ms, rows };
}

const results: Run[] = [];
try {
  for (let i = 0; i < runs; i++) results.push(await measure());
} finally {
  await browser.close();
  await server.close();
}

const times = results.map((r) => r.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `\nbrowser batch: ${clientCount.toLocaleString('en-US')} clients (${(csv.length / 1024).toFixed(0)} KiB CSV), ` +
    `${results[0]?.rows.toLocaleString('en-US')} result rows, ${runs} runs in Chromium`,
);
console.log(`file set → table shown: median ${s(median)} (min ${s(times[0]!)}, max ${s(times.at(-1)!)})`);
console.log(`runs: ${results.map((r) => s(r.ms)).join(', ')}`);
console.log(`${median < TARGET_MS ? 'TARGET MET' : 'TARGET MISSED'}: median under ${s(TARGET_MS)}`);

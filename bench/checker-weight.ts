// `npm run bench:checker [-- --dist <dir>]`: the JavaScript the checker's page downloads, as Chromium fetches it.
// Builds nothing: it serves a built site (dist/ unless told) on 127.0.0.1 and opens /check/ (a) until the network is
// idle, then (b) answers the first step and moves to the place, then (c) answers the place and waits for the live
// verdicts. Each JavaScript response body is gzipped on its own at level 9, as a server would send it. (a) and (b),
// what opening the checker and answering its first step download, are held against the target of 30 KiB; (c) adds
// the engine and the verdicts' words, which load once there is something to judge (docs/adr/0028), and is reported.
// A benchmark, not a test: it exits 0 whether or not the target is met, and says which.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page, Response } from 'playwright-core';
import { findChromium, launchChromium } from '../tests/support/browser.ts';
import { headersFor, readHeadersFile } from '../tests/support/headers.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { type Size, sizeOf } from './lib/bytes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 30 * 1024;

const { values } = parseArgs({ options: { dist: { type: 'string', default: join(ROOT, 'dist') } } });
const dist = resolve(values.dist);

interface Script {
  path: string;
  size: Size;
}

/** Records every JavaScript response of the page, in the order they arrive. */
function recordScripts(page: Page): Script[] {
  const scripts: Script[] = [];
  page.on('response', async (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    const body = await response.body().catch(() => undefined);
    if (body) scripts.push({ path: new URL(response.url()).pathname, size: sizeOf(body) });
  });
  return scripts;
}

const num = (n: number) => n.toLocaleString('en-US');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Prints the scripts and their sums; `held` says whether the target applies to this moment. */
function report(title: string, scripts: Script[], held = true) {
  const gzip = scripts.reduce((sum, s) => sum + s.size.gzip, 0);
  const raw = scripts.reduce((sum, s) => sum + s.size.raw, 0);
  console.log(`\n${title}`);
  const width = Math.max(...scripts.map((s) => s.path.length));
  for (const s of scripts)
    console.log(`  ${s.path.padEnd(width)}  ${num(s.size.raw).padStart(8)}  ${num(s.size.gzip).padStart(7)}`);
  console.log(
    `  ${'total (raw / gzip)'.padEnd(width)}  ${num(raw).padStart(8)}  ${num(gzip).padStart(7)}  (${kib(gzip)})`,
  );
  if (held)
    console.log(`  ${gzip <= TARGET ? 'TARGET MET' : 'TARGET MISSED'}: ${num(gzip)} B against ${num(TARGET)} B`);
}

if (!findChromium()) throw new Error('no Chromium found: install Debian chromium or set CHROMIUM_PATH');
const rules = readHeadersFile(join(dist, '_headers'));
const server = await serveStatic(dist, '/', (path) => headersFor(rules, path));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const scripts = recordScripts(page);
  await page.goto(`${server.origin}/check/`, { waitUntil: 'networkidle' });
  await page.locator('#step-title').waitFor();
  const opening = [...scripts];

  // The first step, answered as the browser tests do: the live results ask for the place.
  await page.getByRole('radio', { name: /组织/ }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('登记注册地').waitFor();
  await page.waitForLoadState('networkidle');
  const firstStep = [...scripts];

  // A place answered: the engine and the verdicts' words load, and the live verdicts show.
  const place = page.getByLabel('登记注册地');
  const firstPlace = await place.locator('option').nth(1).getAttribute('value');
  await place.selectOption(firstPlace!);
  await page.locator('.live-results .verdict').first().waitFor();
  await page.waitForLoadState('networkidle');

  console.log(`checker JavaScript of ${dist} (bytes raw / gzip -9, each response on its own)`);
  report('(a) opening /check/ until the network is idle', opening);
  report('(b) after answering the first step (the live results ask for the place)', firstStep);
  report(
    '(c) once a place is answered, with the live verdicts shown (loaded on demand, outside the target)',
    scripts,
    false,
  );
} finally {
  await browser.close();
  await server.close();
}

// Finds and launches Chromium for the browser tests. Under CI=true a missing
// browser is a failure, not a skip.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** True when the browser tests should be skipped (no browser and not on CI). */
export function skipBrowserTests(): boolean {
  if (findChromium()) return false;
  if (process.env.CI) return false; // let launchChromium fail loudly
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_CANDIDATES.join(', ')} (set CHROMIUM_PATH)`);
  return true;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(`no Chromium found at ${CHROMIUM_CANDIDATES.join(', ')}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PageOptions {
  javaScriptEnabled?: boolean;
  width?: number;
}

/**
 * For a describe block: serves `dir` and starts Chromium before its tests,
 * stops both after, and records every request to another host and every
 * console error or failed request of the pages it opens.
 */
export function browserSession(dir: string, base = '/') {
  let browser: Browser;
  let server: StaticServer;
  const offsite: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    server = await serveStatic(dir, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    offsite,
    errors,
    origin: () => server.origin,
    async open(path: string, opts: PageOptions = {}): Promise<Page> {
      const context = await browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true, viewport: { width: opts.width ?? 1280, height: 900 } });
      const page = await context.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) offsite.push(r.url());
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      // A request the page's own navigation cancelled (ERR_ABORTED) did not fail.
      page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`failed: ${r.url()}`));
      await page.goto(server.origin + path);
      return page;
    },
  };
}

// Finds and launches Chromium for the browser tests. Under CI=true a missing
// browser is a failure, not a skip.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
) as string[];

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
    throw new Error(
      `no Chromium found at ${CHROMIUM_CANDIDATES.join(', ')}: install Debian's chromium or set CHROMIUM_PATH`,
    );
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
  /** Ignore the page's Content-Security-Policy (to inject a test tool such as axe). */
  bypassCSP?: boolean;
}

export interface SessionOptions {
  /** Extra response headers per path, as a static host would send them. */
  headers?: (path: string) => Record<string, string>;
}

/** Content-Security-Policy violations the page reported, as "directive blocked-uri". */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/**
 * For a describe block: serves `dir` and starts Chromium before its tests,
 * stops both after, and records every request to another host and every
 * console error or failed request of the pages it opens.
 */
export function browserSession(dir: string, base = '/', session: SessionOptions = {}) {
  let browser: Browser;
  let server: StaticServer;
  const offsite: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    server = await serveStatic(dir, base, session.headers);
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
      const context = await browser.newContext({
        javaScriptEnabled: opts.javaScriptEnabled ?? true,
        viewport: { width: opts.width ?? 1280, height: 900 },
        bypassCSP: opts.bypassCSP ?? false,
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) offsite.push(r.url());
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      // A request the page's own navigation cancelled (ERR_ABORTED) did not fail.
      page.on(
        'requestfailed',
        (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`failed: ${r.url()}`),
      );
      // A missing stylesheet, script or data file; a page itself may be a deliberate 404.
      page.on(
        'response',
        (r) =>
          r.status() >= 400 && r.request().resourceType() !== 'document' && errors.push(`${r.status()}: ${r.url()}`),
      );
      await page.goto(server.origin + path);
      return page;
    },
  };
}

// Finds and launches Chromium for the browser tests. Under CI=true a missing
// browser is a failure, not a skip.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

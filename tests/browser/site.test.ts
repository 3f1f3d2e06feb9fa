// Every built page in Chromium, served with the site's own _headers (its
// Content-Security-Policy): no policy violation, no console error, no failed
// request, nothing from another host, and no serious or critical axe-core finding.
// The interactive pages are also exercised, so their scripts run under the policy.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, cspViolations, skipBrowserTests } from '../support/browser.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { headersFor, readHeadersFile } from '../support/headers.ts';
import { DIST } from '../support/paths.ts';
import { pagePaths } from '../support/built.ts';

/** What a reader does on the interactive pages before the page is judged. */
const EXERCISES: [string, (page: Page) => Promise<void>][] = [
  ['/search/?q=提名奖&topic=名额', (page) => page.locator('.search-result').first().waitFor()],
  ['/check/', (page) => page.locator('#step-title').waitFor()],
  [
    '/compare/?r=tongzhou-2023,changning-2023&diff=1',
    (page) => page.locator('form.compare-controls:not([hidden])').waitFor(),
  ],
  ['/no-such-page/', (page) => page.getByRole('heading', { name: '找不到页面' }).waitFor()],
];

describe.skipIf(skipBrowserTests())('every page in Chromium, under the site CSP', () => {
  const rules = readHeadersFile(join(DIST, '_headers'));
  const { open, offsite, errors } = browserSession(DIST, '/', { headers: (path) => headersFor(rules, path) });
  const pages = pagePaths(DIST);

  it('finds every page to visit', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    expect(pages.filter((p) => p.startsWith('/regulations/')).length).toBeGreaterThan(5);
  });

  it.each([...pages.map((p) => [p, undefined] as const), ...EXERCISES])('%s', async (path, exercise) => {
    const before = errors.length;
    const page = await open(path);
    if (exercise) await exercise(page);
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);
    // The deliberate 404 logs its own status, and nothing else may fail.
    const expected =
      path === '/no-such-page/'
        ? ['Failed to load resource: the server responded with a status of 404 (Not Found)']
        : [];
    expect(errors.slice(before)).toEqual(expected);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the policy was really sent, and is enforced: an inline script is refused', async () => {
    const page = await open('/');
    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect((await cspViolations(page)).join()).toContain('script-src');
    await page.context().close();
  });

  it('requested nothing from another host', () => {
    expect(offsite).toEqual([]);
  });
});

// The site built for a sub-path (`npm run build:subpath`, base /atlas/), served
// only under /atlas/ as a GitHub Pages project site would be: a crawl in Chromium
// from /atlas/ follows every link and fails on any request outside /atlas/ (the
// server answers 404 there, so a root-relative URL that forgot the base shows up
// as a 404 or an off-base request), any failed request, any console error, any
// #fragment without its target, and any page of the build that no link reaches.
// The not-found page and (once it exists) the search page's results are checked too.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium, skipBrowserTests } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/paths.ts';

const BASE = SUBPATH_BASE;
const HAS_SEARCH = existsSync(join(SUBPATH_DIST, 'search', 'index.html'));

/** Every page of the build as a URL path: each index.html, by its folder (percent-encoded, as links are). */
function builtPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return builtPages(p);
    if (name !== 'index.html') return []; // 404.html is reached by failing, not by a link
    const folder = relative(SUBPATH_DIST, dir).split(sep).filter(Boolean);
    return [BASE + folder.map((f) => `${encodeURIComponent(f)}/`).join('')]; // as a URL path: percent-encoded, like the links
  });
}

/** A path is a page when it is a folder or an .html file; anything else (CSV, JSON, SVG) is a file to download. */
const isPage = (pathname: string) => pathname.endsWith('/') || pathname.endsWith('.html');

interface Link {
  from: string;
  href: string;
  url: URL;
}

describe.skipIf(skipBrowserTests())(`the site served under ${BASE} in Chromium`, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let current = ''; // the page being visited, to say where a request or error came from
  const requests: { from: string; url: string; status: number | 'failed' }[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(SUBPATH_DIST, 'index.html')))
      throw new Error('dist-subpath/ is missing: run `npm run build:subpath` first (npm test does)');
    server = await serveStatic(SUBPATH_DIST, BASE);
    browser = await launchChromium();
    page = await browser.newPage();
    // A late request (the favicon) can finish after the crawl moved on: its referer says which page asked.
    const from = (r: Request) => r.headers().referer?.replace(server.origin, '') ?? current;
    page.on('response', (r) => requests.push({ from: from(r.request()), url: r.url(), status: r.status() }));
    page.on('requestfailed', (r) => {
      // A request the page's own navigation cancelled (ERR_ABORTED) did not fail.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        requests.push({ from: from(r), url: r.url(), status: 'failed' });
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(`${current}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // A missing address a few folders deep: the not-found page must not rely on relative URLs.
  const MISSING = `${BASE}no/such/page/`;

  /** Requests made so far that left /atlas/ on this origin (or went to another host), or did not succeed. */
  const badRequests = () =>
    requests
      .filter((r) => !r.url.startsWith('data:') && r.url !== server.origin + MISSING)
      .filter((r) => !r.url.startsWith(server.origin + BASE) || r.status === 'failed' || r.status >= 400)
      .map((r) => `${r.status} ${r.url} (from ${r.from})`);

  const CHECKER = `${BASE}check/`;

  /** Opens a page and waits for what it loads after the load event (the checker's rules). */
  async function visit(path: string, status = 200): Promise<void> {
    current = path;
    const response = await page.goto(server.origin + path);
    expect(response?.status(), path).toBe(status);
    // The checker is a client-only island that fetches its rules JSON; its first step renders once they arrive.
    if (path === CHECKER) await page.getByRole('heading', { name: '申报主体与核对日期' }).waitFor();
  }

  /**
   * The element ids on the open page, and every link with where it points (resolved against the page).
   * A form's action counts as a link: the header's search form is how /search/ is reached.
   */
  async function readPage(): Promise<{ ids: Set<string>; links: Link[]; assets: string[] }> {
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      links: [
        ...[...document.querySelectorAll('a[href]')].map((a): [string, string] => [
          a.getAttribute('href')!,
          (a as HTMLAnchorElement).href,
        ]),
        ...[...document.querySelectorAll('form[action]')].map((f): [string, string] => [
          f.getAttribute('action')!,
          (f as HTMLFormElement).action,
        ]),
      ],
      // Resources named in <head> (icon, stylesheets, preloads), whether or not headless Chromium fetches them.
      assets: [...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
    }));
    return {
      ids: new Set(found.ids),
      links: found.links.map(([href, abs]) => ({ from: current, href, url: new URL(abs) })),
      assets: found.assets,
    };
  }

  const pageIds = new Map<string, Set<string>>();
  const fragmentLinks: Link[] = [];
  const fileLinks = new Map<string, Link>();
  const offBaseLinks: string[] = [];

  it('reaches every page of the build by links (and form actions) from the home page, breadth-first', async () => {
    const queue = [BASE];
    const seen = new Set(queue);
    const assets = new Set<string>();
    while (queue.length) {
      const path = queue.shift()!;
      await visit(path);
      const states = [await readPage()];
      if (path === CHECKER) {
        // The checker's report (even unanswered) links every regulation and cited article: its links are built in the browser.
        await page.getByRole('link', { name: '结果与报告' }).click();
        await page.locator('.report li.verdict').first().waitFor();
        states.push(await readPage());
      }
      pageIds.set(path, new Set(states.flatMap((s) => [...s.ids])));
      states.flatMap((s) => s.assets).forEach((a) => assets.add(a));
      for (const link of states.flatMap((s) => s.links)) {
        if (!/^https?:$/.test(link.url.protocol) || link.url.origin !== server.origin) continue; // mailto:, other sites
        if (!link.url.pathname.startsWith(BASE)) {
          offBaseLinks.push(`${link.href} (on ${link.from})`);
          continue;
        }
        if (link.url.hash.length > 1) fragmentLinks.push(link);
        // A query string (?r=…, ?step=…) is state of the same file: each file is visited once.
        const target = link.url.pathname;
        if (!isPage(target)) fileLinks.set(target, link);
        else if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }

    // Head links headless Chromium may not fetch (the favicon) must resolve too.
    for (const a of assets) {
      const r = await page.request.get(a);
      requests.push({ from: 'a <link> in <head>', url: a, status: r.status() });
    }

    expect(offBaseLinks).toEqual([]);
    // Every page of the build is linked from somewhere. (404.html is not an index.html and is not expected.)
    const expected = builtPages(SUBPATH_DIST);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect([...seen]).toEqual(expect.arrayContaining(expected));
  });

  it('every #fragment a link names is an id on its page', () => {
    expect(fragmentLinks.length).toBeGreaterThan(0); // citation links at least
    const missing = fragmentLinks
      .filter((l) => !pageIds.get(l.url.pathname)?.has(decodeURIComponent(l.url.hash.slice(1))))
      .map((l) => `${l.href} (on ${l.from})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every linked download (CSV, JSON) resolves', async () => {
    const paths = [...fileLinks.keys()];
    expect(paths).toEqual(
      expect.arrayContaining([
        `${BASE}data/regulations.csv`,
        `${BASE}data/regulations.json`,
        `${BASE}compare/overview.csv`,
      ]),
    );
    const failed: string[] = [];
    for (const [path, link] of fileLinks) {
      const r = await page.request.get(server.origin + path);
      if (r.status() !== 200) failed.push(`${r.status()} ${path} (on ${link.from})`);
    }
    expect(failed).toEqual([]);
  });

  it('a missing address shows the not-found page, styled, with links to built pages under the base', async () => {
    expect(existsSync(join(SUBPATH_DIST, '404.html'))).toBe(true);
    await visit(MISSING, 404);
    expect(
      requests.some((r) => r.from === MISSING && r.url.endsWith('.css') && r.status === 200),
      'the not-found page loaded its stylesheet',
    ).toBe(true);
    const built = new Set(builtPages(SUBPATH_DIST));
    const { links } = await readPage();
    const broken = links.filter(
      (l) =>
        l.url.origin === server.origin &&
        l.url.pathname !== MISSING &&
        isPage(l.url.pathname) &&
        !built.has(l.url.pathname),
    );
    expect(broken.map((l) => l.href)).toEqual([]);
    expect(links.length).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_SEARCH)('a search finds results that link under the base', async () => {
    await visit(`${BASE}search/`);
    // A result is a link that appears in the main column once the query is typed (the page searches as one types).
    await page.locator('a[href]').evaluateAll((as) => as.forEach((a) => a.setAttribute('data-before-query', '')));
    await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('行政处罚');
    const results = page.locator('main a[href]:not([data-before-query])');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => !h.startsWith(server.origin + BASE))).toEqual([]);
    await visit(new URL(hrefs[0]!).pathname); // and a result opens
  });

  it(`made no request outside ${BASE}, none failed, and nothing logged an error`, () => {
    expect(requests.length).toBeGreaterThan(0);
    // The crawl loaded the site's own styles, scripts and the checker's rules.
    expect(requests.some((r) => r.url.endsWith('.css'))).toBe(true);
    expect(requests.some((r) => r.url.endsWith('.js'))).toBe(true);
    expect(requests.some((r) => r.url === `${server.origin}${BASE}check/rules.json`)).toBe(true);
    expect(badRequests()).toEqual([]);
    // Chromium logs the not-found page's own 404 status; a resource that failed there is in badRequests.
    expect(
      errors.filter(
        (e) => !e.startsWith(`${MISSING}: Failed to load resource: the server responded with a status of 404`),
      ),
    ).toEqual([]);
  });
});

// One search in a fresh Chromium context (empty cache), with every response the
// context receives recorded from the page's first request until the first results
// are on the page; search-weight.ts then weighs them. Two ways to search:
// - the atlas: open /search/?q=… and wait for its DOM contract ([data-search-status]
//   says 找到… and a .search-result exists; 没有找到 ends the wait with no results);
// - Starlight: open a page, open its search dialog with its shortcut (Ctrl+K: by
//   keyboard, so no pointer rests over a result link, where Astro would prefetch the
//   page), type the query in Pagefind's UI and wait for the first result link.
// Nothing here depends on the search's file names, only on the responses and the DOM.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ReceivedResponse } from './search-weight.ts';

export interface SearchRun {
  /** From the navigation's start to the first results, wall time (noisy on a busy machine). */
  ms: number;
  /** Result items on the page when the first results were shown. */
  results: number;
  /** What the page said about the results (its status line). */
  status: string;
  responses: ReceivedResponse[];
  /** Requests the server answered (counted by the server) while the browser recorded `responses`. */
  served: number;
}

export type SearchFlow = (page: Page, origin: string, query: string, timeoutMs: number) => Promise<{ status: string }>;

/** The atlas's search page, the query in the address bar. */
export const atlasSearch: SearchFlow = async (page, origin, query, timeout) => {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
      return (text.startsWith('找到') && document.querySelector('.search-result')) || text.startsWith('没有找到');
    },
    null,
    { timeout },
  );
  return { status: (await status.textContent())?.trim() ?? '' };
};

/** Starlight's search dialog (Pagefind's UI), opened from the page at `path`. */
export const starlightSearch =
  (path: string): SearchFlow =>
  async (page, origin, query, timeout) => {
    await page.goto(origin + path);
    // The button is disabled until Starlight's script has defined the element and its shortcut.
    await page.locator('button[data-open-modal]:not([disabled])').waitFor({ timeout });
    await page.keyboard.press('Control+k');
    // A key press the page missed is retried once by the button, the other way Starlight opens it.
    const dialog = page.locator('site-search dialog[open]');
    if (
      !(await dialog.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      ))
    )
      await page.locator('button[data-open-modal]').click({ timeout });
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(query);
    await page.waitForFunction(
      () =>
        document.querySelector('.pagefind-ui__result-link') ||
        /\b0\b|没有|找不到|未找到|no results/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''),
      null,
      { timeout },
    );
    return { status: (await page.locator('.pagefind-ui__message').first().textContent())?.trim() ?? '' };
  };

/**
 * Runs `flow` in a fresh context. `servedSoFar` reads the server's request count, to check that the
 * browser saw every request (a worker's too). Throws with the reason when the search does not finish.
 */
export async function searchOnce(
  browser: Browser,
  origin: string,
  flow: SearchFlow,
  query: string,
  servedSoFar: () => number,
  timeoutMs = 60_000,
): Promise<SearchRun> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const received: Promise<ReceivedResponse | undefined>[] = [];
  context.on('response', (response) => {
    received.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          status: response.status(),
          contentType: response.headers()['content-type'] ?? '',
          body,
        }))
        .catch(() => undefined), // e.g. a redirect, which has no body
    );
  });
  try {
    const page = await context.newPage();
    const servedBefore = servedSoFar();
    const started = performance.now();
    const { status } = await flow(page, origin, query, timeoutMs);
    const ms = performance.now() - started;
    // What had arrived when the first results were shown; later responses are not counted.
    const arrived = received.slice();
    const served = servedSoFar() - servedBefore;
    const results = await page.locator('.search-result, .pagefind-ui__result').count();
    const responses = (await Promise.all(arrived)).filter((r) => r !== undefined);
    return { ms, results, status, responses, served };
  } finally {
    await context.close();
  }
}

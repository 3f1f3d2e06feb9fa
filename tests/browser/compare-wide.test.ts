// The comparison uses the window: at 1,280 px the overview's columns all fit without a sideways scroll, and a long
// table's header row stays at the top of the viewport while the page scrolls through it. A screenshot of the
// scrolled overview goes to test-output/screenshots/ as the other screenshots do. Below 1,280 px the tables scroll
// sideways as before (compare.test.ts checks the phone).
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const OUT = join(ROOT, 'test-output/screenshots');
const WIDE = 1280;

/** Each comparison table's header cells' right edges, and the table's and its region's widths. */
const tableWidths = (page: Page) =>
  page.locator('table.compare').evaluateAll((tables) =>
    tables.map((t) => {
      const region = t.closest('.compare-scroll') as HTMLElement;
      return {
        section: (t as HTMLElement).dataset.section,
        headerRights: [...t.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right),
        scrollWidth: region.scrollWidth,
        clientWidth: region.clientWidth,
      };
    }),
  );

describe.skipIf(skipBrowserTests())('the comparison at 1,280 px', () => {
  const { open, errors } = browserSession(DIST);
  mkdirSync(OUT, { recursive: true });
  const columns = realEntries().length;

  it('fits every column of every overview table in the window, with no sideways scroll', async () => {
    const page = await open('/compare/', { width: WIDE });
    const tables = await tableWidths(page);
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) {
      expect(t.headerRights, t.section).toHaveLength(1 + columns);
      for (const right of t.headerRights) expect(right, t.section).toBeLessThanOrEqual(WIDE);
      expect(t.scrollWidth, t.section).toBeLessThanOrEqual(t.clientWidth);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE);
    await page.context().close();
  });

  it('keeps a long table’s header row at the top of the viewport while the page scrolls through it', async () => {
    const page = await open('/compare/', { width: WIDE });
    // The tallest table: the one a reader scrolls through longest.
    const section = await page
      .locator('table.compare')
      .evaluateAll(
        (tables) =>
          [...tables].sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0]!.dataset
            .section,
      );
    const table = page.locator(`table.compare[data-section="${section}"]`);
    // The cells are sticky, not the row: measure a column's header cell.
    const header = table.locator('thead th[data-reg]').first();
    const box = (await table.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.height, 'a table taller than the window').toBeGreaterThan(viewport.height);
    const before = (await header.boundingBox())!;
    // Scroll so the table's top is well above the window and its body fills it.
    await page.evaluate((dy) => window.scrollTo(0, window.scrollY + dy), before.y + viewport.height / 2);
    const after = (await header.boundingBox())!;
    expect(Math.abs(after.y)).toBeLessThanOrEqual(1);
    // It is drawn over the rows beneath it: the topmost element at the header's place is inside the header.
    const onTop = await page.evaluate(({ x, y, sel }) => !!document.elementFromPoint(x, y)?.closest(`${sel} thead`), {
      x: after.x + after.width / 2,
      y: after.y + after.height / 2,
      sel: `table.compare[data-section="${section}"]`,
    });
    expect(onTop).toBe(true);
    const file = join(OUT, `compare-scrolled-${WIDE}.png`);
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await page.context().close();
  });

  it('below 1,280 px a table still scrolls sideways inside its own region', async () => {
    const page = await open('/compare/', { width: WIDE - 1 });
    const tables = await tableWidths(page);
    expect(tables.some((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE - 1);
    await page.context().close();
  });

  it('met no console error or failed request on the way', () => {
    expect(errors).toEqual([]);
  });
});

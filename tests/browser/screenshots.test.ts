// Full-page screenshots of the main page types at phone and desktop widths,
// written to test-output/screenshots/<name>-<width>.png for people to look at;
// and, at phone width, no page may scroll sideways.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseAnswers, parseCaseFile } from '../../src/lib/eligibility/cases.ts';
import { encodeShare, type FormState } from '../../src/lib/eligibility/wizard.ts';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST, ROOT } from '../support/paths.ts';

const OUT = join(ROOT, 'test-output/screenshots');
const PHONE = 390;
const DESKTOP = 1280;

/** The checker's report for 通州's base organization answers (every tested condition met), opened from a share link. */
const tongzhou = parseCaseFile(
  'tongzhou-2023.yaml',
  readFileSync(join(ROOT, 'content/cases/tongzhou-2023.yaml'), 'utf8'),
);
const clean = tongzhou.cases.find(
  (c) => c.applicantType === 'organization' && !Object.keys(c.answers).length && !c.omit.length,
)!;
const cleanAnswers = caseAnswers(tongzhou, clean) as FormState;
const REPORT = `/check/?step=99#a=${encodeShare(cleanAnswers)}`; // a step past the last shows the report

/** Each page, and what must be on screen before it is shot. */
const PAGES: [name: string, path: string, ready: (page: Page) => Promise<unknown>][] = [
  ['home', '/', (page) => page.locator('h1').waitFor()],
  ['regulation', '/regulations/tongzhou-2023/', (page) => page.locator('h1').waitFor()],
  ['compare', '/compare/', (page) => page.locator('table.compare').first().waitFor()],
  ['check', '/check/', (page) => page.getByRole('heading', { name: '申报主体与核对日期' }).waitFor()],
  // The report, with the eligible verdict's checklist open: its citations quote whole items.
  [
    'check-report',
    REPORT,
    async (page) => {
      await page.getByRole('heading', { name: '结果与报告' }).waitFor();
      await page.locator('.report').waitFor(); // loaded after the step's heading
      for (const summary of await page.locator('.report details.checklist summary').all()) await summary.click();
      await expect(page.locator('.report details[open]').count()).resolves.toBeGreaterThan(0);
    },
  ],
];

/** The elements wider than the viewport that are not inside something that scrolls or clips them: what makes a page scroll sideways. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !clipped(e))
      .slice(0, 10)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`,
      );
  });

describe.skipIf(skipBrowserTests())('screenshots at phone and desktop widths', () => {
  const { open, errors } = browserSession(DIST);
  mkdirSync(OUT, { recursive: true });

  describe.each([PHONE, DESKTOP])('%i px wide', (width) => {
    it.each(PAGES)('%s', async (name, path, ready) => {
      const page = await open(path, { width });
      await ready(page);
      const file = join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // A real picture of a page, not a blank strip: a full page at this width weighs well over 10 KB.
      expect(statSync(file).size).toBeGreaterThan(10_000);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(clientWidth).toBe(width);
      if (width === PHONE) {
        expect(
          scrollWidth <= clientWidth ? [] : await overflowing(page),
          `${path} scrolls sideways at ${width} px`,
        ).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      }
      await page.context().close();
    });
  });

  it('met no console error or failed request on the way', () => {
    expect(errors).toEqual([]);
  });
});

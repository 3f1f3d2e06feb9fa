// A reader on a regulation page, in Chromium: citation links open the cited
// article highlighted; nothing is requested from any other host; no errors.
import { describe, expect, it } from 'vitest';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';

describe.skipIf(skipBrowserTests())('regulation page in Chromium', () => {
  const { open, offsite, errors } = browserSession(DIST);

  it('a citation link in the summary opens the cited item, highlighted', async () => {
    const page = await open('/regulations/tongzhou-2023/');
    const link = page.locator('table.summary a.cite[href="#art-12-4"]').first();
    await expect(link.getAttribute('title')).resolves.toContain('近三年存在行政处罚记录');
    await link.click();
    await page.waitForURL((u) => u.hash !== '');
    expect(new URL(page.url()).hash).toBe('#art-12-4');
    const target = page.locator('#art-12-4');
    await expect(target.textContent()).resolves.toContain('近三年存在行政处罚记录及失信记录');
    const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    const other = await page.locator('#art-12-3').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(other).toBe('rgba(0, 0, 0, 0)');
    expect(
      await target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      }),
    ).toBe(true);
  });

  it('a citation link can be followed by keyboard alone', async () => {
    const page = await open('/regulations/lianyungang-2021/');
    const link = page.locator('a.cite[href="#art-11"]').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash !== ''); // following a link is asynchronous, even to a fragment
    expect(new URL(page.url()).hash).toBe('#art-11');
  });

  it('reads without JavaScript, on a phone', async () => {
    const page = await open('/regulations/changning-2023/#art-22', { javaScriptEnabled: false, width: 390 });
    await expect(page.locator('#art-22').textContent()).resolves.toContain('评审组根据评审规则');
    await expect(page.locator('h1').textContent()).resolves.toBe('上海市长宁区政府质量奖管理办法');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('requested nothing from another host and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

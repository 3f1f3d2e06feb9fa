// The comparison when there are more regulations than fit side by side, in
// Chromium: filter and sort the pick list, pick regulations, see them compared
// with their citations; reload and back keep the state. Runs on the test
// variant build (6 regulations, side by side up to 3); ATLAS_SCALE_DIST points
// it at a synthetic scale build instead (served from the root), e.g. 1,000 regulations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/paths.ts';
import type { PickerRow } from '../../src/lib/compare/picker.ts';

const DIR = process.env.ATLAS_SCALE_DIST ?? SUBPATH_DIST;
const BASE = process.env.ATLAS_SCALE_DIST ? '/' : SUBPATH_BASE;
const pickList: PickerRow[] = JSON.parse(readFileSync(join(DIR, 'compare', 'regulations.json'), 'utf8')).regulations;

describe.skipIf(skipBrowserTests())(`pick and compare in Chromium (${pickList.length} regulations)`, () => {
  const { open, offsite, errors } = browserSession(DIR, BASE);
  const listedIds = (page: Page) =>
    page.locator('table.picker tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.reg!));

  it('filters by province and individuals, sorts by prize, and compares the picked ones', async () => {
    const page = await open(`${BASE}compare/`);
    await page.locator('table.picker tbody tr').first().waitFor();
    const province = pickList.at(-1)!.province;
    await page.getByLabel('省份').selectOption(province);
    await page.getByLabel('个人可申报').selectOption('no');
    const expected = pickList.filter((r) => r.province === province && !r.admitsIndividuals);
    const shown = await listedIds(page);
    const expectedIds = new Set(expected.map((r) => r.id));
    for (const id of shown) expect(expectedIds.has(id), id).toBe(true);
    expect(shown.length).toBe(Math.min(expected.length, 50));

    await page.getByRole('button', { name: /最高奖金/ }).click(); // ascending
    await page.getByRole('button', { name: /最高奖金/ }).click(); // descending
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('最高奖金');
    const order = (await listedIds(page)).map((id) => pickList.find((r) => r.id === id)!.largestPrize ?? -1);
    expect(order).toEqual([...order].sort((a, b) => b - a));

    const [a, b] = await listedIds(page);
    await page.locator(`#pick-${a}`).check();
    if (b) await page.locator(`#pick-${b}`).check();
    const picked = b ? [a, b] : [a];
    const header = page.locator('table.compare[data-section="tiers"] thead th[data-reg]');
    await expect(header.first().waitFor()).resolves.toBeUndefined();
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.compare[data-section="tiers"] thead th[data-reg]').length === n,
      picked.length,
    );
    expect(await header.evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.reg))).toEqual(picked);
    // Each compared cell cites the picked regulation's own page.
    const cite = page.locator(`table.compare td[data-reg="${a}"] a.cite`).first();
    expect(await cite.getAttribute('href')).toMatch(new RegExp(`^${BASE}regulations/${a}/#art-`));
    const url = new URL(page.url());
    expect(url.searchParams.get('r')).toBe(picked.join(','));
    expect(url.searchParams.get('p')).toBe(province);

    await page.reload();
    await page.waitForFunction(
      (n) => document.querySelectorAll('table.compare[data-section="tiers"] thead th[data-reg]').length === n,
      picked.length,
    );
    await expect(page.getByLabel('省份').inputValue()).resolves.toBe(province);
    if (b) {
      await page.goBack(); // undoes the last pick
      await page.waitForFunction(
        () => document.querySelectorAll('table.compare[data-section="tiers"] thead th[data-reg]').length === 1,
      );
    }
    await page.context().close();
  });

  it('lets no more than the side-by-side limit be picked', async () => {
    const page = await open(`${BASE}compare/`);
    await page.locator('table.picker tbody tr').first().waitFor();
    const boxes = page.locator('table.picker tbody input[type="checkbox"]');
    const limit = Number(await page.locator('#compare-picker').getAttribute('data-max-picked'));
    for (let i = 0; i < limit; i++) await boxes.nth(i).check();
    await expect(boxes.nth(limit).isDisabled()).resolves.toBe(true);
    await expect(page.locator('.picker-status').textContent()).resolves.toContain(`最多 ${limit} 部`);
    await page.context().close();
  });

  it('a topic page compares the picked ones on that topic only, with the quotes', async () => {
    const id = pickList[0]!.id;
    const page = await open(`${BASE}compare/exclusions/?r=${id}`);
    await page.locator(`table.compare[data-section="exclusions"] th[data-reg="${id}"]`).waitFor();
    expect(await page.locator('table.compare').count()).toBe(1);
    expect(await page.locator(`td[data-reg="${id}"] ul.quotes q`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('requested nothing from another host and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

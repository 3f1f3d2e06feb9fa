// The comparison in Chromium: choosing regulations and "only differences"
// through the URL and the back button, extremes re-marked for the choice, the
// full table without JavaScript, and a phone-width table that scrolls under a
// fixed first column. Nothing is requested from another host.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

// Every regulation of the content, in the site's order: the columns the overview shows.
const ALL = realEntries().map((e) => e.id);

describe.skipIf(skipBrowserTests())('comparison in Chromium', () => {
  const { open, offsite, errors } = browserSession(DIST);

  const visibleColumns = (page: Page) =>
    page
      .locator('table.compare[data-section="prizes"] thead th[data-reg]')
      .evaluateAll((ths) =>
        ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset.reg),
      );
  const visibleRows = (page: Page, section: string) =>
    page
      .locator(`table.compare[data-section="${section}"] tbody tr`)
      .evaluateAll((trs) =>
        trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.row),
      );
  const markedIn = (page: Page, row: string) =>
    page
      .locator(`tr[data-row="${row}"] td.extreme`)
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.reg));

  it('opens with the columns a link names, and re-marks extremes among them', async () => {
    const page = await open('/compare/prizes/?r=tongzhou-2023,hongqi-2022');
    expect(await visibleColumns(page)).toEqual(['hongqi-2022', 'tongzhou-2023']);
    expect(await markedIn(page, 'prize-1-organization')).toEqual(['tongzhou-2023']);
    await expect(
      page.locator('tr[data-row="prize-1-organization"] td[data-reg="tongzhou-2023"] .extreme-mark').isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('已选 2 部办法');
  });

  it('choosing, hiding equal rows and going back all live in the URL', async () => {
    const page = await open('/compare/');
    expect(await visibleColumns(page)).toEqual(ALL);
    const allRows = (await visibleRows(page, 'applicants')).length;

    const kept = ['lianyungang-2021', 'changning-2023'];
    for (const id of ALL.filter((x) => !kept.includes(x)))
      await page.locator(`input[name="r"][value="${id}"]`).uncheck();
    expect(new URL(page.url()).search).toBe('?r=lianyungang-2021,changning-2023');
    expect(await visibleColumns(page)).toEqual(['lianyungang-2021', 'changning-2023']);

    await page.getByLabel('只显示有差异的行').check();
    expect(new URL(page.url()).searchParams.get('diff')).toBe('1');
    const diffRows = await visibleRows(page, 'applicants');
    expect(diffRows.length).toBeLessThan(allRows);
    expect(diffRows).not.toContain('condition-organization-registration'); // the same in both
    expect(diffRows).toContain('condition-individual-quality-work-years'); // 10 years against 5

    // Reload keeps it; the back button undoes one step at a time.
    await page.reload();
    expect(await visibleRows(page, 'applicants')).toEqual(diffRows);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('diff')).toBeNull();
    await expect(page.getByLabel('只显示有差异的行').isChecked()).resolves.toBe(false);
    expect((await visibleRows(page, 'applicants')).length).toBe(allRows);
    await page.goBack();
    expect(await visibleColumns(page)).toEqual(['lianyungang-2021', 'tongzhou-2023', 'changning-2023']);
    await expect(page.locator('input[name="r"][value="tongzhou-2023"]').isChecked()).resolves.toBe(true);
  });

  it('keeps the review process under "only differences" when the stages differ but their number does not', async () => {
    const entries = realEntries();
    const names = (i: number) => entries[i]!.regulation.process.stages.names;
    const pair = entries
      .flatMap((_, i) => entries.map((__, j) => [i, j] as const))
      .find(([i, j]) => i < j && names(i).length === names(j).length && names(i).join() !== names(j).join());
    expect(pair, 'two regulations with as many stages, named differently').toBeDefined();
    const ids = pair!.map((i) => entries[i]!.id);
    const page = await open(`/compare/process/?r=${ids.join(',')}&diff=1`);
    await expect(page.getByLabel('只显示有差异的行').isChecked()).resolves.toBe(true);
    expect(await visibleRows(page, 'process')).toContain('stages');
  });

  it('keeps at least one regulation chosen, and carries the choice to the topic pages', async () => {
    const page = await open('/compare/?r=changning-2023');
    expect(await visibleColumns(page)).toEqual(['changning-2023']);
    await page.locator('input[name="r"][value="changning-2023"]').click(); // try to uncheck the last one
    await expect(page.locator('input[name="r"][value="changning-2023"]').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('只显示有差异的行').isDisabled()).resolves.toBe(true);
    await page.locator('.compare-nav a', { hasText: '奖金' }).click();
    await page.waitForURL(/\/compare\/prizes\//);
    expect(new URL(page.url()).search).toBe('?r=changning-2023');
    expect(await visibleColumns(page)).toEqual(['changning-2023']);
  });

  it('without JavaScript shows every column and no controls', async () => {
    const page = await open('/compare/?r=changning-2023', { javaScriptEnabled: false });
    expect(await visibleColumns(page)).toEqual(ALL);
    await expect(page.locator('form.compare-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('tr[data-row="largest-individual"] td.extreme').getAttribute('data-reg')).resolves.toBe(
      'lianyungang-2021',
    );
  });

  it('on a phone the table scrolls sideways under a fixed first column; the page itself does not', async () => {
    const page = await open('/compare/quotas/', { width: 390 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.locator('.compare-scroll').first();
    const before = await page.locator('tr[data-row="cycle"] th').boundingBox();
    await region.evaluate((el) => (el.scrollLeft = 400));
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const after = await page.locator('tr[data-row="cycle"] th').boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    // The region can be scrolled by keyboard: it takes focus.
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
  });

  it('the cited words open in place', async () => {
    const page = await open('/compare/prizes/');
    const cell = page.locator('tr[data-row="prize-1-organization"] td[data-reg="changning-2023"]');
    await expect(cell.locator('q').first().isVisible()).resolves.toBe(false);
    await cell.locator('summary').click();
    await expect(cell.locator('q').first().textContent()).resolves.toBe('区长质量奖先进质量管理模式50万元/家');
  });

  it('the day control: ?asOf= sets the day, the control writes it, and a day that is not one is ignored with a note', async () => {
    const page = await open('/compare/?asOf=2020-13-40');
    const status = page.locator('[data-compare-status]');
    await expect(status.textContent()).resolves.toContain('2020-13-40');
    const day = page.getByLabel('比较日期');
    const buildDay = await page.locator('form[data-compare-controls]').getAttribute('data-as-of');
    await expect(day.inputValue()).resolves.toBe(buildDay);
    expect(await visibleColumns(page)).toEqual(ALL);

    await day.fill('2024-06-01');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2024-06-01');
    // The status row is still the build day's: the page says so once another day is chosen.
    await expect(status.textContent()).resolves.toContain(buildDay!);
    await expect(status.textContent()).resolves.not.toContain('2020-13-40');
    await page.goBack();
    await expect(day.inputValue()).resolves.toBe(buildDay);
  });

  it('requested nothing from another host and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

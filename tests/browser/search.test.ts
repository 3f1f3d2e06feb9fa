// Search in Chromium, on the built index: the words readers look for are found
// in every article whose text holds them, highlighted; filters narrow by
// topic and place; a result opens the article itself; the query survives a
// reload and the back button; nothing leaves the site.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const entries = realEntries();
/** The article anchors whose text holds the term, from the sources themselves. */
const articlesHolding = (term: string) =>
  entries.flatMap((e) =>
    e.source.articles
      .filter((a) => a.text.replace(/\s/g, '').includes(term))
      .map((a) => `/regulations/${e.id}/#${a.anchor}`),
  );

describe.skipIf(skipBrowserTests())('search in Chromium', () => {
  const { open, offsite, errors } = browserSession(DIST);

  async function results(page: Page) {
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /找到|没有找到/ })
      .waitFor();
    return page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a.result-title')!.getAttribute('href')!,
        facts: li.querySelector('.result-facts')!.textContent ?? '',
        marked: [...li.querySelectorAll('mark')].map((m) => m.textContent).join(''),
      })),
    );
  }

  it.each(['首席质量官', '行政处罚', '提名奖', '卓越绩效'])(
    'finds %s in every article that holds it, highlighted, and the first article listed holds it',
    async (term) => {
      const expected = articlesHolding(term);
      expect(expected.length).toBeGreaterThan(0);
      const page = await open(`/search/?q=${encodeURIComponent(term)}`);
      let found = await results(page);
      while (await page.locator('[data-search-more]:visible').count()) {
        await page.locator('[data-search-more]').click();
        await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, found.length);
        found = await results(page);
      }
      const hrefs = found.map((r) => r.href);
      for (const anchor of expected) expect(hrefs, `${term} → ${anchor}`).toContain(anchor);
      // The best result is an article or page where the words occur, and they are highlighted.
      expect(found[0]!.marked.length).toBeGreaterThan(0);
      const firstArticle = hrefs.findIndex((h) => h.includes('#art-'));
      expect(expected).toContain(hrefs[firstArticle]);
      await page.context().close();
    },
  );

  it('narrows by topic and province, shows the counts, and keeps the query in the address', async () => {
    const page = await open('/search/');
    await page.getByLabel('搜索条文和编码数据').fill('行政处罚');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const all = await results(page);
    await page.getByText('按省份、行政级别、状态、主题筛选').click();
    const topic = page.getByRole('group', { name: '主题' }).getByLabel(/排除情形/);
    const count = Number(/\((\d+)\)/.exec((await topic.locator('..').textContent()) ?? '')?.[1]);
    await topic.check();
    const narrowed = await results(page);
    expect(narrowed.length).toBe(count);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const r of narrowed) expect(r.facts).toContain('排除情形');
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual(['排除情形']);

    await page.reload();
    await expect(page.getByLabel('搜索条文和编码数据').inputValue()).resolves.toBe('行政处罚');
    await expect(
      page
        .getByRole('group', { name: '主题' })
        .getByLabel(/排除情形/)
        .isChecked(),
    ).resolves.toBe(true);
    expect((await results(page)).map((r) => r.href)).toEqual(narrowed.map((r) => r.href));

    // Province: only that province's regulations remain.
    await page.goto(
      `${page.url().split('?')[0]}?q=${encodeURIComponent('质量奖')}&province=${encodeURIComponent('上海市')}`,
    );
    const shanghai = await results(page);
    expect(shanghai.length).toBeGreaterThan(0);
    const changning = entries
      .filter((e) => e.regulation.jurisdiction.province === '上海市')
      .map((e) => `/regulations/${e.id}/`);
    for (const r of shanghai) expect(changning.some((p) => r.href.startsWith(p))).toBe(true);
    await page.context().close();
  });

  it('a result opens the article itself, highlighted, and back returns to the results', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('首席质量官')}`);
    await results(page);
    const link = page.locator('a.result-title[href*="#art-"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((u) => u.hash === href.slice(href.indexOf('#')));
    const target = page.locator(href.slice(href.indexOf('#')));
    await expect(target.textContent()).resolves.toContain('首席质量官');
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.goBack();
    await expect(page.getByLabel('搜索条文和编码数据').inputValue()).resolves.toBe('首席质量官');
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the search box in every page header leads to the results', async () => {
    const page = await open('/regulations/');
    await page.getByRole('search').getByLabel('搜索条文和编码数据').fill('提名奖');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('without JavaScript, says what search needs and where else to read', async () => {
    const page = await open('/search/', { javaScriptEnabled: false });
    await expect(page.locator('body').textContent()).resolves.toContain('需要 JavaScript');
    await page.context().close();
  });

  it('requested nothing from another host and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

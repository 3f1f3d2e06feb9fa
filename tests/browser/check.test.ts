// The eligibility wizard in Chromium: completed as an organization and as an
// individual, with the browser's back button, a reload, a share link, an error
// shown beside its field, keyboard use — and no request leaving localhost.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';

describe.skipIf(skipBrowserTests())('eligibility wizard in Chromium', () => {
  const { open, offsite, errors, origin } = browserSession(DIST);
  const requests: string[] = [];

  async function start(path = '/check/'): Promise<Page> {
    const page = await open(path);
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.getByRole('heading', { name: '申报主体与核对日期' }).waitFor();
    return page;
  }
  const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();
  const stepTitle = (page: Page) => page.locator('#step-title').textContent();
  const verdict = (page: Page, id: string) => page.locator(`.report li.verdict[data-regulation="${id}"]`);

  /** Answers every question on the current step the clean way: no events, yes to every yes-or-no, dates long past. */
  async function answerCleanly(page: Page) {
    for (const q of await page.locator('form.wizard fieldset.question').all()) {
      const none = q.getByRole('radio', { name: '没有' });
      if (await none.count()) await none.check();
      else if (await q.getByRole('radio', { name: '是' }).count()) await q.getByRole('radio', { name: '是' }).check();
    }
    for (const input of await page.locator('form.wizard div.question input[type="date"]').all()) await input.fill('2010-03-01');
  }

  async function completeAsOrganization(page: Page) {
    await page.getByRole('radio', { name: /组织/ }).check();
    await page.getByLabel('核对日期').fill('2026-11-22');
    await next(page);
    await page.getByLabel('登记注册地').selectOption('江苏省/南通市/通州区');
    await next(page);
    expect(await stepTitle(page)).toBe('基本情况');
    await answerCleanly(page);
    await next(page);
    expect(await stepTitle(page)).toBe('近年的记录');
    await answerCleanly(page);
    const penalties = page.locator('#q-administrativePenalties');
    await penalties.getByRole('radio', { name: '有', exact: true }).check();
    await penalties.locator('input[type="date"]').fill('2024-05-20');
    await next(page);
    expect(await stepTitle(page)).toBe('以往获奖与处理');
    await answerCleanly(page);
    await next(page);
  }

  it('as an organization: only the questions in scope, then a cited verdict with its date', async () => {
    const page = await start();
    await completeAsOrganization(page);
    expect(await stepTitle(page)).toBe('结果与报告');
    const tongzhou = verdict(page, 'tongzhou-2023');
    await expect(tongzhou.getAttribute('data-outcome')).resolves.toBe('ruled-out');
    const text = await tongzhou.textContent();
    expect(text).toContain('2027-05-20 起可申报');
    expect(text).toContain('第十二条第（四）项「近三年存在行政处罚记录」');
    expect(text).toContain('2024-05-20');
    await expect(tongzhou.locator('a.cite').first().getAttribute('href')).resolves.toBe('/regulations/tongzhou-2023/#art-12-4');
    // Other places' regulations are ruled out by their registration condition; the report says so.
    await expect(verdict(page, 'lianyungang-2021').textContent()).resolves.toContain('在连云港市行政区域内登记注册');
    await expect(page.locator('.report table.answers').textContent()).resolves.toContain('受到行政处罚的日期2024-05-20');

    // The browser's back and forward buttons move between steps; a reload keeps every answer.
    await page.goBack();
    expect(await stepTitle(page)).toBe('以往获奖与处理');
    await page.goBack();
    expect(await stepTitle(page)).toBe('近年的记录');
    await expect(page.locator('#q-administrativePenalties input[type="date"]').inputValue()).resolves.toBe('2024-05-20');
    await page.reload();
    await page.locator('#step-title').waitFor();
    expect(await stepTitle(page)).toBe('近年的记录');
    await expect(page.locator('#q-administrativePenalties input[type="date"]').inputValue()).resolves.toBe('2024-05-20');
    await page.goForward();
    expect(await stepTitle(page)).toBe('以往获奖与处理');

    // A share link carries the answers in its fragment to another browser.
    await page.goto(`${origin()}/check/?step=6`);
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel(/分享链接/).inputValue();
    expect(link).toMatch(/\/check\/#a=[\w-]+$/);
    const other = await open(link.replace(origin(), '') .replace('/check/#', '/check/?step=6#'));
    await verdict(other, 'tongzhou-2023').waitFor();
    await expect(verdict(other, 'tongzhou-2023').getAttribute('data-outcome')).resolves.toBe('ruled-out');
    expect(new URL(other.url()).hash).toBe('');

    // Start over clears everything.
    await page.getByRole('button', { name: /重新开始/ }).click();
    expect(await stepTitle(page)).toBe('申报主体与核对日期');
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(false);
    await expect(page.evaluate(() => Object.keys(localStorage).length === 0 || localStorage.getItem('quality-award-atlas:check:v1') === '{}')).resolves.toBe(true);
  });

  it('as an individual: only 长宁 and 连云港 evaluate; the others say they take organizations only', async () => {
    const page = await start();
    await page.getByRole('radio', { name: '个人' }).check();
    await next(page);
    await page.getByLabel('登记注册地').selectOption('上海市/长宁区');
    await next(page);
    await answerCleanly(page); // basics: the date quality work began (2010) and the concurrent-application question
    const concurrent = page.locator('#q-concurrentApplication');
    if (await concurrent.count()) await concurrent.getByRole('radio', { name: '否' }).check();
    await next(page);
    while ((await stepTitle(page)) !== '结果与报告') {
      await answerCleanly(page);
      await next(page);
    }
    await expect(verdict(page, 'changning-2023').getAttribute('data-outcome')).resolves.toBe('eligible');
    await expect(verdict(page, 'lianyungang-2021').getAttribute('data-outcome')).resolves.toBe('ruled-out');
    for (const id of ['tongzhou-2023', 'hongqi-2022', 'jiangyin-2022-draft']) {
      await expect(verdict(page, id).getAttribute('data-outcome')).resolves.toBe('not-admitted');
      await expect(verdict(page, id).textContent()).resolves.toContain('本办法只接受组织申报');
    }
    await expect(verdict(page, 'jiangyin-2022-draft').textContent()).resolves.toContain('草稿');
    const order = await page.locator('.report li.verdict').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.outcome));
    expect(order[0]).toBe('eligible'); // matches first
  });

  it('tells a wrong answer beside its field, and can be used by keyboard alone', async () => {
    const page = await start();
    await page.getByRole('radio', { name: /组织/ }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);
    await page.getByLabel('核对日期').focus();
    await page.keyboard.press('Enter'); // submits the step
    expect(await stepTitle(page)).toBe('所在地');
    const place = page.getByLabel('登记注册地');
    await place.focus();
    for (let i = 0; i < 8 && (await place.inputValue()) !== '江苏省/南通市/通州区'; i++) await page.keyboard.press('ArrowDown');
    await expect(place.inputValue()).resolves.toBe('江苏省/南通市/通州区');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('上一步');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('下一步');
    await page.keyboard.press('Enter');
    expect(await stepTitle(page)).toBe('基本情况');
    const founded = page.getByLabel('开始合法生产经营的日期（一般为成立日期）');
    await founded.fill('2030-01-01');
    await expect(founded.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = await founded.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toContain('晚于今天');
    await founded.fill('2012-01-01');
    await expect(founded.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  it('sent nothing anywhere: every request stayed on the site, and only fetched files', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r).toMatch(new RegExp(`^GET ${origin().replace(/[.]/g, '\\.')}/`));
    expect(requests.filter((r) => r.includes('rules.json')).length).toBeGreaterThan(0);
  });
});

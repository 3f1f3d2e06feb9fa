// The checker's workspace in Chromium: three clients built, renamed, duplicated and deleted, found again after a
// reload; a share link opened beside them, never over them; bad input (the crafted link of issue 13's defect 4, a
// __proto__ key, an unreadable link, a damaged step or saved value) never leaves the page blank or stuck; a crash
// is caught and asked about on the next visit; the workspace exported to a file and imported; keyboard, phone,
// print — and no request leaving localhost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/lib/eligibility/engine.ts';
import { encodeShare, type FormState } from '../../src/lib/eligibility/wizard.ts';
import { jurisdictionPath } from '../../src/lib/jurisdiction.ts';
import { STEP_TITLES } from '../../src/lib/wording/questions.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';

const WORKSPACE_KEY = 'quality-award-atlas:workspace:v1';
const LEGACY_KEY = 'quality-award-atlas:check:v1';
/** The crafted link of defect 4: the check date an object with toString and valueOf. */
const DEFECT_4 = '#a=eyJhcHBsaWNhbnRUeXBlIjoib3JnYW5pemF0aW9uIiwiY2hlY2tEYXRlIjp7InRvU3RyaW5nIjoxLCJ2YWx1ZU9mIjoxfX0';
/** Thrown by the test's own patch, to crash the wizard on purpose. */
const TEST_CRASH = 'crash made by the workspace test';

interface Stored {
  currentId: string;
  applicants: { id: string; name: string; answers: Record<string, unknown> }[];
}

const regulations = (JSON.parse(readFileSync(join(DIST, 'check/rules.json'), 'utf8')) as { regulations: CheckInput[] })
  .regulations;
const place = jurisdictionPath(regulations[0]!.regulation);

const names = (page: Page) => page.locator('#workspace-current option').allTextContents();
const currentName = (page: Page) =>
  page.locator('#workspace-current').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
const stored = (page: Page): Promise<Stored | null> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), WORKSPACE_KEY);
const stepTitle = (page: Page) => page.locator('#step-title').textContent();
// The notices' module loads when there is one to show: their text is polled for.
const notices = (page: Page) => page.locator('.workspace-notices').textContent();

/** After the page's effects have run (Preact runs them after the next frame): the workspace is saved. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));

async function rename(page: Page, name: string) {
  await page.getByRole('button', { name: '重命名' }).click();
  await page.getByLabel(/名称（最多/).fill(name);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(currentName(page)).resolves.toBe(name);
}

describe.skipIf(skipBrowserTests())('the checker workspace in Chromium', () => {
  const session = browserSession(DIST);
  const { offsite, errors, origin } = session;
  async function open(path: string, opts: { width?: number } = {}): Promise<Page> {
    const page = await session.open(path, opts);
    await page.locator('#step-title').waitFor();
    return page;
  }
  /** Opens `path` in the browser context of `page` (its storage), after the page has loaded. */
  async function visit(page: Page, path: string) {
    await page.goto(`${origin()}${path}`);
    await page.locator('#step-title').waitFor();
    // A link pasted into the page already open changes only the fragment: the page takes it out once read.
    if (path.includes('#')) await page.waitForFunction(() => location.hash === '');
    await settled(page);
  }

  it('keeps what two tabs do: each takes over the workspace the other saved', async () => {
    const one = await open('/check/');
    await rename(one, '甲公司');
    const two = await one.context().newPage();
    await two.goto(one.url());
    await two.locator('#step-title').waitFor();
    await two.getByRole('button', { name: '新增申报主体' }).click();
    await rename(two, '乙公司');
    // The first tab learns of the second's applicant, and stays on its own.
    await one.waitForFunction(() => document.querySelectorAll('#workspace-current option').length === 2);
    await expect(currentName(one)).resolves.toBe('甲公司');
    // A change in the first tab now saves both; the second sees it.
    await one.getByRole('button', { name: '新增申报主体' }).click();
    await rename(one, '丙公司');
    await two.waitForFunction(() => document.querySelectorAll('#workspace-current option').length === 3);
    await settled(one);
    expect((await stored(one))?.applicants.map((a) => a.name)).toEqual(['甲公司', '乙公司', '丙公司']);
    await expect(currentName(two)).resolves.toBe('乙公司');
  });

  it('builds a workspace of three clients, finds them after a reload, and opens a share link beside them', async () => {
    const page = await open('/check/');
    expect(await names(page)).toEqual(['申报主体 1']);
    await rename(page, '甲公司');
    await page.getByRole('radio', { name: /组织/ }).check();

    await page.getByRole('button', { name: '新增申报主体' }).click();
    await expect(currentName(page)).resolves.toBe('申报主体 2');
    // A new applicant starts with no answers.
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(false);
    await rename(page, '乙公司');
    await page.getByRole('radio', { name: '个人' }).check();

    await page.getByRole('button', { name: '新增申报主体' }).click();
    await rename(page, '丙公司');
    await page.getByLabel('核对日期').fill('2026-01-01');

    // Duplicated, the copy holds the same answers; deleted, it can be undone, then deleted for good.
    await page.getByRole('button', { name: '复制' }).click();
    await expect(currentName(page)).resolves.toBe('丙公司（副本）');
    await expect(page.getByLabel('核对日期').inputValue()).resolves.toBe('2026-01-01');
    await page.getByRole('button', { name: '删除“丙公司（副本）”' }).click();
    expect(await names(page)).toEqual(['甲公司', '乙公司', '丙公司']);
    await expect.poll(() => notices(page)).toContain('已删除“丙公司（副本）”');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await names(page)).toEqual(['甲公司', '乙公司', '丙公司', '丙公司（副本）']);
    await page.getByRole('button', { name: '删除“丙公司（副本）”' }).click();
    await rename(page, '丙公司（新名）');

    // Switching shows each one's answers.
    await page.getByLabel('当前申报主体').selectOption({ label: '甲公司' });
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);
    await page.getByLabel('当前申报主体').selectOption({ label: '乙公司' });
    await expect(page.getByRole('radio', { name: '个人' }).isChecked()).resolves.toBe(true);

    // A reload, and a visit elsewhere and back, find them all, and the current one.
    await page.reload();
    await page.locator('#step-title').waitFor();
    expect(await names(page)).toEqual(['甲公司', '乙公司', '丙公司（新名）']);
    await expect(currentName(page)).resolves.toBe('乙公司');
    await page.goto(`${origin()}/`);
    await page.goBack();
    await page.locator('#step-title').waitFor();
    await expect(currentName(page)).resolves.toBe('乙公司');
    await expect(page.getByRole('radio', { name: '个人' }).isChecked()).resolves.toBe(true);
    await settled(page);
    const before = await stored(page);

    // A share link opens as a new applicant: the three are still there, with their answers.
    const shared: FormState = { applicantType: 'organization', jurisdiction: place };
    await visit(page, `/check/#a=${encodeShare(shared)}`);
    const after = await stored(page);
    expect(after!.applicants.slice(0, 3)).toEqual(before!.applicants);
    expect(after!.applicants).toHaveLength(4);
    expect(after!.applicants[3]!.answers).toEqual(shared);
    expect((await names(page))[3]).toMatch(/^分享链接 \d{4}-\d{2}-\d{2}$/);
    await expect(currentName(page)).resolves.toBe((await names(page))[3]);
    await expect.poll(() => notices(page)).toContain('已作为新的申报主体');
    expect(new URL(page.url()).hash).toBe('');

    // The same link again switches to that applicant, and offers to keep a separate one.
    await page.getByLabel('当前申报主体').selectOption({ label: '甲公司' });
    await visit(page, `/check/#a=${encodeShare(shared)}`);
    expect(await names(page)).toHaveLength(4);
    await expect(currentName(page)).resolves.toBe((await names(page))[3]);
    await expect.poll(() => notices(page)).toContain('相同，已切换到它');
    await page.getByRole('button', { name: '仍另存为新的申报主体' }).click();
    expect(await names(page)).toHaveLength(5);
  });

  it('an older single applicant is migrated as the first one; a damaged saved value is a fresh start', async () => {
    const page = await session.open('/');
    for (const junk of ['null', '42', '"x"', '[]', '{', '{"version":1,"applicants":[null]}']) {
      await page.evaluate(
        ([w, l, v]) => {
          localStorage.clear();
          localStorage.setItem(w!, v!);
          localStorage.setItem(l!, v!);
        },
        [WORKSPACE_KEY, LEGACY_KEY, junk],
      );
      await visit(page, '/check/');
      expect(await stepTitle(page), junk).toBe(STEP_TITLES.who);
      expect(await names(page), junk).toEqual(['申报主体 1']);
    }
    await page.evaluate(
      ([l, v]) => {
        localStorage.clear();
        localStorage.setItem(l!, v!);
      },
      [LEGACY_KEY, JSON.stringify({ applicantType: 'organization', jurisdiction: place })],
    );
    await visit(page, '/check/?step=2');
    expect(await names(page)).toEqual(['申报主体 1']);
    await expect(page.getByLabel('登记注册地').inputValue()).resolves.toBe(place);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain(WORKSPACE_KEY);
    expect(keys).not.toContain(LEGACY_KEY);
  });

  it('shows a step for any ?step= (never the endless loading message)', async () => {
    const page = await open('/check/');
    for (const step of ['abc', '1.5', '0', '-1', '', '1e3', '99999']) {
      await visit(page, `/check/?step=${step}`);
      const title = await stepTitle(page);
      expect(title, step).toBe(step === '99999' ? STEP_TITLES.result : STEP_TITLES.who);
    }
  });

  it('the crafted link of defect 4 does not blank the page, and a later visit works', async () => {
    const page = await open(`/check/?step=99${DEFECT_4}`);
    expect(await stepTitle(page)).toBe(STEP_TITLES.result);
    await expect.poll(() => notices(page)).toContain('核对日期（应为文字）');
    // The report comes once its module and the engine are in.
    await expect.poll(() => page.locator('.report').count()).toBe(1);
    await visit(page, '/check/?step=99');
    expect(await stepTitle(page)).toBe(STEP_TITLES.result);
    await visit(page, '/check/');
    expect(await stepTitle(page)).toBe(STEP_TITLES.who);
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);
  });

  it('a __proto__ key in a link is refused: the form and the engine both leave the place unanswered', async () => {
    const code = Buffer.from(
      `{"applicantType":"organization","__proto__":{"jurisdiction":${JSON.stringify(place)}}}`,
    ).toString('base64url');
    const page = await open(`/check/?step=2#a=${code}`);
    expect(await stepTitle(page)).toBe(STEP_TITLES.where);
    await expect(page.getByLabel('登记注册地').inputValue()).resolves.toBe('');
    await expect.poll(() => notices(page)).toContain('“__proto__”（没有这一项）');
    await visit(page, '/check/?step=99');
    // With the place unknown no regulation is out of its area; had the engine read the hidden place, some would be.
    const outcomes = await page
      .locator('.report li.verdict')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.outcome));
    expect(outcomes.length).toBe(regulations.length);
    expect(outcomes).not.toContain('out-of-area');
  });

  it('says an unreadable link is unreadable, and leaves the saved applicants as they were', async () => {
    const page = await open('/check/');
    await rename(page, '甲公司');
    await page.getByRole('radio', { name: /组织/ }).check();
    await settled(page);
    const before = await stored(page);
    for (const [link, says] of [
      ['#a=%%%', '已损坏'],
      [`#a=${'A'.repeat(70 * 1024)}`, '过长（超过 64 KB）'],
      [`#a=${Buffer.from('42').toString('base64url')}`, '没有可读取的回答'],
    ] as const) {
      await visit(page, `/check/${link}`);
      await expect.poll(() => notices(page), { message: link.slice(0, 12) }).toContain(says);
      await expect(stored(page)).resolves.toEqual(before);
    }
  });

  it('a crash in the wizard is caught, and the next visit asks before showing those answers', async () => {
    const page = await open('/check/');
    // A patch that makes the wizard throw while a flag is set (the workspace's bar does not use flatMap).
    const arm = (on: boolean) =>
      page.evaluate(
        ([flag, message]) => {
          const w = window as unknown as { __crash?: boolean; __patched?: boolean };
          w.__crash = flag as boolean;
          if (w.__patched) return;
          w.__patched = true;
          const flatMap = Array.prototype.flatMap;
          Array.prototype.flatMap = function (this: unknown[], ...args: Parameters<typeof flatMap>) {
            if (w.__crash) throw new Error(message as string);
            return flatMap.apply(this, args);
          } as typeof flatMap;
        },
        [on, TEST_CRASH] as const,
      );
    await rename(page, '甲公司');
    await arm(true);
    await page.getByRole('radio', { name: /组织/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: '自查向导出错了' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('“甲公司”');
    // The bar still works while the wizard is down.
    await expect(names(page)).resolves.toEqual(['甲公司']);

    // Reloaded, the answers that crashed are not shown without asking.
    await page.reload();
    await page.getByRole('button', { name: '保留回答，重新载入本步' }).waitFor();
    await expect(page.locator('#step-title').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('上次显示“甲公司”');
    await page.getByRole('button', { name: '保留回答，重新载入本步' }).click();
    await page.locator('#step-title').waitFor();
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);

    // Crashed again, clearing the answers starts the applicant afresh, name kept.
    await arm(true);
    await page.getByRole('radio', { name: '个人' }).click();
    await alert.waitFor();
    await arm(false);
    await page.getByRole('button', { name: '清除该申报主体的回答' }).click();
    await page.locator('#step-title').waitFor();
    expect(await stepTitle(page)).toBe(STEP_TITLES.who);
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(false);
    expect((await stored(page))!.applicants).toMatchObject([{ name: '甲公司', answers: {} }]);
    await page.reload();
    await page.locator('#step-title').waitFor();
  });

  it('a crash of the workspace itself shows the last resort: reload, or clear what is saved', async () => {
    const page = await open('/check/');
    await rename(page, '甲公司');
    await page.getByRole('button', { name: '新增申报主体' }).click();
    await rename(page, '乙公司');
    await settled(page);
    const crashWhileRendering = (on: boolean) =>
      page.evaluate(
        ([flag, message]) => {
          const w = window as unknown as { __crash?: boolean; __patched?: boolean };
          w.__crash = flag as boolean;
          if (w.__patched) return;
          w.__patched = true;
          // The bar lists the applicants with map (switching calls none): the next render of the bar throws.
          const map = Array.prototype.map;
          Array.prototype.map = function (this: unknown[], ...args: Parameters<typeof map>) {
            if (w.__crash) throw new Error(message as string);
            return map.apply(this, args);
          } as typeof map;
        },
        [on, TEST_CRASH] as const,
      );
    await crashWhileRendering(true);
    await page.getByLabel('当前申报主体').selectOption({ label: '甲公司' });
    await page.getByRole('button', { name: '重新载入页面' }).waitFor();
    await crashWhileRendering(false);
    await page.getByRole('button', { name: '重新载入页面' }).click();
    await page.locator('#step-title').waitFor();
    expect(await names(page)).toEqual(['甲公司', '乙公司']);

    await crashWhileRendering(true);
    await page.getByLabel('当前申报主体').selectOption({ label: '甲公司' });
    await page.getByRole('button', { name: '清除本机保存的工作区' }).waitFor();
    await crashWhileRendering(false);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '清除本机保存的工作区' }).click();
    await page.waitForURL(/\/check\//);
    await page.locator('#step-title').waitFor();
    expect(await names(page)).toEqual(['申报主体 1']);
  });

  it('exports the workspace to a file and imports it into another browser, beside what is there', async () => {
    const page = await open('/check/');
    await rename(page, '甲公司');
    await page.getByRole('radio', { name: /组织/ }).check();
    await page.getByRole('button', { name: '新增申报主体' }).click();
    await rename(page, '乙公司');
    await page.getByRole('radio', { name: '个人' }).check();
    await page.locator('.workspace-files summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出工作区/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^quality-award-atlas-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'quality-award-atlas-workspace', version: 1 });
    expect(file.applicants.map((a: { name: string; answers: unknown }) => [a.name, a.answers])).toEqual([
      ['甲公司', { applicantType: 'organization' }],
      ['乙公司', { applicantType: 'individual' }],
    ]);

    const other = await open('/check/');
    await rename(other, '丙公司');
    await other.locator('.workspace-files summary').click();
    const input = other.getByLabel('导入工作区文件');
    await input.setInputFiles({
      name: 'clients.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    // The file is read in the page, after the upload: poll for what it says.
    await expect.poll(() => notices(other)).toContain('已从 clients.json 导入 2 个申报主体');
    expect(await names(other)).toEqual(['丙公司', '甲公司', '乙公司']);
    await expect(currentName(other)).resolves.toBe('甲公司');
    await expect(other.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);
    const ids = (await stored(other))!.applicants.map((a) => a.id);
    expect(new Set(ids).size).toBe(3);

    // A file that is not a workspace is refused with its name; a bad applicant is named by its place and field.
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"x":1}') });
    await expect.poll(() => notices(other)).toContain('没有导入 notes.json：文件不是本站导出的工作区');
    const bad = { ...file, applicants: [...file.applicants, { name: '丁公司', answers: { checkDate: { y: 1 } } }, 7] };
    await input.setInputFiles({
      name: 'more.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect.poll(() => notices(other)).toContain('已从 more.json 导入 3 个申报主体');
    const said = (await notices(other)) ?? '';
    expect(said).toContain('第 3 个申报主体“丁公司”：1 项无法读取，已忽略：核对日期（应为文字）');
    expect(said).toContain('第 4 个申报主体：没有导入');
    expect(await names(other)).toHaveLength(6);
  });

  it('is labelled and keyboard-usable, fits a phone, and is not printed', async () => {
    const page = await open('/check/', { width: 360 });
    await page.getByLabel('当前申报主体').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('新增申报主体');
    await page.keyboard.press('Enter');
    await expect(names(page)).resolves.toEqual(['申报主体 1', '申报主体 2']);
    await page.getByRole('button', { name: '重命名' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'workspace-name');
    await page.keyboard.press('Escape');
    // Focus goes back to the button that opened the field.
    await page.waitForFunction(() => document.activeElement?.textContent === '重命名');
    await expect(page.locator('#workspace-name').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '重命名' }).click();
    await page.locator('.workspace-files summary').click();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.workspace').isVisible()).resolves.toBe(false);
    await expect(page.locator('#step-title').isVisible()).resolves.toBe(true);
  });

  it('sent nothing anywhere, and logged no error but the test crash', () => {
    expect(offsite).toEqual([]);
    expect(errors.filter((e) => !e.includes(TEST_CRASH))).toEqual([]);
  });
});

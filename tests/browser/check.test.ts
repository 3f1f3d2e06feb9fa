// The eligibility wizard in Chromium: completed as an organization and as an
// individual, with the browser's back button, a reload, a share link, an error
// shown beside its field, keyboard use — and no request leaving localhost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseAnswers } from '../../src/lib/eligibility/answers.ts';
import { caseAnswers, parseCaseFile } from '../../src/lib/eligibility/cases.ts';
import { answerContext, checkAll, type CheckInput } from '../../src/lib/eligibility/engine.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST, ROOT } from '../support/paths.ts';

/** What has the keyboard focus, as the tests below look at it. */
interface Focused {
  tag: string;
  id: string;
  type: string;
  name: string;
  /** The button's text, or the text of the label around a radio. */
  text: string;
  checked: boolean;
  value: string;
  tabIndex: number;
  outline: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const e = (document.activeElement ?? document.body) as HTMLInputElement;
    return {
      tag: e.tagName.toLowerCase(),
      id: e.id,
      type: e.type ?? '',
      name: e.name ?? '',
      text: (e.type === 'radio' ? (e.closest('label')?.textContent ?? '') : (e.textContent ?? '')).trim(),
      checked: !!e.checked,
      value: typeof e.value === 'string' ? e.value : '',
      tabIndex: e.tabIndex,
      outline: getComputedStyle(e).outlineStyle,
    };
  });
const where = (f: Focused) =>
  `<${f.tag}${f.id ? `#${f.id}` : ''}${f.name ? ` name=${f.name}` : ''}> ${f.text.slice(0, 30)}`;

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `want`, and
 * returns it; fails after `max` presses rather than cycling for ever.
 */
async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  what: string,
  { back = false, max = 40 } = {},
): Promise<Focused> {
  let f = await focused(page);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`${what} not reached after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${where(f)}`);
}
const button = (text: string) => (f: Focused) => f.tag === 'button' && f.text === text;
const control = (field: string) => (f: Focused) => f.id === `in-${field}`;
const radioOf = (field: string) => (f: Focused) => f.type === 'radio' && f.name === field;

/** A visible focus indicator: Chromium's own ring ('auto') or the site's outline, not 'none'. */
function expectVisibleFocus(f: Focused) {
  expect(f.outline, `focus indicator of ${where(f)}`).not.toBe('none');
}

/** Tabs into a radio group and moves to the option labelled `label` with the arrow keys (Space when it is the first, unchecked one). */
async function chooseRadio(page: Page, field: string, label: (text: string) => boolean) {
  let f = await tabTo(page, radioOf(field), `the ${field} radios`);
  for (let i = 0; i < 6 && !label(f.text); i++) {
    await page.keyboard.press('ArrowDown'); // moves to the next option and checks it
    f = await focused(page);
  }
  if (!label(f.text)) throw new Error(`${field}: no option found by the arrow keys; focus is on ${where(f)}`);
  if (!f.checked) await page.keyboard.press('Space');
  f = await focused(page);
  expect(f.checked, `${field}: ${f.text} checked`).toBe(true);
  expectVisibleFocus(f);
}

/**
 * Types a date into the focused date input, segment by segment in the order
 * the browser's locale shows them (en-US: month, day, year). Month and day move
 * on by themselves after two digits; the year takes up to six, so an arrow key
 * leaves it when another segment follows.
 */
async function typeDate(page: Page, date: string) {
  const [year, month, day] = date.split('-') as [string, string, string]; // an ISO day YYYY-MM-DD
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((p) => p.type)
      .filter((t) => t !== 'literal'),
  );
  const digits: Record<string, string> = { year, month, day };
  for (const [i, part] of order.entries()) {
    await page.keyboard.type(digits[part]!);
    if (part === 'year' && i < order.length - 1) await page.keyboard.press('ArrowRight');
  }
  const f = await focused(page);
  expect(f.value, `date typed in the ${order.join('/')} order`).toBe(date);
}

/** Answers one question from `answers` with the keyboard alone. */
async function answerByKeyboard(page: Page, field: string, value: unknown) {
  if (field === 'applicantType')
    return chooseRadio(page, field, (t) => t.startsWith(value === 'organization' ? '组织' : '个人'));
  if (typeof value === 'boolean') return chooseRadio(page, field, (t) => t === (value ? '是' : '否'));
  if (Array.isArray(value) && value.length === 0) return chooseRadio(page, field, (t) => t === '没有');
  const f = await tabTo(page, control(field), `the ${field} input`);
  expectVisibleFocus(f);
  if (f.tag === 'select') {
    // A closed select changes its value with the arrow keys.
    for (let i = 0; i < 20 && (await focused(page)).value !== value; i++) await page.keyboard.press('ArrowDown');
    expect((await focused(page)).value).toBe(value);
  } else if (f.type === 'date' && typeof value === 'string') {
    await typeDate(page, value);
  } else {
    throw new Error(`${field}: no keyboard route written for the answer ${JSON.stringify(value)}`);
  }
}

/** Where focus went after a step change: it should be the new step's heading, which takes focus only from script. */
async function focusAfterStepChange(page: Page, title: string): Promise<Focused> {
  const moved = await page
    .waitForFunction(
      (t) => document.activeElement?.id === 'step-title' && document.activeElement.textContent === t,
      title,
      { timeout: 2000 },
    )
    .then(
      () => true,
      () => false,
    );
  const f = await focused(page);
  if (!moved) throw new Error(`after moving to “${title}”, focus is on ${where(f)}, not on the step's heading`);
  expect(f).toMatchObject({ tag: 'h2', tabIndex: -1 });
  return f;
}

describe.skipIf(skipBrowserTests())('eligibility wizard in Chromium', () => {
  const { open, offsite, errors, origin } = browserSession(DIST);
  const requests: string[] = [];

  async function start(path = '/check/'): Promise<Page> {
    const page = await open(path);
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.getByRole('heading', { name: '申报主体与核对日期' }).waitFor();
    return page;
  }
  /** Presses 下一步 and waits for the next step: past the place, it may first fetch the regulations' full rules. */
  async function next(page: Page) {
    const before = await page.locator('#step-title').textContent();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, before);
  }
  const stepTitle = (page: Page) => page.locator('#step-title').textContent();
  const verdict = (page: Page, id: string) => page.locator(`.report li.verdict[data-regulation="${id}"]`);

  /** Answers every question on the current step the clean way: no events, yes to every yes-or-no, dates long past. */
  async function answerCleanly(page: Page) {
    for (const q of await page.locator('form.wizard fieldset.question').all()) {
      const none = q.getByRole('radio', { name: '没有' });
      if (await none.count()) await none.check();
      else if (await q.getByRole('radio', { name: '是' }).count()) await q.getByRole('radio', { name: '是' }).check();
    }
    for (const input of await page.locator('form.wizard div.question input[type="date"]').all())
      await input.fill('2010-03-01');
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
    await expect(tongzhou.locator('a.cite').first().getAttribute('href')).resolves.toBe(
      '/regulations/tongzhou-2023/#art-12-4',
    );
    // Other places' regulations are ruled out by their registration condition; the report says so.
    await expect(verdict(page, 'lianyungang-2021').textContent()).resolves.toContain('在连云港市行政区域内登记注册');
    await expect(page.locator('.report table.answers').textContent()).resolves.toContain(
      '受到行政处罚的日期2024-05-20',
    );

    // The browser's back and forward buttons move between steps (focus follows to the heading); a reload keeps every answer.
    await page.goBack();
    expect(await stepTitle(page)).toBe('以往获奖与处理');
    await focusAfterStepChange(page, '以往获奖与处理');
    await page.goBack();
    expect(await stepTitle(page)).toBe('近年的记录');
    await expect(page.locator('#q-administrativePenalties input[type="date"]').inputValue()).resolves.toBe(
      '2024-05-20',
    );
    await page.reload();
    await page.locator('#step-title').waitFor();
    expect(await stepTitle(page)).toBe('近年的记录');
    await expect(page.locator('#q-administrativePenalties input[type="date"]').inputValue()).resolves.toBe(
      '2024-05-20',
    );
    await page.goForward();
    expect(await stepTitle(page)).toBe('以往获奖与处理');

    // A share link carries the answers in its fragment to another browser.
    await page.goto(`${origin()}/check/?step=6`);
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel(/分享链接/).inputValue();
    expect(link).toMatch(/\/check\/#a=[\w-]+$/);
    const other = await open(link.replace(origin(), '').replace('/check/#', '/check/?step=6#'));
    await verdict(other, 'tongzhou-2023').waitFor();
    await expect(verdict(other, 'tongzhou-2023').getAttribute('data-outcome')).resolves.toBe('ruled-out');
    expect(new URL(other.url()).hash).toBe('');

    // Start over clears everything.
    await page.getByRole('button', { name: /重新开始/ }).click();
    expect(await stepTitle(page)).toBe('申报主体与核对日期');
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(false);
    await expect(
      page.evaluate(
        () => Object.keys(localStorage).length === 0 || localStorage.getItem('quality-award-atlas:check:v1') === '{}',
      ),
    ).resolves.toBe(true);
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
    const order = await page
      .locator('.report li.verdict')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.outcome));
    expect(order[0]).toBe('eligible'); // matches first
  });

  it('tells a wrong answer beside its field, and can be used by keyboard alone', async () => {
    const page = await start();
    await page.getByRole('radio', { name: /组织/ }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);
    await page.getByLabel('核对日期').focus();
    await page.keyboard.press('Enter'); // submits the step
    await page.getByRole('heading', { name: '所在地' }).waitFor();
    expect(await stepTitle(page)).toBe('所在地');
    const place = page.getByLabel('登记注册地');
    await place.focus();
    for (let i = 0; i < 8 && (await place.inputValue()) !== '江苏省/南通市/通州区'; i++)
      await page.keyboard.press('ArrowDown');
    await expect(place.inputValue()).resolves.toBe('江苏省/南通市/通州区');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('上一步');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('下一步');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '基本情况' }).waitFor(); // may first fetch the place's full rules
    expect(await stepTitle(page)).toBe('基本情况');
    const founded = page.getByLabel('开始合法生产经营的日期（一般为成立日期）');
    await founded.fill('2030-01-01');
    await expect(founded.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = await founded.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toContain('晚于今天');
    await founded.fill('2012-01-01');
    await expect(founded.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  it('can be completed by keyboard alone, to a cited report', async () => {
    // The answers are a rule case of 通州's own: registered there, every tested condition met, no events.
    const caseFile = parseCaseFile(
      'tongzhou-2023.yaml',
      readFileSync(join(ROOT, 'content/cases/tongzhou-2023.yaml'), 'utf8'),
    );
    const clean = caseFile.cases.find(
      (c) => c.applicantType === 'organization' && !Object.keys(c.answers).length && !c.omit.length,
    );
    if (!clean) throw new Error('content/cases/tongzhou-2023.yaml has no case of the base organization answers alone');
    const answers = caseAnswers(caseFile, clean);
    expect(answers.jurisdiction).toBe('江苏省/南通市/通州区');
    // What the report must say for every regulation follows from these answers: the case's verdict for
    // 通州, and the engine's (run here on the full rules files the page can load) for all.
    const index = JSON.parse(readFileSync(join(DIST, 'check/rules.json'), 'utf8')) as { regulations: CheckInput[] };
    const regulations = index.regulations.map(
      (e) => JSON.parse(readFileSync(join(DIST, 'check/rules', `${e.id}.json`), 'utf8')) as CheckInput,
    );
    const parsed = parseAnswers(answers, answerContext(regulations, clean.checkDate));
    expect(parsed.problems).toEqual([]);
    const expected = Object.fromEntries(
      checkAll(regulations, parsed.answers!, clean.checkDate).map((v) => [v.id, v.outcome]),
    );
    expect(expected['tongzhou-2023']).toBe(clean.expect.outcome);

    const page = await start();
    const titles: string[] = [(await stepTitle(page)) as string];
    const asked: string[] = [];
    for (let i = 0; i < 10 && titles.at(-1) !== '结果与报告'; i++) {
      // The step's questions, in page order: radio groups (fieldset#q-…) and single inputs (#in-…).
      const fields = await page
        .locator('form.wizard')
        .evaluate((form) =>
          [...form.querySelectorAll('fieldset[id^="q-"], input[id^="in-"], select[id^="in-"]')].map((e) =>
            e.id.replace(/^(q|in)-/, ''),
          ),
        );
      for (const field of fields) {
        if (!(field in answers))
          throw new Error(`step “${titles.at(-1)}” asks ${field}, which the case does not answer`);
        await answerByKeyboard(page, field, answers[field]);
        asked.push(field);
      }
      const next = await tabTo(page, button('下一步'), 'the 下一步 button');
      expectVisibleFocus(next);
      await page.keyboard.press('Enter');
      // Past the place, the next step may wait for the regulations' full rules.
      await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, titles.at(-1));
      const title = (await stepTitle(page)) as string;
      expectVisibleFocus(await focusAfterStepChange(page, title));
      titles.push(title);
    }
    expect(titles).toEqual(['申报主体与核对日期', '所在地', '基本情况', '近年的记录', '以往获奖与处理', '结果与报告']);
    // Only what 通州 asks, once each, and every answer of the case was given.
    expect([...asked].sort()).toEqual(Object.keys(answers).sort());

    // Back a step with Shift+Tab and Enter, and forward again: focus follows to each heading.
    const back = await tabTo(page, button('上一步'), 'the 上一步 button', { back: true });
    expectVisibleFocus(back);
    await page.keyboard.press('Enter');
    await focusAfterStepChange(page, '以往获奖与处理');
    await tabTo(page, button('下一步'), 'the 下一步 button');
    await page.keyboard.press('Enter');
    await focusAfterStepChange(page, '结果与报告');

    // A verdict for every regulation, each as the engine gives for these answers, each citing its articles.
    const shown = await page
      .locator('.report li.verdict')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.regulation, (e as HTMLElement).dataset.outcome])),
      );
    expect(shown).toEqual(expected);
    expect(shown['tongzhou-2023']).toBe(clean.expect.outcome);
    for (const { id } of regulations) {
      const hrefs = await verdict(page, id)
        .locator('a.cite')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length, `${id} cites its articles`).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/regulations/${id}/#art-\\d+(-\\d+)?$`));
    }
    await expect(page.locator('.report table.answers').textContent()).resolves.toContain('江苏省 南通市 通州区');

    // The checklist of what reviewers judge opens from the keyboard.
    const summary = await tabTo(
      page,
      (f) => f.tag === 'summary' && f.text.startsWith('待准备'),
      'the checklist of the eligible verdict',
      { max: 80 },
    );
    expectVisibleFocus(summary);
    await page.keyboard.press('Enter');
    await expect(
      page
        .locator('.report details.checklist')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).resolves.toBe(true);

    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('sent nothing anywhere: every request stayed on the site, and only fetched files', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r).toMatch(new RegExp(`^GET ${origin().replace(/[.]/g, '\\.')}/`));
    expect(requests.filter((r) => r.includes('rules.json')).length).toBeGreaterThan(0);
  });
});

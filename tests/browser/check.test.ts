// The eligibility wizard in Chromium: completed as an organization and as an
// individual, with the browser's back button, a reload, a share link, an error
// shown beside its field, a half answer shown as such beside its field and in
// the verdicts, an accident of one kind and grade read as each text reads it,
// keyboard use — and no request leaving localhost. The regulations are read
// from the built rules and the content's rule cases, never named here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addYears } from '../../src/lib/dates.ts';
import { parseAnswers } from '../../src/lib/eligibility/answers.ts';
import { caseAnswers, parseCaseFile } from '../../src/lib/eligibility/cases.ts';
import { answerContext, type CheckInput, checkAll } from '../../src/lib/eligibility/engine.ts';
import {
  askedAttributes,
  encodeShare,
  type FormState,
  outsidePlace,
  wizardSteps,
} from '../../src/lib/eligibility/wizard.ts';
import { attributesOf } from '../../src/lib/facts.ts';
import { jurisdictionPath, placeIsWithin } from '../../src/lib/jurisdiction.ts';
import type { Condition } from '../../src/lib/schema.ts';
import { ASK_PLACE, verdictsFailedText } from '../../src/lib/wording/live.ts';
import { questionOf, STEP_TITLES } from '../../src/lib/wording/questions.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { builtRules } from '../support/built-rules.ts';
import { DIST, ROOT } from '../support/paths.ts';

/** A regulation's conditions and exclusion clauses for organizations. */
const organizationConditions = (e: CheckInput): Condition[] => [
  ...e.regulation.applicants.filter((a) => a.type === 'organization').flatMap((a) => a.conditions),
  ...e.regulation.exclusionClauses.filter((c) => c.appliesTo.includes('organization')),
];

/**
 * A regulation's rule case of the base organization answers alone (every tested condition met, no events), with its
 * check day and the outcome the case file gives it.
 */
function cleanOrganization(id: string) {
  let text: string;
  try {
    text = readFileSync(join(ROOT, `content/cases/${id}.yaml`), 'utf8');
  } catch {
    return undefined;
  }
  const file = parseCaseFile(`${id}.yaml`, text);
  const clean = file.cases.find(
    (c) => c.applicantType === 'organization' && !Object.keys(c.answers).length && !c.omit.length,
  );
  return clean && { answers: caseAnswers(file, clean), checkDate: clean.checkDate, outcome: clean.expect.outcome };
}

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

/** Moves a closed select to `value` with the arrow keys. */
async function selectByKeyboard(page: Page, value: string) {
  for (let i = 0; i < 30 && (await focused(page)).value !== value; i++) await page.keyboard.press('ArrowDown');
  expect((await focused(page)).value).toBe(value);
}

/** Fills the focused control: a select by the arrow keys, a date by its segments, a number or text typed. */
async function fillFocused(page: Page, value: unknown) {
  const f = await focused(page);
  expectVisibleFocus(f);
  if (f.tag === 'select') await selectByKeyboard(page, String(value));
  else if (f.type === 'date') await typeDate(page, String(value));
  else {
    await page.keyboard.type(String(value));
    expect((await focused(page)).value).toBe(String(value));
  }
}

/** Answers one question from `answers` with the keyboard alone. */
async function answerByKeyboard(page: Page, field: string, value: unknown) {
  if (field === 'applicantType')
    return chooseRadio(page, field, (t) => t.startsWith(value === 'organization' ? '组织' : '个人'));
  if (typeof value === 'boolean') return chooseRadio(page, field, (t) => t === (value ? '是' : '否'));
  if (Array.isArray(value) && value.length === 0) return chooseRadio(page, field, (t) => t === '没有');
  if (Array.isArray(value)) {
    // 有 starts one item; 再添加一项 adds the others (focus stays on it), then each item's parts in page order.
    await chooseRadio(page, field, (t) => t === '有');
    if (value.length > 1) {
      await tabTo(page, button('再添加一项'), `the ${field} add button`);
      for (let i = 1; i < value.length; i++) await page.keyboard.press('Enter');
    }
    for (const [i, item] of (value as Record<string, unknown>[]).entries()) {
      for (const [part, v] of Object.entries(item)) {
        if (typeof v === 'boolean')
          throw new Error(`${field}.${i}.${part}: no keyboard route written for yes-or-no parts`);
        const id = `item-${field}-${i}-${part}`;
        await tabTo(page, (f) => f.id === id, `the ${id} input`, {
          back: value.length > 1 && i === 0 && part === Object.keys(item)[0],
        });
        await fillFocused(page, v);
      }
    }
    return;
  }
  await tabTo(page, control(field), `the ${field} input`);
  if (typeof value === 'string' || typeof value === 'number') return fillFocused(page, value);
  throw new Error(`${field}: no keyboard route written for the answer ${JSON.stringify(value)}`);
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

/** The answers this browser keeps for the workspace's current applicant. */
const savedAnswers = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(() => {
    const ws = JSON.parse(localStorage.getItem('quality-award-atlas:workspace:v1') ?? 'null');
    return ws?.applicants.find((a: { id: string }) => a.id === ws.currentId)?.answers;
  });

describe.skipIf(skipBrowserTests())('eligibility wizard in Chromium', () => {
  const { open, offsite, errors, origin } = browserSession(DIST);
  const requests: string[] = [];
  const regulations = builtRules();
  const admits = (e: CheckInput, type: 'organization' | 'individual') =>
    e.regulation.applicants.some((a) => a.type === type);
  /** Whether a condition tests a fact in a way a half answer leaves open: in a window, or by kind. */
  const testsDatedEvents = (c: Condition, fact: string) =>
    c.assessment !== 'judgment' &&
    !c.onlyIf &&
    !!c.tests?.some((t) => t.fact === fact && t.op === 'none-within' && (c.lookbackYears !== undefined || t.match));

  async function start(path = '/check/'): Promise<Page> {
    const page = await open(path);
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.getByRole('heading', { name: STEP_TITLES.who }).waitFor();
    return page;
  }
  /** Opens the wizard on a step with answers given by a share link (as a person would who was sent one). */
  async function openWith(state: FormState, step: keyof typeof STEP_TITLES): Promise<Page> {
    const at = wizardSteps(regulations, state).findIndex((s) => s.id === step);
    expect(at, `${step} is asked for ${JSON.stringify(state)}`).toBeGreaterThan(-1);
    const page = await open(`/check/?step=${at + 1}#a=${encodeShare(state)}`);
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.getByRole('heading', { name: STEP_TITLES[step] }).waitFor();
    return page;
  }
  /** Presses 下一步 and waits for the next step: past the place, it may first fetch the regulations' full rules. */
  async function next(page: Page) {
    const before = await page.locator('#step-title').textContent();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, before);
  }
  /** Follows the step list to the report. */
  async function toReport(page: Page) {
    await page.locator('nav.steps').getByRole('link', { name: STEP_TITLES.result }).click();
    await page.getByRole('heading', { name: STEP_TITLES.result }).waitFor();
  }
  const stepTitle = (page: Page) => page.locator('#step-title').textContent();
  const verdict = (page: Page, id: string) => page.locator(`.report li.verdict[data-regulation="${id}"]`);
  const outcomes = (page: Page) =>
    page
      .locator('.report li.verdict')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.regulation, (e as HTMLElement).dataset.outcome])),
      );

  /** Answers every question on the current step the clean way: no events, yes to every yes-or-no, dates long past. */
  async function answerCleanly(page: Page) {
    for (const q of await page.locator('form.wizard fieldset.question').all()) {
      const none = q.getByRole('radio', { name: '没有' });
      if (await none.count()) await none.check();
      else if (await q.getByRole('radio', { name: '是' }).count()) await q.getByRole('radio', { name: '是' }).check();
    }
    for (const input of await page.locator('form.wizard div.question input[type="date"]').all())
      await input.fill('2010-03-01');
    for (const input of await page.locator('form.wizard div.question input[type="number"]').all())
      await input.fill('1');
  }

  // The regulation the organization flows run on: the first whose rules test administrative penalties in a window.
  const home = regulations.find(
    (e) =>
      admits(e, 'organization') &&
      organizationConditions(e).some((c) => testsDatedEvents(c, 'administrativePenalties')),
  );
  if (!home) throw new Error('no regulation of the content tests administrative penalties in a window');
  const homePlace = jurisdictionPath(home.regulation);
  const penaltyCondition = organizationConditions(home).find((c) => testsDatedEvents(c, 'administrativePenalties'))!;
  // A penalty a year before the check day: inside the window of any text that sets one.
  const checkDay = '2026-11-22';
  const penaltyDay = addYears(checkDay, -1);

  async function completeAsOrganization(page: Page) {
    await page.getByRole('radio', { name: /组织/ }).check();
    await page.getByLabel('核对日期').fill(checkDay);
    await next(page);
    await page.getByLabel('登记注册地').selectOption(homePlace);
    await next(page);
    if ((await stepTitle(page)) === STEP_TITLES.award) await next(page); // any award: the default
    expect(await stepTitle(page)).toBe(STEP_TITLES.basics);
    await answerCleanly(page);
    await next(page);
    expect(await stepTitle(page)).toBe(STEP_TITLES.records);
    await answerCleanly(page);
    const penalties = page.locator('#q-administrativePenalties');
    await penalties.getByRole('radio', { name: '有', exact: true }).check();
    await penalties.locator('input[type="date"]').fill(penaltyDay);
    await next(page);
    while ((await stepTitle(page)) !== STEP_TITLES.history) {
      await answerCleanly(page);
      await next(page);
    }
    await answerCleanly(page);
    await next(page);
  }

  it('asks its first questions with no verdict code, and loads the verdicts once a place is answered', async () => {
    const page = await start();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.getByRole('radio', { name: /组织/ }).check();
    await next(page);
    // Before the place, no regulation can be judged: the panel says what it still needs, and nothing more loads.
    await expect(page.locator('.live-results .note').textContent()).resolves.toBe(ASK_PLACE);
    expect(await page.locator('.live-results .verdict').count()).toBe(0);
    expect(scripts).toEqual([]);
    await page.getByLabel('登记注册地').selectOption(homePlace);
    await page.locator(`.live-results .verdict[data-regulation="${home.id}"]`).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    // A verdict for every regulation, those of other places among them (said not to apply there).
    const shown = await page
      .locator('.live-results .verdict')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-regulation')));
    expect(new Set(shown)).toEqual(new Set(regulations.map((e) => e.id)));
  });

  it('says so in words when the verdicts cannot be loaded, and keeps the answers', async () => {
    const page = await start();
    await page.getByRole('radio', { name: /组织/ }).check();
    await next(page);
    // From here on, no script can be fetched (as when the connection drops). The browser's own reports of the
    // failed fetches are expected here, and taken out of the page errors the last test holds to none.
    const before = errors.length;
    await page.route('**/*.js', (route) => route.abort());
    await page.getByLabel('登记注册地').selectOption(homePlace);
    const said = page.locator('.live-results .field-error');
    await said.waitFor();
    expect(await said.textContent()).toContain(verdictsFailedText('').split('：')[0]!);
    await expect(page.getByLabel('登记注册地').inputValue()).resolves.toBe(homePlace);
    const expected = errors.splice(before);
    for (const e of expected)
      expect(e).toMatch(/^failed: .*\.js$|Failed to (load|fetch)|ERR_FAILED|dynamically imported module/);
  });

  it('as an organization: only the questions in scope, then a cited verdict with its date', async () => {
    const page = await start();
    await completeAsOrganization(page);
    expect(await stepTitle(page)).toBe(STEP_TITLES.result);
    const v = verdict(page, home.id);
    await expect(v.getAttribute('data-outcome')).resolves.toBe('ruled-out');
    const text = (await v.textContent()) ?? '';
    expect(text).toContain(addYears(penaltyDay, penaltyCondition.lookbackYears!));
    expect(text).toContain(`「${penaltyCondition.cite.quote}」`);
    expect(text).toContain(penaltyDay);
    expect(text).not.toMatch(/可获得/);
    const anchor = `#art-${penaltyCondition.cite.article}${penaltyCondition.cite.item ? `-${penaltyCondition.cite.item}` : ''}`;
    await expect(v.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toContain(
      `/regulations/${home.id}/${anchor}`,
    );
    // Other places' regulations do not apply there, and say so.
    const shown = await outcomes(page);
    for (const id of outsidePlace(regulations, homePlace)) expect(shown[id], id).toBe('out-of-area');
    const table = (await page.locator('.report table.answers').textContent()) ?? '';
    expect(table).toContain(questionOf('administrativePenalties'));
    expect(table).toContain(penaltyDay);

    // The browser's back and forward buttons move between steps (focus follows to the heading); a reload keeps every answer.
    await page.goBack();
    expect(await stepTitle(page)).toBe(STEP_TITLES.history);
    await focusAfterStepChange(page, STEP_TITLES.history);
    while ((await stepTitle(page)) !== STEP_TITLES.records) await page.goBack();
    const penaltyDate = page.locator('#q-administrativePenalties input[type="date"]');
    await expect(penaltyDate.inputValue()).resolves.toBe(penaltyDay);
    await page.reload();
    await page.locator('#step-title').waitFor();
    expect(await stepTitle(page)).toBe(STEP_TITLES.records);
    await expect(penaltyDate.inputValue()).resolves.toBe(penaltyDay);
    await page.goForward();
    expect(await stepTitle(page)).not.toBe(STEP_TITLES.records);

    // A share link carries the answers in its fragment to another browser.
    const last = await page.locator('nav.steps li').count();
    await page.goto(`${origin()}/check/?step=${last}`);
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.getByLabel(/分享链接/).inputValue();
    expect(link).toMatch(/\/check\/#a=[\w-]+$/);
    const other = await open(link.replace(origin(), '').replace('/check/#', `/check/?step=${last}#`));
    await verdict(other, home.id).waitFor();
    await expect(verdict(other, home.id).getAttribute('data-outcome')).resolves.toBe('ruled-out');
    expect(new URL(other.url()).hash).toBe('');
    // Printed, the report shows what its folded lists hold, and folds them back after.
    const folded = () => other.locator('.report details:not([open])').count();
    expect(await folded()).toBeGreaterThan(0);
    await other.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await folded()).toBe(0);
    await other.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await folded()).toBeGreaterThan(0);

    // Start over clears everything.
    await page.getByRole('button', { name: /重新开始/ }).click();
    expect(await stepTitle(page)).toBe(STEP_TITLES.who);
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(false);
    // (The answers are the workspace's current applicant's since issue 13: start over clears that applicant's.)
    await expect(savedAnswers(page)).resolves.toEqual({});
  });

  it('a half answer — 有, with no date yet — is shown beside its field and leaves the verdicts that need it open', async () => {
    const clean = cleanOrganization(home.id);
    if (!clean) throw new Error(`content/cases/${home.id}.yaml has no case of the base organization answers alone`);
    const { administrativePenalties: _, ...rest } = clean.answers;
    const state = { applicantType: 'organization', checkDate: clean.checkDate, ...rest } as FormState;
    const page = await openWith(state, 'records');
    const q = page.locator('#q-administrativePenalties');
    await q.getByRole('radio', { name: '有', exact: true }).check();
    const gap = page.locator('#gap-administrativePenalties-0');
    await expect(gap.textContent()).resolves.toBe('缺日期：相关办法尚无法判断');
    const date = page.locator('#item-administrativePenalties-0-date');
    await expect(date.getAttribute('aria-describedby')).resolves.toContain('gap-administrativePenalties-0');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await toReport(page);
    // Every regulation of the place that tests penalties in a window cannot tell; the report asks for the date.
    const needing = regulations.filter(
      (e) =>
        placeIsWithin(homePlace, e.regulation) &&
        admits(e, 'organization') &&
        organizationConditions(e).some((c) => testsDatedEvents(c, 'administrativePenalties')),
    );
    expect(needing.length).toBeGreaterThan(0);
    const shown = await outcomes(page);
    for (const e of needing) {
      expect(shown[e.id], e.id).toBe('cannot-tell');
      await expect(verdict(page, e.id).textContent()).resolves.toContain(questionOf('administrativePenalties'));
    }
    // Filled in, the gap goes and the verdict is the clean one again.
    await page.goBack();
    await page.locator('#item-administrativePenalties-0-date').fill('2010-03-01');
    await expect(gap.count()).resolves.toBe(0);
    await toReport(page);
    await expect(verdict(page, home.id).getAttribute('data-outcome')).resolves.toBe(clean.outcome);
  });

  it('one 一般 food-safety accident the applicant was responsible for: each regulation as its text reads', async () => {
    const accident = { date: '', kind: 'food-drug-safety', grade: 'general', responsible: true } as const;
    // Which regulations exclude it, from their clauses: a window or no window, and a match its every part meets.
    const excludes = (e: CheckInput) =>
      organizationConditions(e).some(
        (c) =>
          !c.onlyIf &&
          c.tests?.some(
            (t) =>
              t.fact === 'accidents' &&
              t.op === 'none-within' &&
              Object.entries(t.match ?? {}).every(([k, vs]) => vs.includes(accident[k as keyof typeof accident])),
          ),
      );
    let checked = 0;
    let excluding = 0;
    for (const e of regulations.filter((x) => admits(x, 'organization'))) {
      const clean = cleanOrganization(e.id);
      if (!clean || !('accidents' in clean.answers)) continue;
      const state = { applicantType: 'organization', checkDate: clean.checkDate, ...clean.answers } as FormState;
      const day = addYears(clean.checkDate, -1);
      const page = await openWith({ ...state, accidents: undefined }, 'records');
      await page.locator('#q-accidents').getByRole('radio', { name: '有', exact: true }).check();
      await page.locator('#item-accidents-0-date').fill(day);
      // Only the parts some regulation in scope distinguishes are asked.
      const asked = askedAttributes(regulations, state).get('accidents') ?? new Set();
      for (const part of Object.keys(attributesOf('accidents'))) {
        const shown = await page
          .locator(`[id="item-accidents-0-${part}"], input[name="item-accidents-0-${part}"]`)
          .count();
        expect(shown > 0, `${e.id}: accidents.${part} asked`).toBe(asked.has(part));
      }
      if (asked.has('kind')) await page.locator('#item-accidents-0-kind').selectOption(accident.kind);
      if (asked.has('grade')) await page.locator('#item-accidents-0-grade').selectOption(accident.grade);
      if (asked.has('responsible'))
        await page
          .locator('fieldset.part')
          .filter({ has: page.locator('input[name="item-accidents-0-responsible"]') })
          .getByRole('radio', { name: '是', exact: true })
          .check();
      await expect(page.locator('#gap-accidents-0').count()).resolves.toBe(0);
      if (checked === 0) {
        // An item's parts are labelled and fit a phone's width.
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.setViewportSize({ width: 360, height: 800 });
        await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      }
      await toReport(page);
      const outcome = await verdict(page, e.id).getAttribute('data-outcome');
      if (excludes(e)) {
        excluding++;
        expect(outcome, `${e.id} excludes the accident`).toBe('ruled-out');
      } else expect(outcome, `${e.id} does not exclude the accident`).toBe(clean.outcome);
      // And the engine, on the rules the page loaded, says the same.
      const answers = parseAnswers(
        { ...state, accidents: [{ ...accident, date: day }] },
        answerContext(regulations, clean.checkDate),
      );
      expect(checkAll([e], answers.answers!, clean.checkDate)[0]!.outcome).toBe(outcome);
      checked++;
      await page.close();
    }
    expect(checked).toBeGreaterThan(1);
    // Some text excludes it and some does not: the test tells the two apart.
    expect(excluding).toBeGreaterThan(0);
    expect(excluding).toBeLessThan(checked);
  });

  it('as an individual: the regulations of the place that take individuals evaluate; other places are out of area', async () => {
    const individualHome = regulations.find((e) => admits(e, 'individual'));
    if (!individualHome) throw new Error('no regulation of the content takes individuals');
    const place = jurisdictionPath(individualHome.regulation);
    const page = await start();
    await page.getByRole('radio', { name: '个人' }).check();
    await next(page);
    await page.getByLabel('登记注册地').selectOption(place);
    await next(page);
    while ((await stepTitle(page)) !== STEP_TITLES.result) {
      await answerCleanly(page);
      const concurrent = page.locator('#q-concurrentApplication');
      if (await concurrent.count()) await concurrent.getByRole('radio', { name: '否' }).check();
      const work = page.locator('#q-workHistory');
      if (await work.count()) {
        // Twelve years of quality work in the place, still going on.
        await work.getByRole('radio', { name: '有', exact: true }).check();
        await page.locator('#item-workHistory-0-place').selectOption(place);
        await page.locator('#item-workHistory-0-from').fill('2014-09-01');
      }
      await next(page);
    }
    await expect(verdict(page, individualHome.id).getAttribute('data-outcome')).resolves.toBe('eligible');
    const shown = await outcomes(page);
    for (const e of regulations) {
      // Another place's regulation does not apply, whoever it takes; one of this place that takes organizations only says so.
      if (!placeIsWithin(place, e.regulation)) expect(shown[e.id], e.id).toBe('out-of-area');
      else if (!admits(e, 'individual')) {
        expect(shown[e.id], e.id).toBe('not-admitted');
        await expect(verdict(page, e.id).textContent()).resolves.toContain('本办法只接受组织申报');
      }
    }
    const order = await page
      .locator('.report li.verdict')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.outcome));
    expect(order[0]).toBe('eligible'); // matches first
  });

  it('opens a share link of the older answer shape, and says which answers to give again', async () => {
    const old = {
      applicantType: 'organization',
      jurisdiction: homePlace,
      lossYears: [2024],
      accidents: ['2024-01-01'],
    };
    const page = await open(`/check/#a=${encodeShare(old as FormState)}`);
    await page.getByRole('heading', { name: STEP_TITLES.who }).waitFor();
    const notice = (await page.locator('.refill').textContent()) ?? '';
    expect(notice).toContain('格式已更新');
    expect(notice).toContain(questionOf('annualResults'));
    // What the old shape said is carried over: the accident's date, its kind and grade unknown.
    const saved = await savedAnswers(page);
    expect(saved.accidents).toEqual([{ date: '2024-01-01' }]);
    expect(saved).not.toHaveProperty('lossYears');
  });

  it('tells a wrong answer beside its field, and can be used by keyboard alone', async () => {
    const page = await start();
    await page.getByRole('radio', { name: /组织/ }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /组织/ }).isChecked()).resolves.toBe(true);
    await page.getByLabel('核对日期').focus();
    await page.keyboard.press('Enter'); // submits the step
    await page.getByRole('heading', { name: STEP_TITLES.where }).waitFor();
    expect(await stepTitle(page)).toBe(STEP_TITLES.where);
    const place = page.getByLabel('登记注册地');
    await place.focus();
    for (let i = 0; i < 8 && (await place.inputValue()) !== homePlace; i++) await page.keyboard.press('ArrowDown');
    await expect(place.inputValue()).resolves.toBe(homePlace);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('上一步');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('下一步');
    await page.keyboard.press('Enter');
    // May first fetch the place's full rules; the award sought comes first where the place's tiers differ in kind.
    await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, STEP_TITLES.where);
    if ((await stepTitle(page)) === STEP_TITLES.award) await next(page);
    expect(await stepTitle(page)).toBe(STEP_TITLES.basics);
    const founded = page.getByLabel('开始合法生产经营的日期（一般为成立日期）');
    await founded.fill('2030-01-01');
    await expect(founded.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await founded.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((x) => x.startsWith('err-'));
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toContain('晚于今天');
    await founded.fill('2012-01-01');
    await expect(founded.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  it('can be completed by keyboard alone, to a cited report', async () => {
    // The answers are a rule case of the home regulation's own: registered there, every tested condition met.
    const clean = cleanOrganization(home.id);
    if (!clean) throw new Error(`content/cases/${home.id}.yaml has no case of the base organization answers alone`);
    const answers = clean.answers;
    expect(answers.jurisdiction).toBe(homePlace);
    // What the report must say for every regulation follows from these answers: the case's verdict for
    // the home regulation, and the engine's (run here on the full rules files the page can load) for all.
    const parsed = parseAnswers(answers, answerContext(regulations, clean.checkDate));
    expect(parsed.problems).toEqual([]);
    const expected = Object.fromEntries(
      checkAll(regulations, parsed.answers!, clean.checkDate).map((v) => [v.id, v.outcome]),
    );
    expect(expected[home.id]).toBe(clean.outcome);
    const steps = wizardSteps(regulations, answers);

    const page = await start();
    const titles: string[] = [(await stepTitle(page)) as string];
    const asked: string[] = [];
    for (let i = 0; i < 12 && titles.at(-1) !== STEP_TITLES.result; i++) {
      // The step's questions, in page order: radio groups (fieldset#q-…) and single inputs (#in-…).
      const fields = await page
        .locator('form.wizard')
        .evaluate((form) =>
          [...form.querySelectorAll('fieldset[id^="q-"], input[id^="in-"], select[id^="in-"]')].map((e) =>
            e.id.replace(/^(q|in)-/, ''),
          ),
        );
      for (const field of fields) {
        if (field === 'soughtTier' && !(field in answers)) continue; // any award: the default
        if (!(field in answers))
          throw new Error(`step “${titles.at(-1)}” asks ${field}, which the case does not answer`);
        await answerByKeyboard(page, field, answers[field]);
        asked.push(field);
      }
      const next = await tabTo(page, button('下一步'), 'the 下一步 button', { max: 80 });
      expectVisibleFocus(next);
      await page.keyboard.press('Enter');
      // Past the place, the next step may wait for the regulations' full rules.
      await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, titles.at(-1));
      const title = (await stepTitle(page)) as string;
      expectVisibleFocus(await focusAfterStepChange(page, title));
      titles.push(title);
    }
    expect(titles).toEqual(steps.map((s) => STEP_TITLES[s.id]));
    // Only what the home regulation asks, once each, and every answer of the case was given.
    expect([...asked].sort()).toEqual(Object.keys(answers).sort());

    // Back a step with Shift+Tab and Enter, and forward again: focus follows to each heading.
    const back = await tabTo(page, button('上一步'), 'the 上一步 button', { back: true });
    expectVisibleFocus(back);
    await page.keyboard.press('Enter');
    await focusAfterStepChange(page, STEP_TITLES[steps.at(-2)!.id]);
    await tabTo(page, button('下一步'), 'the 下一步 button', { max: 80 });
    await page.keyboard.press('Enter');
    await focusAfterStepChange(page, STEP_TITLES.result);

    // A verdict for every regulation, each as the engine gives for these answers, each citing its articles.
    const shown = await outcomes(page);
    expect(shown).toEqual(expected);
    for (const { id } of regulations) {
      const hrefs = await verdict(page, id)
        .locator('a.cite')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (expected[id] === 'out-of-area') continue; // folded: the place decides it
      expect(hrefs.length, `${id} cites its articles`).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/regulations/${id}/#art-\\d+(-\\d+)?$`));
    }
    await expect(page.locator('.report table.answers').textContent()).resolves.toContain(homePlace.replace(/\//g, ' '));

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

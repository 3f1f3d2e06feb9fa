// The checker's report as a document, in Chromium: printed, it keeps every checklist item (folds open) and drops the
// header search box, the share box, the step list and the buttons; downloaded, it is JSON holding the engine's
// verdicts for the same answers; its share link copies to the clipboard (or is selected where the browser refuses);
// and answers that did not pass are shown as given, marked with the form's own message, with the verdicts withheld.
// The answers come from the content's rule cases; regulations are never named.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { answerContext } from '../../src/lib/eligibility/engine.ts';
import { REPORT_FORMAT, type ReportDocument } from '../../src/lib/eligibility/report.ts';
import { encodeShare, type FormState, outsidePlace, wizardSteps } from '../../src/lib/eligibility/wizard.ts';
import { wizardView } from '../../src/lib/eligibility/wizard-view.ts';
import { FACTS, type FactId } from '../../src/lib/facts.ts';
import { recipientLabel } from '../../src/lib/wording/values.ts';
import { STEP_TITLES } from '../../src/lib/wording/questions.ts';
import { DOWNLOAD_REPORT, INVALID_MARK } from '../../src/lib/wording/report.ts';
import { COPY_SHARE_LINK, SHARE_LINK_COPIED, SHARE_LINK_SELECTED } from '../../src/lib/wording/workspace.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { builtRules } from '../support/built-rules.ts';
import { DIST } from '../support/paths.ts';
import { ruleCases } from '../support/rule-cases.ts';

describe.skipIf(skipBrowserTests())('the report as a document', () => {
  const { open, offsite, errors } = browserSession(DIST);
  const regulations = builtRules();
  const today = () => todayIso('local');
  const stepsOf = (state: FormState) => wizardSteps(regulations, state);

  // A rule case whose own regulation leaves something to prepare: its report has a checklist to print.
  const withChecklist = ruleCases(regulations).find(({ file, c, answers }) => {
    if (!answers) return false;
    const view = wizardView(regulations, caseState(c.checkDate, answers), answerContext(regulations, today()));
    return view.problems.length === 0 && view.verdicts.some((v) => v.id === file.regulation && v.checklist.length > 0);
  });
  if (!withChecklist) throw new Error('no rule case of the content leaves a checklist to prepare');
  const complete = caseState(withChecklist.c.checkDate, withChecklist.answers!);

  function caseState(checkDate: string, answers: object): FormState {
    return { ...answers, checkDate } as FormState;
  }

  /** Opens the report step with answers given by a share link, as a person would who was sent one. */
  async function openReport(state: FormState): Promise<Page> {
    const page = await open(`/check/?step=${stepsOf(state).length}#a=${encodeShare(state)}`);
    await page.getByRole('heading', { name: STEP_TITLES.result }).waitFor();
    await page.locator('.report').waitFor();
    return page;
  }
  const visible = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).checkVisibility()));

  it('printed, keeps every checklist item and what the report is dated by, and drops what works only on screen', async () => {
    const page = await openReport(complete);
    const dataAsOf = await page.locator('#checker').getAttribute('data-as-of');
    await page.getByRole('button', { name: '生成分享链接' }).click();
    await page.locator('.share').waitFor();
    const items = page.locator('.report details.checklist li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await visible(page, '.report details.checklist li')).not.toContain(true); // folded on screen

    await page.emulateMedia({ media: 'print' });
    // Every fold of the report opens, so nothing is left out of the paper.
    await page.waitForFunction(() => !document.querySelector('.report details:not([open])'));
    expect(new Set(await visible(page, '.report details li'))).toEqual(new Set([true]));
    for (const hidden of ['.site-search', '.share', 'nav.steps', 'form.wizard button', '.report-actions', '.no-print'])
      expect(await visible(page, hidden), hidden).not.toContain(true);
    expect(await page.locator('.site-search').count()).toBe(1);
    // The paper says the day checked, the data's day and what a verdict is not.
    const intro = page.locator('.report > p').filter({ hasText: withChecklist.c.checkDate });
    expect(await intro.isVisible()).toBe(true);
    const notice = page.locator('.report .notice').filter({ hasText: dataAsOf ?? '' });
    expect(await notice.isVisible()).toBe(true);
    // The link to each regulation's text prints its address.
    const address = await page
      .locator('.report .verdicts a[data-address]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(address).toContain('/regulations/');

    // Back on screen, the folds close again.
    await page.emulateMedia({ media: 'screen' });
    await page.waitForFunction(() => !!document.querySelector('.report details:not([open])'));
  });

  it('downloads as JSON holding the engine’s verdicts for the same answers', async () => {
    const page = await openReport(complete);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: DOWNLOAD_REPORT }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^eligibility-report-.*\d{4}-\d{2}-\d{2}\.json$/);
    // Named after the workspace's current applicant (the share link opened as one).
    const applicant = await page
      .locator('#workspace-current')
      .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
    expect(applicant).not.toBe('');
    expect(download.suggestedFilename()).toContain(applicant.trim().replace(/\s+/g, '-'));
    const doc = JSON.parse(await readFile((await download.path())!, 'utf8')) as ReportDocument;
    const view = wizardView(regulations, complete, answerContext(regulations, today()));
    expect(doc.format).toBe(REPORT_FORMAT);
    expect(doc.checkDate).toBe(view.checkDate);
    expect(doc.dataAsOf).toBe(await page.locator('#checker').getAttribute('data-as-of'));
    expect(doc.answersValid).toBe(true);
    expect(doc.answers).toEqual(view.answers);
    expect(doc.verdicts.map((v) => [v.regulation, v.outcome, v.eligibleFrom ?? null])).toEqual(
      view.verdicts.map((v) => [v.id, v.outcome, v.eligibleFrom ?? null]),
    );
    doc.verdicts.forEach((v, i) => {
      const engine = view.verdicts[i]!;
      // Of other places' regulations the page loads only the rules about place, which decide their outcome alone.
      expect(v.coversPlace).toBe(!outsidePlace(regulations, view.answers.jurisdiction).has(v.regulation));
      if (!v.coversPlace) return;
      expect(v.tiers.map((t) => [t.id, t.outcome])).toEqual(engine.tiers.map((t) => [t.id, t.outcome]));
      expect(v.checklist.map((f) => f.id)).toEqual(engine.checklist.map((f) => f.id));
      expect(v.failures.map((f) => f.reason.code)).toEqual(engine.failures.map((f) => f.code));
    });
    await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() }).count()).resolves.toBe(1);
  });

  it('copies the share link to the clipboard, and selects it where the browser refuses', async () => {
    const page = await openReport(complete);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.getByRole('button', { name: '生成分享链接' }).click();
    const link = await page.locator('#share-url').inputValue();
    await page.getByRole('button', { name: COPY_SHARE_LINK }).click();
    await page.getByRole('status').filter({ hasText: SHARE_LINK_COPIED }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Refused: the link is selected for copying by hand, and the status line says so.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: COPY_SHARE_LINK }).click();
    await page.getByRole('status').filter({ hasText: SHARE_LINK_SELECTED }).waitFor();
    const selection = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { id: input.id, selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) };
    });
    expect(selection).toEqual({ id: 'share-url', selected: link });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows answers that did not pass as given and marked, and withholds the verdicts until they are corrected', async () => {
    // A day in the future for a date the steps ask, beside an applicant type no one applies as.
    const dated = stepsOf(complete)
      .flatMap((s) => s.fields)
      .find((f): f is FactId => Object.hasOwn(FACTS, f) && FACTS[f as FactId].type === 'date');
    if (!dated) throw new Error('the rule case is asked no date');
    const future = `${Number(today().slice(0, 4)) + 3}-01-01`;
    const wrongDate = { ...complete, [dated]: future };
    const page = await openReport(wrongDate);
    const view = wizardView(regulations, wrongDate, answerContext(regulations, today()));
    const problem = view.problems.find((p) => p.field === dated);
    expect(problem).toBeDefined();
    const row = page.locator(`.report table.answers tr[data-field="${dated}"]`);
    await expect(row.getAttribute('class')).resolves.toContain('invalid');
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain(future);
    expect(rowText).toContain(INVALID_MARK);
    expect(rowText).toContain(problem!.message);
    expect(await page.locator('.report .withheld').isVisible()).toBe(true);
    // The report's button goes to the step that asks it, where the form shows the same message beside the field.
    const step = stepsOf(wrongDate).find((s) => (s.fields as string[]).includes(dated))!;
    await page.locator(`.answers-invalid li[data-field="${dated}"] button`).click();
    await page.getByRole('heading', { name: STEP_TITLES[step.id] }).waitFor();
    await expect(page.locator(`#err-${dated}`).textContent()).resolves.toContain(problem!.message);
    // Beside the form, the live results say too that they do not hold until the answer is corrected.
    expect(await page.locator('.live-results .withheld').isVisible()).toBe(true);

    // An applicant type the checker does not know is shown as given, never as one it knows.
    const robot = await openReport({ ...complete, applicantType: 'robot' });
    const typeRow =
      (await robot.locator('.report table.answers tr[data-field="applicantType"] .answer-value').textContent()) ?? '';
    expect(typeRow).toContain('robot');
    expect(typeRow).toContain(INVALID_MARK);
    for (const known of ['organization', 'individual'] as const) expect(typeRow).not.toContain(recipientLabel(known));
    expect(await robot.locator('.report .withheld').isVisible()).toBe(true);
    expect(await seriousAxeViolations(robot)).toEqual([]);
    // Downloaded, the report names the wrong answer and carries none of its value.
    const [download] = await Promise.all([
      robot.waitForEvent('download'),
      robot.getByRole('button', { name: DOWNLOAD_REPORT }).click(),
    ]);
    const doc = JSON.parse(await readFile((await download.path())!, 'utf8')) as ReportDocument;
    expect(doc.answersValid).toBe(false);
    expect(doc.invalidAnswers.map((p) => p.field)).toContain('applicantType');
    expect(doc.answers.applicantType).toBeUndefined();
  });

  it('sent nothing anywhere and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

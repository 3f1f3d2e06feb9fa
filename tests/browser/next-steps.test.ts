// The checker report's next steps and calendar file, in Chromium: an applicant the content's rule cases leave in the
// running sees, under its regulation, what to prepare with each item's article and a link to the guide, on screen and
// on paper; an applicant only time stands in the way of downloads an .ics that ical.js reads, holding the day the
// report gives. Regulations are never named: the answers come from the rule cases.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { calendarDates } from '../../src/lib/eligibility/calendar.ts';
import { answerContext } from '../../src/lib/eligibility/engine.ts';
import { encodeShare, type FormState, outsidePlace, wizardSteps } from '../../src/lib/eligibility/wizard.ts';
import { wizardView } from '../../src/lib/eligibility/wizard-view.ts';
import { type ApplyingRules, nextSteps, verdictsWithNextSteps } from '../../src/lib/guide/next-steps.ts';
import { DOWNLOAD_CALENDAR } from '../../src/lib/wording/calendar.ts';
import { STEP_TITLES } from '../../src/lib/wording/questions.ts';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { builtRules } from '../support/built-rules.ts';
import { DIST } from '../support/paths.ts';
import { ruleCases } from '../support/rule-cases.ts';

describe.skipIf(skipBrowserTests())('the report’s next steps and calendar', () => {
  const { open } = browserSession(DIST);
  const regulations = builtRules();
  const context = () => answerContext(regulations, todayIso('local'));
  const applying = (id: string) =>
    JSON.parse(readFileSync(join(DIST, 'check/applying', `${id}.json`), 'utf8')) as ApplyingRules;

  const cases = ruleCases(regulations).flatMap(({ file, c, answers }) => {
    if (!answers) return [];
    const state = { ...answers, checkDate: c.checkDate } as FormState;
    const view = wizardView(regulations, state, context());
    const own = view.verdicts.find((v) => v.id === file.regulation);
    return view.problems.length === 0 && own ? [{ state, view, own, type: c.applicantType }] : [];
  });
  const notExcluded = cases.find(
    (x) => (x.own.outcome === 'eligible' || x.own.outcome === 'cannot-tell') && x.own.status.status === 'in-force',
  );
  const timeBound = cases.find((x) => x.own.outcome === 'ruled-out' && x.own.eligibleFrom);
  if (!notExcluded || !timeBound) throw new Error('the rule cases hold no not-excluded or no time-bound applicant');

  async function openReport(state: FormState): Promise<Page> {
    const page = await open(`/check/?step=${wizardSteps(regulations, state).length}#a=${encodeShare(state)}`);
    await page.getByRole('heading', { name: STEP_TITLES.result }).waitFor();
    await page.locator('.report').waitFor();
    return page;
  }

  it('lists a not-excluded applicant’s next steps with their articles and links to the guide, also in print', async () => {
    const { state, own, type } = notExcluded;
    const page = await openReport(state);
    const block = page.locator(`.report .verdict[data-regulation="${own.id}"] .next-steps[data-loaded="true"]`);
    await block.waitFor();
    const expected = nextSteps(applying(own.id), own, type, state.checkDate as string)!;
    const items = block.locator('li[data-step]');
    expect(await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-step')))).toEqual([
      ...(expected.materialsUnnamed ? ['materials-unnamed'] : []),
      ...expected.items.map((s) => s.code),
    ]);
    // Each item links its article on the regulation's page.
    const cites = await block
      .locator('li[data-step] a.cite')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(cites).toHaveLength(expected.items.length);
    for (const href of cites)
      expect(href).toMatch(new RegExp(`/regulations/${own.id}/#(art-\\d+(-\\d+)?|front|colophon)$`));
    const guide = block.locator('a.guide-link');
    expect(await guide.getAttribute('href')).toMatch(new RegExp(`/regulations/${own.id}/guide/$`));
    // The guide it links to is built.
    const response = await page.request.get(new URL((await guide.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);

    await page.emulateMedia({ media: 'print' });
    expect(await block.isVisible()).toBe(true);
    expect(await items.evaluateAll((li) => li.map((l) => (l as HTMLElement).checkVisibility()))).not.toContain(false);
    const address = await guide.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(address).toContain(`/regulations/${own.id}/guide/`);
    await page.emulateMedia({ media: 'screen' });
  });

  it('gives an applicant only time stands in the way of an .ics that ical.js reads, holding the report’s day', async () => {
    const { state, view, own } = timeBound;
    const page = await openReport(state);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: DOWNLOAD_CALENDAR }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^eligibility-calendar-.*\d{4}-\d{2}-\d{2}\.ics$/);
    const text = await readFile((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const expected = calendarDates(verdictsWithNextSteps(view.verdicts, outsidePlace(regulations, state.jurisdiction)));
    expect(events.map((e) => e.startDate.toString())).toEqual(expected.map((d) => d.day));
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    const ownDay = events.find((e) => e.startDate.toString() === own.eligibleFrom);
    expect(ownDay?.summary).toContain(own.shortName);
    await page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
  });
});

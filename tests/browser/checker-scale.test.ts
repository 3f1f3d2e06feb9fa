// The checker with many regulations, in Chromium: it downloads the place-rules
// index, then only the full rules of the regulations covering the applicant's
// place; the report puts those first and folds the rest (ruled out by place)
// into one list. Runs on the test variant build (6 regulations); ATLAS_SCALE_DIST
// points it at a synthetic scale build (`npm run test:scale`: 1,000 regulations).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/paths.ts';
import { jurisdictionPath, placeIsWithin } from '../../src/lib/jurisdiction.ts';
import type { IndexedRules } from '../../src/lib/eligibility/split.ts';

const DIR = process.env.ATLAS_SCALE_DIST ?? SUBPATH_DIST;
const BASE = process.env.ATLAS_SCALE_DIST ? '/' : SUBPATH_BASE;
const index: IndexedRules[] = JSON.parse(readFileSync(join(DIR, 'check', 'rules.json'), 'utf8')).regulations;

describe.skipIf(skipBrowserTests())(`checker in Chromium (${index.length} regulations)`, () => {
  const { open, offsite, errors } = browserSession(DIR, BASE);

  it('fetches only the rules the place needs, and lists the regulations covering it first', async () => {
    const target = index.find((e) => e.partial && e.regulation.applicants.some((a) => a.type === 'organization'))!;
    const place = jurisdictionPath(target.regulation);
    const covering = index.filter((e) => placeIsWithin(place, e.regulation)).map((e) => e.id);
    const page = await open(`${BASE}check/`);
    const fetched: string[] = [];
    page.on('request', (r) => r.url().includes('/check/rules') && fetched.push(new URL(r.url()).pathname));
    await page.getByRole('heading', { name: '申报主体与核对日期' }).waitFor();
    await page.getByRole('radio', { name: /组织/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('登记注册地').selectOption(place);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '所在地' }).waitFor({ state: 'detached' });
    for (let i = 0; i < 8 && (await page.locator('#step-title').textContent()) !== '结果与报告'; i++) {
      for (const q of await page.locator('form.wizard fieldset.question').all()) {
        const none = q.getByRole('radio', { name: '没有' });
        if (await none.count()) await none.check();
        else if (await q.getByRole('radio', { name: '是' }).count()) await q.getByRole('radio', { name: '是' }).check();
      }
      for (const input of await page.locator('form.wizard div.question input[type="date"]').all())
        await input.fill('2010-03-01');
      const before = await page.locator('#step-title').textContent();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, before);
    }
    expect(await page.locator('#step-title').textContent()).toBe('结果与报告');

    // Only the index and the covering regulations' full rules were downloaded.
    const fullRules = fetched
      .filter((p) => /\/check\/rules\/[^/]+\.json$/.test(p))
      .map((p) =>
        p
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
      );
    expect(fullRules.sort()).toEqual(covering.filter((id) => index.find((e) => e.id === id)!.partial).sort());
    expect(fetched.filter((p) => p.endsWith('/check/rules.json')).length).toBe(1);

    // Every regulation has a verdict; the covering ones come first, outside the fold.
    const report = page.locator('.report');
    await report.locator('li.verdict').first().waitFor(); // loaded after the step's heading
    const main = await report
      .locator('ol.verdicts > li.verdict')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.regulation));
    for (const id of covering) expect(main).toContain(id);
    expect(await report.locator('li.verdict').count()).toBe(index.length);
    const outside = index.length - covering.length;
    if (outside > 10) {
      await expect(report.locator('details.out-of-place summary').textContent()).resolves.toContain(
        `另有 ${outside} 部`,
      );
      const folded = report.locator('details.out-of-place li.verdict');
      expect(await folded.count()).toBe(outside);
      await expect(folded.first().getAttribute('data-outcome')).resolves.toBe('out-of-area');
    }
    await page.context().close();
  });

  it('requested nothing from another host and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

// A consultant's day in Chromium, under the site's own headers (its CSP), in one browser: a workspace of three
// clients built in the checker, a share link from another client opened without losing them, then a CSV of 200
// clients with two bad rows checked on the batch page and its results downloaded — and the workspace still whole
// afterwards. Each part has its own detailed test (workspace, batch); this one holds them together in one session.
// Regulations are never named.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { RESULT_COLUMNS, type ResultRow } from '../../src/lib/batch/results.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { encodeShare, type FormState } from '../../src/lib/eligibility/wizard.ts';
import { RESULT_COLUMN_LABELS } from '../../src/lib/wording/batch.ts';
import { DOWNLOAD_CSV, DOWNLOAD_JSON } from '../../src/lib/wording/batch-upload.ts';
import { clientsCsv, generatedClients, type Spoilt } from '../support/batch-clients.ts';
import { browserSession, cspViolations, skipBrowserTests } from '../support/browser.ts';
import { headersFor, readHeadersFile } from '../support/headers.ts';
import { builtRules } from '../support/built-rules.ts';
import { DIST } from '../support/paths.ts';

const names = (page: Page) => page.locator('#workspace-current option').allTextContents();
const currentName = (page: Page) =>
  page.locator('#workspace-current').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');

async function addClient(page: Page, name: string, first: boolean) {
  if (!first) await page.getByRole('button', { name: '新增申报主体' }).click();
  await page.getByRole('button', { name: '重命名' }).click();
  await page.getByLabel(/名称（最多/).fill(name);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(currentName(page)).resolves.toBe(name);
}

describe.skipIf(skipBrowserTests())('a consultant with many clients, in Chromium', () => {
  const headerRules = readHeadersFile(join(DIST, '_headers'));
  const { open, offsite, errors } = browserSession(DIST, '/', { headers: (p) => headersFor(headerRules, p) });
  const entries = builtRules();
  const today = todayIso('local');
  const clients = generatedClients(entries, 200, today);
  const spoilt: Spoilt[] = [
    { row: clients[7]!.row, column: 'checkDate', cell: '2026-13-45' },
    { row: clients[150]!.row, column: 'applicantType', cell: 'robot' },
  ];

  it('keeps three clients, opens a share link beside them, checks 200 more from a file and downloads the results', async () => {
    const page = await open('/check/');
    await page.locator('#step-title').waitFor();
    const three = ['甲公司', '乙公司', '丙公司'];
    for (const [i, name] of three.entries()) {
      await addClient(page, name, i === 0);
      await page.getByRole('radio', { name: /组织/ }).check();
    }
    expect(await names(page)).toEqual(three);

    // A share link from elsewhere opens as a new applicant; the three stay as they were.
    const shared = clients[0]!.answers as FormState;
    await page.goto(`${new URL(page.url()).origin}/check/#a=${encodeShare(shared)}`);
    await page.locator('#step-title').waitFor();
    await page.waitForFunction(() => location.hash === '');
    const afterLink = await names(page);
    expect(afterLink.slice(0, 3)).toEqual(three);
    expect(afterLink).toHaveLength(4);
    expect(await currentName(page)).toBe(afterLink[3]);

    // The batch page checks the file in this browser: two rows reported by row and column, the rest in the table.
    await page.goto(`${new URL(page.url()).origin}/check/batch/`);
    await page.getByLabel(/选择客户文件/).setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(clientsCsv(clients, spoilt)),
    });
    await page.locator('table.batch-results').waitFor();
    await expect(page.locator('.bad-rows > ul > li').count()).resolves.toBe(spoilt.length);
    for (const s of spoilt)
      await expect(
        page.locator(`.bad-rows li[data-row="${s.row}"] li[data-field="${s.column}"]`).count(),
      ).resolves.toBe(1);

    const save = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name, exact: true }).click();
      return readFile((await (await download).path())!, 'utf8');
    };
    const json = JSON.parse(await save(DOWNLOAD_JSON)) as ResultRow[];
    const csv = parse(await save(DOWNLOAD_CSV), { bom: true }) as string[][];
    // The CSV holds the JSON's rows under its labelled header: every client's row, the two bad ones included.
    expect(csv[0]).toEqual(RESULT_COLUMNS.map((c) => RESULT_COLUMN_LABELS[c]));
    expect(csv.length - 1).toBe(json.length);
    expect(new Set(json.map((r) => r.row))).toEqual(new Set(clients.map((c) => c.row)));
    expect(json.filter((r) => r.outcome === 'invalid').map((r) => r.row)).toEqual(spoilt.map((s) => s.row));

    // Back in the checker, the workspace is as it was: the batch neither replaced nor added applicants.
    await page.goto(`${new URL(page.url()).origin}/check/`);
    await page.locator('#step-title').waitFor();
    expect(await names(page)).toEqual(afterLink);
    expect(await cspViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

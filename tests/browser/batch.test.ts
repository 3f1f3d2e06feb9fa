// Batch checking in Chromium, under the site's own headers (its CSP): a CSV of 200 clients made from the content's
// rule cases, two of them spoilt (a date that does not exist, a place the site does not know), checked in a worker;
// the two reported by row and column, the 198 others in the table with the engine's verdicts for the same answers;
// filtered by outcome (the filter kept in the address across a reload), a client's report opened and closed by the
// keyboard, the results downloaded as CSV and JSON — and no request leaving localhost. Regulations are never named.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { RESULT_COLUMNS, type ResultRow } from '../../src/lib/batch/results.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { parseAnswers } from '../../src/lib/eligibility/answers.ts';
import { answerContext, type CheckInput, checkAll } from '../../src/lib/eligibility/engine.ts';
import { outsidePlace } from '../../src/lib/eligibility/wizard.ts';
import { csvApplicants } from '../../src/lib/batch/csv-applicants.ts';
import { PAGE_SIZE } from '../../src/lib/batch/filters.ts';
import { MAX_FILE_BYTES } from '../../src/lib/batch/upload.ts';
import { fileProblemText, RESULT_COLUMN_LABELS } from '../../src/lib/wording/batch.ts';
import {
  BACK_TO_TABLE,
  DOWNLOAD_CSV,
  DOWNLOAD_JSON,
  FILTER_OUTCOME,
  NEXT_PAGE,
  uploadLimitText,
} from '../../src/lib/wording/batch-upload.ts';
import { isOutOfArea, isSupersededFold } from '../../src/lib/wording/findings.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { clientsCsv, type GeneratedClient, generatedClients, type Spoilt } from '../support/batch-clients.ts';
import { browserSession, cspViolations, skipBrowserTests } from '../support/browser.ts';
import { headersFor, readHeadersFile } from '../support/headers.ts';
import { builtRules } from '../support/built-rules.ts';
import { DIST } from '../support/paths.ts';

/** A result row's place in the table: the client's row, the regulation and the tier. */
const keyOf = (r: Pick<ResultRow, 'row' | 'regulation' | 'tier'>) => `${r.row}|${r.regulation}|${r.tier}`;

/** The engine's verdicts for a client on the regulations of its place (those of other places are folded). */
function verdictsHere(entries: CheckInput[], client: GeneratedClient, today: string) {
  const answers = parseAnswers(client.answers, answerContext(entries, today)).answers;
  if (!answers) throw new Error(`${client.name}: generated answers do not pass validation`);
  const verdicts = checkAll(entries, answers, answers.checkDate ?? today);
  const outOfPlace = outsidePlace(entries, answers.jurisdiction);
  return verdicts.filter((v) => !isOutOfArea(v, outOfPlace) && !isSupersededFold(v, outOfPlace));
}

/** What the engine says of a client, row by row as the table has them: each tier of each regulation of its place. */
function engineOutcomes(entries: CheckInput[], client: GeneratedClient, today: string): Map<string, string> {
  const here = verdictsHere(entries, client, today);
  const out = new Map<string, string>();
  const row = client.row;
  if (!here.length) out.set(keyOf({ row, regulation: '', tier: '' }), 'no-place-covered');
  for (const v of here) {
    if (!v.tiers.length) out.set(keyOf({ row, regulation: v.id, tier: '' }), v.outcome);
    for (const t of v.tiers) out.set(keyOf({ row, regulation: v.id, tier: t.id }), t.outcome);
  }
  return out;
}

describe.skipIf(skipBrowserTests())('batch checking in Chromium', () => {
  const headerRules = readHeadersFile(join(DIST, '_headers'));
  const { open, offsite, errors } = browserSession(DIST, '/', { headers: (p) => headersFor(headerRules, p) });
  const entries = builtRules();
  const today = todayIso('local'); // the page dates a check by the browser's own day
  const clients = generatedClients(entries, 200, today);
  const spoilt: Spoilt[] = [
    { row: clients[20]!.row, column: 'checkDate', cell: '2026-02-30' },
    { row: clients[130]!.row, column: 'jurisdiction', cell: '火星省/火星市' },
  ];
  const good = clients.filter((c) => !spoilt.some((s) => s.row === c.row));
  const expected = new Map(good.flatMap((c) => [...engineOutcomes(entries, c, today)]));
  const csv = clientsCsv(clients, spoilt);

  /** Opens the page and uploads the clients' file; resolves once the table is shown. */
  async function upload(path = '/check/batch/'): Promise<Page> {
    const page = await open(path);
    const worker = page.waitForEvent('worker');
    await page.getByLabel(/选择客户文件/).setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    // A module worker of the site's own origin runs the check.
    expect(new URL((await worker).url()).origin).toBe(new URL(page.url()).origin);
    await page.locator('table.batch-results').waitFor();
    return page;
  }
  const tableOutcomes = (page: Page) =>
    page
      .locator('table.batch-results tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            ({ ...(tr as HTMLElement).dataset }) as { row: string; regulation: string; tier: string; outcome: string },
        ),
      );

  it('reports the two bad rows by row and column, and shows the others with the engine’s verdicts', async () => {
    const page = await upload();
    for (const s of spoilt) {
      const item = page.locator(`.bad-rows li[data-row="${s.row}"]`);
      await expect(item.textContent()).resolves.toContain(`第${s.row}行`);
      await expect(item.locator(`li[data-field="${s.column}"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('.bad-rows > ul > li').count()).resolves.toBe(spoilt.length);
    // Every row shown is the engine's verdict for that client, regulation and tier.
    for (const r of await tableOutcomes(page))
      expect(r.outcome, keyOf({ row: Number(r.row), regulation: r.regulation, tier: r.tier })).toBe(
        expected.get(keyOf({ row: Number(r.row), regulation: r.regulation, tier: r.tier })),
      );
    // The counts per outcome add up to every row of the 198 clients.
    const counts = await page
      .locator('.outcome-counts li')
      .evaluateAll((lis) => lis.map((li) => Number(li.querySelector('strong')?.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.size);
    // A page of rows at a time: the next page holds the next rows, and the address says which page.
    const firstPage = await tableOutcomes(page);
    expect(firstPage.length).toBe(Math.min(expected.size, PAGE_SIZE));
    if (expected.size > PAGE_SIZE) {
      await page.getByRole('button', { name: NEXT_PAGE }).click();
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      const next = await tableOutcomes(page);
      expect(next.length).toBe(Math.min(expected.size - PAGE_SIZE, PAGE_SIZE));
      expect(next[0]).not.toEqual(firstPage[0]);
      for (const r of next) expect(r.outcome).toBe(expected.get(keyOf({ ...r, row: Number(r.row) })));
    }
    expect(await cspViolations(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('filters by outcome, keeps the filter across a reload, and opens a client’s report and comes back by keyboard', async () => {
    const page = await upload();
    const outcome = [...expected.values()].find((o) => o === 'ruled-out') ?? [...expected.values()][0]!;
    await page.getByLabel(FILTER_OUTCOME, { exact: true }).selectOption(outcome);
    expect(new URL(page.url()).searchParams.get('outcome')).toBe(outcome);
    const want = [...expected].filter(([, o]) => o === outcome).length;
    const shown = await tableOutcomes(page);
    expect(new Set(shown.map((r) => r.outcome))).toEqual(new Set([outcome]));
    expect(shown.length).toBe(Math.min(want, 100));

    // A reload shows the same file's results (kept in this tab) under the same filter.
    await page.reload();
    await page.locator('table.batch-results').waitFor();
    await expect(page.getByLabel(FILTER_OUTCOME, { exact: true }).inputValue()).resolves.toBe(outcome);
    expect(new Set((await tableOutcomes(page)).map((r) => r.outcome))).toEqual(new Set([outcome]));

    // A client's outcome opens its report in a dialog; Escape closes it and focus returns to the button.
    const first = page.locator('table.batch-results tbody tr').first();
    const { row, regulation } = (await first.evaluate((tr) => ({ ...(tr as HTMLElement).dataset }))) as {
      row: string;
      regulation: string;
    };
    const opener = first.locator('button.outcome');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.report-dialog[open]');
    await dialog.locator('.report').waitFor();
    // It is that client's report: the engine's verdict for the regulation of the row.
    const client = good.find((c) => c.row === Number(row))!;
    await expect(dialog.locator('.dialog-title').textContent()).resolves.toContain(client.name);
    const verdict = verdictsHere(entries, client, today).find((v) => v.id === regulation)!;
    await expect(
      dialog.locator(`.report li.verdict[data-regulation="${regulation}"]`).first().getAttribute('data-outcome'),
    ).resolves.toBe(verdict.outcome);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.report-dialog[open]').count()).resolves.toBe(0);
    await expect(opener.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    // And the button in the dialog does the same.
    await page.keyboard.press('Enter');
    await dialog.locator('.report').waitFor();
    await page.getByRole('button', { name: BACK_TO_TABLE }).press('Enter');
    await expect(page.locator('dialog.report-dialog[open]').count()).resolves.toBe(0);
    await expect(opener.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  });

  it('downloads the results as CSV and JSON, every row the engine’s, and nothing leaves localhost', async () => {
    const page = await upload();
    const save = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name, exact: true }).click();
      return readFile((await (await download).path())!, 'utf8');
    };
    const json = JSON.parse(await save(DOWNLOAD_JSON)) as ResultRow[];
    const checked = json.filter((r) => r.outcome !== 'invalid');
    expect(new Map(checked.map((r) => [keyOf(r), r.outcome]))).toEqual(expected);
    // The two bad rows are in the download too, with their problems.
    expect(json.filter((r) => r.outcome === 'invalid').map((r) => r.row)).toEqual(spoilt.map((s) => s.row));
    for (const s of spoilt) expect(json.find((r) => r.row === s.row)?.problems).toContain(s.column);

    const text = await save(DOWNLOAD_CSV);
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(RESULT_COLUMNS.map((c) => RESULT_COLUMN_LABELS[c]));
    expect(rows.map((cells) => Object.fromEntries(RESULT_COLUMNS.map((c, i) => [c, cells[i]])))).toEqual(
      json.map((r) => Object.fromEntries(RESULT_COLUMNS.map((c) => [c, String(r[c])]))),
    );
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes a dropped file; says a file’s problem in words, checking the clients before it; refuses a file past the limit', async () => {
    const page = await open('/check/batch/');
    const input = page.getByLabel(/选择客户文件/);
    const alertSays = (text: string) =>
      page.waitForFunction(
        (t) => [...document.querySelectorAll('[role="alert"]')].some((e) => e.textContent === t),
        text,
      );
    const [first, second] = good;
    // JSON: an applicant that is not an object stops the file; the one before it is checked.
    // Dropped on the drop zone, as a file dragged from the desktop.
    const json = JSON.stringify([{ name: first!.name, ...first!.answers }, 42]);
    const dropped = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'clients.json', { type: 'application/json' }));
      return data;
    }, json);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    await alertSays(fileProblemText({ code: 'not-object', row: 2, detail: 'number' }));
    await expect(page.locator('table.batch-results tbody tr').first().getAttribute('data-row')).resolves.toBe('1');
    // CSV: a quote never closed, after two good rows; and a column named twice.
    const unclosed = `${clientsCsv([first!, second!])}"${first!.name},organization\n`;
    await input.setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(unclosed) });
    await alertSays(fileProblemText(csvApplicants(unclosed).problem!));
    await expect(page.locator('table.batch-results tbody tr').count()).resolves.toBeGreaterThan(0);
    const twice = 'name,applicantType,name\n甲,organization,乙\n';
    await input.setInputFiles({ name: 'twice.csv', mimeType: 'text/csv', buffer: Buffer.from(twice) });
    await alertSays(fileProblemText(csvApplicants(twice).problem!));
    // Past the size limit, nothing is read.
    const huge = Buffer.alloc(MAX_FILE_BYTES + 1, 'a');
    await input.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: huge });
    await alertSays(uploadLimitText({ code: 'file-too-large', bytes: huge.length }));
    await expect(page.locator('table.batch-results').count()).resolves.toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

// The built batch page and its two files: readable without JavaScript (what it does, that the file stays here, the
// column guide, the template and the command line), linked from the checker, and the template headed by exactly the
// columns an applicant file may have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ANSWER_COLUMNS } from '../../src/lib/eligibility/answer-row.ts';
import { GUIDE_HEADER } from '../../src/lib/wording/batch-template.ts';
import { expectOnlyScriptFiles } from '../support/page-scripts.ts';
import { DIST } from '../support/paths.ts';

const read = (...p: string[]) => readFileSync(join(DIST, ...p), 'utf8');
const readCsv = (...p: string[]) => parse(read(...p), { bom: true }) as string[][];

describe('/check/batch/', () => {
  const html = read('check', 'batch', 'index.html');

  it('reads without JavaScript: what it does, that the file is not sent, the guide, the template, the command line', () => {
    expect(html).toContain('不上传到任何服务器');
    expect(html).toMatch(/<noscript>[\s\S]*需要 JavaScript[\s\S]*npm run check[\s\S]*<\/noscript>/);
    expect(html).toContain('href="/check/batch/template.csv"');
    expect(html).toContain('href="/check/batch/guide.csv"');
    // The guide table has a row for every column.
    const guided = [...html.matchAll(/<tr data-column="([^"]+)"/g)].map((m) => m[1]);
    expect(guided).toEqual(ANSWER_COLUMNS);
    // The checker is a module file: no inline script or style for the CSP to forbid.
    expectOnlyScriptFiles(html);
  });

  it('is linked from the checker, and leads back to it', () => {
    expect(read('check', 'index.html')).toContain('href="/check/batch/"');
    expect(html).toMatch(/<nav class="breadcrumbs"[\s\S]*href="\/check\/"[\s\S]*<\/nav>/);
  });

  it('offers a template headed by exactly ANSWER_COLUMNS, and the guide as a file', () => {
    const [header, ...examples] = readCsv('check', 'batch', 'template.csv');
    expect(header).toEqual(ANSWER_COLUMNS);
    expect(examples.length).toBe(2);
    for (const row of examples) expect(row.length).toBe(ANSWER_COLUMNS.length);
    const [guideHeader, ...guide] = readCsv('check', 'batch', 'guide.csv');
    expect(guideHeader).toEqual(GUIDE_HEADER);
    expect(guide.map((r) => r[0])).toEqual(ANSWER_COLUMNS);
  });
});

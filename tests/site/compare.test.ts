// The built comparison pages (dist/): a column per regulation, every cell's
// text equal to the comparison built from the content, charts with their data,
// CSV downloads, and no inline script.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPICS, buildComparison, type TopicId } from '../../src/lib/compare/overview.ts';
import { citationAnchor, citationShortLabel } from '../../src/lib/cite-format.ts';
import { cellFor } from '../../src/lib/compare/table.ts';
import { parseCsv as readCsv } from '../support/csv.ts';
import { groups } from '../../src/lib/regex.ts';
import { DIST } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const entries = realEntries();
const read = (...p: string[]) => readFileSync(join(DIST, ...p), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Each row's cells as the page shows them: row id → regulation id → value text. */
function renderedCells(html: string): Map<string, Map<string, string>> {
  const rows = new Map<string, Map<string, string>>();
  for (const tr of html.matchAll(/<tr data-row="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    const [rowId, body] = groups(tr, 2);
    const cells = new Map<string, string>();
    for (const td of body.matchAll(/<td data-reg="([^"]+)"[^>]*>\s*<span class="value">([\s\S]*?)<\/span>/g)) {
      const [regId, value] = groups(td, 2);
      cells.set(regId, decode(value));
    }
    rows.set(rowId, cells);
  }
  return rows;
}

/** The build's as-of day, read from the overview so the test needs no clock. */
const asOf = () => groups(read('compare', 'index.html').match(/截至 (\d{4}-\d{2}-\d{2})/)!, 1)[0];

const pages: [string, TopicId | 'overview'][] = [
  ['compare/index.html', 'overview'],
  ...TOPICS.map((t) => [`compare/${t.id}/index.html`, t.id] as [string, TopicId]),
];

describe('comparison pages', () => {
  it.each(pages)('%s shows every cell as the content gives it', (page, topic) => {
    const html = read(page);
    const expected = buildComparison(entries, asOf(), topic);
    const shown = renderedCells(html);
    const rows = expected.sections.flatMap((s) => s.rows);
    expect([...shown.keys()]).toEqual(rows.map((r) => r.id));
    for (const r of rows) {
      for (const e of entries) expect(shown.get(r.id)!.get(e.id), `${r.id} / ${e.id}`).toBe(cellFor(r, e.id).text);
    }
    // A header per regulation in every table.
    const tables = html.match(/<table class="compare"/g)!.length;
    for (const e of entries)
      expect(html.match(new RegExp(`<th scope="col" data-reg="${e.id}"`, 'g'))).toHaveLength(tables);
  });

  it('links every cited cell to the article on the regulation page', () => {
    const html = read('compare', 'prizes', 'index.html');
    expect(html).toContain('href="/regulations/changning-2023/#art-26"');
    expect(html).toContain('<q>区长质量奖先进质量管理模式50万元/家</q>');
    const overview = read('compare', 'index.html');
    expect(overview).toMatch(
      /<a class="cite" href="\/regulations\/changning-2023\/#art-26" title="原文：区长质量奖先进质量管理模式50万元\/家/,
    );
  });

  it('the applying topic links every cited cell to its article, and each column to its guide', () => {
    const html = read('compare', 'applying', 'index.html');
    for (const id of ['applying', 'after-winning']) expect(html).toContain(`data-section="${id}"`);
    const c = buildComparison(entries, asOf(), 'applying');
    for (const e of entries) {
      for (const row of c.sections.flatMap((s) => s.rows))
        for (const { cite } of cellFor(row, e.id).cites)
          expect(html, `${row.id} / ${e.id}`).toContain(`href="/regulations/${e.id}/#${citationAnchor(cite)}"`);
      expect(html.match(new RegExp(`href="/regulations/${e.id}/guide/"`, 'g'))).toHaveLength(c.sections.length);
    }
  });

  it('the overview links each column header to the regulation’s guide, a page that is built', () => {
    const html = read('compare', 'index.html');
    const tables = html.match(/<table class="compare"/g)!.length;
    for (const e of entries) {
      const headers = [...html.matchAll(new RegExp(`<th scope="col" data-reg="${e.id}"[^>]*>([\\s\\S]*?)</th>`, 'g'))];
      expect(headers).toHaveLength(tables);
      for (const [, inner] of headers) expect(inner).toContain(`href="/regulations/${e.id}/guide/"`);
      expect(existsSync(join(DIST, 'regulations', e.id, 'guide', 'index.html'))).toBe(true);
    }
  });

  it('keeps the overview under 200 KB of HTML, the limit every page keeps', () => {
    expect(statSync(join(DIST, 'compare', 'index.html')).size).toBeLessThanOrEqual(200_000);
  });

  it('marks the extremes among all regulations in the static page', () => {
    const html = read('compare', 'prizes', 'index.html');
    const row = html.match(/<tr data-row="largest-individual"[\s\S]*?<\/tr>/)![0];
    const marked = [...row.matchAll(/<td data-reg="([^"]+)"[^>]*class="[^"]*extreme/g)].map((m) => m[1]);
    expect(marked).toEqual(['lianyungang-2021']);
  });

  it('keeps the controls hidden until their script runs, and ships no inline script', () => {
    for (const [page] of pages) {
      const html = read(page);
      expect(html).toMatch(/<form class="compare-controls" hidden/);
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag, page).toMatch(/ src="\/_astro\//);
      expect(html, page).not.toMatch(/<style/);
    }
  });

  it('draws the charts as SVG with a title, a description and their data', () => {
    const html = read('compare', 'prizes', 'index.html');
    for (const id of ['chart-prizes', 'chart-payout']) {
      expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${id}-svg-title ${id}-svg-desc"`));
    }
    const bars = html.match(/<g class="bar">/g)!.length;
    const dataRows =
      html
        .match(/<table class="chart-data">[\s\S]*?<\/table>/g)!
        .join('')
        .match(/<td>/g)!.length / 2;
    expect(dataRows).toBe(bars);
    expect(read('compare', 'quotas', 'index.html')).toContain('id="chart-awards-svg-title"');
  });
});

describe('comparison CSV files', () => {
  it.each(['overview', ...TOPICS.map((t) => t.id)])('%s.csv holds the table', (name) => {
    const file = join(DIST, 'compare', `${name}.csv`);
    expect(existsSync(file)).toBe(true);
    const rows = readCsv(readFileSync(file, 'utf8'));
    const c = buildComparison(entries, asOf(), name === 'overview' ? undefined : (name as TopicId));
    expect(rows).toHaveLength(1 + c.sections.reduce((n, s) => n + s.rows.length, 0));
    expect(rows[0]).toHaveLength(2 + 2 * entries.length);
  });

  it('applying.csv holds both sections of the topic, each cell with the passages it cites', () => {
    const c = buildComparison(entries, asOf(), 'applying');
    const rows = readCsv(read('compare', 'applying.csv'));
    const body = rows.slice(1);
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(c.sections.map((s) => s.title)));
    const lines = c.sections.flatMap((s) => s.rows);
    expect(body.map((r) => r[1])).toEqual(lines.map((r) => r.label));
    let cited = 0;
    for (const [i, line] of lines.entries())
      for (const [j, e] of entries.entries()) {
        const cell = cellFor(line, e.id);
        const [text, cites] = [body[i]![2 + 2 * j], body[i]![3 + 2 * j]];
        expect(text, `${line.id} / ${e.id}`).toBe(cell.text);
        for (const { cite } of cell.cites) expect(cites).toContain(`${citationShortLabel(cite)}：${cite.quote}`);
        cited += cell.cites.length;
      }
    expect(cited, 'the content codes something to apply with').toBeGreaterThan(0);
  });

  it('each page links its CSV', () => {
    expect(read('compare', 'index.html')).toContain('href="/compare/overview.csv"');
    for (const t of TOPICS) expect(read('compare', t.id, 'index.html')).toContain(`href="/compare/${t.id}.csv"`);
  });
});

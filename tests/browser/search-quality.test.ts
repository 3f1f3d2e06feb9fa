// Search quality in Chromium, on the built site, against ground truth from the articles themselves
// (tests/support/search-oracle.ts): for queries of five kinds, the search finds at least 95% of the articles whose
// text holds every word of the query (recall), and at least 90% of the articles it lists hold them (precision), in
// every kind; every result marks one of the words in its excerpt; a page result (coded summary, comparison,
// codebook) holds the words in the section or page it links to; a word found nowhere gives no results.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, skipBrowserTests } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';
import {
  CONTROL_QUERIES,
  fold,
  marksQueryWords,
  oracleArticles,
  QUERY_KINDS,
  type QualityQuery,
  type QueryKind,
  qualityQueries,
  queryWords,
  relevantArticles,
} from '../support/search-oracle.ts';

const RECALL_TARGET = 0.95;
const PRECISION_TARGET = 0.9;
const MIN_QUERIES_PER_KIND = 12;

const articles = oracleArticles(realEntries());
const queries = qualityQueries(articles);

interface ShownResult {
  /** Path and hash, whatever base the href was written against. */
  href: string;
  marks: string[];
}

interface Measured extends QualityQuery {
  relevant: Set<string>;
  /** The article results (hrefs with an #art- anchor). */
  articleResults: string[];
  /** Page results: everything else. */
  pageResults: string[];
  /** Results whose excerpt marks none of the query's words. */
  unmarked: string[];
  /** The status line once all results are shown. */
  status: string;
  shown: number;
}

interface KindFigures {
  kind: QueryKind;
  queries: number;
  relevant: number;
  found: number;
  articleResults: number;
  precise: number;
  pageResults: number;
  pagesHolding: number;
  unmarked: number;
}

const ratio = (part: number, whole: number) => (whole ? part / whole : 1);
const percent = (r: number) => `${(100 * r).toFixed(1)}%`;

describe.skipIf(skipBrowserTests())('search quality in Chromium', () => {
  const { open, origin, offsite, errors } = browserSession(DIST);
  let page: Page;
  const measured: Measured[] = [];
  /** For each query's page results: whether the section (or page) the result links to holds every word. */
  const pageChecks: { q: string; href: string; holds: boolean }[] = [];

  /** Opens the query's results and shows them all (「更多」 until it hides). */
  async function allResults(q: string): Promise<{ status: string; results: ShownResult[] }> {
    await page.goto(`${origin()}/search/?q=${encodeURIComponent(q)}`);
    const status = page.locator('[data-search-status]').filter({ hasText: /^(找到 \d+ 条结果|没有找到)/ });
    await status.waitFor();
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const shown = await page.locator('.search-result').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
    }
    const results = await page.locator('ol[data-search-results] > li.search-result').evaluateAll((items) =>
      items.map((li) => {
        const url = new URL(li.querySelector('a.result-title')!.getAttribute('href')!, document.baseURI);
        return {
          href: url.pathname + url.hash,
          marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
        };
      }),
    );
    return { status: (await status.textContent()) ?? '', results };
  }

  /**
   * The folded text each page result links to, reading each page once in the browser: the section its hash names
   * (a heading's section runs to the next heading of its level or above), the page's main content without a hash,
   * and null when the hash names nothing.
   */
  async function linkedTexts(hrefs: string[]) {
    const hrefsByPath = Map.groupBy(new Set(hrefs), (href) => href.split('#')[0]!);
    const texts = new Map<string, string | null>();
    for (const [path, withHash] of hrefsByPath) {
      const ids = withHash.map((href) => decodeURIComponent(href.split('#')[1] ?? ''));
      const read = await page.evaluate(
        async ({ path, ids }) => {
          const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
          const main = doc.querySelector('main') ?? doc.body;
          const headings = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')];
          const level = (h: Element) => Number(h.tagName.slice(1));
          const sectionText = (el: Element) => {
            if (!/^H[1-6]$/.test(el.tagName)) return el.textContent ?? '';
            const next = headings.slice(headings.indexOf(el) + 1).find((h) => level(h) <= level(el));
            const range = doc.createRange();
            range.setStartBefore(el);
            if (next) range.setEndBefore(next);
            else range.setEndAfter(main.lastChild ?? main);
            return range.toString();
          };
          return ids.map((id) => {
            if (!id) return main.textContent ?? '';
            const el = doc.getElementById(id);
            return el && sectionText(el);
          });
        },
        { path, ids },
      );
      withHash.forEach((href, i) => texts.set(href, read[i] == null ? null : fold(read[i])));
    }
    return texts;
  }

  beforeAll(async () => {
    page = await open('/search/');
    const started = performance.now();
    for (const query of queries) {
      const words = queryWords(query.q);
      const { status, results } = await allResults(query.q);
      const isArticle = (href: string) => /#art-/.test(href);
      measured.push({
        ...query,
        relevant: relevantArticles(articles, query.q),
        articleResults: results.filter((r) => isArticle(r.href)).map((r) => r.href),
        pageResults: results.filter((r) => !isArticle(r.href)).map((r) => r.href),
        unmarked: results.filter((r) => !r.marks.some((m) => marksQueryWords(m, words))).map((r) => r.href),
        status,
        shown: results.length,
      });
    }
    const searched = performance.now();
    const texts = await linkedTexts(measured.flatMap((m) => m.pageResults));
    for (const m of measured) {
      const words = queryWords(m.q);
      for (const href of m.pageResults) {
        const text = texts.get(href);
        pageChecks.push({ q: m.q, href, holds: text != null && words.every((w) => text.includes(w)) });
      }
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `search quality over ${articles.length} articles, ${queries.length} queries (searching ${seconds(searched - started)}, ` +
        `reading the pages of page results ${seconds(performance.now() - searched)}):\n${table(figures()).join('\n')}`,
    );
    const missing = QUERY_KINDS.flatMap(misses);
    if (missing.length) console.log(`queries that miss articles or list some not holding them:\n${missing.join('\n')}`);
  }, 240_000);

  function figures(): KindFigures[] {
    return QUERY_KINDS.map((kind) => {
      const ofKind = measured.filter((m) => m.kind === kind);
      const pages = pageChecks.filter((c) => ofKind.some((m) => m.q === c.q));
      const sum = (f: (m: Measured) => number) => ofKind.reduce((n, m) => n + f(m), 0);
      return {
        kind,
        queries: ofKind.length,
        relevant: sum((m) => m.relevant.size),
        found: sum((m) => new Set(m.articleResults.filter((h) => m.relevant.has(h))).size),
        articleResults: sum((m) => m.articleResults.length),
        precise: sum((m) => m.articleResults.filter((h) => m.relevant.has(h)).length),
        pageResults: pages.length,
        pagesHolding: pages.filter((c) => c.holds).length,
        unmarked: sum((m) => m.unmarked.length),
      };
    });
  }

  function table(rows: KindFigures[]): string[] {
    const head = [
      'kind',
      'queries',
      'relevant',
      'recall',
      'article results',
      'precision',
      'page results',
      'pages hold',
      'unmarked',
    ];
    const body = rows.map((f) => [
      f.kind,
      String(f.queries),
      String(f.relevant),
      percent(ratio(f.found, f.relevant)),
      String(f.articleResults),
      percent(ratio(f.precise, f.articleResults)),
      String(f.pageResults),
      percent(ratio(f.pagesHolding, f.pageResults)),
      String(f.unmarked),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    return [head, ...body].map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  }

  /** The queries of a kind that miss relevant articles or list irrelevant ones, for the failure message. */
  const misses = (kind: QueryKind) =>
    measured
      .filter((m) => m.kind === kind)
      .map((m) => {
        const missed = [...m.relevant].filter((h) => !m.articleResults.includes(h)).length;
        const extra = m.articleResults.filter((h) => !m.relevant.has(h)).length;
        return missed || extra ? `${m.q}: missed ${missed}/${m.relevant.size}, ${extra} not holding it` : '';
      })
      .filter(Boolean);

  it.each(QUERY_KINDS)('%s: enough queries, each found in some article', (kind) => {
    const ofKind = queries.filter((q) => q.kind === kind);
    expect(ofKind.length).toBeGreaterThanOrEqual(MIN_QUERIES_PER_KIND);
    for (const q of ofKind) expect(relevantArticles(articles, q.q).size, q.q).toBeGreaterThan(0);
  });

  it.each(QUERY_KINDS)(
    `%s: recall ≥ ${percent(RECALL_TARGET)} and precision ≥ ${percent(PRECISION_TARGET)} over article results`,
    (kind) => {
      const f = figures().find((r) => r.kind === kind)!;
      const why = misses(kind).join('\n');
      expect(ratio(f.found, f.relevant), why).toBeGreaterThanOrEqual(RECALL_TARGET);
      expect(ratio(f.precise, f.articleResults), why).toBeGreaterThanOrEqual(PRECISION_TARGET);
    },
  );

  it('the status counts the results listed once all are shown', () => {
    const wrong = measured.filter((m) => m.status !== `找到 ${m.shown} 条结果。`);
    expect(wrong.map((m) => `${m.q}: ${m.status} (${m.shown} listed)`)).toEqual([]);
  });

  it('every result marks one of the words in its excerpt', () => {
    expect(measured.flatMap((m) => m.unmarked.map((h) => `${m.q} → ${h}`))).toEqual([]);
  });

  it('every page result links to a section (or a page) that holds every word', () => {
    expect(pageChecks.filter((c) => !c.holds).map((c) => `${c.q} → ${c.href}`)).toEqual([]);
  });

  it.each(CONTROL_QUERIES)('%s finds nothing, as no article holds it', async (q) => {
    expect(relevantArticles(articles, q).size).toBe(0);
    const { status, results } = await allResults(q);
    expect(results.map((r) => r.href)).toEqual([]);
    expect(status).toMatch(/^没有找到/);
  });

  it('requested nothing from another host and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

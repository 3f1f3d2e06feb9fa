// The built site (dist/, from `npm run build`): five regulation pages, every
// citation link's anchor present, every internal link resolving, data files sound.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { collectCitations } from '../../src/lib/content/citations.ts';
import { citationAnchor } from '../../src/lib/cite-format.ts';
import { coverageRows } from '../../src/lib/assessment-counts.ts';
import {
  CONDITION_CATEGORIES,
  MATERIAL_KINDS,
  RECOMMENDER_ACTS,
  RECOMMENDER_KINDS,
  WINNER_DUTY_KINDS,
} from '../../src/lib/codebook.ts';
import { groups } from '../../src/lib/regex.ts';
import { COVERAGE_COLUMNS, coverageApplicantText } from '../../src/lib/wording/coverage.ts';
import { CONTENT, DIST, SEEDS } from '../support/paths.ts';
import { headersFor, readHeadersFile } from '../support/headers.ts';
import { htmlFiles } from '../support/built.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });

const read = (p: string) => readFileSync(p, 'utf8');
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const hrefs = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => groups(m, 1)[0].replace(/&amp;/g, '&'));

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('regulation pages', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: exists, with a status badge and its full text', (id, e) => {
    const html = read(join(DIST, 'regulations', id, 'index.html'));
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain(`<h1>${e.regulation.title}</h1>`);
    expect(html).toMatch(/class="badge badge-(in-force|draft|expired|not-yet-in-force)"/);
    expect(html).toMatch(/截至 \d{4}-\d{2}-\d{2}/);
    const anchors = ids(html);
    for (const a of e.source.articles) {
      expect(anchors.has(a.anchor)).toBe(true);
      for (const item of a.items) expect(anchors.has(item.anchor)).toBe(true);
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: every citation of the content is linked, and every link lands on an anchor of the page',
    (id, e) => {
      const html = read(join(DIST, 'regulations', id, 'index.html'));
      const anchors = ids(html);
      const fragmentLinks = hrefs(html).filter((h) => h.startsWith('#'));
      for (const h of fragmentLinks) expect(anchors.has(h.slice(1)), h).toBe(true);
      const linked = new Set(fragmentLinks.map((h) => h.slice(1)));
      for (const { cite } of collectCitations(e.regulation)) {
        expect(linked.has(citationAnchor(cite)), `${citationAnchor(cite)} for "${cite.quote}"`).toBe(true);
      }
    },
  );

  it('marks the 长宁 articles converted from traditional characters', () => {
    const html = read(join(DIST, 'regulations', 'changning-2023', 'index.html'));
    expect(html.match(/本条原文为繁体字/g)).toHaveLength(4);
    expect(html).toContain('評審組根據評審規則');
  });
});

describe('the whole site', () => {
  const pages = () => htmlFiles(DIST);

  it('every internal link and asset resolves to a built file', () => {
    for (const page of pages()) {
      for (const h of hrefs(read(page))) {
        if (h.startsWith('#') || /^(mailto:|data:)/.test(h)) continue;
        expect(h, `${page}: ${h}`).toMatch(/^\//); // site-relative, never another host
        const path = decodeURIComponent(h.split('#')[0]!.split('?')[0]!);
        const file = join(DIST, path);
        const target = path.endsWith('/') ? join(file, 'index.html') : file;
        expect(existsSync(target), `${page} links to ${h}`).toBe(true);
        const fragment = h.split('#')[1];
        if (fragment && target.endsWith('.html')) expect(ids(read(target)).has(fragment), `${page} → ${h}`).toBe(true);
      }
    }
  });

  it('no page loads anything from another host', () => {
    for (const page of pages()) {
      const html = read(page);
      expect(html, page).not.toMatch(/\s(src|href)="(https?:)?\/\//);
      expect(html, page).not.toMatch(/@import\s+url\(["']?https?:/);
    }
  });

  it('every page has lang="zh-CN", its own title and description, a header, navigation and a main landmark', () => {
    const titles = new Map<string, string>();
    for (const page of pages()) {
      const html = read(page);
      expect(html, page).toMatch(/<html lang="zh-CN">/);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, page).toMatch(/\S · 质量奖图鉴/);
      expect(titles.get(title!), `${page} has the same title as ${titles.get(title!)}`).toBeUndefined();
      titles.set(title!, page);
      expect(/<meta name="description" content="([^"]{20,})"/.exec(html), page).not.toBeNull();
      expect(html, page).toMatch(/<nav aria-label="主导航">/);
      expect(html, page).toMatch(/<main id="main"/);
    }
  });

  it('ships no inline script, inline style or style attribute for the CSP to forbid', () => {
    for (const page of pages()) {
      const html = read(page);
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        // A JSON-LD block is data the browser never runs: the CSP's script-src does not apply to it.
        if (attrs === ' type="application/ld+json"') continue;
        expect(attrs, page).toMatch(/ src="\/_astro\/[\w.-]+\.js"/);
        expect(body, page).toBe('');
      }
      expect(html, page).not.toMatch(/<style|\sstyle="|\son[a-z]+="/);
    }
  });

  it('publishes the CSP in _headers: own files only, no inline code, no WebAssembly', () => {
    const rules = readHeadersFile(join(DIST, '_headers'));
    const csp = headersFor(rules, '/regulations/')['Content-Security-Policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'|https?:|\*/);
  });

  it('the sitemap lists every page but the 404, at the site address', () => {
    const index = read(join(DIST, 'sitemap-index.xml'));
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(groups(m, 1)[0]).pathname);
    const listed = maps.flatMap((m) =>
      [...read(join(DIST, m)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) =>
        decodeURIComponent(new URL(groups(l, 1)[0]).pathname),
      ),
    );
    const built = pages()
      .map((p) => `/${relative(DIST, p).replace(/index\.html$/, '')}`)
      .filter((p) => p !== '/404.html');
    expect(listed.sort()).toEqual(built.sort());
  });

  it('the 404 page offers the way home', () => {
    const html = read(join(DIST, '404.html'));
    expect(html).toContain('找不到页面');
    expect(html).toContain('href="/"');
  });

  it('the codebook lists every category', () => {
    const html = read(join(DIST, 'codebook', 'index.html'));
    for (const code of Object.keys(CONDITION_CATEGORIES)) expect(html).toContain(`id="categories-${code}"`);
  });

  it('the codebook explains every value of the application vocabularies', () => {
    const html = read(join(DIST, 'codebook', 'index.html'));
    for (const [section, vocabulary] of [
      ['materials', MATERIAL_KINDS],
      ['recommenders', RECOMMENDER_KINDS],
      ['recommender-acts', RECOMMENDER_ACTS],
      ['winner-duties', WINNER_DUTY_KINDS],
    ] as const)
      for (const [code, { label }] of Object.entries(vocabulary)) {
        expect(html, `${section}-${code}`).toContain(`id="${section}-${code}"`);
        expect(html).toContain(label);
      }
  });

  it('the codebook counts what the checker tests, per regulation and applicant', () => {
    const html = read(join(DIST, 'codebook', 'index.html'));
    const table = html.slice(html.indexOf('id="coverage"'), html.indexOf('id="fields"'));
    for (const e of entries) expect(table).toContain(`href="/regulations/${e.id}/"`);
    for (const row of coverageRows(entries)) {
      const cells = COVERAGE_COLUMNS.map((c) => `<td>${row.counts[c.key]}</td>`).join('');
      expect(table).toContain(`<td>${coverageApplicantText(row.applicant, row.tracks)}</td>${cells}`);
    }
  });
});

describe('open data files', () => {
  it('regulations.json holds every regulation with citations and a schema version', () => {
    const ds = JSON.parse(read(join(DIST, 'data', 'regulations.json')));
    expect(ds.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(ds.regulations.map((r: { id: string }) => r.id).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const e of entries)
      expect(ds.regulations.find((r: { id: string }) => r.id === e.id).data).toEqual(e.regulation);
  });

  it('one JSON per regulation, a CSV and the JSON Schema', () => {
    for (const e of entries)
      expect(JSON.parse(read(join(DIST, 'data', `${e.id}.json`))).data.title).toBe(e.regulation.title);
    const csv = read(join(DIST, 'data', 'regulations.csv'))
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(entries.length + 1);
    const schema = JSON.parse(read(join(DIST, 'data', 'regulations.schema.json')));
    expect(schema.$schema).toMatch(/json-schema\.org\/draft\/2020-12/);
  });

  it('the data page links all of them', () => {
    const links = hrefs(read(join(DIST, 'data', 'index.html')));
    for (const f of [
      'regulations.json',
      'regulations.csv',
      'regulations.schema.json',
      ...entries.map((e) => `${e.id}.json`),
    ]) {
      expect(links).toContain(`/data/${f}`);
    }
  });
});

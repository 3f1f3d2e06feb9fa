// The open data as built (dist/, from `npm run build`): the data package validates with the files beside it and
// lists every one of them; every regulation page carries schema.org Legislation; the feed is Atom with an entry
// per regulation; the licence is stated on /data/ and in every JSON file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xml2js, type Element } from 'xml-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { CSV_COLUMNS } from '../../src/lib/export.ts';
import { DATA_LICENSE } from '../../src/lib/open-data/licence.ts';
import { SCHEMA_ORG, expandJsonLd, first, readDataPackage } from '../support/open-data.ts';
import { CONTENT, DIST, SEEDS } from '../support/paths.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });
const DATA = join(DIST, 'data');
const read = (p: string) => readFileSync(p, 'utf8');

beforeAll(() => {
  if (!existsSync(join(DATA, 'datapackage.json'))) throw new Error('dist/ is missing: run `npm run build` first');
});

describe('the built data package', () => {
  const descriptor = () => JSON.parse(read(join(DATA, 'datapackage.json')));

  it('validates with Frictionless, its CSV read against its Table Schema', async () => {
    const { pkg, rows, json } = await readDataPackage(DATA, descriptor());
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(rows.get('regulations-csv')?.map((r) => r.id)).toEqual(entries.map((e) => e.id));
    for (const [name, doc] of json)
      if (name !== 'regulations-schema')
        expect((doc as { license?: unknown }).license, name).toMatchObject(DATA_LICENSE);
  });

  it('describes every CSV and JSON file published under /data/', () => {
    const published = readdirSync(DATA).filter((f) => /\.(csv|json)$/.test(f) && f !== 'datapackage.json');
    expect(
      descriptor()
        .resources.map((r: { path: string }) => r.path)
        .sort(),
    ).toEqual(published.sort());
  });

  it('regulations.csv has the as-of day in every row', async () => {
    const { rows } = await readDataPackage(DATA, descriptor());
    const days = new Set(rows.get('regulations-csv')?.map((r) => (r.as_of as Date).toISOString().slice(0, 10)));
    expect(days.size).toBe(1);
    expect(read(join(DATA, 'regulations.csv')).split(/\r\n/)[0]).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
  });

  it('/data/ states the licence and links the package and the feed', () => {
    const html = read(join(DATA, 'index.html'));
    expect(html).toContain(DATA_LICENSE.name);
    expect(html).toContain(DATA_LICENSE.path);
    expect(html).toContain('著作权法');
    expect(html).toMatch(/href="\/data\/datapackage\.json"/);
    expect(html).toMatch(/href="\/feed\.xml"/);
  });
});

describe('JSON-LD on regulation pages', () => {
  it.each(entries.map((e) => [e.id, e.regulation] as const))('%s: one schema.org Legislation', async (id, reg) => {
    const html = read(join(DIST, 'regulations', id, 'index.html'));
    const head = html.slice(0, html.indexOf('</head>'));
    const blocks = [...head.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const [ld] = (await expandJsonLd(JSON.parse(blocks[0]![1]!))) as Record<string, unknown>[];
    expect(ld?.['@type']).toEqual([`${SCHEMA_ORG}Legislation`]);
    expect(ld?.['@id']).toMatch(new RegExp(`/regulations/${id}/$`));
    expect(first(ld!, 'name')).toBe(reg.title);
    expect(first(ld!, 'legislationIdentifier')).toBe(reg.documentNumber.value ?? undefined);
    expect(first(ld!, 'legislationLegalForce')).toMatch(/^(InForce|NotInForce|PartiallyInForce)$/);
    for (const p of ['inLanguage', 'legislationJurisdiction', 'legislationPassedBy', 'publisher'])
      expect(ld?.[`${SCHEMA_ORG}${p}`], p).toBeDefined();
    if (reg.stage.value === 'draft') expect(first(ld!, 'legislationLegalForce')).toBe('NotInForce');
  });
});

describe('the Atom feed', () => {
  it('is well-formed Atom with one entry per regulation, each linking its page', () => {
    const doc = xml2js(read(join(DIST, 'feed.xml'))) as Element;
    const feed = doc.elements?.find((e) => e.name === 'feed');
    expect(feed?.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    const links = (feed?.elements ?? [])
      .filter((e) => e.name === 'entry')
      .map((e) => e.elements?.find((c) => c.name === 'link')?.attributes?.href);
    expect(links.map((l) => new URL(String(l)).pathname).sort()).toEqual(
      entries.map((e) => `/regulations/${e.id}/`).sort(),
    );
  });

  it('every page points to it from its head', () => {
    for (const page of ['index.html', 'data/index.html', `regulations/${entries[0]!.id}/index.html`])
      expect(read(join(DIST, page)), page).toMatch(
        /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.xml"/,
      );
  });
});

// Reading the open data as its users' tools do: the Data Package through
// Frictionless's validator (datapackage), the JSON-LD through a JSON-LD
// processor (jsonld) with schema.org's context served from a local copy, never
// from the network.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import jsonld from 'jsonld';
import { FIXTURES } from './paths.ts';

/**
 * Loads a data package from a folder and reads every resource: tabular ones cast against their Table Schema
 * (a header that differs from the schema's fields throws), the others as bytes. The folder is copied first and
 * each CSV's BOM dropped: the site writes one for spreadsheet programs, and datapackage-js (unlike Python's
 * frictionless) would take it for part of the first column's name.
 */
export async function readDataPackage(dir: string, descriptor: object) {
  const copy = mkdtempSync(join(tmpdir(), 'atlas-datapackage-'));
  cpSync(dir, copy, { recursive: true });
  for (const f of readdirSync(copy).filter((f) => f.endsWith('.csv'))) {
    writeFileSync(join(copy, f), readFileSync(join(copy, f), 'utf8').replace(/^\ufeff/, ''));
  }
  const pkg = await Package.load(descriptor, { basePath: copy });
  const rows = new Map<string, Record<string, unknown>[]>();
  const json = new Map<string, unknown>();
  for (const r of pkg.resources) {
    if (r.tabular) rows.set(r.name, await r.read({ keyed: true }));
    else json.set(r.name, JSON.parse(new TextDecoder().decode(await r.rawRead())));
  }
  return { pkg, rows, json };
}

export const SCHEMA_ORG = 'http://schema.org/';
const CONTEXT = JSON.parse(readFileSync(join(FIXTURES, 'open-data/schema-org-context.jsonld'), 'utf8'));
const SCHEMA_ORG_ADDRESSES = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
]);

/** Expands JSON-LD; a context from anywhere but schema.org is refused, and schema.org's is the local copy. */
export async function expandJsonLd(doc: object) {
  return jsonld.expand(doc, {
    safe: true, // a term the context does not define is an error, not silently dropped
    documentLoader: async (url) => {
      if (!SCHEMA_ORG_ADDRESSES.has(url)) throw new Error(`the test loads no context from the network: ${url}`);
      return { contextUrl: null, documentUrl: url, document: CONTEXT };
    },
  });
}

/** The first value of an expanded property: its @value or @id. */
export function first(node: Record<string, unknown>, property: string): unknown {
  const values = node[`${SCHEMA_ORG}${property}`] as { '@value'?: unknown; '@id'?: string }[] | undefined;
  const v = values?.[0];
  return v && ('@value' in v ? v['@value'] : (v['@id'] ?? v));
}

import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { collectCitations } from '../../src/lib/content/citations.ts';
import { CSV_COLUMNS, buildCsv, buildDataset, datasetJsonParts } from '../../src/lib/export.ts';
import { fieldDocs, regulationJsonSchema } from '../../src/lib/json-schema.ts';
import { SCHEMA_VERSION } from '../../src/lib/schema.ts';
import { largestPrize } from '../../src/lib/prizes.ts';
import { CONTENT, SEEDS } from '../support/paths.ts';
import { parseCsv as readCsv } from '../support/csv.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });

describe('open data', () => {
  it('writes the JSON dataset a regulation at a time, the same text as in one piece', () => {
    const parts = [...datasetJsonParts(entries, '2026-11-22')];
    expect(parts.join('')).toBe(JSON.stringify(buildDataset(entries, '2026-11-22')));
    expect(parts.length).toBe(entries.length + 2);
  });

  it('the JSON dataset carries every regulation with all its citations and the schema version', () => {
    const ds = buildDataset(entries, '2026-11-22');
    expect(ds.schemaVersion).toBe(SCHEMA_VERSION);
    expect(ds.license.name).toBe('CC-BY-4.0');
    expect(ds.regulations).toHaveLength(entries.length);
    for (const [i, r] of ds.regulations.entries()) {
      expect(r.data).toEqual(entries[i]!.regulation);
      expect(collectCitations(JSON.parse(JSON.stringify(r.data))).length).toBe(
        collectCitations(entries[i]!.regulation).length,
      );
    }
    expect(ds.regulations.find((r) => r.id === 'jiangyin-2022-draft')?.status.status).toBe('draft');
  });

  it('the CSV has one row per regulation whose cells equal the content', () => {
    const rows = readCsv(buildCsv(entries, '2026-11-22'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(entries.length + 1);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    for (const [i, e] of entries.entries()) {
      const row = rows[i + 1]!;
      expect(row[col('id')]).toBe(e.id);
      expect(row[col('title')]).toBe(e.regulation.title);
      expect(row[col('document_number')]).toBe(e.regulation.documentNumber.value ?? '');
      expect(row[col('largest_prize_yuan')]).toBe(String(largestPrize(e.regulation) ?? ''));
      expect(row[col('cycle_years')]).toBe(String(e.regulation.awardCycle.everyYears));
      expect(row[col('as_of')]).toBe('2026-11-22');
      expect(row[col('admits_individuals')]).toBe(String(e.regulation.applicants.some((a) => a.type === 'individual')));
    }
  });

  it('the JSON Schema is generated from the zod schema and documents its fields', () => {
    const schema = regulationJsonSchema();
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'tiers', 'exclusionClauses', 'sanctions']),
    );
    const docs = fieldDocs(schema);
    const lookback = docs.find((d) => d.path === 'exclusionClauses[].lookbackYears');
    expect(lookback?.description).toMatch(/回溯年限/);
    expect(docs.find((d) => d.path === 'title')?.required).toBe(true);
  });
});

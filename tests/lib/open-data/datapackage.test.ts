// The data package of /data/, built from the content and validated by Frictionless's validator with the files it
// describes: the descriptor against the Data Package profile, the CSV against its Table Schema.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../../src/lib/content/load.ts';
import { CSV_COLUMNS, buildCsv, buildDataset, exportRegulation } from '../../../src/lib/export.ts';
import { regulationJsonSchema } from '../../../src/lib/json-schema.ts';
import { buildDataPackage } from '../../../src/lib/open-data/datapackage.ts';
import { DATA_LICENSE } from '../../../src/lib/open-data/licence.ts';
import { regulationsCsvSchema } from '../../../src/lib/open-data/table-schema.ts';
import { SCHEMA_VERSION } from '../../../src/lib/schema.ts';
import { readDataPackage } from '../../support/open-data.ts';
import { CONTENT, SEEDS } from '../../support/paths.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });
const AS_OF = '2026-11-22';
const descriptor = buildDataPackage({
  regulations: entries.map((e) => ({ id: e.id, title: e.regulation.title })),
  asOf: AS_OF,
  schemaVersion: SCHEMA_VERSION,
});

/** The files of /data/ as the site writes them, into a folder of their own; `csv` replaces regulations.csv. */
function dataFolder(csv = buildCsv(entries, AS_OF)) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  writeFileSync(join(dir, 'regulations.csv'), csv);
  writeFileSync(join(dir, 'regulations.json'), JSON.stringify(buildDataset(entries, AS_OF)));
  writeFileSync(join(dir, 'regulations.schema.json'), JSON.stringify(regulationJsonSchema()));
  for (const e of entries) writeFileSync(join(dir, `${e.id}.json`), JSON.stringify(exportRegulation(e, AS_OF)));
  return dir;
}

describe('the data package', () => {
  it('validates, and its CSV reads against the Table Schema with the content values', async () => {
    const { pkg, rows } = await readDataPackage(dataFolder(), descriptor);
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const csv = rows.get('regulations-csv') ?? [];
    expect(csv.map((r) => r.id)).toEqual(entries.map((e) => e.id));
    for (const [i, e] of entries.entries()) {
      const row = csv[i]!;
      expect(row.cycle_years).toBe(e.regulation.awardCycle.everyYears ?? null);
      expect(row.admits_individuals).toBe(e.regulation.applicants.some((a) => a.type === 'individual'));
      expect(row.exclusion_clauses).toBe(e.regulation.exclusionClauses.length);
      expect(row.as_of).toEqual(new Date(`${AS_OF}T00:00:00Z`));
    }
  });

  it('names one resource per file, the licence on the package and on each resource', () => {
    const paths = descriptor.resources.map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'regulations.json',
        'regulations.csv',
        'regulations.schema.json',
        ...entries.map((e) => `${e.id}.json`),
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
    expect(descriptor.licenses).toEqual([DATA_LICENSE]);
    for (const r of descriptor.resources) expect(r.licenses).toEqual([DATA_LICENSE]);
  });

  it('describes every CSV column in order, each with a type and a description, keyed by id', () => {
    const schema = regulationsCsvSchema();
    expect(schema.fields.map((f) => f.name)).toEqual([...CSV_COLUMNS]);
    for (const f of schema.fields) expect(f.description, f.name).toMatch(/\S/);
    expect(schema.primaryKey).toBe('id');
  });

  it('fails a CSV with a column its schema does not describe', async () => {
    const csv = buildCsv(entries, AS_OF).replace(/\r\n/g, ',x\r\n');
    await expect(readDataPackage(dataFolder(csv), descriptor)).rejects.toThrow(/does not match/);
  });

  it('fails a CSV whose cell is not of its column type', async () => {
    const csv = buildCsv(entries, AS_OF).replace(/,(\d{4}-\d{2}-\d{2})\r\n/, ',not a day\r\n');
    await expect(readDataPackage(dataFolder(csv), descriptor)).rejects.toThrow();
  });
});

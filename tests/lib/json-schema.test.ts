// The published JSON Schema (/data/regulations.schema.json) against the snapshot
// of it committed with the SCHEMA_VERSION it belongs to: a change of shape fails
// until SCHEMA_VERSION is bumped (CHANGELOG.md says by how much) and recorded.
// After a bump, write the snapshot anew: ATLAS_WRITE_SCHEMA_SNAPSHOT=1 npx vitest run tests/lib/json-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regulationJsonSchema } from '../../src/lib/json-schema.ts';
import { groups } from '../../src/lib/regex.ts';
import { SCHEMA_VERSION } from '../../src/lib/schema.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const SNAPSHOT = join(FIXTURES, 'json-schema.json');
const snapshot: { schemaVersion: string; schema: unknown } = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
// The title names the version: the shape is everything else.
const shapeOf = (schema: unknown) => ({ ...(schema as Record<string, unknown>), title: undefined });
const current = regulationJsonSchema();
const semver = (v: string) => v.split('.').map(Number);
const later = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  const i = x.findIndex((n, k) => n !== y[k]);
  const [m, n] = [x[i], y[i]];
  return m !== undefined && n !== undefined && m > n;
};

describe('the published JSON Schema', () => {
  if (process.env.ATLAS_WRITE_SCHEMA_SNAPSHOT && snapshot.schemaVersion !== SCHEMA_VERSION) {
    writeFileSync(SNAPSHOT, `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, schema: current }, null, 2)}\n`);
    snapshot.schemaVersion = SCHEMA_VERSION;
    snapshot.schema = current;
  }

  it('keeps its shape while SCHEMA_VERSION stays the same', () => {
    if (snapshot.schemaVersion !== SCHEMA_VERSION) return; // the next test says what to do
    expect(
      shapeOf(current),
      `the JSON Schema changed while SCHEMA_VERSION stays ${SCHEMA_VERSION}: bump SCHEMA_VERSION and add a CHANGELOG entry`,
    ).toEqual(shapeOf(snapshot.schema));
  });

  it('has a snapshot of the current SCHEMA_VERSION, which only goes up', () => {
    expect(
      snapshot.schemaVersion,
      `SCHEMA_VERSION is ${SCHEMA_VERSION} but the snapshot is of ${snapshot.schemaVersion}: ` +
        'write it anew with ATLAS_WRITE_SCHEMA_SNAPSHOT=1 npx vitest run tests/lib/json-schema.test.ts',
    ).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has a CHANGELOG entry for SCHEMA_VERSION', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog, `add a "## Schema ${SCHEMA_VERSION}" entry to CHANGELOG.md`).toMatch(
      new RegExp(`^## Schema ${SCHEMA_VERSION.replaceAll('.', '\\.')}\\b`, 'm'),
    );
    // The newest entry comes first, and versions go up.
    const versions = [...changelog.matchAll(/^## Schema (\d+\.\d+\.\d+)/gm)].map((m) => groups(m, 1)[0]);
    expect(versions[0]).toBe(SCHEMA_VERSION);
    versions.slice(1).forEach((v, i) => expect(later(versions[i]!, v), `${versions[i]} after ${v}`).toBe(true));
  });
});

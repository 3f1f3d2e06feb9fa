// Every content file pins its seed by SHA-256, and `npm run validate` fails on a
// seed edited by one byte, naming the file, the expected and the actual hash.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../../src/lib/content/load.ts';
import { sha256Of } from '../../../src/lib/content/provenance.ts';
import { SOURCE_URL_UNRECORDED } from '../../../src/lib/schema.ts';
import { CONTENT, ROOT, SEEDS } from '../../support/paths.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });

describe('provenance of the texts', () => {
  it('records for every regulation its publisher, address or why none, the day taken and its seed’s hash', () => {
    for (const { id, regulation } of entries) {
      const s = regulation.source;
      expect(s.sha256, id).toBe(sha256Of(readFileSync(join(SEEDS, s.file))));
      expect(s.publisher, id).not.toBe('');
      if (s.url === SOURCE_URL_UNRECORDED) expect(s.note, `${id}: a missing address says why`).toMatch(/网页地址/);
      else expect(s.url, id).toMatch(/^https?:\/\//);
    }
  });

  it('npm run validate fails on a seed edited by one byte, naming the file and both hashes', () => {
    const [first] = entries;
    if (!first) throw new Error('no content to check');
    const seeds = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
    cpSync(SEEDS, seeds, { recursive: true });
    const path = join(seeds, first.regulation.source.file);
    const bytes = readFileSync(path);
    // The last byte (a line end or a character's last byte) changed: the text still parses, only the hash tells.
    bytes[bytes.length - 1] = bytes[bytes.length - 1] === 0x0a ? 0x20 : 0x0a;
    writeFileSync(path, bytes);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), CONTENT, seeds], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${first.file}:`);
    expect(run.stderr).toContain(
      `source.sha256: seeds/${first.regulation.source.file} does not match its recorded hash: expected sha256 ${first.regulation.source.sha256}, actual ${sha256Of(bytes)}`,
    );
    expect(run.stderr).toMatch(/^1 problem\(s\)/m);
  });
});

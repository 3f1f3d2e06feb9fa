// The site's content loader runs the validator's checks: content that
// `npm run validate` refuses fails `astro build` with the same messages, and
// valid content is stored in the one order of regulations.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { regulationsLoader } from '../../src/data/loader.ts';
import { compareRegulations } from '../../src/lib/content/order.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import type { Regulation } from '../../src/lib/schema.ts';
import { CONTENT, FIXTURES, ROOT, SEEDS } from '../support/paths.ts';

/** The little of Astro's loader context the loader uses, over a Map. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
  const store = {
    clear: () => entries.clear(),
    set: (e: { id: string; data: Record<string, unknown>; filePath?: string }) => (entries.set(e.id, e), true),
  };
  const context = { store, generateDigest: (d: unknown) => JSON.stringify(d).length.toString(36) };
  return { entries, context: context as unknown as LoaderContext };
}

const validatorLines = (contentDir: string, seedsDir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), contentDir, seedsDir], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .stderr.split('\n')
    .filter((l) => /^\S+\.ya?ml(:\d+)?: /.test(l));

describe('the regulations loader', () => {
  it('stores every valid regulation as validated, in the one order of regulations', async () => {
    const { entries, context } = fakeContext();
    await regulationsLoader({ contentDir: CONTENT, seedsDir: SEEDS }).load(context);
    const stored = [...entries.values()].map((e) => ({ id: e.id, regulation: e.data as unknown as Regulation }));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((e) => e.id)).toEqual([...stored].sort(compareRegulations).map((e) => e.id));
    for (const e of entries.values()) expect(e.filePath).toMatch(new RegExp(`${e.id}\\.ya?ml$`));
  });

  it('fails on a wrong quote with the validator’s file:line: field: message, and stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-loader-'));
    cpSync(join(FIXTURES, 'content/good'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'content/broken/wrong-quote.yaml'), join(dir, 'wrong-quote.yaml'));
    const seeds = join(FIXTURES, 'seeds');
    const { entries, context } = fakeContext();

    const failure = await regulationsLoader({ contentDir: dir, seedsDir: seeds })
      .load(context)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(failure).toBeInstanceOf(ContentError);
    const expected = validatorLines(dir, seeds);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(
      /wrong-quote\.yaml:68: tiers\[0\]\.prizes\[0\]\.cite\.quote: quote "奖金为30万元" not found/,
    );
    const message = (failure as Error).message;
    for (const line of expected) expect(message).toContain(line);
    expect(entries.size).toBe(0);
  });
});

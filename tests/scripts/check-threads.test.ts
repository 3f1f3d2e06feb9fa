// `npm run check` on worker threads (scripts/batch/checkers.ts) writes the same
// bytes as on the main thread alone: the same report and --json, rows in the
// file's order, the same exit code and summary, and a file problem found late
// still stops it with exit 2 after the rows before it.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicantsCsv, syntheticApplicant } from '../../bench/lib/applicants.ts';
import { applicantChars, checkThreads, INLINE_BYTES, MAX_THREADS } from '../../scripts/batch/checkers.ts';
import { answerContext } from '../../src/lib/eligibility/engine.ts';
import { ROOT } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const AS_OF = '2026-11-22';
const dir = mkdtempSync(join(tmpdir(), 'atlas-check-threads-'));
const context = answerContext(realEntries(), AS_OF);
const N = 300;

/**
 * Mixed applicants: synthetic ones (some answers left out, items half told), one in seven with an answer that is
 * wrong. Names of some thousands of characters make the chunks small (a chunk carries a bounded length of
 * names), so the 300 are sent in many chunks, more than the threads hold at once.
 */
const applicants = Array.from({ length: N }, (_, i) => {
  const a = syntheticApplicant(i, context);
  const name = `${a.name}${'名'.repeat(i % 3 === 0 ? 60_000 : 10)}`;
  if (i % 7 === 3) return { ...a, name, foundedOn: '2030-01-01' };
  if (i % 7 === 5) return { ...a, name, jurisdiction: '江苏省/南通市/崇川区' };
  return { ...a, name };
});
const csv = join(dir, 'mixed.csv');
writeFileSync(csv, applicantsCsv(applicants));
const json = join(dir, 'mixed.json');
writeFileSync(json, JSON.stringify(applicants));
// The same rows, then a quote never closed: the file stops after them.
const broken = join(dir, 'broken.csv');
writeFileSync(broken, `${applicantsCsv(applicants)}"unclosed,organization\n`);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
const check = (threads: number, ...args: string[]) =>
  new Promise<Run>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'scripts/check.ts'), ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 256 * 2 ** 20,
        env: { ...process.env, ATLAS_AS_OF: AS_OF, ATLAS_CHECK_THREADS: String(threads) },
      },
      (_, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });

const rowsOfText = (stdout: string) => [...stdout.matchAll(/^[■✗] 第(\d+)行/gm)].map((m) => Number(m[1]));
const rowsOfJson = (stdout: string) => (JSON.parse(stdout) as { row: number }[]).map((r) => r.row);
const invalidRows = applicants.flatMap((_, i) => (i % 7 === 3 || i % 7 === 5 ? [i] : []));

describe.concurrent('npm run check on worker threads writes what the main thread writes', { timeout: 120_000 }, () => {
  it('the text report of a CSV: the same bytes, every row in order, exit 1 for the wrong rows', async () => {
    const [alone, pooled] = await Promise.all([check(0, csv), check(2, csv)]);
    expect(alone.status, alone.stderr).toBe(1);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.stderr).toBe(alone.stderr);
    expect(pooled.status).toBe(alone.status);
    expect(rowsOfText(pooled.stdout)).toEqual(applicants.map((_, i) => i + 2));
    expect(pooled.stderr).toContain(`${invalidRows.length} 个申报者的回答有误`);
  });

  it('--json of a JSON array: the same bytes, every applicant in order', async () => {
    const [alone, pooled] = await Promise.all([check(0, json, '--json'), check(3, json, '--json')]);
    expect(alone.status, alone.stderr).toBe(1);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.status).toBe(alone.status);
    expect(rowsOfJson(pooled.stdout)).toEqual(applicants.map((_, i) => i + 1));
  });

  it('a file problem after the rows: they are written, then the problem, exit 2', async () => {
    const [alone, pooled] = await Promise.all([check(0, broken), check(2, broken)]);
    expect(alone.status).toBe(2);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.stderr).toBe(alone.stderr);
    expect(pooled.status).toBe(2);
    expect(rowsOfText(pooled.stdout)).toHaveLength(N);
    expect(pooled.stderr).toMatch(/broken\.csv/);
  });

  it('a setting of threads that is not a whole number from 0 is refused, exit 2', async () => {
    const run = await check(-1, csv);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/ATLAS_CHECK_THREADS：应为 0 到 \d+ 的整数/);
    expect(run.stdout).toBe('');
  });
});

describe('checkThreads', () => {
  it('takes the setting where given, else threads for a large file on a machine of several cores', () => {
    expect(checkThreads('0', 10 * INLINE_BYTES)).toBe(0);
    expect(checkThreads('3', 0)).toBe(3);
    for (const bad of ['-1', '1.5', 'two', String(MAX_THREADS + 1)]) expect(checkThreads(bad, 0)).toBeUndefined();
    expect(checkThreads(undefined, INLINE_BYTES - 1)).toBe(0);
    const cores = availableParallelism();
    expect(checkThreads(undefined, INLINE_BYTES)).toBe(cores >= 2 ? Math.min(cores, MAX_THREADS) : 0);
  });
});

describe('applicantChars', () => {
  it('weighs an applicant by its name and answers, a long answer too, and stops counting at the cap', () => {
    const of = (raw: Record<string, unknown>, name = 'a') => applicantChars({ row: 1, name, raw, problems: [] }, 1e6);
    expect(of({})).toBe(1);
    expect(of({ foundedOn: '2020-01-01' })).toBe(1 + 'foundedOn'.length + 10);
    expect(of({ accidents: [{ date: 'x'.repeat(5000) }] })).toBeGreaterThan(5000);
    expect(of({}, '名'.repeat(3000))).toBe(3000);
    const huge = { junk: Array.from({ length: 10_000 }, () => 'y'.repeat(1000)) };
    expect(applicantChars({ row: 1, name: '', raw: huge, problems: [] }, 50_000)).toBeLessThan(60_000);
  });
});

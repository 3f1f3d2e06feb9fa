// `npm run check` streams (issue 13, defect 9): it reads, checks and writes one
// applicant at a time, so a file far larger than its heap is checked whole, --json
// on many applicants is written as it goes (never one giant string), and a long
// report through a slow pipe arrives complete.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicantsCsv, syntheticApplicant } from '../../bench/lib/applicants.ts';
import { answerContext } from '../../src/lib/eligibility/engine.ts';
import { reportNotice } from '../../src/lib/wording/findings.ts';
import { ROOT } from '../support/paths.ts';
import { realEntries } from '../support/regulations.ts';

const AS_OF = '2026-11-22';
const dir = mkdtempSync(join(tmpdir(), 'atlas-check-stream-'));
const context = answerContext(realEntries(), AS_OF);
const applicants = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => syntheticApplicant(from + i, context));

interface Run {
  status: number | null;
  stderr: string;
  /** What stdout said, as its reader saw it: its byte count, and the lines `keep` kept. */
  bytes: number;
  kept: string[];
}

/**
 * Runs the checker with a small heap, reading its stdout as a slow consumer would: a pause after every chunk, so
 * the pipe fills and the checker must wait for it to drain. `keep` picks the lines to hold (the rest are counted).
 */
function check(args: string[], keep: (line: string) => boolean, heapMb?: number) {
  return new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        ATLAS_AS_OF: AS_OF,
        ...(heapMb && { NODE_OPTIONS: `--max-old-space-size=${heapMb}` }),
      },
    });
    let bytes = 0;
    let rest = '';
    const kept: string[] = [];
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      bytes += Buffer.byteLength(chunk);
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (keep(line)) kept.push(line);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => {
      if (rest && keep(rest)) kept.push(rest);
      resolve({ status, stderr, bytes, kept });
    });
  });
}

describe('npm run check streams', () => {
  it('a long report through a slow pipe arrives whole, the notice last', { timeout: 120_000 }, async () => {
    const n = 400;
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify(applicants(0, n)));
    const run = await check([file], (line) => line.startsWith('■ ') || line.startsWith('请注意'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.bytes).toBeGreaterThan(512 * 1024); // far past the 64 KB a pipe holds, and the 128 KB it was once cut at
    expect(run.kept.filter((l) => l.startsWith('■ '))).toHaveLength(n);
    expect(run.kept.at(-1)).toBe(reportNotice(AS_OF));
  });

  it('--json on many applicants is written one applicant a line, within a 64 MB heap', {
    timeout: 180_000,
  }, async () => {
    const n = 2_000;
    const file = join(dir, 'many.json');
    // Long names make each line long: --json leaves the regulations' own texts out (a few KB an applicant).
    const padding = 'x'.repeat(40_000);
    writeFileSync(file, JSON.stringify(applicants(0, n).map((a) => ({ ...a, name: `${a.name}${padding}` }))));
    const rows: number[] = [];
    const run = await check(
      [file, '--json'],
      (line) => {
        if (line.startsWith('{')) rows.push(JSON.parse(line.replace(/,$/, '')).row);
        return line === '[' || line === ']';
      },
      64,
    );
    expect(run.status, run.stderr).toBe(0);
    // The lines of 2,000 applicants (over 40 KB each) outgrow the whole heap: written as they came.
    expect(run.bytes).toBeGreaterThan(64 * 2 ** 20);
    expect(run.kept).toEqual(['[', ']']);
    expect(rows).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it('a CSV larger than the heap is checked whole within a 64 MB heap', { timeout: 300_000 }, async () => {
    // Long names make the file large in few rows; 1,000 rows at a time so the test itself holds little.
    const file = join(dir, 'large.csv');
    const out = createWriteStream(file);
    const padding = 'x'.repeat(10_000);
    const batches = 10;
    for (let b = 0; b < batches; b++) {
      const csv = applicantsCsv(
        applicants(b * 1000, 1000).map((a, i) => ({ ...a, name: `客户${b * 1000 + i + 1}${padding}` })),
      );
      out.write(b ? csv.slice(csv.indexOf('\n') + 1) : csv);
    }
    await new Promise((resolve) => out.end(resolve));
    const run = await check([file], (line) => line.startsWith('■ '), 64);
    expect(run.status, run.stderr).toBe(0);
    expect(run.kept).toHaveLength(batches * 1000);
    expect(run.kept.at(-1)).toMatch(new RegExp(`^■ 第${batches * 1000 + 1}行 客户${batches * 1000}x+…（核对日期`));
  });
});

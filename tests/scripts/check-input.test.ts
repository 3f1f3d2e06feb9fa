// `npm run check` under bad input (issue 13, defects 3 and 9): every file it cannot
// read as applicants is named with where and why, exit 2, no stack trace; a bad
// row is reported and the others checked, exit 1; a bad --date or option is
// refused; what it echoes cannot forge a line of the report.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const AS_OF = '2026-11-22';
const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
const fileOf = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
const check = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'scripts/check.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ATLAS_AS_OF: AS_OF } },
      (_, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
/** A refusal: exit 2, one clear message on stderr, nothing checked, no stack trace. */
const refused = (run: Run, message: RegExp) => {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
};
const HEADER = 'name,applicantType,foundedOn';
// Each run loads and checks the content first (about a second alone, more when runs share the cores).
const TIMEOUT = 60_000;

describe.concurrent('npm run check refuses a file it cannot read as applicants, exit 2', { timeout: TIMEOUT }, () => {
  it('a missing file', async () => {
    refused(await check(join(dir, 'nowhere.csv')), /nowhere\.csv：找不到这个文件/);
  });

  it('a folder', async () => {
    const folder = join(dir, 'folder.json');
    mkdirSync(folder, { recursive: true });
    refused(await check(folder), /folder\.json：这是一个文件夹/);
  });

  it.each([
    ['empty.csv', ''],
    ['empty.json', ''],
  ])('an empty file (%s)', async (name, text) => {
    const run = await check(fileOf(name, text));
    refused(run, /文件是空的/);
    expect(run.stdout).toBe('');
  });

  it('an unterminated quote, by the line it began, after the rows before it were checked', async () => {
    const run = await check(fileOf('quote.csv', `${HEADER}\n甲,organization,\n"乙,organization,\n丙,organization,\n`));
    refused(run, /quote\.csv：第3行起的引号没有闭合/);
    expect(run.stdout).toMatch(/■ 第2行 甲/);
    expect(run.stdout).not.toMatch(/丙/);
  });

  it('a column named twice, before any row', async () => {
    const run = await check(fileOf('twice.csv', 'name,foundedOn,foundedOn\n甲,2020-01-01,2021-01-01\n'));
    refused(run, /表头的“foundedOn”出现了两次（第 2、3 列）/);
    expect(run.stdout).toBe('');
  });

  it('a column the checker does not read', async () => {
    refused(await check(fileOf('unknown.csv', 'name,foundedOnn\n甲,2020-01-01\n')), /表头有未知的列“foundedOnn”/);
  });

  it.each([
    ['null', '[{"name":"甲","applicantType":"organization"},null]', 2],
    ['42', '42', 1],
    ['a string', '["甲"]', 1],
    ['an array', '[[{"applicantType":"organization"}]]', 1],
  ])('an applicant that is %s, by its position', async (_, text, position) => {
    const run = await check(fileOf(`not-object-${position}-${text.length}.json`, text));
    refused(run, new RegExp(`第 ${position} 个申报者是.*，不是对象`));
    expect(run.stdout).not.toMatch(new RegExp(`#${position} `));
  });

  it('text that is not JSON', async () => {
    refused(
      await check(fileOf('broken.json', '[{"applicantType":"organization"} {"b":1}]')),
      /broken\.json：不是有效的 JSON/,
    );
  });
});

describe.concurrent('npm run check reads what it can', { timeout: TIMEOUT }, () => {
  it('a JSON file with a BOM', async () => {
    for (const text of ['\ufeff{"applicantType":"organization"}', '\ufeff [{"applicantType":"organization"}]']) {
      const run = await check(fileOf('bom.json', text), '--json');
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)[0].verdicts.length).toBeGreaterThan(0);
    }
  });

  it('cells beyond the header: that row reported by column, the others checked, exit 1', async () => {
    const run = await check(
      fileOf('extra.csv', `${HEADER}\n甲,organization,2020-01-01,多出的一格\n乙,organization,\n`),
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ 第2行 甲：回答有误，未核对\n {4}第4列: 表头只有 3 列，这一格“多出的一格”在表头之外/);
    expect(run.stdout).toMatch(/■ 第3行 乙（核对日期/);
  });

  it('control characters in a name cannot forge a line', async () => {
    const forged = '甲\r\n■ 第9行 伪造（核对日期 2026-01-01）\u001b[2K\u202e';
    const run = await check(fileOf('forged.json', JSON.stringify([{ name: forged, applicantType: 'organization' }])));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/^■ 第9行/m);
    expect(run.stdout.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
    expect(run.stdout).toContain('■ #1 甲  ■ 第9行 伪造（核对日期 2026-01-01）[2K（核对日期');
  });
});

describe.concurrent('npm run check refuses bad options, exit 2', { timeout: TIMEOUT }, () => {
  const answers = join(ROOT, 'examples/answers.json');
  it.each(['garbage', '2026-13-45', '2026-02-30'])('--date %s', async (day) => {
    const run = await check(answers, '--date', day);
    refused(run, /^--date：/);
    expect(run.stdout).toBe('');
  });

  it('an unknown option, with the usage', async () => {
    refused(await check(answers, '--jsno'), /没有这个选项：--jsno\nusage: npm run check --/);
  });

  it('--date without its day', async () => {
    refused(await check(answers, '--date'), /--date 后应跟一个值/);
  });
});

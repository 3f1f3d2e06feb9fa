// The line of versions and who replaced whom, from a fixture of made-up versions;
// the cross-file checks through the loader, on copies of the good fixture.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRegulations } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { currentOn, statusesOf, successions, type Versioned, versionLine } from '../../src/lib/versions.ts';
import { CONTENT, FIXTURES, SEEDS } from '../support/paths.ts';

const line = parse(readFileSync(join(FIXTURES, 'content/versions/line.yaml'), 'utf8')) as Versioned[];
const shape = (id: string, asOf: string) =>
  versionLine(id, line, asOf).map((e) =>
    e.kind === 'coded'
      ? `${e.id}${e.current ? '*' : ''}:${e.status.status}`
      : `${e.documentNumber}:${e.state}@${e.supersededFrom}`,
  );

describe('the line of versions', () => {
  it('runs oldest first, coded versions and those known from a repeal clause, whichever version it is asked for', () => {
    const expected = [
      'sample-2015:superseded',
      'sample-2020:superseded',
      '样府办〔2019〕9号:superseded@2024-04-01',
      'sample-2024:in-force',
      'sample-2026-draft:draft',
    ];
    for (const id of ['sample-2015', 'sample-2020', 'sample-2024', 'sample-2026-draft'])
      expect(shape(id, '2025-01-01'), id).toEqual(
        expected.map((x) => (x.startsWith(`${id}:`) ? x.replace(':', '*:') : x)),
      );
  });

  it('is empty for a regulation with no other version', () => {
    expect(versionLine('other-2022', line, '2025-01-01')).toEqual([]);
  });

  it('gives each version its date: the effective day of a coded one, the issue day the repeal clause states', () => {
    const dates = versionLine('sample-2024', line, '2025-01-01').map((e) => e.date);
    expect(dates).toEqual(['2015-12-25', '2020-07-01', '2019-05', '2024-04-01', '2026-05-01']);
  });

  it('a version known only from its successor is replaced from the day the successor takes effect', () => {
    const known = (asOf: string) => versionLine('sample-2024', line, asOf).find((e) => e.kind === 'text-only');
    expect(known('2024-03-31')).toMatchObject({ state: 'until-successor', supersededFrom: '2024-04-01' });
    expect(known('2024-04-01')).toMatchObject({ state: 'superseded', namedBy: 'sample-2024' });
  });
});

describe('who replaced whom', () => {
  it('a final successor replaces from its effective day; a draft replaces nothing', () => {
    const by = successions(line);
    expect(by.get('sample-2015')).toEqual({ id: 'sample-2020', title: '样例区区长质量奖管理办法', from: '2020-07-01' });
    expect(by.get('sample-2020')).toMatchObject({ id: 'sample-2024', from: '2024-04-01' });
    expect(by.has('sample-2024')).toBe(false);
  });

  it('the version in force on a day is the one a check or comparison of that day uses', () => {
    const ids = (asOf: string) => currentOn(line, asOf).map((e) => e.id);
    expect(ids('2024-03-31')).toEqual(['sample-2020', 'sample-2024', 'sample-2026-draft', 'other-2022']);
    expect(ids('2024-04-01')).toEqual(['sample-2024', 'sample-2026-draft', 'other-2022']);
    expect(statusesOf(line, '2020-06-30').get('sample-2015')?.status).toBe('in-force');
  });
});

describe('the version links of the content', () => {
  const entries = loadRegulations({ contentDir: CONTENT, seedsDir: SEEDS }).entries;

  it('every content file names what it replaces as its repeal clause does: each version it supersedes is repealed', () => {
    for (const { id, regulation } of entries)
      for (const v of regulation.supersedes ?? [])
        if (v.documentNumber)
          expect(
            regulation.repeals.map((r) => r.documentNumber),
            `${id}: ${v.documentNumber}`,
          ).toContain(v.documentNumber);
  });
});

describe('the loader checks version links across files', () => {
  const sample = readFileSync(join(FIXTURES, 'content/good/sample-2024.yaml'), 'utf8');
  /** The good fixture as `id`, superseding `earlier`. */
  const version = (earlier: string) =>
    sample.replace(
      /\nawardCycle:/,
      `\nsupersedes:\n  - id: ${earlier}\n    cite:\n      article: front\n      quote: 样例区人民政府\nawardCycle:`,
    );
  const problems = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-versions-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return loadRegulations({ contentDir: dir, seedsDir: join(FIXTURES, 'seeds'), root: dir }).problems.map(
      formatProblem,
    );
  };

  it('accepts an { id } naming a coded regulation', () => {
    expect(problems({ 'a.yaml': sample, 'b.yaml': version('a') })).toEqual([]);
  });

  it('names the file and line of an { id } that is not coded, and what was expected', () => {
    expect(problems({ 'b.yaml': version('nowhere-2019') })).toEqual([
      expect.stringMatching(
        /^b\.yaml:\d+: supersedes\[0\]\.id: unknown regulation "nowhere-2019": expected the id of a file in content\/regulations\//,
      ),
    ]);
  });

  it('refuses versions that replace each other in a circle, once', () => {
    const found = problems({ 'a.yaml': version('b'), 'b.yaml': version('a') });
    expect(found).toEqual([
      expect.stringMatching(/^a\.yaml:\d+: supersedes\[0\]\.id: versions replace each other in a circle \(a → b → a\)/),
    ]);
    expect(problems({ 'a.yaml': version('a') })).toEqual([
      expect.stringMatching(/"a" is this regulation itself: expected an earlier version/),
    ]);
  });

  it('refuses an entry that is neither { id } nor { title }', () => {
    const text = sample.replace(
      /\nawardCycle:/,
      '\nsupersedes:\n  - documentNumber: 样府〔2019〕1号\n    cite:\n      article: front\n      quote: 样例区人民政府\nawardCycle:',
    );
    expect(problems({ 'a.yaml': text }).join('\n')).toMatch(/supersedes\[0\]: expected either \{ id \}/);
  });
});

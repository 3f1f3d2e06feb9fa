// Content and rule case files under hostile or mistaken input: an alias bomb (a few hundred
// bytes standing for a billion values), a file of megabytes, values far longer than any real
// one. Each is refused within a second with a message that names the file and what was
// expected, and no message echoes a long value whole.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../../src/lib/content/citations.ts';
import { excerpt } from '../../../src/lib/content/excerpt.ts';
import { loadRegulations } from '../../../src/lib/content/load.ts';
import { parseRegulationFile } from '../../../src/lib/content/parse-file.ts';
import { type ContentProblem, formatProblem } from '../../../src/lib/content/problems.ts';
import { checkCaseFile, checkRuleCases } from '../../../src/lib/content/rule-cases.ts';
import { MAX_CONTENT_FILE_BYTES } from '../../../src/lib/content/yaml-bounds.ts';
import { timedOnCpu } from '../../support/cpu-time.ts';
import { FIXTURES } from '../../support/paths.ts';
import { fixtureEntries } from '../../support/regulations.ts';

const seeds = join(FIXTURES, 'seeds');
const sample = readFileSync(join(FIXTURES, 'content/good/sample-2024.yaml'), 'utf8');
const caseFile = readFileSync(join(FIXTURES, 'cases/good/sample-2024.yaml'), 'utf8');

/** Nine levels of `width` aliases each: 9^9 (387 million) citations in a few hundred bytes at width 9. */
function aliasBomb(key: string, width = 9): string {
  const lines = [`${key}:`, '  - &l0 { cite: { article: 1, quote: "样例区区长质量奖" } }'];
  for (let d = 1; d <= 9; d++)
    lines.push(
      `  - &l${d} [${Array(width)
        .fill(`*l${d - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** Runs `work` and fails if it takes `ms` or more of this process's CPU time (which other processes do not stretch). */
function within<T>(ms: number, work: () => T): T {
  const { value, ms: took } = timedOnCpu(work);
  expect(took, `took ${Math.round(took)} ms of CPU time`).toBeLessThan(ms);
  return value;
}
const withinASecond = <T>(work: () => T): T => within(1000, work);

/** The problems of one content file, checked as `npm run validate` checks a folder of them. */
function validateFile(text: string): ContentProblem[] {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bounds-'));
  writeFileSync(join(dir, 'crafted-2024.yaml'), text);
  return withinASecond(() => loadRegulations({ contentDir: dir, seedsDir: seeds, root: dir }).problems);
}

// Long enough to name what was wrong and what was expected, short enough to read.
const MESSAGE_MAX = 400;
const expectShortMessages = (problems: ContentProblem[]) => {
  for (const p of problems) expect(formatProblem(p).length, formatProblem(p).slice(0, 200)).toBeLessThan(MESSAGE_MAX);
};

describe('an alias bomb', () => {
  it('of 27 KB in a content file, under a field the schema does not know, is refused at its first alias', () => {
    const bomb = aliasBomb('bomb', 600);
    expect(bomb.length).toBeGreaterThan(27_000);
    const text = `${sample}${bomb}`;
    const problems = validateFile(text);
    const line = text.split('\n').findIndex((l) => l.includes('*l0')) + 1;
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(`^crafted-2024\\.yaml:${line}: \\(file\\): YAML alias \\*l0 \\(5400 in the file\\): expected every`),
      ),
    ]);
  });

  it('in a content file, under a field the schema reads, is refused the same way', () => {
    const text = sample.replace(/^evaluationStandards: \[\]\n/m, '') + aliasBomb('evaluationStandards');
    expect(text).not.toContain('evaluationStandards: []');
    expect(validateFile(text).map((p) => p.message)).toEqual([expect.stringMatching(/^YAML alias \*l0 /)]);
  });

  it('in a rule case file is refused at its first alias', () => {
    const text = `${caseFile}${aliasBomb('bomb')}`;
    const problems = withinASecond(() => checkCaseFile('x.yaml', text, fixtureEntries()));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^YAML alias \*l0 \(81 in the file\)/)]);
  });

  it('a single alias is refused too: content files write every value out', () => {
    const text = sample.replace(/^shortName: .*$/m, 'shortName: &short 样例区\nshortTitle: *short');
    expect(parseRegulationFile('x.yaml', text).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.yaml:3: \(file\): YAML alias \*short \(1 in the file\): expected /),
    ]);
  });

  it('a star or ampersand inside a quoted text is no alias', () => {
    const text = sample.replace(/^shortName: .*$/m, 'shortName: "样例区 *注 &"');
    expect(parseRegulationFile('x.yaml', text).problems).toEqual([]);
  });
});

describe('a mapping of 20,000 keys', () => {
  // The position-keeping reader compared each key with every earlier one: 13 s for such a mapping, minutes at
  // 40,000. Read once, it takes a fraction of a second; the bound leaves room for a busy machine.
  const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`);
  const withKeys = (extra: string[]) => sample.replace(/^shortName: .*$/m, (l) => [l, ...extra].join('\n'));

  it('with a key written twice: the duplicate at its line, in one reading', () => {
    const text = withKeys([...keys, 'k7: 2']);
    const line = text.split('\n').indexOf('k7: 2') + 1;
    const problems = within(5000, () => parseRegulationFile('x.yaml', text).problems);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^x\\.yaml:${line}: \\(file\\): not valid YAML: Map keys must be unique`)),
    ]);
  });

  it('of unknown fields: named in one problem, in one reading', () => {
    const problems = within(5000, () => parseRegulationFile('x.yaml', withKeys(keys)).problems);
    expect(problems.map((p) => p.message)).toEqual([
      'unknown fields "k0", "k1", "k2", "k3", "k4" and 19995 more: expected only the fields of the schema (see the codebook)',
    ]);
  });
});

describe('collectCitations', () => {
  it('walks a node shared by many parents once', () => {
    // Thirty levels of a list holding the level below twice: 2^30 paths to one citation.
    let node: unknown = { cite: { article: 1, quote: '样例' } };
    for (let d = 0; d < 30; d++) node = [node, node];
    const found = withinASecond(() => collectCitations({ tiers: node }));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(['tiers', ...Array(30).fill(0), 'cite']);
  });
});

describe('a file too large to be a regulation', () => {
  it('is refused before it is read, with its size and the limit', () => {
    const text = sample.replace(/^title: .*$/m, `title: ${'样'.repeat(10 * 1024 * 1024)}`);
    const problems = validateFile(text);
    expect(problems.map(formatProblem)).toEqual([
      `crafted-2024.yaml: (file): file of 30.0 MB (${Buffer.byteLength(text)} bytes): expected at most 256 KB (${MAX_CONTENT_FILE_BYTES} bytes); real ones take a few dozen KB`,
    ]);
  });

  it('a rule case file too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bounds-cases-'));
    writeFileSync(join(dir, 'sample-2024.yaml'), `${caseFile}# ${'x'.repeat(MAX_CONTENT_FILE_BYTES)}\n`);
    const { problems } = withinASecond(() => checkRuleCases(dir, fixtureEntries(), dir));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^file of 257 KB \(\d+ bytes\): expected at most 256 KB/),
    ]);
  });
});

describe('values far longer than any real one', () => {
  it('a title of 80,000 characters: too long, with its length and the limit', () => {
    const problems = validateFile(sample.replace(/^title: .*$/m, `title: ${'样'.repeat(80_000)}`));
    expect(problems.map(formatProblem)).toEqual([
      'crafted-2024.yaml:1: title: too long: 80000 characters: expected at most 200 — 办法名称',
    ]);
  });

  it('a list of 1,000 items: too many, with the count and the limit', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `      - 环节${i}`).join('\n');
    const text = sample.replace('    names: [申报]\n', `    names:\n${names}\n`);
    expect(text).not.toBe(sample);
    const problems = validateFile(text);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'process.stages.names: too many items: 1000: expected at most 200',
    ]);
  });

  it('a wrong quote of 900 characters is quoted by its first 80 and its length', () => {
    const quote = '并无此句'.repeat(225);
    const problems = validateFile(sample.replace(/quote: 奖金为20万元/, `quote: ${quote}`));
    expect(problems.map((p) => p.message)).toEqual([
      `quote "${quote.slice(0, 80)}… (900 characters)" not found in article 2: expected words that stand in the cited passage`,
    ]);
  });

  it('no message on files crafted with long values everywhere is longer than a bound', () => {
    const long = (c: string) => c.repeat(5000);
    // Wrong for the schema: an unknown key, a quote and an enum value far too long, a seed that does not exist.
    const unreadable = sample
      .replace(/^shortName: .*$/m, `shortName: 样例区\n${long('k')}: 1`)
      .replace('quote: 奖金为20万元', `quote: ${long('无')}`)
      .replace('level: district', `level: ${long('z')}`)
      .replace('file: sample-2024.txt', `file: ${long('s')}.txt`);
    const schemaProblems = validateFile(unreadable);
    expect(schemaProblems.length).toBeGreaterThan(3);
    expectShortMessages(schemaProblems);
    // Right for the schema, wrong in its references and citations: long ids twice, a long unknown track, a long quote.
    const id = long('a');
    const unresolved = sample
      .replace('- id: registered', `- id: ${id}`)
      .replace('- id: three-years', `- id: ${id}`)
      .replace('recipients: [organization]\n', `recipients: [organization]\n    tracks: [${long('t')}]\n`)
      .replace('quote: 奖金为20万元', `quote: ${'无'.repeat(999)}`)
      .replace(
        'repeals: []',
        `repeals: []\nsupersedes:\n  - { id: ${long('v')}, cite: { article: 4, quote: 自印发之日起施行 } }`,
      );
    const referenceProblems = validateFile(unresolved);
    expect(referenceProblems.map((p) => p.field).sort()).toEqual([
      'applicants[0].conditions[1].id',
      'supersedes[0].id',
      'tiers[0].prizes[0].cite.quote',
      'tiers[0].tracks[0]',
    ]);
    expectShortMessages(referenceProblems);
  });

  it('no message on a rule case file with long values is longer than the bound', () => {
    const unknownRegulation = caseFile.replace('regulation: sample-2024', `regulation: ${'r'.repeat(100_000)}`);
    const problems = withinASecond(() => checkCaseFile('x.yaml', unknownRegulation, fixtureEntries()));
    expect(problems.map((p) => p.field)).toEqual(['regulation']);
    expectShortMessages(problems);
    const wrongVerdict = caseFile
      .replace('name: 个人不在评选范围', `name: ${'名'.repeat(100_000)}`)
      .replace('failed: [applicant-type]', `failed: [${'f'.repeat(100_000)}]`);
    const verdicts = withinASecond(() => checkCaseFile('x.yaml', wrongVerdict, fixtureEntries()));
    expect(verdicts).toHaveLength(1);
    expectShortMessages(verdicts);
  });

  it('a file with thousands of problems reports the first hundred and how many more', () => {
    const names = Array.from({ length: 150 }, () => '      - 42').join('\n');
    const text = sample.replace('    names: [申报]\n', `    names:\n${names}\n`);
    const problems = validateFile(text);
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)!.message).toBe(
      'and 50 more problems in this file: fix these first, then run the check again',
    );
  });
});

describe('excerpt', () => {
  it('keeps a short value whole and cuts a long one to its first characters and its length', () => {
    expect(excerpt('样例')).toBe('样例');
    expect(excerpt('x'.repeat(81))).toBe(`${'x'.repeat(80)}… (81 characters)`);
  });

  it('never cuts a character outside the BMP in two', () => {
    const cut = excerpt(`${'x'.repeat(79)}😀😀`);
    expect(cut).toBe(`${'x'.repeat(79)}… (83 characters)`);
  });
});

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../../src/lib/content/load.ts';
import { parseRegulationFile } from '../../../src/lib/content/parse-file.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { CONTENT, FIXTURES } from '../../support/paths.ts';
import { parseDocument } from 'yaml';

const good = join(FIXTURES, 'content/good');
const brokenDir = join(FIXTURES, 'content/broken');
const seeds = join(FIXTURES, 'seeds');

function problemsOf(name: string): string[] {
  const { problems } = loadRegulations({ contentDir: brokenDir, seedsDir: seeds, root: FIXTURES });
  return problems.filter((p) => p.file === `content/broken/${name}`).map(formatProblem);
}

describe('content files: good', () => {
  it('a well-formed file validates with no problem', () => {
    const { entries, problems } = loadRegulations({ contentDir: good, seedsDir: seeds });
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(['sample-2024']);
    expect(entries[0]!.regulation.tiers[0]!.prizes[0]!.amountYuan).toBe(200000);
  });

  it('its fast reader gives the same data as the reader that keeps positions, for every content file', () => {
    for (const dir of [CONTENT, good, brokenDir]) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
        const text = readFileSync(join(dir, f), 'utf8');
        const doc = parseDocument(text);
        if (doc.errors.length) continue; // the syntax-error fixture: reported by \`yaml\`, tested below
        expect(parseRegulationFile(f, text).data, f).toEqual(doc.toJS());
      }
    }
  });

  it('a duplicated key is a YAML error at its line, not a silent overwrite', () => {
    const text = readFileSync(join(good, 'sample-2024.yaml'), 'utf8').replace(
      /^shortName: .*$/m,
      (l) => `${l}\nshortName: 又一个`,
    );
    const { problems } = parseRegulationFile('dup.yaml', text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/not valid YAML/);
    expect(problems[0]!.line).toBe(3);
  });

  it('reads unquoted YAML dates as ISO text', () => {
    const parsed = parseRegulationFile('x.yaml', readFileSync(join(good, 'sample-2024.yaml'), 'utf8'));
    expect(parsed.regulation?.dates.issued?.date).toBe('2024-03-01');
  });
});

describe('content files: broken fixtures fail with file, line, field and what was expected', () => {
  it.each([
    [
      'wrong-type.yaml',
      'content/broken/wrong-type.yaml:65: tiers[0].prizes[0].amountYuan: expected number, received string',
    ],
    [
      'missing-field.yaml',
      'content/broken/missing-field.yaml:1: title: missing required field: expected text — 办法名称',
    ],
    [
      'bad-date.yaml',
      'content/broken/bad-date.yaml:37: dates.expires.date: expected a date as YYYY-MM-DD, or YYYY-MM when the text gives only the month',
    ],
    [
      'missing-article.yaml',
      'content/broken/missing-article.yaml:34: dates.effective.cite.article: article 9 does not exist: expected 1 to 4',
    ],
    [
      'missing-item.yaml',
      'content/broken/missing-item.yaml:103: exclusionClauses[0].cite.item: article 3 has no item 5: expected 1 to 2',
    ],
    [
      'wrong-quote.yaml',
      'content/broken/wrong-quote.yaml:68: tiers[0].prizes[0].cite.quote: quote "奖金为30万元" not found in article 2: expected words that stand in the cited passage',
    ],
    [
      'number-not-in-quote.yaml',
      'content/broken/number-not-in-quote.yaml:65: tiers[0].prizes[0].amountYuan: 300000 does not appear in the quote "奖金为20万元": expected the quote to contain the number it supports',
    ],
  ])('%s', (name, message) => {
    expect(problemsOf(name)).toEqual([message]);
  });

  it('every broken fixture is covered above', () => {
    expect(readdirSync(brokenDir).sort()).toEqual([
      'bad-date.yaml',
      'missing-article.yaml',
      'missing-field.yaml',
      'missing-item.yaml',
      'number-not-in-quote.yaml',
      'wrong-quote.yaml',
      'wrong-type.yaml',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const parsed = parseRegulationFile('bad.yaml', 'title: a\n  shortName: [unclosed\n');
    expect(parsed.regulation).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ file: 'bad.yaml', message: expect.stringMatching(/^not valid YAML/) });
    expect(parsed.problems[0]!.line).toBeGreaterThan(0);
  });

  it('names unknown fields instead of dropping them', () => {
    const text = readFileSync(join(good, 'sample-2024.yaml'), 'utf8').replace(
      'shortName: 样例区',
      'shortName: 样例区\nshortname: typo',
    );
    const parsed = parseRegulationFile('typo.yaml', text);
    expect(parsed.problems.map(formatProblem)).toEqual([
      'typo.yaml:1: (file): unknown field "shortname": expected only the fields of the schema (see the codebook)',
    ]);
  });

  it('checks references: duplicate ids and unknown tracks', () => {
    const text = readFileSync(join(good, 'sample-2024.yaml'), 'utf8')
      .replace('- id: three-years', '- id: registered')
      .replace(
        '      - recipient: organization\n        amountYuan',
        '      - recipient: organization\n        track: model\n        amountYuan',
      );
    const dir = loadRegulationsFromText(text);
    expect(dir).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/applicants\[0\]\.conditions\[1\]\.id: duplicate condition id "registered"/),
        expect.stringMatching(/tiers\[0\]\.prizes\[0\]\.track: unknown track "model"/),
      ]),
    );
  });
});

describe('content files still being coded: each problem says what to write', () => {
  const sample = () => readFileSync(join(good, 'sample-2024.yaml'), 'utf8');
  // A starter file (npm run new-regulation) leaves what is still to code as empty keys.
  const emptied = (text: string, key: string) =>
    text.replace(new RegExp(`^${key}:( \\[\\])?\\n(  .*\\n)*`, 'm'), `${key}:\n`);

  it('an empty or missing field: the shape and meaning the schema gives it', () => {
    const text = emptied(emptied(sample(), 'repeals'), 'awardCycle').replace('  province: 样例省\n', '');
    expect(loadRegulationsFromText(text)).toEqual([
      'case.yaml:6: jurisdiction.province: missing required field: expected text — 省级行政区（含直辖市）',
      'case.yaml:40: repeals: empty: expected a list of {title, documentNumber?, cite, note?}, or [] if the text has none — 同时废止的文件',
      'case.yaml:41: awardCycle: empty: expected {everyYears, cite, note?} — 评选周期：每 N 年一次',
    ]);
  });

  it('an empty list that needs an item, and an empty choice', () => {
    const text = sample()
      .replace(/^tiers:\n( {2}.*\n)*/m, 'tiers: []\n')
      .replace('  value: final', '  value:');
    expect(loadRegulationsFromText(text)).toEqual([
      'case.yaml:23: stage.value: empty: expected one of draft, final — draft：讨论稿等；final：正式印发',
      expect.stringMatching(
        /^case\.yaml:47: tiers: empty list: expected a list \(at least one\) of \{id, name, kind, rank, recipients, .*\} \(一个奖项等级\)$/,
      ),
    ]);
  });

  it('citations are checked while the schema is not yet satisfied', () => {
    const text = emptied(sample(), 'awardCycle').replace('quote: 奖金为20万元', 'quote: 奖金为30万元');
    expect(loadRegulationsFromText(text)).toEqual([
      expect.stringMatching(/^case\.yaml:\d+: awardCycle: empty: /),
      'case.yaml:64: tiers[0].prizes[0].cite.quote: quote "奖金为30万元" not found in article 2: expected words that stand in the cited passage',
    ]);
  });
});

function loadRegulationsFromText(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  writeFileSync(join(dir, 'case.yaml'), text);
  return loadRegulations({ contentDir: dir, seedsDir: seeds, root: dir }).problems.map(formatProblem);
}

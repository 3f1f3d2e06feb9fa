// The starter file for each of the five real texts and the fixture's, compared
// with the human coding of the same text: what it reads must agree with it, its
// citations must pass the project's own check, and the validator must list
// exactly the fields it leaves to code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { starterFromText, type Starter } from '../../../src/lib/authoring/starter.ts';
import { checkCitations, collectCitations } from '../../../src/lib/content/citations.ts';
import { loadRegulations, type RegulationEntry } from '../../../src/lib/content/load.ts';
import { groups } from '../../../src/lib/regex.ts';
import { regulationSchema } from '../../../src/lib/schema.ts';
import type { ParsedSource } from '../../../src/lib/source/parse.ts';
import { FIXTURES, SEEDS } from '../../support/paths.ts';
import { SEED_FILES } from '../../support/seeds.ts';
import { fixtureEntries, realEntries } from '../../support/regulations.ts';

const FIXTURE_SEEDS = join(FIXTURES, 'seeds');
const coded = [...realEntries(), ...fixtureEntries()];
const texts = [...SEED_FILES.map((file) => ({ file, dir: SEEDS })), { file: 'sample-2024.txt', dir: FIXTURE_SEEDS }];

interface Case {
  file: string;
  dir: string;
  starter: Starter;
  source: ParsedSource;
  human: RegulationEntry['regulation'];
}

const cases: [string, Case][] = texts.map(({ file, dir }) => {
  const made = starterFromText(readFileSync(join(dir, file), 'utf8'), { sourceFile: file });
  if ('refused' in made) throw new Error(`${file} refused: ${made.refused}`);
  const human = coded.find((e) => e.regulation.source.file === file)!.regulation;
  return [file, { file, dir, ...made, human }];
});

const place = (j: { province?: string; city?: string; district?: string; level?: string }) => ({
  province: j.province,
  city: j.city,
  district: j.district,
  level: j.level,
});

/** Sets a dotted path (`process.stages`) in a plain object. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, target);
  parent[keys.at(-1)!] = value;
}
const getPath = (source: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], source);

describe.each(cases)('starter for %s', (file, { starter, source, human, dir }) => {
  const id = starter.identity;

  it('reads the identity fields the human coding has: title, document number, issuer, stage, dates', () => {
    expect({
      title: id.title,
      documentNumber: id.documentNumber.value,
      issuer: id.issuer?.name,
      stage: id.stage.value,
    }).toEqual({
      title: human.title,
      documentNumber: human.documentNumber.value,
      issuer: human.issuer.name,
      stage: human.stage.value,
    });
    const dates = (d: typeof id.dates | typeof human.dates) =>
      Object.fromEntries(
        Object.entries(d)
          .filter(([, v]) => v)
          .map(([k, v]) => [k, { date: v!.date, derivedFrom: v!.derivedFrom }]),
      );
    expect(dates(id.dates)).toEqual(dates(human.dates));
    expect(id.validityYears?.value).toBe(human.validityYears?.value);
  });

  it('guesses the place and short name as the human coding has them, or says what it cannot know', () => {
    if (file === 'jiangyin-2022-draft.txt') {
      // The draft names neither its province nor its prefecture, and shows no
      // county or town under 江阴: whether it is a county-level city (it is,
      // under 无锡) only the administrative divisions tell. The starter leaves
      // the province and the level to code, and says how a county-level city is coded.
      expect(place(id.jurisdiction)).toEqual({
        province: undefined,
        city: human.jurisdiction.district,
        district: undefined,
        level: undefined,
      });
      expect(starter.todo).toEqual(expect.arrayContaining(['jurisdiction.province', 'jurisdiction.level']));
      expect(starter.yaml).toMatch(/prefecture-level city or a county-level city \(县级市\)/);
      expect(starter.yaml.replace(/\n#\s+/g, ' ')).toMatch(
        /a county-level city is coded city: its prefecture, district: itself/,
      );
      return;
    }
    if (file === 'sample-2024.txt') {
      // The fixture's 样例省 stands in no text: the guess leaves the province to code.
      expect(place(id.jurisdiction)).toEqual({ ...place(human.jurisdiction), province: undefined });
      expect(starter.todo).toContain('jurisdiction.province');
    } else {
      expect(place(id.jurisdiction)).toEqual(place(human.jurisdiction));
    }
    expect(id.shortName).toBe(human.shortName);
  });

  it('is YAML whose every citation passes the citation check', () => {
    const doc = parseDocument(starter.yaml);
    expect(doc.errors).toEqual([]);
    const data = doc.toJS();
    expect(collectCitations(data).length).toBeGreaterThanOrEqual(4);
    expect(checkCitations(file, data, source)).toEqual([]);
  });

  it('lists every article, with its number, anchor and opening words', () => {
    const listed = [...starter.yaml.matchAll(/^#\s+第\S+条\s+article (\d+)\s+#(art-\d+)\s+(.*)$/gm)];
    expect(listed.map((m) => Number(m[1]))).toEqual(source.articles.map((a) => a.number));
    listed.forEach((m, i) => {
      const a = source.articles[i]!;
      const [, anchor, opening] = groups(m, 3);
      expect(anchor).toBe(a.anchor);
      expect(opening.replace(/^（[^）]*）/, '')).toContain(a.text.replace(/\n/g, ' ').slice(0, 20));
    });
  });

  it('marks each part left to code with a TODO(coding) line and an empty key', () => {
    for (const field of starter.todo) {
      const key = field.split('.').at(-1)!;
      expect(starter.yaml, field).toMatch(
        new RegExp(`# TODO\\(coding\\): ${key} — [^\\n]+(\\n\\s*#[^\\n]*)*\\n\\s*${key}:`),
      );
    }
    expect(starter.todo).toEqual(
      expect.arrayContaining(['tiers', 'applicants', 'exclusionClauses', 'process.stages', 'sanctions.bans']),
    );
  });

  it('makes `validate` report exactly the fields left to code, and nothing it read', () => {
    const contentDir = mkdtempSync(join(tmpdir(), 'atlas-starter-'));
    writeFileSync(join(contentDir, file.replace(/\.txt$/, '.yaml')), starter.yaml);
    const { entries, problems } = loadRegulations({ contentDir, seedsDir: dir, root: contentDir });
    expect(entries).toEqual([]);
    expect(problems.map((p) => p.field).sort()).toEqual([...starter.todo].sort());
    for (const p of problems) expect(p.line, p.field).toBeGreaterThan(0);
  });

  it('becomes a valid content file once its TODOs are coded (here: as the human coding has them)', () => {
    const data = parse(starter.yaml) as Record<string, unknown>;
    for (const field of starter.todo) setPath(data, field, structuredClone(getPath(human, field)));
    const result = regulationSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(checkCitations(file, data, source)).toEqual([]);
  });
});

describe('a text with no notice and no draft marker, a dated start and a validity in years', () => {
  const text =
    '北京市朝阳区区长质量奖管理办法\n\n第一条 为了测试，制定本办法。\n\n第二条 本办法自2024年1月1日起施行，有效期五年。\n';
  const made = starterFromText(text, { sourceFile: 'chaoyang-2024.txt' });
  if ('refused' in made) throw new Error(made.refused);
  const { starter, source } = made;

  it('reads the municipality as the province, the dates, and an expiry derived from the validity', () => {
    expect(place(starter.identity.jurisdiction)).toEqual({
      province: '北京市',
      city: undefined,
      district: '朝阳区',
      level: 'district',
    });
    expect(starter.identity.shortName).toBe('北京市朝阳区');
    expect(starter.identity.dates.effective).toMatchObject({
      date: '2024-01-01',
      cite: { article: 2, quote: '本办法自2024年1月1日起施行' },
    });
    expect(starter.identity.validityYears).toEqual({ value: 5, cite: { article: 2, quote: '有效期五年' } });
    // The last day in force, as the status page counts it: the day before the fifth anniversary.
    expect(starter.identity.dates.expires).toMatchObject({
      date: '2028-12-31',
      derivedFrom: 'effective-plus-validity',
    });
  });

  it('leaves what it cannot read to code: the stage, the issuer, the document number', () => {
    expect(starter.identity.stage.value).toBeUndefined();
    expect(starter.todo).toEqual(expect.arrayContaining(['stage.value', 'issuer', 'documentNumber']));
    const contentDir = mkdtempSync(join(tmpdir(), 'atlas-starter-'));
    const seedsDir = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
    writeFileSync(join(seedsDir, 'chaoyang-2024.txt'), text);
    writeFileSync(join(contentDir, 'chaoyang-2024.yaml'), starter.yaml);
    const { problems } = loadRegulations({ contentDir, seedsDir, root: contentDir });
    expect(problems.map((p) => p.field).sort()).toEqual([...starter.todo].sort());
    expect(problems.find((p) => p.field === 'stage.value')?.message).toBe(
      'empty: expected one of draft, final — draft：讨论稿等；final：正式印发',
    );
    expect(checkCitations('x', parse(starter.yaml), source)).toEqual([]);
  });
});

describe('texts it refuses', () => {
  it.each([
    ['no article at all', '样例区人民政府关于印发办法的通知\n\n各街道：\n\n这里没有任何条文。\n'],
    ['articles that skip a number', '样例办法\n\n第一条 为了测试。\n\n第三条 缺了第二条。\n'],
    ['an empty text', ''],
  ])('%s', (_, text) => {
    const made = starterFromText(text, { sourceFile: 'x.txt' });
    expect(made).toEqual({ refused: expect.stringMatching(/cannot be parsed into articles|no article/) });
  });
});

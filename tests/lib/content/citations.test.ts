import { describe, expect, it } from 'vitest';
import { checkCitations, citedPassage, collectCitations, numberForms } from '../../../src/lib/content/citations.ts';
import { loadRegulations, type RegulationEntry } from '../../../src/lib/content/load.ts';
import { matchKey } from '../../../src/lib/source/normalize.ts';
import { CONTENT, SEEDS } from '../../support/paths.ts';

const { entries, problems } = loadRegulations({ contentDir: CONTENT, seedsDir: SEEDS });
const byId = (id: string): RegulationEntry => entries.find((e) => e.id === id)!;
const clone = <T>(x: T): T => structuredClone(x);

describe('the coded regulations', () => {
  it('all five validate: schema, references, and every citation against its source text', () => {
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id).sort()).toEqual([
      'changning-2023',
      'hongqi-2022',
      'jiangyin-2022-draft',
      'lianyungang-2021',
      'tongzhou-2023',
    ]);
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: every quote stands verbatim in the cited article or item',
    (_id, e) => {
      const cites = collectCitations(e.regulation);
      expect(cites.length).toBeGreaterThan(30);
      for (const { cite } of cites) {
        const passage = citedPassage(e.source, cite);
        expect('text' in passage, JSON.stringify(cite)).toBe(true);
        if ('text' in passage) expect(matchKey(passage.text)).toContain(matchKey(cite.quote));
      }
    },
  );
});

describe('a wrong citation fails', () => {
  const tz = byId('tongzhou-2023');

  it('an article that does not exist', () => {
    const reg = clone(tz.regulation);
    reg.tiers[0].prizes[0].cite.article = 30;
    expect(checkCitations('t.yaml', reg, tz.source).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'tiers[0].prizes[0].cite.article: article 30 does not exist: expected 1 to 29',
    ]);
  });

  it('a quote from another article', () => {
    const reg = clone(tz.regulation);
    reg.tiers[0].prizes[0].cite.article = 20;
    expect(checkCitations('t.yaml', reg, tz.source)[0].message).toMatch(/not found in article 20/);
  });

  it('a number the quote does not support', () => {
    const reg = clone(tz.regulation);
    reg.tiers[0].prizes[0].amountYuan = 200000;
    expect(checkCitations('t.yaml', reg, tz.source).map((p) => p.field)).toEqual(['tiers[0].prizes[0].amountYuan']);
  });

  it('a lookback window the quote does not support', () => {
    const reg = clone(tz.regulation);
    reg.exclusionClauses[2].lookbackYears = 2;
    expect(checkCitations('t.yaml', reg, tz.source).map((p) => p.field)).toEqual(['exclusionClauses[2].lookbackYears']);
  });

  it('a date the quote does not support', () => {
    const reg = clone(tz.regulation);
    reg.dates.expires!.date = '2028-11-30';
    expect(checkCitations('t.yaml', reg, tz.source).map((p) => p.field)).toEqual(['dates.expires.date']);
  });
});

describe('number forms', () => {
  it('recognises the ways the texts write numbers', () => {
    expect(numberForms(300000)).toContain('30万');
    expect(numberForms(3)).toEqual(expect.arrayContaining(['3', '三']));
    expect(numberForms(2)).toContain('两');
    expect(numberForms(15)).toContain('十五');
  });
});

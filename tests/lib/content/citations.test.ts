import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCitations, citedPassage, collectCitations, numberForms } from '../../../src/lib/content/citations.ts';
import { CONTENT_FILE_RE, loadRegulations } from '../../../src/lib/content/load.ts';
import { matchKey } from '../../../src/lib/source/normalize.ts';
import { CONTENT, SEEDS } from '../../support/paths.ts';

const { entries, problems } = loadRegulations({ contentDir: CONTENT, seedsDir: SEEDS });
const clone = <T>(x: T): T => structuredClone(x);
const contentIds = readdirSync(CONTENT)
  .filter((f) => CONTENT_FILE_RE.test(f))
  .map((f) => f.replace(CONTENT_FILE_RE, ''));

describe('the coded regulations', () => {
  it('all validate: schema, references, and every citation against its source text', () => {
    expect(problems).toEqual([]);
    expect(contentIds.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.id).sort()).toEqual(contentIds.sort());
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: every quote stands verbatim in the cited article or item',
    (_id, e) => {
      const cites = collectCitations(e.regulation);
      // Every quote in the file is found, so none escapes the check.
      expect(cites.length).toBe(JSON.stringify(e.regulation).split('"quote"').length - 1);
      expect(cites.length).toBeGreaterThan(0);
      for (const { cite } of cites) {
        const passage = citedPassage(e.source, cite);
        expect('text' in passage, JSON.stringify(cite)).toBe(true);
        if ('text' in passage) expect(matchKey(passage.text)).toContain(matchKey(cite.quote));
      }
    },
  );
});

// Each wrong citation is made in a copy of the first regulation that has what it changes.
describe('a wrong citation fails', () => {
  const withPrize = entries.find((e) => e.regulation.tiers[0]?.prizes[0])!;
  const quoteHas = (quote: string, n: number) => numberForms(n).some((f) => matchKey(quote).includes(matchKey(f)));

  it('an article that does not exist', () => {
    const reg = clone(withPrize.regulation);
    const n = withPrize.source.articles.length;
    reg.tiers[0]!.prizes[0]!.cite.article = n + 1;
    expect(checkCitations('t.yaml', reg, withPrize.source).map((p) => `${p.field}: ${p.message}`)).toEqual([
      `tiers[0].prizes[0].cite.article: article ${n + 1} does not exist: expected 1 to ${n}`,
    ]);
  });

  it('a quote from another article', () => {
    const reg = clone(withPrize.regulation);
    const quote = matchKey(reg.tiers[0]!.prizes[0]!.cite.quote);
    const other = withPrize.source.articles.find((a) => !matchKey(`${a.heading ?? ''}\n${a.text}`).includes(quote))!;
    reg.tiers[0]!.prizes[0]!.cite.article = other.number;
    expect(checkCitations('t.yaml', reg, withPrize.source)[0]!.message).toMatch(
      new RegExp(`not found in article ${other.number}`),
    );
  });

  it('a number the quote does not support', () => {
    const reg = clone(withPrize.regulation);
    reg.tiers[0]!.prizes[0]!.amountYuan = 987654;
    expect(checkCitations('t.yaml', reg, withPrize.source).map((p) => p.field)).toEqual([
      'tiers[0].prizes[0].amountYuan',
    ]);
  });

  it('a lookback window the quote does not support', () => {
    const e = entries.find((x) => x.regulation.exclusionClauses.some((c) => c.lookbackYears !== undefined))!;
    const reg = clone(e.regulation);
    const i = reg.exclusionClauses.findIndex((c) => c.lookbackYears !== undefined);
    const clause = reg.exclusionClauses[i]!;
    clause.lookbackYears = [2, 3, 4, 5, 6, 7, 8, 9].find((n) => !quoteHas(clause.cite.quote, n))!;
    expect(checkCitations('t.yaml', reg, e.source).map((p) => p.field)).toEqual([
      `exclusionClauses[${i}].lookbackYears`,
    ]);
  });

  it('a date the quote does not support', () => {
    const e = entries.find((x) => x.regulation.dates.expires && !x.regulation.dates.expires.derivedFrom)!;
    const reg = clone(e.regulation);
    reg.dates.expires!.date = '1999-01-02';
    expect(checkCitations('t.yaml', reg, e.source).map((p) => p.field)).toEqual(['dates.expires.date']);
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

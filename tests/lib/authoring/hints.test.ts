// The keyword hints a starter file gives for each part still to code, checked
// against the human coding of the five real texts: where the coding cites an
// article for a part, the hints name one of those articles.
import { describe, expect, it } from 'vitest';
import { CODING_PARTS, formatHint, hintsFor } from '../../../src/lib/authoring/hints.ts';
import { collectCitations } from '../../../src/lib/content/citations.ts';
import { parsedSeed } from '../../support/seeds.ts';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries();

/** The values at a hint's field: `tiers[].prizes` is every tier's prizes. */
function valuesAt(value: unknown, field: string): unknown[] {
  const [head, ...rest] = field.split('.') as [string, ...string[]]; // split gives at least one part
  const obj = value as Record<string, unknown>;
  const here = head.endsWith('[]')
    ? ((obj[head.slice(0, -2)] as unknown[]) ?? [])
    : obj[head] === undefined
      ? []
      : [obj[head]];
  return rest.length ? here.flatMap((v) => valuesAt(v, rest.join('.'))) : here;
}

describe.each(entries.map((e) => [e.id, e] as const))('hints for %s', (_, e) => {
  it.each(CODING_PARTS.map((p) => [p.field, p] as const))(
    '%s: points to an article the coding cites for it',
    (_, part) => {
      const cited = new Set(collectCitations(valuesAt(e.regulation, part.field)).map((c) => c.cite.article));
      const hinted = hintsFor(part, e.source).map((h) => h.article);
      if (!cited.size) return; // nothing coded there: no hint can be checked
      expect(
        hinted.filter((a) => cited.has(a)),
        `cited ${[...cited]}, hinted ${hinted}`,
      ).not.toEqual([]);
    },
  );
});

describe('hints', () => {
  const tongzhou = parsedSeed('tongzhou-2023.txt');
  const part = (field: string) => CODING_PARTS.find((p) => p.field === field)!;

  it('rank the article holding the most of the words first, and say which words', () => {
    expect(hintsFor(part('tiers[].prizes'), tongzhou)[0]).toEqual({ article: 21, words: ['奖金', '万元', '奖励'] });
    expect(hintsFor(part('exclusionClauses'), tongzhou)[0]).toMatchObject({
      article: 12,
      words: expect.arrayContaining(['不得申报']),
    });
    expect(hintsFor(part('repeals'), tongzhou)[0]).toEqual({ article: 'front', words: ['同时废止'] });
  });

  it('name at most three places, each existing in the text', () => {
    for (const p of CODING_PARTS) {
      const hints = hintsFor(p, tongzhou);
      expect(hints.length).toBeLessThanOrEqual(3);
      for (const h of hints)
        expect(h.article === 'front' || tongzhou.articles.some((a) => a.number === h.article)).toBe(true);
    }
  });

  it('are written with the article as the text numbers it and as a citation gives it', () => {
    expect(formatHint({ article: 21, words: ['奖金', '万元'] })).toBe('第二十一条 (article 21: 奖金, 万元)');
    expect(formatHint({ article: 'front', words: ['同时废止'] })).toBe('印发通知/标题 (article front: 同时废止)');
  });
});

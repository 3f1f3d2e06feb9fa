// Ground truth for the search-quality test (tests/browser/search-quality.test.ts), computed from the articles
// themselves and on purpose without the site's search code, so that the test is an oracle: the folding the search
// promises, the queries of each kind (drawn from whatever texts are loaded, seeded so a run is repeatable), and the
// articles each query should find.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import type { RegulationEntry } from '../../src/lib/content/load.ts';

// Character-level conversions, as the site's own (src/lib/source/traditional.ts) uses for t → cn.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
export const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** What the search compares: traditional → simplified, NFKC, lower case, no whitespace. */
export const fold = (text: string): string => toSimplified(text).normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

export const QUERY_KINDS = [
  'domain terms',
  'cross-word substrings',
  'two-character words',
  'traditional',
  'several words',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QualityQuery {
  kind: QueryKind;
  /** What is typed into the search box. */
  q: string;
}

/** One article as the search should see it: the href of its result and its folded text. */
export interface OracleArticle {
  href: string;
  folded: string;
}

/** Words a reader of these regulations looks for; the ones the texts hold become queries. */
const DOMAIN_TERMS = [
  '质量奖',
  '提名奖',
  '首席质量官',
  '卓越绩效',
  '行政处罚',
  '评审委员会',
  '现场评审',
  '资格审查',
  '弄虚作假',
  '质量安全事故',
  '知识产权',
  '荣誉称号',
  '申报材料',
  '推荐单位',
  '获奖组织',
  '监督管理',
  '奖金',
  '公示',
  '撤销',
];

const TWO_CHARACTER_WORDS = [
  '质量',
  '评审',
  '奖励',
  '申报',
  '名额',
  '专家',
  '证书',
  '财政',
  '荣誉',
  '诚信',
  '违法',
  '推荐',
  '期满',
  '表彰',
  '监督',
  '复审',
  '经费',
  '区长',
];

/** Simplified words whose traditional forms the issue found missing: always among the traditional queries. */
const TRADITIONAL_FIRST = ['区长', '质量奖', '申报', '奖励', '评审'];

/** Queries the texts cannot hold: a word found nowhere gives no results, whatever the other words. */
export const CONTROL_QUERIES = ['zzzq 责任', '质量奖 zzzq', 'qqxj', '奖质量奖质'];

const PER_KIND = 14;
const SEED = 16;
const HAN = /^\p{Script=Han}+$/u;

export function oracleArticles(entries: readonly RegulationEntry[]): OracleArticle[] {
  return entries.flatMap((e) =>
    e.source.articles.map((a) => ({ href: `/regulations/${e.id}/#${a.anchor}`, folded: fold(a.text) })),
  );
}

/** The hrefs of the articles whose folded text holds every folded word of the query. */
export function relevantArticles(articles: readonly OracleArticle[], q: string): Set<string> {
  const words = queryWords(q);
  return new Set(articles.filter((a) => words.every((w) => a.folded.includes(w))).map((a) => a.href));
}

/** The query's folded words, as the search splits it (on spaces). */
export const queryWords = (q: string): string[] => q.split(/\s+/u).filter(Boolean).map(fold);

/**
 * Whether a highlight marks only what was typed: its folded text is one of the folded words, or occurrences of
 * them side by side or overlapping (区长质量奖 for 「區長 质量奖」, which a search may mark as one run).
 */
export function marksQueryWords(mark: string, words: readonly string[]): boolean {
  const folded = fold(mark);
  const covered = new Array<boolean>(folded.length).fill(false);
  for (const w of words) {
    for (let at = folded.indexOf(w); w && at >= 0; at = folded.indexOf(w, at + 1))
      covered.fill(true, at, at + w.length);
  }
  return folded.length > 0 && covered.every(Boolean);
}

/** Seeded draws of non-negative integers (fast-check's generator), the same on every run. */
const draws = (count: number, seed: number): number[] => fc.sample(fc.nat(), { seed, numRuns: count });

/** At least PER_KIND queries of each kind, every one found in some article. */
export function qualityQueries(articles: readonly OracleArticle[]): QualityQuery[] {
  const occurs = (term: string) => articles.some((a) => a.folded.includes(fold(term)));
  const domain = DOMAIN_TERMS.filter(occurs);
  const twoCharacter = TWO_CHARACTER_WORDS.filter(occurs);
  const queries: QualityQuery[] = [
    ...domain.map((q) => ({ kind: 'domain terms' as const, q })),
    ...crossWordSubstrings(articles).map((q) => ({ kind: 'cross-word substrings' as const, q })),
    ...twoCharacter.map((q) => ({ kind: 'two-character words' as const, q })),
    ...traditionalQueries([...TRADITIONAL_FIRST, ...domain, ...twoCharacter].filter(occurs)).map((q) => ({
      kind: 'traditional' as const,
      q,
    })),
    ...severalWords(articles, [...domain, ...twoCharacter]).map((q) => ({ kind: 'several words' as const, q })),
  ];
  return queries;
}

/**
 * Three or four Han characters cut from inside a sentence (Han characters on both sides), at seeded places: they
 * mostly start and end inside words, which a word-segmenting search cannot match.
 */
function crossWordSubstrings(articles: readonly OracleArticle[]): string[] {
  const found = new Set<string>();
  const picks = draws(4000, SEED);
  for (let i = 0; i + 2 < picks.length && found.size < PER_KIND; i += 3) {
    const text = articles[picks[i]! % articles.length]!.folded;
    const length = 3 + (picks[i + 2]! % 2);
    const start = 1 + (picks[i + 1]! % Math.max(1, text.length - length - 1));
    const cut = text.slice(start, start + length);
    const around = text.slice(start - 1, start + length + 1);
    if (cut.length === length && around.length === length + 2 && HAN.test(around)) found.add(cut);
  }
  return [...found];
}

/**
 * The terms in traditional characters (OpenCC cn → t), then in mixed script: every other character traditional.
 * Only terms whose traditional form differs are kept.
 */
function traditionalQueries(terms: readonly string[]): string[] {
  const changed = [...new Set(terms)].filter((t) => toTraditional(t) !== t);
  const full = changed.slice(0, PER_KIND - 5).map(toTraditional);
  const mixed = changed
    .slice(0, PER_KIND)
    .map((t) => {
      const traditional = [...toTraditional(t)];
      return [...t].map((ch, i) => (i % 2 === 1 ? traditional[i] : ch)).join('');
    })
    .filter((m) => m !== toTraditional(m) && fold(m) !== m && !full.includes(m));
  return [...new Set([...full, ...mixed.slice(0, PER_KIND - full.length)])];
}

/**
 * Two or three terms that one seeded article holds together, separated by a space; in every other query one
 * term is in traditional characters.
 */
function severalWords(articles: readonly OracleArticle[], terms: readonly string[]): string[] {
  const found = new Set<string>();
  const picks = draws(4000, SEED + 1);
  for (let i = 0; i + 3 < picks.length && found.size < PER_KIND; i += 4) {
    const article = articles[picks[i]! % articles.length]!;
    const held = terms.filter((t) => article.folded.includes(fold(t)));
    const count = 2 + (found.size % 2);
    if (held.length < count) continue;
    const chosen = [...new Set([0, 1, 2].slice(0, count).map((k) => held[picks[i + 1 + k]! % held.length]!))];
    // A term inside another (质量 in 质量奖) would leave the AND nothing to do.
    if (chosen.length < count || chosen.some((a) => chosen.some((b) => a !== b && b.includes(a)))) continue;
    if (found.size % 2 === 0) {
      const k = chosen.findIndex((t) => toTraditional(t) !== t);
      if (k < 0) continue;
      chosen[k] = toTraditional(chosen[k]!);
    }
    found.add(chosen.join(' '));
  }
  return [...found];
}

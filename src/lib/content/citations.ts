// Checks every citation of a coded regulation against its parsed source text:
// the article and item exist, the quote stands in them, and every number and
// date coded beside the citation appears in the quote.
import { intToChinese } from '../chinese-numerals.ts';
import { formatChineseDate } from '../dates.ts';
import type { Citation } from '../schema.ts';
import { matchKey } from '../source/normalize.ts';
import type { ParsedSource } from '../source/parse.ts';
import { excerpt } from './excerpt.ts';
import { problemCollector, type ContentProblem, type LineOf, type PathKey } from './problems.ts';
import { chineseNumeralDate } from '../source/text-dates.ts';

export interface CitedFact {
  path: PathKey[];
  cite: Citation;
  /** The object that carries the citation: its numbers are checked against the quote. */
  owner: Record<string, unknown>;
}

// Only well-formed citations are checked against the text: a malformed one is
// the schema's to report (content that failed the schema is checked too).
const isCitation = (v: unknown): v is Citation => {
  if (typeof v !== 'object' || v === null) return false;
  const { article, item, quote } = v as Record<string, unknown>;
  return (
    (typeof article === 'number' || article === 'front' || article === 'colophon') &&
    (item === undefined || typeof item === 'number') &&
    typeof quote === 'string'
  );
};

/**
 * Every citation in a coded regulation, with where it sits. A node reached twice (data built in code may
 * share one; content files take no YAML aliases) is walked once, at its first path: a few shared nodes
 * nested in each other would otherwise multiply the walk into billions of steps.
 */
export function collectCitations(value: unknown, path: PathKey[] = [], seen = new WeakSet<object>()): CitedFact[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitations(v, [...path, i], seen));
  const obj = value as Record<string, unknown>;
  const found: CitedFact[] = [];
  for (const [key, v] of Object.entries(obj)) {
    if (key === 'cite' && isCitation(v)) found.push({ path: [...path, 'cite'], cite: v, owner: obj });
    else if (key === 'cites' && Array.isArray(v))
      v.forEach((c, i) => isCitation(c) && found.push({ path: [...path, 'cites', i], cite: c, owner: {} }));
    else found.push(...collectCitations(v, [...path, key], seen));
  }
  return found;
}

/** Text of the cited passage, or a reason it cannot be found. */
export function citedPassage(source: ParsedSource, cite: Citation): { text: string } | { error: string } {
  if (cite.article === 'front') {
    const text = [...source.notice.lines, source.title, source.draftMarker ?? ''].join('\n');
    return cite.item === undefined ? { text } : { error: 'the front matter has no items' };
  }
  if (cite.article === 'colophon') {
    if (!source.colophon.length) return { error: 'the text has no colophon (抄送/印发 lines)' };
    return { text: source.colophon.join('\n') };
  }
  const article = source.articles.find((a) => a.number === cite.article);
  if (!article) {
    return { error: `article ${cite.article} does not exist: expected 1 to ${source.articles.length}` };
  }
  if (cite.item === undefined) return { text: (article.heading ? `${article.heading}\n` : '') + article.text };
  const item = article.items.find((i) => i.number === cite.item);
  if (!item) {
    const n = article.items.length;
    return {
      error: `article ${cite.article} has no item ${cite.item}: expected ${n ? `1 to ${n}` : 'no item (it has none)'}`,
    };
  }
  return { text: item.text };
}

// Keys whose numbers are structure, not facts from the text.
const NOT_FROM_TEXT = new Set(['rank', 'article', 'item']);

/** Ways a number can be written in these texts: 3, 三, 30万, 两, 每年. */
export function numberForms(n: number): string[] {
  const forms = [String(n)];
  if (Number.isInteger(n) && n >= 10000 && n % 10000 === 0) forms.push(`${n / 10000}万`);
  if (Number.isInteger(n) && n >= 0 && n < 1000) forms.push(intToChinese(n));
  if (n === 2) forms.push('两');
  if (n === 1) forms.push('每年', '年度');
  return forms;
}

/** The numbers an owner of a citation codes, and those of its uncited list items; each node read once, as above. */
function numbersOf(
  owner: Record<string, unknown>,
  path: PathKey[] = [],
  seen = new WeakSet<object>(),
): { path: PathKey[]; value: number }[] {
  const out: { path: PathKey[]; value: number }[] = [];
  seen.add(owner);
  for (const [key, v] of Object.entries(owner)) {
    if (NOT_FROM_TEXT.has(key) || key === 'cite') continue;
    if (typeof v === 'number') out.push({ path: [...path, key], value: v });
    else if (Array.isArray(v))
      v.forEach((x, i) => {
        if (typeof x === 'object' && x !== null && !('cite' in x) && !seen.has(x))
          out.push(...numbersOf(x as Record<string, unknown>, [...path, key, i], seen));
      });
  }
  return out;
}

export function checkCitations(file: string, coded: unknown, source: ParsedSource, lineOf?: LineOf): ContentProblem[] {
  const { problems, report } = problemCollector(file, lineOf);
  const counted = new WeakSet<object>();

  for (const { path, cite, owner } of collectCitations(coded)) {
    const passage = citedPassage(source, cite);
    const where =
      cite.article === 'front' || cite.article === 'colophon'
        ? cite.article
        : `article ${cite.article}${cite.item ? ` item ${cite.item}` : ''}`;
    if ('error' in passage) {
      report([...path, cite.item !== undefined && /item/.test(passage.error) ? 'item' : 'article'], passage.error);
      continue;
    }
    const quoteKey = matchKey(cite.quote);
    const quoted = excerpt(cite.quote);
    if (!matchKey(passage.text).includes(quoteKey)) {
      report(
        [...path, 'quote'],
        `quote "${quoted}" not found in ${where}: expected words that stand in the cited passage`,
      );
      continue;
    }
    const ownerPath = path.slice(0, -1);
    for (const { path: p, value } of numbersOf(owner, [], counted)) {
      if (!numberForms(value).some((f) => quoteKey.includes(matchKey(f)))) {
        report(
          [...ownerPath, ...p],
          `${value} does not appear in the quote "${quoted}": expected the quote to contain the number it supports`,
        );
      }
    }
    if (typeof owner.date === 'string' && owner.derivedFrom === undefined) {
      const written = formatChineseDate(owner.date);
      // A notice may sign in Chinese numerals (二〇一二年五月二十三日).
      const forms = [written, chineseNumeralDate(owner.date)].filter((f): f is string => !!f);
      if (!forms.some((f) => quoteKey.includes(matchKey(f)))) {
        report(
          [...ownerPath, 'date'],
          `${excerpt(owner.date)} does not appear in the quote "${quoted}": expected it to contain ${excerpt(written)}`,
        );
      }
    }
  }
  return problems;
}

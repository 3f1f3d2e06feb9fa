// The line-level shapes of a regulation text, shared by the front matter and
// the body: what opens a unit (第X条, 第X章, （一）, 抄送：) and how lines broken
// by the extraction are joined again.
import { CHINESE_NUMERAL_CHARS } from '../chinese-numerals.ts';
import { endsParagraph } from './normalize.ts';

const NUM = `[${CHINESE_NUMERAL_CHARS}]+`;
export const ARTICLE_RE = new RegExp(`^第(${NUM})[条條](.*)$`);
export const CHAPTER_RE = new RegExp(`^第(${NUM})章(.*)$`);
export const ITEM_RE = new RegExp(`^（(${NUM})）(.*)$`);
export const COLOPHON_RE = /^(抄送|抄报|主送)[：:]/;
export const DOC_NUMBER_RE = /[\u4e00-\u9fff]+〔\d{4}〕\d+号/;

/** 第X条 or 第X章 where a unit starts inside a line: at its start or after a run of spaces. */
const UNIT_IN_LINE_RE = new RegExp(`(?:^|[ \\t\\u3000\\u00a0]{2,})第${NUM}[条條章]`, 'g');

export function isStructural(line: string): boolean {
  return ARTICLE_RE.test(line) || CHAPTER_RE.test(line) || ITEM_RE.test(line) || COLOPHON_RE.test(line);
}

/**
 * A raw line that holds several units run together (宿迁's page: the notice and
 * every article on one line, separated by runs of spaces) is split at those
 * runs. A line opening with one unit is left alone: its spaces are layout.
 */
export function splitRunTogether(rawLine: string): string[] {
  const units = rawLine.match(UNIT_IN_LINE_RE) ?? [];
  return units.length >= 2 ? rawLine.split(/[ \t\u3000\u00a0]{2,}/) : [rawLine];
}

/**
 * Re-joins lines broken by the extraction: a line continues the previous one
 * unless the previous one ended its sentence or the line opens a new unit.
 * Blank lines are no evidence either way (page breaks left them mid-sentence).
 */
export function joinBrokenLines(lines: string[], isBoundary: (l: string) => boolean): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && !endsParagraph(prev) && !isStructural(line) && !isBoundary(prev)) {
      out[out.length - 1] = prev + line;
    } else {
      out.push(line);
    }
  }
  return out;
}

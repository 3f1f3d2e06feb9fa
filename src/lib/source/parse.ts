// Turns an extracted regulation text into notice, chapters, articles and items,
// removing the extraction noise on the way. Pure: text in, structure out.
import { chineseToInt, intToChinese } from '../chinese-numerals.ts';
import { groups } from '../regex.ts';
import { type FrontMatter, type PromulgationNotice, readFront } from './front.ts';
import { ARTICLE_RE, CHAPTER_RE, COLOPHON_RE, ITEM_RE, joinBrokenLines, splitRunTogether } from './lines.ts';
import { isPageNumber, type PageDate } from './noise.ts';
import { normalizeLine } from './normalize.ts';
import { CONVERTER_NAME, simplifyIfTraditional, toSimplified } from './traditional.ts';

export type { PageDate, PromulgationNotice };

export interface SourceItem {
  number: number;
  /** Stable anchor, e.g. `art-12-4`. */
  anchor: string;
  text: string;
}

export type ArticleBlock = { kind: 'paragraph'; text: string } | { kind: 'item'; item: SourceItem };

export interface SourceArticle {
  number: number;
  /** Stable anchor, e.g. `art-12`. */
  anchor: string;
  /** The title some texts give their articles, bracketed (长宁 2023: （目的和依据）) or on the number's line (长宁 2015: 第一条 目的和宗旨). */
  heading?: string;
  chapter?: number;
  blocks: ArticleBlock[];
  items: SourceItem[];
  /** All of the article's text after its number, paragraphs joined by newlines. */
  text: string;
  /** Set when the article was converted from traditional characters. */
  conversion?: { from: 'traditional'; to: 'simplified'; by: string; original: string };
}

export interface SourceChapter {
  number: number;
  title: string;
  articles: number[];
}

/** The front matter's readings (front.ts), the page numbers of the whole text joining its noise. */
export interface ParsedSource extends Omit<FrontMatter, 'conversion'> {
  /** Set when the front matter (title, notice) was converted from traditional characters. */
  frontConversion?: FrontMatter['conversion'];
  chapters: SourceChapter[];
  articles: SourceArticle[];
  /** Lines after the last article (抄送, printing office and date). */
  colophon: string[];
  /** Lines dropped as running page headers. */
  removedHeaders: string[];
}

export class SourceParseError extends Error {}

const HEADING_ONLY_RE = /^（([^（）]{1,16})）$/;
/** What stands after 第X条 when it is the article's title, not its text: a few words, unpunctuated. */
const PLAIN_HEADING_RE = /^[^，。；：、“”《》（）\d]{2,12}$/;
/** A chapter's title on the line below its number (深圳: 第一章 / 總則). */
const CHAPTER_TITLE_RE = /^[^，。；：、]{2,20}$/;
// Page furniture known to run through printed regulations.
const HEADER_PATTERN_RE = /^\S{2,30}(行政规范性文件|人民政府文件|人民政府办公室文件)$/;

/** Lines that are page headers: a known header form, or a short unpunctuated line repeated 3+ times. */
function findRunningHeaders(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const headers = new Set<string>();
  for (const [line, count] of counts) {
    const unpunctuated = !/[，。；：、（）《》]/.test(line) && line.length <= 30;
    if (HEADER_PATTERN_RE.test(line) || (count >= 3 && unpunctuated)) headers.add(line);
  }
  return headers;
}

function cleanLines(raw: string): { lines: string[]; removedHeaders: string[]; pageNumbers: string[] } {
  const rawLines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap(splitRunTogether)
    // A page number such as "- 2 -" is not a list bullet.
    .map((l) => (isPageNumber(normalizeLine(l)) ? normalizeLine(l) : normalizeLine(l.replace(/^\s*[-*•]\s+/, ''))));
  const headers = findRunningHeaders(rawLines);
  const removedHeaders: string[] = [];
  const pageNumbers: string[] = [];
  // Page numbers go before broken lines are joined, so a sentence cut by one is whole again.
  const lines = rawLines.filter((l) => {
    if (headers.has(l)) removedHeaders.push(l);
    else if (isPageNumber(l)) pageNumbers.push(l);
    else return true;
    return false;
  });
  return { lines, removedHeaders, pageNumbers };
}

function splitHeading(rest: string, plainHeadings: boolean): { heading?: string; body: string } {
  const trimmed = rest.trim();
  const only = HEADING_ONLY_RE.exec(trimmed);
  if (only) return { heading: groups(only, 1)[0], body: '' };
  if (plainHeadings && PLAIN_HEADING_RE.test(trimmed)) return { heading: trimmed, body: '' };
  return { body: trimmed };
}

/**
 * Whether the text titles its articles on the number's line without brackets
 * (第一条 目的和宗旨 / 为贯彻…). Read over the whole text, since one article
 * line broken after a few words looks the same: most articles must have it.
 */
function hasPlainHeadings(lines: string[]): boolean {
  let articles = 0;
  let titled = 0;
  lines.forEach((line, i) => {
    const m = ARTICLE_RE.exec(line);
    if (!m) return;
    articles++;
    const next = lines.slice(i + 1).find(Boolean);
    if (PLAIN_HEADING_RE.test((m[2] ?? '').trim()) && next !== undefined && !ARTICLE_RE.test(next)) titled++;
  });
  return titled >= 2 && titled >= articles * 0.6;
}

function finishArticle(a: SourceArticle): SourceArticle {
  // Items keep their number apart from their text; the article's text shows it again.
  a.text = a.blocks
    .map((b) => (b.kind === 'item' ? `（${intToChinese(b.item.number)}）${b.item.text}` : b.text))
    .join('\n');
  return a;
}

function convertIfTraditional(a: SourceArticle): void {
  const original = (a.heading ? `（${a.heading}）\n` : '') + a.text;
  if (simplifyIfTraditional(original) === undefined) return;
  if (a.heading) a.heading = toSimplified(a.heading);
  for (const b of a.blocks) {
    if (b.kind === 'item') b.item.text = toSimplified(b.item.text);
    else b.text = toSimplified(b.text);
  }
  finishArticle(a);
  a.conversion = { from: 'traditional', to: 'simplified', by: CONVERTER_NAME, original };
}

/** The message for a text with no article at all, and what its author can do. */
export const NO_ARTICLE =
  'no article (第一条, 第二条 …) found anywhere in the text: the parser reads a regulation article by article, and every citation names one. If the page gives the text without article numbers, look for a version that has them (the issuer’s own site, the notice’s PDF); if this is only a notice or a summary, the regulation itself is elsewhere';

/** Parses one extracted regulation text. Throws SourceParseError when it finds no articles. */
export function parseSource(raw: string): ParsedSource {
  const { lines: cleaned, removedHeaders, pageNumbers } = cleanLines(raw);

  const firstChapter = cleaned.findIndex((l) => CHAPTER_RE.test(l));
  const firstArticle = cleaned.findIndex((l) => ARTICLE_RE.test(l));
  if (firstArticle < 0) throw new SourceParseError(NO_ARTICLE);
  const bodyStart = firstChapter >= 0 && firstChapter < firstArticle ? firstChapter : firstArticle;

  // The front matter: the page around the text, the notice, the title and its markers.
  const front = readFront(cleaned.slice(0, bodyStart));
  const { title, notATitle, draftMarker, trialMarker, notice } = front;

  const body = cleaned.slice(bodyStart);
  const plainHeadings = hasPlainHeadings(body);
  const bodyLines = joinBrokenLines(
    body,
    (l) =>
      CHAPTER_RE.test(l) ||
      /^第.+[条條]（[^（）]+）$/.test(l) ||
      (plainHeadings && PLAIN_HEADING_RE.test(ARTICLE_RE.exec(l)?.[2]?.trim() ?? '')),
  );

  const chapters: SourceChapter[] = [];
  const articles: SourceArticle[] = [];
  const colophon: string[] = [];
  let current: SourceArticle | undefined;
  let inColophon = false;

  for (const line of bodyLines) {
    if (inColophon || COLOPHON_RE.test(line)) {
      inColophon = true;
      colophon.push(line);
      continue;
    }
    const chapter = CHAPTER_RE.exec(line);
    if (chapter) {
      if (current) articles.push(finishArticle(current));
      current = undefined;
      const [number, title] = groups(chapter, 2);
      chapters.push({ number: chineseToInt(number), title: title.replace(/\s+/g, ''), articles: [] });
      continue;
    }
    const article = ARTICLE_RE.exec(line);
    if (article) {
      if (current) articles.push(finishArticle(current));
      const [numeral, rest] = groups(article, 2);
      const number = chineseToInt(numeral);
      const { heading, body } = splitHeading(rest, plainHeadings);
      const ch = chapters.at(-1);
      current = { number, anchor: `art-${number}`, heading, chapter: ch?.number, blocks: [], items: [], text: '' };
      ch?.articles.push(number);
      if (body) current.blocks.push({ kind: 'paragraph', text: body });
      continue;
    }
    const untitled = chapters.at(-1);
    if (!current && untitled && !untitled.title && CHAPTER_TITLE_RE.test(line)) {
      untitled.title = line.replace(/\s+/g, '');
      continue;
    }
    if (!current)
      throw new SourceParseError(`text between a chapter heading and its first article: "${line.slice(0, 30)}"`);
    const item = ITEM_RE.exec(line);
    if (item) {
      const [numeral, text] = groups(item, 2);
      const n = chineseToInt(numeral);
      const it: SourceItem = { number: n, anchor: `${current.anchor}-${n}`, text: text.trim() };
      current.items.push(it);
      current.blocks.push({ kind: 'item', item: it });
    } else {
      current.blocks.push({ kind: 'paragraph', text: line });
    }
  }
  if (current) articles.push(finishArticle(current));

  articles.forEach(convertIfTraditional);
  // A chapter whose articles are in traditional characters has its title in them too (深圳: 總則).
  for (const c of chapters)
    if (articles.some((a) => a.chapter === c.number && a.conversion)) c.title = toSimplified(c.title);
  checkNumbering(articles);
  return {
    title,
    notATitle,
    draftMarker,
    trialMarker,
    notice,
    noise: [...front.noise, ...pageNumbers],
    pageDates: front.pageDates,
    frontConversion: front.conversion,
    chapters,
    articles,
    colophon,
    removedHeaders,
  };
}

function checkNumbering(articles: SourceArticle[]): void {
  articles.forEach((a, i) => {
    if (a.number !== i + 1)
      throw new SourceParseError(`article numbers jump: expected 第${i + 1}条, found 第${a.number}条`);
  });
}

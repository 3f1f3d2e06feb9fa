// Turns an extracted regulation text into notice, chapters, articles and items,
// removing the extraction noise on the way. Pure: text in, structure out.
import { CHINESE_NUMERAL_CHARS, chineseToInt, intToChinese } from '../chinese-numerals.ts';
import { groups } from '../regex.ts';
import { endsParagraph, normalizeLine } from './normalize.ts';
import { CONVERTER_NAME, simplifyIfTraditional, toSimplified } from './traditional.ts';

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
  /** The bracketed title some texts give their articles (长宁: 目的和依据). */
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

export interface PromulgationNotice {
  lines: string[];
  issuer?: string;
  documentNumber?: string;
  /** ISO date of the standalone date line that signs the notice. */
  date?: string;
}

export interface ParsedSource {
  title: string;
  /** Marker such as （讨论稿） printed under the title. */
  draftMarker?: string;
  notice: PromulgationNotice;
  chapters: SourceChapter[];
  articles: SourceArticle[];
  /** Lines after the last article (抄送, printing office and date). */
  colophon: string[];
  /** Lines dropped as running page headers. */
  removedHeaders: string[];
}

export class SourceParseError extends Error {}

const NUM = `[${CHINESE_NUMERAL_CHARS}]+`;
const ARTICLE_RE = new RegExp(`^第(${NUM})[条條](.*)$`);
const CHAPTER_RE = new RegExp(`^第(${NUM})章(.*)$`);
const ITEM_RE = new RegExp(`^（(${NUM})）(.*)$`);
const HEADING_ONLY_RE = /^（([^（）]{1,16})）$/;
const DATE_LINE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const DOC_NUMBER_RE = /[\u4e00-\u9fff]+〔\d{4}〕\d+号/;
const DRAFT_RE = /^（(讨论稿|征求意见稿|草案|送审稿)）$/;
const COLOPHON_RE = /^(抄送|抄报|主送)[：:]/;
// Page furniture known to run through printed regulations.
const HEADER_PATTERN_RE = /^\S{2,30}(行政规范性文件|人民政府文件|人民政府办公室文件)$/;

const pad = (n: number) => String(n).padStart(2, '0');

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

function isStructural(line: string): boolean {
  return ARTICLE_RE.test(line) || CHAPTER_RE.test(line) || ITEM_RE.test(line) || COLOPHON_RE.test(line);
}

/**
 * Re-joins lines broken by the extraction: a line continues the previous one
 * unless the previous one ended its sentence or the line opens a new unit.
 * Blank lines are no evidence either way (page breaks left them mid-sentence).
 */
function joinBrokenLines(lines: string[], isBoundary: (l: string) => boolean): string[] {
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

function cleanLines(raw: string): { lines: string[]; removedHeaders: string[] } {
  const rawLines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => normalizeLine(l.replace(/^\s*[-*•]\s+/, '')));
  const headers = findRunningHeaders(rawLines);
  const removedHeaders: string[] = [];
  const lines = rawLines.filter((l) => {
    if (headers.has(l)) {
      removedHeaders.push(l);
      return false;
    }
    return true;
  });
  return { lines, removedHeaders };
}

function parseIsoDate(line: string): string | undefined {
  const m = DATE_LINE_RE.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = groups(m, 3);
  return `${y}-${pad(+mo)}-${pad(+d)}`;
}

function parseNotice(lines: string[]): PromulgationNotice {
  const notice: PromulgationNotice = { lines };
  const doc = lines.map((l) => DOC_NUMBER_RE.exec(l.replace(/^（|）$/g, ''))).find(Boolean);
  if (doc) notice.documentNumber = doc[0];
  const dateIndex = lines.findIndex((l) => parseIsoDate(l));
  const dateLine = lines[dateIndex];
  if (dateLine !== undefined) {
    notice.date = parseIsoDate(dateLine);
    // The signing body stands on the line right above the date.
    const above = lines[dateIndex - 1];
    if (above && /(人民政府|办公室|委员会|管委会)$/.test(above)) notice.issuer = above;
  }
  return notice;
}

function splitHeading(rest: string): { heading?: string; body: string } {
  const trimmed = rest.trim();
  const only = HEADING_ONLY_RE.exec(trimmed);
  if (only) return { heading: groups(only, 1)[0], body: '' };
  return { body: trimmed };
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

/** Parses one extracted regulation text. Throws SourceParseError when it finds no articles. */
export function parseSource(raw: string): ParsedSource {
  const { lines: cleaned, removedHeaders } = cleanLines(raw);

  const firstChapter = cleaned.findIndex((l) => CHAPTER_RE.test(l));
  const firstArticle = cleaned.findIndex((l) => ARTICLE_RE.test(l));
  if (firstArticle < 0) throw new SourceParseError('no article (第一条 …) found in the text');
  const bodyStart = firstChapter >= 0 && firstChapter < firstArticle ? firstChapter : firstArticle;

  // The front matter: the notice, then the regulation's own title (and draft marker).
  const front = cleaned.slice(0, bodyStart).filter(Boolean);
  let draftMarker: string | undefined;
  const last = front.at(-1);
  if (last !== undefined && DRAFT_RE.test(last)) {
    draftMarker = last.slice(1, -1);
    front.pop();
  }
  const title = front.pop();
  if (!title) throw new SourceParseError('no title line found above the first chapter or article');
  // Notice lines may be broken too (红旗: "…关于" / "印发…的通知").
  const noticeLines = joinBrokenLines(
    front,
    (l) => !!parseIsoDate(l) || /(人民政府|办公室|通知)$/.test(l) || DOC_NUMBER_RE.test(l),
  );
  const notice = parseNotice(noticeLines);

  const bodyLines = joinBrokenLines(
    cleaned.slice(bodyStart),
    (l) => CHAPTER_RE.test(l) || /^第.+[条條]（[^（）]+）$/.test(l),
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
      const { heading, body } = splitHeading(rest);
      const ch = chapters.at(-1);
      current = { number, anchor: `art-${number}`, heading, chapter: ch?.number, blocks: [], items: [], text: '' };
      ch?.articles.push(number);
      if (body) current.blocks.push({ kind: 'paragraph', text: body });
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
  checkNumbering(articles);
  return { title, draftMarker, notice, chapters, articles, colophon, removedHeaders };
}

function checkNumbering(articles: SourceArticle[]): void {
  articles.forEach((a, i) => {
    if (a.number !== i + 1)
      throw new SourceParseError(`article numbers jump: expected 第${i + 1}条, found 第${a.number}条`);
  });
}

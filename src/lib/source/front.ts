// The front matter of a regulation text: everything above its first chapter or
// article. From a clean file that is the promulgation notice (印发通知) and the
// title; from a web page it is also the page around them (breadcrumbs, buttons,
// counters, advertising, wiki chrome), which is set apart as noise so that it
// reaches no title, quote or keyword hint. Traditional front matter is
// converted before it is read.
import { dateLine } from './text-dates.ts';
import { DOC_NUMBER_RE, joinBrokenLines } from './lines.ts';
import { noiseKind, type PageDate, pageDatesIn, splitHeadlineLead } from './noise.ts';
import { CONVERTER_NAME, simplifyIfTraditional, toSimplified } from './traditional.ts';

export interface PromulgationNotice {
  lines: string[];
  issuer?: string;
  documentNumber?: string;
  /** ISO date of the standalone date line that signs the notice. */
  date?: string;
  /** That date line as the text writes it (2023年10月10日, 二〇一二年五月二十三日). */
  dateLine?: string;
  /** A note under the title giving the text's history (（2004年…发布，…第四次修订）): its 文号 are earlier versions'. */
  history?: string;
}

export interface FrontMatter {
  /** The regulation's title; '' when the text shows none (a page that starts with a breadcrumb and the articles). */
  title: string;
  /** When there is no title: the line that stands where it would, and why it is not one. */
  notATitle?: string;
  /** A draft marker such as （讨论稿）, under the title or at its end. */
  draftMarker?: string;
  /** （试行） or （暂行） ending the title: issued for a trial period, not a draft. The title keeps it. */
  trialMarker?: string;
  notice: PromulgationNotice;
  /** Lines of the page around the text (breadcrumbs, buttons, counters, advertising; page numbers), set apart. */
  noise: string[];
  /** Dates the page prints in ISO form beside the text (发布时间: 2025-07-24): not the text's dates. */
  pageDates: PageDate[];
  /** Set when the front matter was converted from traditional characters. */
  conversion?: { from: 'traditional'; to: 'simplified'; by: string; original: string };
}

const DRAFT_WORDS = '讨论稿|征求意见稿|草案|送审稿|修订草案|征求意见稿';
const DRAFT_LINE_RE = new RegExp(`^（(${DRAFT_WORDS})）$`);
const DRAFT_END_RE = new RegExp(`（(${DRAFT_WORDS})）$`);
const TRIAL_LINE_RE = /^（(试行|暂行)）$/;
const TRIAL_END_RE = /（(试行|暂行)）$/;
/** What a regulation's title ends with; a page's own heading (市长质量奖) or a breadcrumb does not. */
const TITLE_RE =
  /^[^，。；：！？>]{2,60}(?:办法|条例|规定|细则|规则|方案|制度|标准|规范|章程|意见)(?:（[^（）]{1,8}）)?$/;
/** A note under the title with the text's history: （…发布，…修订）. */
const HISTORY_RE = /^（.*\d{4}年.*(?:发布|修订|修正|公布|通过).*）$/;
const NOTICE_TITLE_RE = /(?:关于|转发).*的(?:通知|决定|通告|批复|函)$|印发.*的通知$/;
/** The issuing body printed above a notice's title, or signing it. */
const ISSUER_LINE_RE = /^[\u4e00-\u9fff]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|管委会|局)$/;
const ADDRESSEES_RE = /[：:]$/;
const NOTICE_BODY_RE = /印发给你们|转发给你们|现予印发|现予公布|请认真|遵照执行/;

const isDocNumber = (l: string) => DOC_NUMBER_RE.test(l) && l.replace(/^（|）$/g, '').length <= 24;

function readNotice(lines: string[], history: string | undefined): PromulgationNotice {
  const notice: PromulgationNotice = { lines: history ? [...lines, history] : lines };
  if (history) notice.history = history;
  const doc = lines.map((l) => DOC_NUMBER_RE.exec(l.replace(/^（|）$/g, ''))).find(Boolean);
  if (doc) notice.documentNumber = doc[0];
  const dateIndex = lines.findIndex((l) => dateLine(l));
  const written = lines[dateIndex];
  if (written !== undefined) {
    notice.date = dateLine(written);
    notice.dateLine = written;
    // The signing body stands on the line right above the date.
    const above = lines[dateIndex - 1];
    if (above && /(人民政府|办公室|委员会|管委会)$/.test(above)) notice.issuer = above;
  }
  return notice;
}

/** Takes the title's history note off the end of the lines: it may be broken over a few of them. */
function takeHistory(lines: string[]): string | undefined {
  if (!lines.at(-1)?.endsWith('）')) return undefined;
  for (let n = 1; n <= Math.min(4, lines.length); n++) {
    const joined = lines.slice(-n).join('');
    if (joined.startsWith('（')) {
      if (!HISTORY_RE.test(joined)) return undefined;
      lines.splice(-n, n);
      return joined;
    }
  }
  return undefined;
}

/**
 * Keeps the lines of the notice and sends the page around it to noise: above the
 * notice's title only the issuer and 文号 printed over it; between its title and
 * its addressees (各…：) only a 文号. With no notice title and nothing shaped like
 * a notice, every line is the page's.
 */
function keepNotice(lines: string[], noise: string[]): string[] {
  const end = lines.findIndex((l) => NOTICE_TITLE_RE.test(l));
  if (end < 0) {
    if (lines.some((l) => ADDRESSEES_RE.test(l) || NOTICE_BODY_RE.test(l) || dateLine(l))) return lines;
    noise.push(...lines);
    return [];
  }
  // A title broken over two lines (红旗: "…关于" / "印发…的通知").
  const prevLine = lines[end - 1];
  const start = end > 0 && prevLine && /(?:关于|转发)$/.test(prevLine) ? end - 1 : end;
  let top = start;
  while (top > 0) {
    const l = lines[top - 1] ?? '';
    if (!(isDocNumber(l) || ISSUER_LINE_RE.test(l))) break;
    top--;
  }
  noise.push(...lines.slice(0, top));
  const kept = lines.slice(top, end + 1);
  const addressees = lines.findIndex((l, i) => i > end && ADDRESSEES_RE.test(l));
  // Between the title and its addressees: a 文号, or a heading of the page (no punctuation: not a broken addressee line).
  for (const l of addressees < 0 ? [] : lines.slice(end + 1, addressees))
    (isDocNumber(l) || /[，、；。]/.test(l) ? kept : noise).push(l);
  return [...kept, ...lines.slice(addressees < 0 ? end + 1 : addressees)];
}

/** Reads the front matter: the lines above the first chapter or article, blank lines included. */
export function readFront(rawLines: string[]): FrontMatter {
  let lines = rawLines.filter(Boolean);
  let conversion: FrontMatter['conversion'];
  const joinedOriginal = lines.join('\n');
  if (lines.length && simplifyIfTraditional(joinedOriginal) !== undefined) {
    lines = lines.map(toSimplified);
    conversion = { from: 'traditional', to: 'simplified', by: CONVERTER_NAME, original: joinedOriginal };
  }

  const noise: string[] = [];
  const pageDates = lines.flatMap(pageDatesIn);
  const kept: string[] = [];
  for (const line of lines) {
    if (noiseKind(line)) {
      noise.push(line);
      continue;
    }
    const lead = splitHeadlineLead(line);
    if (lead) {
      noise.push(lead[0]);
      kept.push(lead[1]);
    } else kept.push(line);
  }

  // From the bottom up: a draft or trial marker on its own line, the history note, the title.
  let draftMarker: string | undefined;
  let trialMarker: string | undefined;
  const lastLine = kept.at(-1) ?? '';
  if (DRAFT_LINE_RE.test(lastLine)) draftMarker = kept.pop()?.slice(1, -1);
  else if (TRIAL_LINE_RE.test(lastLine)) trialMarker = kept.pop()?.slice(1, -1);
  const history = takeHistory(kept);
  let title = '';
  let notATitle: string | undefined;
  const candidate = kept.at(-1);
  if (candidate !== undefined && TITLE_RE.test(candidate) && !NOTICE_TITLE_RE.test(candidate)) {
    title = kept.pop() ?? '';
    const draftEnd = DRAFT_END_RE.exec(title);
    if (draftEnd?.[1] && !draftMarker) {
      draftMarker = draftEnd[1];
      title = title.slice(0, draftEnd.index);
    }
    const trialEnd = TRIAL_END_RE.exec(title);
    if (trialEnd?.[1]) trialMarker ??= trialEnd[1];
  } else {
    notATitle = candidate ?? noise.at(-1);
  }

  const noticeLines = keepNotice(kept, noise);
  // Notice lines may be broken too (红旗: "…关于" / "印发…的通知").
  const joined = joinBrokenLines(
    noticeLines,
    (l) => !!dateLine(l) || /(人民政府|办公室|通知)$/.test(l) || DOC_NUMBER_RE.test(l),
  );
  return {
    title,
    notATitle,
    draftMarker,
    trialMarker,
    notice: readNotice(joined, history),
    noise,
    pageDates,
    conversion,
  };
}

// What a parsed source text says about itself, read for a starter content file:
// title, place, issuer, document number, stage and dates, each with a citation
// whose quote is cut from the cited passage, so the validator's check passes.
// Everything here is a guess for the author to confirm; what cannot be read is
// left undefined and becomes a TODO.
import { chineseToInt } from '../chinese-numerals.ts';
import { addDays, addYears, formatChineseDate } from '../dates.ts';
import { groups } from '../regex.ts';
import type { Citation, Regulation } from '../schema.ts';
import type { ParsedSource, SourceArticle } from '../source/parse.ts';
import { isoOfTextDate, TEXT_DATE } from '../source/text-dates.ts';
import {
  citiesInCitedTitles,
  cityLevelEvidence,
  levelOf,
  MUNICIPALITIES,
  placeInAwardName,
  placeOf,
  provincesMentioned,
  shortNameOf,
  type PlaceName,
} from './places.ts';

type Level = Regulation['jurisdiction']['level'];

export interface DatedReading {
  date: string;
  derivedFrom?: 'issued' | 'effective-plus-validity';
  note?: string;
  cite: Citation;
}

export interface IdentityReading {
  /** '' when the text shows no title (remarks.title says what stands in its place). */
  title: string;
  shortName?: string;
  jurisdiction: PlaceName & { level?: Level; cites: Citation[] };
  issuer?: { name: string; cite: Citation };
  /** null when the front matter carries no number of this regulation's own. */
  documentNumber: { value: string | null; cite?: Citation };
  /** The stage is undefined when the text has neither a draft marker nor a notice saying it was issued. */
  stage: { value?: 'draft' | 'final'; cite?: Citation };
  dates: { adopted?: DatedReading; issued?: DatedReading; effective?: DatedReading; expires?: DatedReading };
  validityYears?: { value: number; cite: Citation };
  /** Why a guess is only a guess, per field, for the comments of the starter file. */
  remarks: Partial<
    Record<
      'title' | 'shortName' | 'jurisdiction' | 'issuer' | 'documentNumber' | 'stage' | 'dates' | 'publisher',
      string
    >
  >;
  /** Who published the text, as the page names it (信息来源：宝安区人民政府): a guess for source.publisher. */
  publisher?: string;
}

const FRONT = 'front' as const;
const cite = (article: Citation['article'], quote: string): Citation => ({ article, quote });
const pad = (n: number | string) => String(n).padStart(2, '0');
const NUMERAL = '[0-9一二两三四五六七八九十]+';
const toInt = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseToInt(s));

/** The front matter as the citation check sees it (`article: front`). */
const frontText = (s: ParsedSource) => [...s.notice.lines, s.title, s.draftMarker ?? ''].join('\n');
const articleText = (a: SourceArticle) => (a.heading ? `${a.heading}\n` : '') + a.text;

/** Passages in citation order: the front matter, then every article. */
function passages(s: ParsedSource): { article: Citation['article']; text: string }[] {
  return [
    { article: FRONT, text: frontText(s) },
    ...s.articles.map((a) => ({ article: a.number, text: articleText(a) })),
  ];
}

function firstPassageWith(s: ParsedSource, words: string): Citation | undefined {
  const p = passages(s).find((x) => x.text.includes(words));
  return p && cite(p.article, words);
}

function readJurisdiction(
  s: ParsedSource,
  issuer: string | undefined,
): Pick<IdentityReading, 'jurisdiction' | 'shortName'> & { remark: string } {
  // The issuer names the place more fully (南通市通州区人民政府) than the title (通州区…).
  const fromIssuer = issuer ? placeOf(issuer) : undefined;
  const fromTitle = s.title ? placeOf(s.title) : undefined;
  // No title (a page starting with its articles): the award's name in the articles (衡阳县县长质量奖).
  const fromAward = fromIssuer || fromTitle ? undefined : placeInAwardName(s.articles.map(articleText).join('\n'));
  const named = fromIssuer ?? fromTitle ?? fromAward?.place;
  const place: PlaceName = {
    province: fromIssuer?.province ?? fromTitle?.province ?? fromAward?.place.province,
    city: fromIssuer?.city ?? fromTitle?.city ?? fromAward?.place.city,
    district: fromIssuer?.district ?? fromTitle?.district ?? fromAward?.place.district,
  };
  const cites: Citation[] = [];
  const remarks: string[] = [];
  if (issuer && fromIssuer) cites.push(firstPassageWith(s, issuer)!);
  else if (fromTitle) cites.push(cite(FRONT, s.title));
  else if (fromAward) {
    cites.push(firstPassageWith(s, fromAward.words)!);
    remarks.push(`the text has no title: the place is read from the award's name “${fromAward.words}奖”`);
  }

  const all = passages(s)
    .map((p) => p.text)
    .join('\n');
  if (place.district && !place.city && !place.province) {
    // A district's city is often named by a document it rests on (红旗区: 《新乡市市长质量奖管理办法》).
    const city = citiesInCitedTitles(all).find((c) => c !== place.district);
    if (city) {
      place.city = city;
      const where = passages(s).find((p) => p.text.includes(`《${city}`))!;
      cites.push(cite(where.article, city));
      remarks.push(`${city} is the city of a document the text cites`);
    }
  }
  if (!place.province) {
    const [province, ...others] = provincesMentioned(all);
    if (province) {
      place.province = province;
      cites.push(firstPassageWith(s, province)!);
      remarks.push(
        `${province} is the province the text names${others.length ? ` most often (also: ${others.join('、')})` : ''}`,
      );
      if (MUNICIPALITIES.includes(province) && !place.city && place.district)
        remarks.push(
          `${place.district} is then a ${levelOf(place)} of the municipality ${province}, with no city level`,
        );
    } else {
      remarks.push(
        `the text names no province${place.city ? '' : ' and no city'} for ${place.district ?? place.city ?? 'its place'}: fill ${place.city ? 'it' : 'them'} in from the administrative divisions and say so in a note`,
      );
    }
  }
  let level = place.province || place.city || place.district ? levelOf(place) : undefined;
  if (level === 'prefecture-level-city' && place.city) {
    // A city named alone: its level is what the text shows of the places under it, or left to code.
    const evidence = cityLevelEvidence(place.city, all);
    if (evidence?.level === 'prefecture-level-city') {
      cites.push(firstPassageWith(s, evidence.words)!);
      remarks.push(`prefecture-level: the text addresses or names counties under ${place.city} (“${evidence.words}”)`);
    } else if (evidence?.prefecture) {
      const where = passages(s).find((p) => p.text.includes(`《${evidence.prefecture}`))!;
      cites.push(firstPassageWith(s, evidence.words)!, cite(where.article, evidence.prefecture));
      remarks.push(
        `county-level city: the text addresses towns (“${evidence.words}”) and cites a regulation of ${evidence.prefecture}, taken as its prefecture`,
      );
      [place.city, place.district] = [evidence.prefecture, place.city];
      level = 'county-level-city';
    } else {
      level = undefined;
      remarks.push(
        `the text does not show whether ${place.city} is a prefecture-level city or a county-level city (县级市): code level from the administrative divisions; a county-level city is coded city: its prefecture, district: itself, level: county-level-city`,
      );
    }
  }
  // The municipality heads the short name when the text's own title or issuer names it (上海市长宁区);
  // a county read from the articles of a municipality keeps its own name (城口县).
  const namedMunicipality = named?.province && MUNICIPALITIES.includes(named.province) ? named.province : undefined;
  const shortName = shortNameOf({ ...place, province: place.city ? place.province : namedMunicipality });
  return {
    jurisdiction: { ...place, level, cites },
    shortName: place.district || place.city ? shortName : named?.province,
    remark: `guess: the place is read from ${fromAward ? 'the articles' : 'the issuer and title'}${remarks.length ? `; ${remarks.join('; ')}` : ''}`,
  };
}

function readIssuer(
  s: ParsedSource,
  place: PlaceName | undefined,
): (IdentityReading['issuer'] & { remark?: string }) | undefined {
  const signed = s.notice.issuer;
  if (signed && !placeOf(signed)) {
    // A signature without its place (宝安: 区政府办公室): the notice's title gives the body in full.
    const full = s.notice.lines
      .map((l) => /^(.+?)关于/.exec(l)?.[1])
      .find((x) => x && placeOf(x) && x.endsWith(signed.slice(-3)));
    if (full)
      return {
        name: full,
        cite: cite(FRONT, full),
        remark: `guess: the notice is signed “${signed}”; the full name is the one its title gives`,
      };
  }
  if (signed) return { name: signed, cite: cite(FRONT, signed) };
  // No signed notice (a draft): the government the text itself names for its place.
  const head = [place?.province, place?.city, place?.district].filter(Boolean).at(-1);
  if (!head) return undefined;
  const name = `${head}人民政府`;
  const where = firstPassageWith(s, name);
  return (
    where && {
      name,
      cite: where,
      remark: 'guess: the text has no signed notice; this is the government it names for its place, not a signature',
    }
  );
}

function readStage(s: ParsedSource): IdentityReading['stage'] & { remark?: string } {
  if (s.draftMarker) return { value: 'draft', cite: cite(FRONT, s.draftMarker) };
  const notice = s.notice.lines.filter((l) => l !== s.notice.history).join('\n');
  const issued = /已经[^。\n]*?[印转]发给你们/.exec(notice)?.[0] ?? s.notice.lines.find((l) => /印发/.test(l));
  // （试行） is a trial period of an issued text, not a draft.
  const trial = s.trialMarker
    ? `the title ends （${s.trialMarker}）: a text issued for a trial period is final, not a draft; say so in a note if its period matters`
    : undefined;
  if (issued) return { value: 'final', cite: cite(FRONT, issued), remark: trial };
  const history = s.notice.history
    ? `; its history note (${s.notice.history.slice(0, 40)}…) says it was issued and revised, so it is likely final`
    : '';
  return {
    remark: `no draft marker such as （征求意见稿） and no notice issuing the text${history}: decide draft or final from what you know of it`,
  };
}

// Adoption at a meeting, dated: 已经2012年5月9日市政府第十次常务会议讨论同意 / …审议通过.
const ADOPTED_RE = new RegExp(`已经(${TEXT_DATE.replace(/\(/g, '(?:')})[^，。\n]*?会议[^，。\n]*?(?:通过|同意)`);

function readAdopted(s: ParsedSource): DatedReading | undefined {
  const m = ADOPTED_RE.exec(s.notice.lines.join('\n'));
  const date = m?.[1] && isoOfTextDate(m[1]);
  return m && date ? { date, cite: cite(FRONT, m[0]) } : undefined;
}

const EFFECTIVE_RE = /(?:本办法)?自([^，。；\n]{2,16}?)起(?:施行|实施|执行)/;
const ON_ISSUE_RE = /^(?:印发|发布|颁布|公布|下发|发文)之日$/;

function readDates(
  s: ParsedSource,
  issued: DatedReading | undefined,
): Pick<IdentityReading, 'dates' | 'validityYears'> & { remark?: string } {
  const dates: IdentityReading['dates'] = { adopted: readAdopted(s), issued };
  // The article that sets when this regulation takes effect: one that says 本办法自…, else the last with 自…起施行.
  const latestFirst = [...s.articles].reverse();
  const article =
    latestFirst.find((a) => /本办法自/.test(a.text) && EFFECTIVE_RE.test(a.text)) ??
    latestFirst.find((a) => EFFECTIVE_RE.test(a.text));
  if (!article)
    return {
      dates,
      remark:
        'no article says when the regulation takes effect (自…起施行): code dates.effective by hand if the text says it elsewhere',
    };
  const m = EFFECTIVE_RE.exec(article.text)!;
  const [when] = groups(m, 1);
  const at = cite(article.number, m[0]);
  const fullDate = isoOfTextDate(when);
  const monthOnly = /^(\d{4})年(\d{1,2})月[\s　]*日$/.exec(when);
  let remark: string | undefined;
  if (fullDate) {
    dates.effective = { date: fullDate, cite: at };
  } else if (monthOnly) {
    const [y, mo] = groups(monthOnly, 2);
    dates.effective = {
      date: `${y}-${pad(mo)}`,
      note: `原文为“${when}”，日未填写，故只编码到月份。`,
      cite: at,
    };
  } else if (ON_ISSUE_RE.test(when) && issued) {
    dates.effective = {
      date: issued.date,
      derivedFrom: 'issued',
      note: `原文为“${m[0].replace(/^本办法/, '')}”，按印发通知落款日期 ${formatChineseDate(issued.date)} 编码。`,
      cite: at,
    };
  } else remark = `第${article.number}条 says the regulation takes effect “${when}”: code dates.effective by hand`;

  // Only this regulation's own validity: 红旗's “区长质量奖有效期4年” is the award's.
  const scope =
    article.text +
    '\n' +
    s.articles
      .filter((a) => /本办法有效期/.test(a.text))
      .map((a) => a.text)
      .join('\n');
  const until = /有效期至(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(scope);
  if (until) {
    const a = s.articles.find((x) => x.text.includes(until[0]))!;
    const [y, mo, d] = groups(until, 3);
    dates.expires = { date: `${y}-${pad(mo)}-${pad(d)}`, cite: cite(a.number, until[0]) };
  }
  let validityYears: IdentityReading['validityYears'];
  const years = new RegExp(`有效期为?(${NUMERAL})年`).exec(scope);
  const written = years ? groups(years, 1)[0] : undefined;
  if (years && written !== undefined && Number.isInteger(toInt(written))) {
    const a = s.articles.find((x) => x.text.includes(years[0]))!;
    validityYears = { value: toInt(written), cite: cite(a.number, years[0]) };
    const eff = dates.effective;
    if (!dates.expires && eff) {
      const n = validityYears.value;
      // Month precision stays month precision; a full date ends the day before its anniversary.
      dates.expires =
        eff.date.length === 7
          ? {
              date: `${Number(eff.date.slice(0, 4)) + n}${eff.date.slice(4)}`,
              derivedFrom: 'effective-plus-validity',
              note: `原文未写届满日期，按施行月份加有效期${written}年推出；施行日未填，确切届满日不详。`,
              cite: validityYears.cite,
            }
          : {
              date: addDays(addYears(eff.date, n), -1),
              derivedFrom: 'effective-plus-validity',
              note: `原文未写届满日期，按施行日期加有效期${written}年、届满前一日推出。`,
              cite: validityYears.cite,
            };
    }
  }
  return { dates, validityYears, remark };
}

/** Reads the identity fields of a regulation from its parsed text. */
export function readIdentity(s: ParsedSource): IdentityReading {
  const remarks: IdentityReading['remarks'] = {};
  const issuedReading: DatedReading | undefined = s.notice.date
    ? { date: s.notice.date, cite: cite(FRONT, s.notice.dateLine ?? formatChineseDate(s.notice.date)) }
    : undefined;
  if (!s.title) {
    remarks.title = `the text shows no title${s.notATitle ? `: where it would stand is “${s.notATitle}”, which is the page's, not the regulation's` : ''}. Write the title as the notice or the issuer gives it, and say where it comes from in a comment`;
  }
  const source = s.noise.map((l) => /^(?:信息来源|来源|文章来源)[：:](.+)$/.exec(l)?.[1]).find(Boolean);
  if (source) remarks.publisher = `guess: the page names its source “${source}”`;

  const jurisdiction = readJurisdiction(s, s.notice.issuer);
  remarks.jurisdiction = jurisdiction.remark;
  const issuer = readIssuer(s, jurisdiction.jurisdiction);
  if (issuer?.remark) remarks.issuer = issuer.remark;
  if (!issuer) remarks.issuer = 'no signed notice and no government named for the place: code the issuer by hand';
  if (!jurisdiction.jurisdiction.cites.length && issuer) jurisdiction.jurisdiction.cites.push(issuer.cite);

  const documentNumber: IdentityReading['documentNumber'] = s.notice.documentNumber
    ? { value: s.notice.documentNumber, cite: cite(FRONT, s.notice.documentNumber) }
    : { value: null };
  if (!s.notice.documentNumber) {
    const earlier = s.notice.history
      ?.match(/[\u4e00-\u9fff]{1,6}〔\d{4}〕\d+号/g)
      ?.map((n) => n.replace(/^.*[年月日]/, ''));
    remarks.documentNumber = earlier?.length
      ? `the front matter gives no number of this version: its history note names those of earlier ones (${earlier.join('、')}), not this one's; find this version's or keep null and say why in a note`
      : 'the front matter carries no document number (〔year〕N号); if the regulation has none, keep null and say why in a note (a repealed document’s number is not this one’s)';
  }
  const stage = readStage(s);
  if (stage.remark) remarks.stage = stage.remark;
  const dates = readDates(s, issuedReading);
  const dateRemarks = [dates.remark];
  if (!issuedReading) {
    const page = s.pageDates[0];
    dateRemarks.push(
      `the text has no signed date of issue${
        page
          ? `; the page prints “${page.line}”, the page's date, not the text's: if nothing better is known, code dates.issued ${page.date} with derivedFrom: source-page and a note saying where the page prints it`
          : ''
      }`,
    );
  }
  if (s.notice.history) {
    const last = [
      ...s.notice.history.matchAll(new RegExp(`(${TEXT_DATE.replace(/\(/g, '(?:')})([^，。；）]*)`, 'g')),
    ].at(-1);
    if (last) dateRemarks.push(`the history note ends “${last[0]}”: this text is that version`);
  }
  if (dateRemarks.some(Boolean)) remarks.dates = dateRemarks.filter(Boolean).join('; ');

  return {
    title: s.title,
    publisher: source,
    shortName: jurisdiction.shortName,
    jurisdiction: jurisdiction.jurisdiction,
    issuer: issuer && { name: issuer.name, cite: issuer.cite },
    documentNumber,
    stage: { value: stage.value, cite: stage.cite },
    dates: dates.dates,
    validityYears: dates.validityYears,
    remarks,
  };
}

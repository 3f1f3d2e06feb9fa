import { describe, expect, it } from 'vitest';
import { chineseToInt } from '../../../src/lib/chinese-numerals.ts';
import { groups } from '../../../src/lib/regex.ts';
import { parseSource, SourceParseError } from '../../../src/lib/source/parse.ts';
import { parsedSeed, rawSeed, SEED_FILES } from '../../support/seeds.ts';

/** Article numbers as they open lines of the raw text (第X条 / 第X條). */
function rawArticleNumbers(raw: string): number[] {
  return [...raw.matchAll(/^\s*第([一二三四五六七八九十百零]+)[条條]/gm)].map((m) => chineseToInt(groups(m, 1)[0]));
}

describe.each(SEED_FILES)('%s', (file) => {
  const parsed = parsedSeed(file);
  const raw = rawSeed(file);

  // The count is the text's own: the articles its lines open with 第X条, which must run 1…n.
  it('has the articles the text numbers, numbered 1…n', () => {
    const numbers = rawArticleNumbers(raw);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(parsed.articles.map((a) => a.number)).toEqual(numbers);
  });

  it('gives every article and item a unique, stable anchor', () => {
    const anchors = parsed.articles.flatMap((a) => [a.anchor, ...a.items.map((i) => i.anchor)]);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of parsed.articles) {
      expect(a.anchor).toBe(`art-${a.number}`);
      a.items.forEach((item, i) => {
        expect(item.number).toBe(i + 1);
        expect(item.anchor).toBe(`art-${a.number}-${i + 1}`);
      });
    }
  });

  it('keeps every chapter heading of the text, in order', () => {
    const rawChapters = [...raw.matchAll(/^\s*第([一二三四五六七八九十]+)章/gm)].map((m) =>
      chineseToInt(groups(m, 1)[0]),
    );
    expect(parsed.chapters.map((c) => c.number)).toEqual(rawChapters);
    expect(parsed.chapters.flatMap((c) => c.articles)).toEqual(parsed.articles.map((a) => a.number));
  });

  it('loses no words: every Chinese character of the body survives cleaning (bar page headers)', () => {
    const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
    // A converted article's original already holds its heading.
    const body = parsed.articles.reduce(
      (n, a) => n + (a.conversion ? han(a.conversion.original) : han(a.text) + han(a.heading ?? '')),
      0,
    );
    const front = han(parsed.notice.lines.join('')) + han(parsed.title) + han(parsed.draftMarker ?? '');
    const structure = parsed.articles.length * 2 + parsed.chapters.reduce((n, c) => n + 2 + han(c.title), 0);
    const headers = parsed.removedHeaders.reduce((n, h) => n + han(h), 0);
    // 第X条 / 第X章 markers are counted as two characters plus their numerals.
    const numerals = [...raw.matchAll(/^\s*第([一二三四五六七八九十百]+)[条條章]/gm)].reduce(
      (n, m) => n + groups(m, 1)[0].length,
      0,
    );
    expect(body + front + structure + numerals + headers + han(parsed.colophon.join(''))).toBe(han(raw));
  });

  it('leaves no half-width brackets, list bullets or spaces inside Chinese prose', () => {
    for (const a of parsed.articles) {
      expect(a.text).not.toMatch(/[()]/);
      expect(a.text).not.toMatch(/^- /m);
      expect(a.text).not.toMatch(/[\u4e00-\u9fff，。；：、] +[\u4e00-\u9fff0-9]/);
      expect(a.text).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff，。；]/);
    }
  });
});

describe('extraction noise', () => {
  it('removes 通州 running page headers, including those that cut sentences', () => {
    const p = parsedSeed('tongzhou-2023.txt');
    expect(p.removedHeaders).toEqual(Array(4).fill('南通市通州区行政规范性文件'));
    for (const a of p.articles) expect(a.text).not.toContain('行政规范性文件');
    expect(p.articles[0]!.text).toContain('根据《中华人民共和国产品质量法》《质量强国建设纲要》');
    expect(p.articles[7]!.text).toContain('分别进行资料评审和现场评审，各评审组应由3名以上评审专家组成');
    expect(p.articles[16]!.text).toBe(
      '现场评审。由现场评审组采取查验证实、交流座谈、考试发布等形式，开展现场评审，并形成现场评审报告。',
    );
  });

  it('re-joins broken lines, also inside items', () => {
    const tz = parsedSeed('tongzhou-2023.txt');
    expect(tz.articles[11]!.items[2]!.text).toBe(
      '近三年发生生产安全一般事故以及较大突发公共卫生、环境、食品安全等事故的；',
    );
    const lyg = parsedSeed('lianyungang-2021.txt');
    expect(lyg.articles[3]!.text).toContain('连云港市市长质量奖提名奖每年评定3—5个');
    const cn = parsedSeed('changning-2023.txt');
    expect(cn.articles[38]!.text).toContain('有效期至2028年11月14日');
  });

  it('finds list items written with and without bullets', () => {
    const tz = parsedSeed('tongzhou-2023.txt');
    expect(tz.articles[11]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(tz.articles[11]!.items[3]!.text).toBe('近三年存在行政处罚记录及失信记录；');
  });

  it('reads 长宁 bracketed article titles, half-width in the source', () => {
    const cn = parsedSeed('changning-2023.txt');
    expect(cn.articles[0]!.heading).toBe('目的和依据');
    expect(cn.articles[15]!.heading).toBe('先进质量管理模式申报条件');
    expect(cn.articles.every((a) => a.heading)).toBe(true);
    expect(cn.articles[15]!.items).toHaveLength(6);
  });

  it('converts 长宁 arts. 22–25 from traditional characters, and only those, recording it', () => {
    const cn = parsedSeed('changning-2023.txt');
    const converted = cn.articles.filter((a) => a.conversion).map((a) => a.number);
    expect(converted).toEqual([22, 23, 24, 25]);
    const a22 = cn.articles[21]!;
    expect(a22.heading).toBe('资料评审');
    expect(a22.text).toContain('评审组根据评审规则');
    expect(a22.text).not.toMatch(/[評審組據規則條]/);
    expect(a22.conversion?.original).toContain('評審組根據評審規則');
    expect(a22.conversion?.by).toMatch(/opencc/);
    expect(cn.articles[24]!.text).toContain('不少于5个工作日的公示');
    for (const f of SEED_FILES.filter((f) => f !== 'changning-2023.txt')) {
      expect(parsedSeed(f).articles.filter((a) => a.conversion)).toEqual([]);
    }
  });

  it('keeps simplified words that a phrase-level converter would rewrite', () => {
    const tz = parsedSeed('tongzhou-2023.txt');
    expect(tz.articles[12]!.text).toContain('等程序进行');
    expect(tz.articles[1]!.text).toContain('成效显著');
  });

  it('keeps the blank day of 江阴 “2022年5月 日” visible', () => {
    const jy = parsedSeed('jiangyin-2022-draft.txt');
    expect(jy.articles[31]!.text).toMatch(/^本办法自2022年5月\u3000日起施行/);
    expect(jy.draftMarker).toBe('讨论稿');
    expect(jy.notice.lines).toEqual([]);
  });
});

describe('promulgation notices', () => {
  it.each([
    ['tongzhou-2023.txt', '通州区区长质量奖管理办法', '通政规〔2023〕1号', '2023-12-27', '南通市通州区人民政府'],
    ['hongqi-2022.txt', '红旗区区长质量奖管理办法', '红政〔2022〕76号', '2022-07-25', '红旗区人民政府'],
    [
      'lianyungang-2021.txt',
      '连云港市市长质量奖管理办法',
      '连政办发〔2021〕26号',
      '2021-04-26',
      '连云港市人民政府办公室',
    ],
    ['changning-2023.txt', '上海市长宁区政府质量奖管理办法', undefined, '2023-10-10', '上海市长宁区人民政府'],
  ])('%s: title, document number, date and issuer', (file, title, doc, date, issuer) => {
    const p = parsedSeed(file);
    expect(p.title).toBe(title);
    expect(p.notice.documentNumber).toBe(doc);
    expect(p.notice.date).toBe(date);
    expect(p.notice.issuer).toBe(issuer);
  });

  it('joins a notice title broken over two lines (红旗)', () => {
    expect(parsedSeed('hongqi-2022.txt').notice.lines).toContain(
      '红旗区人民政府关于印发红旗区区长质量奖管理办法的通知',
    );
  });

  it('separates the 连云港 colophon from the last article', () => {
    const lyg = parsedSeed('lianyungang-2021.txt');
    expect(lyg.colophon[0]).toMatch(/^抄送：/);
    expect(lyg.articles[21]!.text).not.toContain('抄送');
  });
});

describe('texts it cannot parse', () => {
  it('refuses a text without articles, saying why', () => {
    expect(() => parseSource('某某办法\n\n这里没有任何条款。')).toThrow(SourceParseError);
    expect(() => parseSource('某某办法\n\n这里没有任何条款。')).toThrow(/no article/);
  });

  it('refuses article numbers that jump', () => {
    expect(() => parseSource('某某办法\n第一条 甲。\n第三条 乙。')).toThrow(/expected 第2条, found 第3条/);
  });
});

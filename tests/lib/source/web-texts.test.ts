// The parser on texts as web pages give them (tests/fixtures/web-texts/: seven
// real openings of pages, noise kept, and invented texts shaped like them).
// The expected facts were read from each text by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noiseKind, pageDatesIn, splitHeadlineLead } from '../../../src/lib/source/noise.ts';
import { NO_ARTICLE, parseSource, SourceParseError } from '../../../src/lib/source/parse.ts';
import { dateLine, isoOfTextDate } from '../../../src/lib/source/text-dates.ts';
import { FIXTURES } from '../../support/paths.ts';

const WEB = join(FIXTURES, 'web-texts');
const parsed = (file: string) => parseSource(readFileSync(join(WEB, file), 'utf8'));

/** No page furniture may reach the title, the notice or an article. */
function expectNoChrome(p: ReturnType<typeof parsed>): void {
  const text = [p.title, ...p.notice.lines, ...p.articles.map((a) => `${a.heading ?? ''}${a.text}`)].join('\n');
  expect(text).not.toMatch(
    /首页>|阅读人次|浏览量|发布时间|发布日期|致电|微信|写写帮|取消|确定\n|政策原文|—\d+—|- \d+ -/,
  );
}

describe('the seven web samples', () => {
  it('suqian-2010: one line, split at its runs of spaces into notice, title, chapters and articles', () => {
    const p = parsed('suqian-2010.txt');
    expect(p.title).toBe('宿迁市市长质量奖管理办法');
    expect(p.notice.lines[0]).toBe('关于印发宿迁市市长质量奖管理办法的通知');
    expect(p.notice.documentNumber).toBe('宿政规发〔2010〕6号');
    expect(p.notice.date).toBeUndefined();
    expect(p.chapters.map((c) => c.title)).toEqual(['总则', '机构和职责']);
    expect(p.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(p.articles[3]!.text).toBe(
      '市长质量奖每年评审一次，原则上每年获得市长质量奖的单位1-3家。当年申报企业达不到条件的，可以空缺。\n首次获得市长质量奖称号的单位由市政府奖励人民币50万元。',
    );
    expect(p.articles[5]!.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expectNoChrome(p);
  });

  it('shenzhen-2015: traditional front matter converted, no title, the history note kept apart, a chapter title on its own line', () => {
    const p = parsed('shenzhen-2015.txt');
    // The page's heading 市長質量獎 is not the regulation's title, which the page does not print.
    expect(p.title).toBe('');
    expect(p.notATitle).toBe('市长质量奖');
    expect(p.frontConversion?.original).toContain('發布和修訂');
    expect(p.notice.history).toMatch(/^（2004年6月16日深府〔2004〕98号文发布，.*2015年11月03日第四次修订）$/);
    expect(p.notice.documentNumber).toBeUndefined();
    expect(p.draftMarker).toBeUndefined();
    expect(p.chapters).toEqual([{ number: 1, title: '总则', articles: [1, 2, 3, 4, 5, 6] }]);
    expect(p.articles[0]!.text).toMatch(/^为树立质量第一、追求卓越的发展理念/);
    expect(p.articles[3]!.text).toContain('不限定名额，不占年度奖项总指标。');
    expect(p.noise).toEqual(expect.arrayContaining(['发布和修订', '《市长质量奖》是深圳市市政府发布的文件。']));
  });

  it('chengkou-2024: the advertising headline and the page chrome are noise; （试行） is a trial marker', () => {
    const p = parsed('chengkou-2024.txt');
    expect(p.title).toBe('城口县县长质量管理奖评选办法（试行）');
    expect(p.trialMarker).toBe('试行');
    expect(p.draftMarker).toBeUndefined();
    expect(p.notice.lines[0]).toBe('关于印发《城口县县长质量管理奖评选办法（试行）》的通知');
    expect(p.notice.issuer).toBeUndefined();
    expect(p.notice.date).toBeUndefined();
    expect(p.noise).toEqual(
      expect.arrayContaining(['最高奖励50万！', '项目申报请致电：157-2334-8380（微信同号）', '县长质量管理奖评选办法']),
    );
    expect(p.pageDates).toEqual([expect.objectContaining({ label: '发布时间', date: '2024-02-22' })]);
    expect(p.articles).toHaveLength(3);
    expectNoChrome(p);
  });

  it('hengyangxian-2023: a breadcrumb where the title would be is noise, and no title is read', () => {
    const p = parsed('hengyangxian-2023.txt');
    expect(p.title).toBe('');
    expect(p.notATitle).toBe('首页>衡阳县市场监督管理局>信息公开>通知公告');
    expect(p.notice.lines).toEqual([]);
    expect(p.chapters.map((c) => c.title)).toEqual(['总则', '组织管理']);
    expect(p.articles).toHaveLength(6);
    expectNoChrome(p);
  });

  it('yingtan-2012: the page number —1— and the site chrome are noise; the notice is dated in Chinese numerals', () => {
    const p = parsed('yingtan-2012.txt');
    expect(p.title).toBe('鹰潭市市长质量奖管理办法');
    expect(p.notice.lines[0]).toBe('鹰潭市人民政府');
    expect(p.notice.documentNumber).toBe('鹰府发〔2012〕19号');
    expect(p.notice.date).toBe('2012-05-23');
    expect(p.notice.dateLine).toBe('二〇一二年五月二十三日');
    expect(p.notice.issuer).toBe('鹰潭市人民政府');
    expect(p.noise).toContain('—1—');
    expect(p.articles[1]!.text).toMatch(/授予为我市质量振兴做出突出贡献的单位。$/);
    expect(p.pageDates[0]?.date).toBe('2019-05-15');
    expectNoChrome(p);
  });

  it('changning-2015: article titles without brackets kept apart from the text; spaces inside dates gone', () => {
    const p = parsed('changning-2015.txt');
    expect(p.title).toBe('上海市长宁区区长质量奖管理办法（试行）');
    expect(p.trialMarker).toBe('试行');
    expect(p.articles.map((a) => a.heading)).toEqual(['目的和宗旨', '奖项设置', '奖励数量', '评定原则', '评审标准']);
    expect(p.articles[0]!.text).toMatch(/^为贯彻落实科学发展观/);
    expect(p.articles[2]!.text).toBe(
      '区长质量奖每两年评审1次。\n区长质量奖获奖组织原则上每届不超过2个，获奖个人原则上每届不超过2位。上述获奖数可少额或空缺。',
    );
    expect(p.articles[3]!.items).toHaveLength(3);
    expect(p.notice.date).toBe('2015-12-25');
    expect(p.notice.lines[2]).toContain('已经2015年12月17日区政府第132次常务会议讨论通过');
  });

  it('baoan-2025: buttons, dialogs and counters before the notice are noise; the page date is kept apart', () => {
    const p = parsed('baoan-2025.txt');
    expect(p.title).toBe('深圳市宝安区区长质量奖管理办法');
    expect(p.notice.lines).toEqual([
      '深圳市宝安区人民政府办公室关于印发《深圳市宝安区区长质量奖管理办法》的通知',
      '各街道办事处，区各有关单位：',
      '《深圳市宝安区区长质量奖管理办法》已经区政府同意，现印发给你们，请遵照执行。',
      '区政府办公室',
      '2025年7月17日',
    ]);
    expect(p.notice.date).toBe('2025-07-17');
    expect(p.pageDates).toEqual([{ label: '发布时间', date: '2025-07-24', line: '发布时间：2025-07-24' }]);
    expect(p.noise).toEqual(expect.arrayContaining(['取消', '确定', '阅读人次：107', '政策原文']));
    expect(p.articles).toHaveLength(5);
    expectNoChrome(p);
  });
});

describe('texts of our own, shaped like the samples', () => {
  it('a page number "- 2 -" cutting a sentence is dropped and the sentence joined again', () => {
    const p = parsed('own/kunshan-2020.txt');
    expect(p.articles[1]!.text).toBe('市长质量奖每两年评审一次，每次获奖组织不超过3个，可以空缺。');
    expect(p.noise).toEqual(['首页>政务公开>政策文件', '发布日期：2020-03-09', '- 2 -']);
    expect(p.notice.date).toBe('2020-03-05');
  });

  it('a traditional draft: the marker （徵求意見稿） is read converted, the wiki chrome is noise', () => {
    const p = parsed('own/yangli-2021-draft.txt');
    expect(p.title).toBe('样例市市长质量奖管理办法');
    expect(p.draftMarker).toBe('征求意见稿');
    expect(p.notice.lines).toEqual([]);
    expect(p.chapters[0]!.title).toBe('评审组织');
    expect(p.noise).toContain('目录');
  });

  it('a run-together page with unbracketed article titles and an advertising lead', () => {
    const p = parsed('own/run-together-2019.txt');
    expect(p.noise).toEqual(['限时免费代办申报！']);
    expect(p.notice.lines[0]).toBe('关于印发《示范县县长质量奖管理办法》的通知');
    expect(p.articles.map((a) => [a.heading, a.text])).toEqual([
      ['目的和依据', '为提升质量水平，根据《某某省省长质量奖管理办法》，制定本办法。'],
      ['奖项设置', '县长质量奖每年评选一次，获奖组织不超过2个。'],
      ['施行日期', '本办法自2019年7月1日起施行。'],
    ]);
  });

  it('a notice without its regulation is refused, saying there is no 第X条 at all and what to do', () => {
    const text = readFileSync(join(WEB, 'own/notice-only.txt'), 'utf8');
    expect(() => parseSource(text)).toThrow(SourceParseError);
    expect(() => parseSource(text)).toThrow(NO_ARTICLE);
    expect(NO_ARTICLE).toMatch(/found anywhere in the text.*look for a version that has them/);
  });

  it('one article line broken after a few words is not taken for an article title', () => {
    const p = parseSource(
      '某某办法\n第一条 为了测试，制定本办法。\n第二条 本奖项\n每年评选一次。\n第三条 本办法自印发之日起施行。\n',
    );
    // Only one of three articles has the shape: the text has no article titles.
    expect(p.articles.map((a) => a.heading)).toEqual([undefined, undefined, undefined]);
    expect(p.articles[1]!.text).toBe('本奖项每年评选一次。');
  });
});

describe('noise and dates, line by line', () => {
  it.each([
    ['—1—', 'page-number'],
    ['第3页 共12页', 'page-number'],
    ['首页 > 信息公开 > 通知公告', 'breadcrumb'],
    ['当前位置：首页', 'breadcrumb'],
    ['阅读人次：107', 'page-label'],
    ['取消', 'button'],
    ['您已提交入驻申请请等待工作人员审核确认', 'dialog'],
    ['项目申报请致电：157-2334-8380（微信同号）', 'advert'],
  ])('%s is %s', (line, kind) => {
    expect(noiseKind(line)).toBe(kind);
  });

  it.each([
    '各街道办事处，区各有关单位：',
    '《深圳市宝安区区长质量奖管理办法》已经区政府同意，现印发给你们，请遵照执行。',
    '区政府办公室',
    '2025年7月17日',
    '（通政规〔2023〕1号）',
    '特此通知。',
  ])('%s is not noise', (line) => {
    expect(noiseKind(line)).toBeUndefined();
  });

  it('splits an advertising lead off a notice title, and only there', () => {
    expect(splitHeadlineLead('最高奖励50万！关于印发《某办法》的通知')).toEqual([
      '最高奖励50万！',
      '关于印发《某办法》的通知',
    ]);
    expect(splitHeadlineLead('某某区人民政府关于印发《某办法》的通知')).toBeUndefined();
  });

  it('reads the dates a page prints beside the text', () => {
    expect(pageDatesIn('作者：发布时间：2024-02-22浏览量：20次')).toEqual([
      { label: '发布时间', date: '2024-02-22', line: '作者：发布时间：2024-02-22浏览量：20次' },
    ]);
  });

  it('reads dates in Chinese numerals and refuses impossible ones', () => {
    expect(isoOfTextDate('二〇一二年五月二十三日')).toBe('2012-05-23');
    expect(isoOfTextDate('二〇二〇年十二月三十一日')).toBe('2020-12-31');
    expect(isoOfTextDate('2015年12月25日')).toBe('2015-12-25');
    expect(isoOfTextDate('2015年13月25日')).toBeUndefined();
    expect(dateLine('2015年12月25日印发')).toBeUndefined();
  });
});

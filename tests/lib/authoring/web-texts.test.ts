// The starter on texts as web pages give them: for each sample, the identity
// fields read by hand from the text, or the TODO expected where the text does
// not say. Every starter's citations must pass the project's own check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Starter, starterFromText } from '../../../src/lib/authoring/starter.ts';
import { checkCitations, collectCitations } from '../../../src/lib/content/citations.ts';
import type { ParsedSource } from '../../../src/lib/source/parse.ts';
import { FIXTURES } from '../../support/paths.ts';

const WEB = join(FIXTURES, 'web-texts');

function starterOf(file: string): { starter: Starter; source: ParsedSource } {
  const made = starterFromText(readFileSync(join(WEB, file), 'utf8'), { sourceFile: file.replace(/^own\//, '') });
  if ('refused' in made) throw new Error(`${file} refused: ${made.refused}`);
  return made;
}

interface Expected {
  title: string;
  shortName?: string;
  place: { province?: string; city?: string; district?: string; level?: string };
  issuer?: string;
  documentNumber: string | null;
  stage?: 'draft' | 'final';
  dates: Record<string, string>;
  /** Fields the starter must leave to code. */
  todo: string[];
  /** Words the starter's comments must say. */
  says?: RegExp[];
}

const SAMPLES: [string, Expected][] = [
  [
    'suqian-2010.txt',
    {
      title: '宿迁市市长质量奖管理办法',
      shortName: '宿迁市',
      // 各县、区人民政府 are addressed: the city has counties under it.
      place: { city: '宿迁市', level: 'prefecture-level-city' },
      issuer: undefined,
      documentNumber: '宿政规发〔2010〕6号',
      stage: 'final',
      dates: {},
      todo: ['jurisdiction.province', 'issuer'],
    },
  ],
  [
    'shenzhen-2015.txt',
    {
      title: '',
      shortName: '深圳市',
      // Neither 广东省 nor any county or district under 深圳 is named in the opening.
      place: { city: '深圳市' },
      // A guess, said to be one: 第三条 深圳市人民政府设立.
      issuer: '深圳市人民政府',
      documentNumber: null,
      stage: undefined,
      dates: {},
      todo: ['title', 'jurisdiction.province', 'jurisdiction.level', 'documentNumber', 'stage.value'],
      says: [/“市长质量奖”, which is the page's/, /深府〔2004〕98号、深府〔2006〕122号/, /2015年11月03日第四次修订/],
    },
  ],
  [
    'chengkou-2024.txt',
    {
      title: '城口县县长质量管理奖评选办法（试行）',
      shortName: '城口县',
      place: { province: '重庆市', district: '城口县', level: 'county' },
      issuer: '城口县人民政府',
      documentNumber: null,
      stage: 'final',
      dates: {},
      todo: ['documentNumber'],
      says: [
        /“作者：发布时间：2024-02-22浏览量：20次”, the page's date, not the text's/,
        /（试行）: a text issued for a trial/,
      ],
    },
  ],
  [
    'hengyangxian-2023.txt',
    {
      title: '',
      shortName: '衡阳市衡阳县',
      // 第二条 衡阳县县长质量奖; 衡阳市 and 湖南省 from the regulations 第一条 cites.
      place: { province: '湖南省', city: '衡阳市', district: '衡阳县', level: 'county' },
      issuer: undefined,
      documentNumber: null,
      stage: undefined,
      dates: {},
      todo: ['title', 'issuer', 'documentNumber', 'stage.value'],
      says: [
        /“首页>衡阳县市场监督管理局>信息公开>通知公告”, which is the page's/,
        /the award's name “衡阳县县长质量奖”/,
      ],
    },
  ],
  [
    'yingtan-2012.txt',
    {
      title: '鹰潭市市长质量奖管理办法',
      shortName: '鹰潭市',
      place: { province: '江西省', city: '鹰潭市', level: 'prefecture-level-city' },
      issuer: '鹰潭市人民政府',
      documentNumber: '鹰府发〔2012〕19号',
      stage: 'final',
      // 讨论同意 at the meeting of 2012年5月9日; signed 二〇一二年五月二十三日.
      dates: { adopted: '2012-05-09', issued: '2012-05-23' },
      todo: [],
    },
  ],
  [
    'changning-2015.txt',
    {
      title: '上海市长宁区区长质量奖管理办法（试行）',
      shortName: '上海市长宁区',
      place: { province: '上海市', district: '长宁区', level: 'district' },
      issuer: '上海市长宁区人民政府办公室',
      documentNumber: null,
      stage: 'final',
      // "2015 年 12 月 17 日…讨论通过" and "2015 年 12 月 25 日", spaces and all.
      dates: { adopted: '2015-12-17', issued: '2015-12-25' },
      todo: ['documentNumber'],
    },
  ],
  [
    'baoan-2025.txt',
    {
      title: '深圳市宝安区区长质量奖管理办法',
      shortName: '深圳市宝安区',
      place: { city: '深圳市', district: '宝安区', level: 'district' },
      // Signed 区政府办公室; the notice's title gives the body in full.
      issuer: '深圳市宝安区人民政府办公室',
      documentNumber: null,
      stage: 'final',
      // 发布时间: 2025-07-24 is the page's, not the text's.
      dates: { issued: '2025-07-17' },
      todo: ['jurisdiction.province', 'documentNumber'],
      says: [/the text names no province for 宝安区/, /the page names its source “宝安区人民政府”/],
    },
  ],
  [
    'own/kunshan-2020.txt',
    {
      title: '昆山市市长质量奖管理办法',
      shortName: '苏州市昆山市',
      // Towns addressed (各镇人民政府) and 《苏州市市长质量奖管理办法》 cited: a county-level city under 苏州市.
      place: { city: '苏州市', district: '昆山市', level: 'county-level-city' },
      issuer: '昆山市人民政府',
      documentNumber: '昆政发〔2020〕12号',
      stage: 'final',
      dates: { adopted: '2020-02-27', issued: '2020-03-05', effective: '2020-04-01' },
      todo: ['jurisdiction.province'],
    },
  ],
  [
    'own/yangli-2021-draft.txt',
    {
      title: '样例市市长质量奖管理办法',
      shortName: '样例市',
      place: { city: '样例市' },
      issuer: '样例市人民政府',
      documentNumber: null,
      stage: 'draft',
      dates: {},
      todo: ['jurisdiction.level', 'documentNumber'],
    },
  ],
  [
    'own/run-together-2019.txt',
    {
      title: '示范县县长质量奖管理办法',
      shortName: '示范县',
      place: { district: '示范县', level: 'county' },
      issuer: '示范县人民政府',
      documentNumber: '示政发〔2019〕3号',
      stage: 'final',
      dates: { adopted: '2019-06-03', issued: '2019-06-10', effective: '2019-07-01' },
      todo: ['jurisdiction.province'],
    },
  ],
];

describe.each(SAMPLES)('starter for %s', (file, expected) => {
  const { starter, source } = starterOf(file);
  const id = starter.identity;

  it('reads the identity fields the text gives', () => {
    const { province, city, district, level } = id.jurisdiction;
    expect({
      title: id.title,
      shortName: id.shortName,
      place: Object.fromEntries(Object.entries({ province, city, district, level }).filter(([, v]) => v)),
      issuer: id.issuer?.name,
      documentNumber: id.documentNumber.value,
      stage: id.stage.value,
      dates: Object.fromEntries(
        Object.entries(id.dates)
          .filter(([, v]) => v)
          .map(([k, v]) => [k, v!.date]),
      ),
    }).toEqual({
      title: expected.title,
      shortName: expected.shortName,
      place: expected.place,
      issuer: expected.issuer,
      documentNumber: expected.documentNumber,
      stage: expected.stage,
      dates: expected.dates,
    });
  });

  it('leaves to code, with a TODO saying why, what the text does not say', () => {
    expect(starter.todo).toEqual(expect.arrayContaining(expected.todo));
    // A field it read is not also left to code.
    if (expected.title) expect(starter.todo).not.toContain('title');
    if (expected.place.level) expect(starter.todo).not.toContain('jurisdiction.level');
    const comments = starter.yaml.replace(/\n#\s+/g, ' ').replace(/\n\s+#\s+/g, ' ');
    for (const words of expected.says ?? []) expect(comments).toMatch(words);
  });

  it('cites only words of the text, none of the page around it', () => {
    const data = parse(starter.yaml);
    expect(checkCitations(file, data, source)).toEqual([]);
    const quotes = collectCitations(data).map((c) => c.cite.quote);
    for (const quote of quotes) expect(source.noise).not.toContain(quote);
    expect(quotes.join('\n')).not.toMatch(/发布时间|浏览量|阅读人次|致电|首页>|写写帮/);
  });
});

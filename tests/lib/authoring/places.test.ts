// Place names read from titles, signatures and the text, for the jurisdiction
// guess of a starter file.
import { describe, expect, it } from 'vitest';
import {
  citiesInCitedTitles,
  levelOf,
  placeOf,
  provincesMentioned,
  shortNameOf,
} from '../../../src/lib/authoring/places.ts';

describe('placeOf', () => {
  it.each([
    ['南通市通州区人民政府', { city: '南通市', district: '通州区' }],
    ['通州区区长质量奖管理办法', { district: '通州区' }],
    ['上海市长宁区政府质量奖管理办法', { province: '上海市', district: '长宁区' }],
    ['连云港市市长质量奖管理办法', { city: '连云港市' }],
    ['连云港市人民政府办公室', { city: '连云港市' }],
    ['江阴市市长质量奖评定管理办法', { city: '江阴市' }],
    ['江苏省人民政府', { province: '江苏省' }],
    ['黑龙江省哈尔滨市道里区人民政府', { province: '黑龙江省', city: '哈尔滨市', district: '道里区' }],
    ['北京市朝阳区区长质量奖管理办法', { province: '北京市', district: '朝阳区' }],
    ['无锡市江阴市人民政府', { city: '无锡市', district: '江阴市' }],
    ['某某县县长质量奖管理办法', { district: '某某县' }],
  ])('%s', (name, expected) => {
    const got = placeOf(name);
    expect(Object.fromEntries(Object.entries(got ?? {}).filter(([, v]) => v))).toEqual(expected);
  });

  it('is undefined for a name that starts with no place', () => {
    expect(placeOf('区政府关于印发办法的通知')).toBeUndefined();
    expect(placeOf('质量奖管理办法')).toBeUndefined();
  });
});

describe('levelOf and shortNameOf', () => {
  it.each([
    [{ city: '南通市', district: '通州区' }, 'district', '南通市通州区'],
    [{ province: '上海市', district: '长宁区' }, 'district', '上海市长宁区'],
    [{ province: '江苏省', city: '连云港市' }, 'prefecture-level-city', '连云港市'],
    [{ city: '无锡市', district: '江阴市' }, 'county-level-city', '无锡市江阴市'],
    [{ city: '某某市', district: '某某县' }, 'county', '某某市某某县'],
    [{ province: '江苏省' }, 'province', '江苏省'],
  ])('%j', (place, level, shortName) => {
    expect(levelOf(place)).toBe(level);
    expect(shortNameOf(place)).toBe(shortName);
  });
});

describe('places the text names', () => {
  it('provinces by their full names only, most often first', () => {
    expect(provincesMentioned('质量强省建设；江苏省委江苏省人民政府；河南省平台')).toEqual(['江苏省', '河南省']);
    expect(provincesMentioned('国家、省、市质量奖')).toEqual([]);
  });

  it('cities at the head of the documents it cites', () => {
    expect(citiesInCitedTitles('根据《新乡市市长质量奖管理办法》和《中华人民共和国产品质量法》')).toEqual(['新乡市']);
    expect(citiesInCitedTitles('《上海市评比达标表彰活动管理实施细则》')).toEqual([]);
  });
});

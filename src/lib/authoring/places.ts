// Place names read from a regulation's title, issuer and text: the guess of its
// jurisdiction that a starter content file offers for the author to check.
import { groups } from '../regex.ts';
import type { Regulation } from '../schema.ts';

type Level = Regulation['jurisdiction']['level'];

/** Province-level divisions. The four municipalities have no city level below them. */
export const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
] as const;
export const MUNICIPALITIES: readonly string[] = PROVINCES.slice(0, 4);

export interface PlaceName {
  province?: string;
  city?: string;
  /** The district, county or county-level city: the place below the city. */
  district?: string;
}

// What follows the place in a title or a signature: 人民政府, 区长质量奖, 县长质量管理奖, 政府质量奖…
const AFTER_PLACE_RE = /^(.+?)(?:人民政府|政府|[省市区县]长质量(?:管理)?奖|质量(?:管理)?奖)/;
const CJK = '[\\u4e00-\\u9fff]';
const PLACE_RE = new RegExp(
  `^(?<province>${CJK}{2,3}?省|${CJK}{2,6}?自治区)?(?<city>${CJK}{2,6}?(?:市|自治州|地区|盟))?(?<district>${CJK}{1,6}?(?:区|县|市|旗))?$`,
);

/**
 * The place a name such as 南通市通州区人民政府, 上海市长宁区政府质量奖管理办法 or
 * 连云港市市长质量奖管理办法 starts with; undefined when it starts with no place.
 */
export function placeOf(name: string): PlaceName | undefined {
  const head = AFTER_PLACE_RE.exec(name)?.[1];
  if (!head) return undefined;
  const m = PLACE_RE.exec(head);
  if (!m?.groups) return undefined;
  let { province, city, district } = m.groups as PlaceName;
  // A lone 市 is caught as the district by the regex's last group; it is a city.
  if (!city && district?.endsWith('市')) [city, district] = [district, undefined];
  // A municipality is the province itself (上海市长宁区: no city level).
  if (city && MUNICIPALITIES.includes(city)) [province, city] = [city, undefined];
  if (!province && !city && !district) return undefined;
  return { province, city, district };
}

/**
 * The place an award's name gives in the articles, for a text without a title
 * (衡阳县: 第二条 “衡阳县县长质量奖…”): the name must follow a boundary
 * (start, punctuation, 所称, 适用于, 设立的) and end in the award's own level
 * (县 for 县长, 市 for 市长, 区 for 区长). Returns the place and the words read.
 */
export function placeInAwardName(text: string): { place: PlaceName; words: string } | undefined {
  const re =
    /(?:^|[，。、；“（\n]|所称|适用于|设立的|的)((?:[\u4e00-\u9fff]{2,4}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,4}?市)?[\u4e00-\u9fff]{1,4}?([区县市]))([区县市])长质量(?:管理)?奖/g;
  for (const m of text.matchAll(re)) {
    const [name, own, award] = [m[1] ?? '', m[2], m[3]];
    if (own !== award) continue;
    const place = placeOf(`${name}${award}长质量奖`);
    if (place) return { place, words: `${name}${award}长质量` };
  }
  return undefined;
}

/** Words of a city's text that show counties or districts under it (各县（市、区）人民政府): a prefecture-level city. */
const COUNTIES_BELOW_RE = /各县（市、区）|各县（区）|各县、区|各县、市、区|各区县|各县区|县（市、区）|各区人民政府/;
/** Words that show a city addressing towns, not counties: a county-level city (各镇人民政府, 各乡镇). */
const TOWNS_BELOW_RE = /各镇|各乡镇|镇人民政府/;

export interface LevelEvidence {
  level: 'prefecture-level-city' | 'county-level-city';
  /** The words of the text that show it. */
  words: string;
  /** For a county-level city: the city above it, from a document of that city the text cites. */
  prefecture?: string;
}

/**
 * Whether a city named alone is prefecture-level or county-level, from what
 * the text shows: counties under it, or towns under it and another city's
 * regulation above it. Undefined when the text shows neither: only the
 * administrative divisions tell then.
 */
export function cityLevelEvidence(city: string, text: string): LevelEvidence | undefined {
  const counties = COUNTIES_BELOW_RE.exec(text);
  if (counties) return { level: 'prefecture-level-city', words: counties[0] };
  const above = citiesInCitedTitles(text).find((c) => c !== city);
  const towns = TOWNS_BELOW_RE.exec(text);
  if (above && towns) return { level: 'county-level-city', words: towns[0], prefecture: above };
  return undefined;
}

/**
 * The administrative level the place suggests. A city named alone is taken as
 * prefecture-level: the text cannot tell a county-level city (江阴市) from one.
 */
export function levelOf(place: PlaceName): Level {
  if (place.district) {
    if (place.district.endsWith('县')) return 'county';
    if (place.district.endsWith('市')) return 'county-level-city';
    return 'district';
  }
  if (place.city) return 'prefecture-level-city';
  return 'province';
}

/** Province-level names the text mentions, most often first. */
export function provincesMentioned(text: string): string[] {
  const counts = PROVINCES.map((p) => [p, text.split(p).length - 1] as const).filter(([, n]) => n > 0);
  return counts.sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

/** City names at the head of a document the text cites (《新乡市市长质量奖管理办法》), most often first. */
export function citiesInCitedTitles(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/《([^《》〈〉]+)[》〈]/g)) {
    const [title] = groups(m, 1);
    const city = placeOf(title)?.city;
    if (city) counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** The short name the comparison headers use: the city (or municipality) and the district. */
export function shortNameOf(place: PlaceName): string | undefined {
  const parts = [
    place.city ?? (place.province && MUNICIPALITIES.includes(place.province) ? place.province : undefined),
    place.district,
  ];
  const name = parts.filter(Boolean).join('');
  return name || place.province;
}

// Synthetic regulations for the scale benchmark (bench/scale.ts): each one is a
// real regulation (content file + seed text) with its names and numbers changed
// the same way in both, so every citation still stands in the (changed) text and
// `npm run validate` accepts it. Pure functions: text in, text out.
//
// What varies, for synthetic number i (1-based), from base i mod 5 (round robin):
// - the jurisdiction: the province cycles over the 31 provincial-level names; the
//   base's city and district/county-level city become 样例市NNNN, 样例区NNNN or
//   样例县级市NNNN (NNNN = i, zero-padded), keeping the base's levels (a 上海市 district
//   stays a district with no city, whatever the province). Every occurrence of the
//   base's full place names in the text, title, names and notes is replaced; other
//   place words (南通高新区, the 澄 of a repealed 澄政规发) stay as they are.
// - the dates: every year written before 年, inside 〔〕 and in coded dates moves by
//   the same shift (−3…+3 years, never 0), so the regulation's own dates, the dates
//   of repealed documents and derived expiries move together; months and days stay.
// - the document number (when the base has one): prefix 样…, the shifted year,
//   serial 100 + i (e.g. 通政规〔2023〕1号 → 样政规〔2020〕101号).
// - the prize amounts: every "N万元" in the text (prizes and bonuses for higher awards)
//   and every coded amountYuan is multiplied by 2, 3 or 4.
// - the quotas: every "不超过N家/个" and "N—M个" whose numbers are coded quotas or
//   per-recipient caps gains 1, 2 or 3, as do the coded values.
// - for every third one, the coding drops the last exclusion clause and the last
//   condition of each applicant type that has more than one (the text keeps them).
// Titles, short names and ids are unique through the NNNN in the names and ids.
import { parse, stringify } from 'yaml';
import { groups } from '../../src/lib/regex.ts';
import { sha256Of } from '../../src/lib/content/provenance.ts';

export const PROVINCES = [
  '北京市',
  '天津市',
  '河北省',
  '山西省',
  '内蒙古自治区',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '上海市',
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
  '广西壮族自治区',
  '海南省',
  '重庆市',
  '四川省',
  '贵州省',
  '云南省',
  '西藏自治区',
  '陕西省',
  '甘肃省',
  '青海省',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
] as const;

export interface BaseRegulation {
  /** The content file's base name, e.g. tongzhou-2023. */
  id: string;
  /** The content file (YAML). */
  yaml: string;
  /** The seed text it cites. */
  seed: string;
}

export interface Variation {
  index: number;
  province: string;
  city?: string;
  district?: string;
  yearShift: number;
  moneyFactor: number;
  quotaDelta: number;
  documentSerial: number;
  dropClauses: boolean;
}

export interface SyntheticRegulation {
  /** File base name of both files: `<id>.yaml` and `<id>.txt`. */
  id: string;
  base: string;
  yaml: string;
  seed: string;
  variation: Variation;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const pad = (i: number) => String(i).padStart(4, '0');
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex for `s` that lets white space (line breaks of the extracted text) stand between its characters. */
const loose = (s: string) => [...s].map(escapeRegex).join('\\s*');

/** Item k of a list taken round robin (k from 0); throws on an empty list or a negative k. */
function roundRobin<T>(list: readonly T[], k: number): T {
  const item = list[k % list.length];
  if (item === undefined) throw new RangeError(`no item ${k} of a list of ${list.length} taken round robin`);
  return item;
}

/** The id of synthetic number i made from base `base`: s0001-tongzhou-2023. */
export const syntheticId = (index: number, base: string) => `s${pad(index)}-${base}`;

/** The deterministic variation of synthetic number `index` (1-based). */
export function variationFor(index: number, levels: { city?: string; district?: string; level: string }): Variation {
  const n = pad(index);
  const districtName =
    levels.level === 'county-level-city' ? `样例县级市${n}` : levels.level === 'county' ? `样例县${n}` : `样例区${n}`;
  return {
    index,
    province: roundRobin(PROVINCES, index - 1),
    city: levels.city ? `样例市${n}` : undefined,
    district: levels.district ? districtName : undefined,
    yearShift: roundRobin([-3, -2, -1, 1, 2, 3], index),
    moneyFactor: 2 + (index % 3),
    quotaDelta: 1 + (index % 3),
    documentSerial: 100 + index,
    dropClauses: index % 3 === 0,
  };
}

interface Plan {
  yearShift: number;
  moneyFactor: number;
  quotaDelta: number;
  /** Coded quota and cap values: only phrases with these numbers change. */
  quotaValues: Set<number>;
  /** The base's document number after the year shift, and its replacement. */
  documentNumber?: { from: string; to: string };
  /** Full place names → synthetic names. */
  names: [string, string][];
}

const shiftYear = (year: string, by: number) => String(Number(year) + by);

/** Applies one plan's changes to a text (a seed, or a string of the content file). */
function rewrite(text: string, plan: Plan): string {
  let out = text
    // Years: before 年 (2023年, 2023 年) and inside 〔〕 (通政规〔2023〕1号).
    .replace(/(?<!\d)((?:19|20)\d\d)(?=\s*年)/g, (_, y: string) => shiftYear(y, plan.yearShift))
    .replace(
      /〔(\s*)((?:19|20)\d\d)(\s*)〕/g,
      (_, a: string, y: string, b: string) => `〔${a}${shiftYear(y, plan.yearShift)}${b}〕`,
    )
    // Money: N万元.
    .replace(
      /(?<![\d.])(\d+)(\s*)万(\s*)元/g,
      (_, n: string, a: string, b: string) => `${Number(n) * plan.moneyFactor}${a}万${b}元`,
    )
    // Quotas: 不超过N家/个/名 and N—M个, when the numbers are coded quotas.
    .replace(/(不超过\s*)(\d+)(\s*[家个名])/g, (whole, a: string, n: string, b: string) =>
      plan.quotaValues.has(Number(n)) ? `${a}${Number(n) + plan.quotaDelta}${b}` : whole,
    )
    .replace(
      /(?<!\d)(\d+)(\s*[—–－~～-]\s*)(\d+)(\s*[家个名])(?!工作|月|日)/g,
      (whole, n: string, dash: string, m: string, b: string) =>
        plan.quotaValues.has(Number(n)) && plan.quotaValues.has(Number(m))
          ? `${Number(n) + plan.quotaDelta}${dash}${Number(m) + plan.quotaDelta}${b}`
          : whole,
    );
  if (plan.documentNumber) out = out.replace(new RegExp(loose(plan.documentNumber.from), 'g'), plan.documentNumber.to);
  // Place names in one pass, longest first, so a new name is never rewritten again.
  const names = [...plan.names].sort((a, b) => b[0].length - a[0].length);
  if (names.length) {
    const byKey = new Map(names.map(([from, to]) => [from, to]));
    out = out.replace(
      new RegExp(names.map(([from]) => loose(from)).join('|'), 'g'),
      (m) => byKey.get(m.replace(/\s+/g, '')) ?? m,
    );
  }
  return out;
}

/** Every string in a parsed content file, rewritten. */
function rewriteStrings(value: Json, plan: Plan): Json {
  if (typeof value === 'string') return rewrite(value, plan);
  if (Array.isArray(value)) return value.map((v) => rewriteStrings(v, plan));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteStrings(v, plan)]));
  return value;
}

const asObj = (v: Json | undefined): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const asList = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);

/** Quota values and per-recipient caps coded in the tiers (the numbers the quota phrases may carry). */
function codedQuotas(reg: Obj): Set<number> {
  const values = new Set<number>();
  for (const tier of asList(reg.tiers).map(asObj)) {
    const quota = asObj(tier?.quota);
    for (const key of ['min', 'max', 'maxPerTrack'])
      if (typeof quota?.[key] === 'number') values.add(quota[key] as number);
    for (const cap of asList(tier?.recipientCaps).map(asObj)) if (typeof cap?.max === 'number') values.add(cap.max);
  }
  return values;
}

/** Coded numbers and dates changed to match the rewritten text. */
function changeCodedValues(reg: Obj, plan: Plan): void {
  const walk = (value: Json, key?: string): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (key === 'amountYuan' && typeof value === 'number') return value * plan.moneyFactor;
    if (key === 'date' && typeof value === 'string')
      return value.replace(/^(\d{4})/, (y) => shiftYear(y, plan.yearShift));
    return value;
  };
  Object.assign(reg, walk(reg));
  for (const tier of asList(reg.tiers).map(asObj)) {
    const quota = asObj(tier?.quota);
    for (const key of ['min', 'max', 'maxPerTrack'])
      if (quota && typeof quota[key] === 'number') quota[key] = (quota[key] as number) + plan.quotaDelta;
    for (const cap of asList(tier?.recipientCaps).map(asObj))
      if (cap && typeof cap.max === 'number') cap.max += plan.quotaDelta;
  }
}

/** Synthetic number `index` (1-based) from one base regulation. */
export function synthesize(base: BaseRegulation, index: number): SyntheticRegulation {
  const reg = parse(base.yaml) as Obj;
  const jurisdiction = asObj(reg.jurisdiction);
  if (!jurisdiction) throw new Error(`${base.id}: no jurisdiction`);
  const place = {
    province: jurisdiction.province as string,
    city: jurisdiction.city as string | undefined,
    district: jurisdiction.district as string | undefined,
  };
  const variation = variationFor(index, {
    city: place.city,
    district: place.district,
    level: String(jurisdiction.level),
  });
  const id = syntheticId(index, base.id);

  const names: [string, string][] = [[place.province, variation.province]];
  if (place.city && variation.city) names.push([place.city, variation.city]);
  if (place.district && variation.district) names.push([place.district, variation.district]);
  const plan: Plan = {
    yearShift: variation.yearShift,
    moneyFactor: variation.moneyFactor,
    quotaDelta: variation.quotaDelta,
    quotaValues: codedQuotas(reg),
    names: names.filter(([from, to]) => from !== to),
  };
  const documentNumber = asObj(reg.documentNumber)?.value;
  if (typeof documentNumber === 'string') {
    const shifted = rewrite(documentNumber, { ...plan, documentNumber: undefined, names: [] });
    const m = /^(.+?)〔(\d{4})〕\d+号$/.exec(shifted);
    if (m) {
      const [issuer, year] = groups(m, 2);
      plan.documentNumber = { from: shifted, to: `样${issuer.slice(1)}〔${year}〕${variation.documentSerial}号` };
    }
  }

  const seed = rewrite(base.seed, plan);
  const out = rewriteStrings(reg, plan) as Obj;
  changeCodedValues(out, plan);
  // Its own text, so its own hash; links to coded versions would name the base's neighbours, not its own.
  out.source = { ...asObj(out.source), file: `${id}.txt`, sha256: sha256Of(seed) };
  if (Array.isArray(out.supersedes)) out.supersedes = asList(out.supersedes).filter((v) => !asObj(v)?.id);
  if (variation.dropClauses) {
    const exclusions = asList(out.exclusionClauses);
    if (exclusions.length > 1) out.exclusionClauses = exclusions.slice(0, -1);
    for (const applicant of asList(out.applicants).map(asObj)) {
      const conditions = asList(applicant?.conditions);
      if (applicant && conditions.length > 1) applicant.conditions = conditions.slice(0, -1);
    }
  }
  const header = `# Synthetic regulation for the scale benchmark (bench/lib/synthesize.ts), made from ${base.id}: not a real text.\n`;
  return { id, base: base.id, yaml: header + stringify(out, { lineWidth: 0 }), seed, variation };
}

/** `count` synthetic regulations, the bases taken round robin (sorted by id for a stable order). */
export function synthesizeSet(bases: BaseRegulation[], count: number): SyntheticRegulation[] {
  const sorted = [...bases].sort((a, b) => a.id.localeCompare(b.id));
  return Array.from({ length: count }, (_, k) => synthesize(roundRobin(sorted, k), k + 1));
}

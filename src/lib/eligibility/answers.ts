// An applicant's answers, validated. Every problem names its field and says
// what was expected, in the words the wizard shows beside the field; nothing
// here throws on user input.
//
// A record's items may be incomplete (有, with no date yet; an accident with no
// grade): that is a half answer, kept as given, and the engine leaves every
// condition it decides unknown. Only what is given is checked here.
//
// Input may be junk (a crafted share link, a stray file): every list and string
// is bounded, a message quotes at most QUOTE characters of what it got, the
// problems listed are capped, and the work is linear in the input's size.
// valibot: a validator of small tree-shakable functions, so the checker page downloads only the checks it uses
// (docs/adr/0026; the content schema, which runs only in Node, is zod).
import * as v from 'valibot';
import { APPLICANT_TYPES, type ApplicantType, SOUGHT_TIERS, enumKeys } from '../codebook-labels.ts';
import { isValidPartialDate } from '../dates.ts';
import { type Attribute, FACT_IDS, FACTS, type FactDefinition, type FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';
import { isObject, isPlainObject } from '../objects.ts';

/** Days an answer may name: none before 1900 (no award scheme reaches that far back), none after 2200. */
export const EARLIEST_DAY = '1900-01-01';
export const LATEST_DAY = '2200-12-31';
/** The most items a list answer may hold: far above any real record, low enough to keep a check instant. */
export const MAX_ITEMS = 200;
/** The most problems listed for one set of answers (one more says how many are left out). */
export const MAX_PROBLEMS = 100;
/** The longest name an answer may give: a place, a regulation's or a tier's id. */
export const MAX_NAME_LENGTH = 100;
/** The largest amount (万元) an annual result may state. */
const MAX_AMOUNT = 1e9;
/** How much of a bad value a message quotes. */
const QUOTE_LENGTH = 40;

/** A value as a message quotes it: cut to QUOTE_LENGTH characters, so junk is never echoed whole. */
export const quoted = (v: unknown): string => {
  const s = String(v);
  return s.length > QUOTE_LENGTH ? `${s.slice(0, QUOTE_LENGTH)}…` : s;
};

type Schema = v.GenericSchema;

const isoDay = (what: string) =>
  v.pipe(
    v.string(`${what}应为日期，格式 YYYY-MM-DD`),
    v.check(
      (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidPartialDate(s),
      (iss) => `“${quoted(iss.input)}”不是有效日期：${what}应为 YYYY-MM-DD，如 2023-11-22`,
    ),
    v.check(
      (s) => s >= EARLIEST_DAY && s <= LATEST_DAY,
      (iss) => `${what}应在 ${EARLIEST_DAY} 与 ${LATEST_DAY} 之间（收到“${quoted(iss.input)}”）`,
    ),
  );
/** A name chosen from the site's lists (a place, a regulation, a tier): given, and of bounded length. */
const pickedName = (missing: string, what: string) =>
  v.pipe(
    v.string(missing),
    v.minLength(1, missing),
    v.maxLength(MAX_NAME_LENGTH, (iss) => `“${quoted(iss.input)}”过长：${what}最多 ${MAX_NAME_LENGTH} 个字符`),
  );
/** A finite number (as zod's z.number(): Infinity is no number here either), then its checks. */
const finite = (error: string) => [v.number(error), v.check((n: number) => Number.isFinite(n), error)] as const;
const integer = (error: string) => v.check((n: number) => Number.isSafeInteger(n), error);
const year = v.pipe(
  ...finite('年份应为数字'),
  integer('年份应为整数'),
  v.minValue(1900, '年份不应早于 1900'),
  v.maxValue(2200, '年份过大'),
);
/** A list: one longer than MAX_ITEMS is refused before any item is read, so 64,000 bad dates are one problem. */
const list = (item: Schema, what: string): Schema => {
  const notList = `应为${what}列表（没有则为空列表）`;
  const tooLong = v.pipe(
    v.array(v.unknown(), notList),
    v.maxLength(MAX_ITEMS, (iss) => `最多填写 ${MAX_ITEMS} 项（收到 ${(iss.input as unknown[]).length} 项）`),
  );
  const items = v.array(item, notList);
  return v.lazy((input) => (Array.isArray(input) && input.length > MAX_ITEMS ? tooLong : items));
};

/** The unknown fields' message: the names, quoted and at most ten of them. */
const unknownKeysText = (keys: readonly string[]) =>
  `没有这一项：${keys.slice(0, 10).map(quoted).join('、')}${keys.length > 10 ? ` 等 ${keys.length} 项` : ''}`;
/** The issue of a field an object may not hold: valibot's path ends in that field. */
const isUnknownField = (iss: { type: string; expected: string | null }) =>
  iss.type === 'strict_object' && iss.expected === 'never';

/** An object of the given fields and no others; a list is not an object here. */
function strictObject(shape: Record<string, Schema>, error: string): Schema {
  const unknownKeys = (o: object) => Object.keys(o).filter((k) => !Object.hasOwn(shape, k));
  // valibot reports the first unknown field and stops; the message names them all, as one problem of the object.
  const object = v.strictObject(shape, (iss) => {
    const holder = iss.path?.[iss.path.length - 1]?.input;
    return isUnknownField(iss) && holder && typeof holder === 'object' ? unknownKeysText(unknownKeys(holder)) : error;
  });
  const notObject = v.custom(() => false, error);
  return v.lazy((input) => (Array.isArray(input) ? notObject : object));
}
const item = (shape: Record<string, Schema>, what: string, example: string) =>
  strictObject(shape, `每项应为一条${what}（对象，如 ${example}）`);

function attributeSchema(name: string, a: Attribute): Schema {
  switch (a.kind) {
    case 'enum': {
      const keys = Object.keys(a.values);
      return v.picklist(keys, `${name}应为 ${keys.join('、')} 之一`);
    }
    case 'boolean':
      return v.boolean(`${name}应回答“是”或“否”`);
    case 'amount':
      return v.pipe(
        v.number('金额应为数字（万元）'),
        v.check((n) => Number.isFinite(n) && Math.abs(n) <= MAX_AMOUNT, '金额应为有限的数（万元）'),
      );
    case 'scheme':
      return pickedName('请选择办法', '办法名');
  }
}

const attributeShape = (f: FactDefinition) =>
  Object.fromEntries(
    Object.entries(f.attributes ?? {}).map(([name, a]) => [name, v.optional(attributeSchema(name, a))]),
  );

function factSchema(f: FactDefinition): Schema {
  switch (f.type) {
    case 'jurisdiction':
      return pickedName('请选择地区', '地区名');
    case 'date':
      return isoDay('日期');
    case 'boolean':
      return v.boolean('应回答“是”或“否”');
    case 'rank':
      return v.pipe(
        ...finite('名次应为数字'),
        integer('名次应为整数'),
        v.gtValue(0, '名次应为 1 或更大的整数（第 1 位为最前）'),
      );
    case 'count':
      return v.pipe(
        ...finite('数量应为数字'),
        integer('数量应为整数'),
        v.minValue(0, '数量不应为负'),
        v.maxValue(1e6, '数量过大'),
      );
    case 'events':
      return list(
        item({ date: v.optional(isoDay('日期')), ...attributeShape(f) }, '事项', '{"date": "2024-01-01"}'),
        '事项',
      );
    case 'annual':
      return list(item({ year: v.optional(year), ...attributeShape(f) }, '年度记录', '{"year": 2024}'), '年度');
    case 'periods':
      return list(
        item(
          {
            place: v.optional(factSchema({ type: 'jurisdiction', askedOf: [] })),
            from: v.optional(isoDay('开始日期')),
            to: v.optional(isoDay('结束日期')),
          },
          '工作期间',
          '{"place": "…", "from": "2020-01-01"}',
        ),
        '工作期间',
      );
    case 'awards':
      return list(
        item(
          {
            regulation: v.optional(pickedName('请选择办法', '办法编号')),
            tier: v.optional(pickedName('请选择奖项', '奖项编号')),
            date: v.optional(isoDay('获奖日期')),
          },
          '获奖记录',
          '{"regulation": "…", "tier": "…", "date": "2024-01-01"}',
        ),
        '获奖记录',
      );
  }
}

const factShape = Object.fromEntries(
  (Object.entries(FACTS) as [FactId, FactDefinition][]).map(([id, f]) => [id, v.optional(factSchema(f))]),
);

export const answersSchema = strictObject(
  {
    applicantType: v.optional(v.picklist(APPLICANT_TYPES, '申报主体应为 organization（组织）或 individual（个人）')),
    checkDate: v.optional(isoDay('核对日期')),
    soughtTier: v.optional(
      v.picklist(enumKeys(SOUGHT_TIERS), `所申报的奖项应为 ${Object.keys(SOUGHT_TIERS).join('、')} 之一`),
    ),
    ...factShape,
  },
  '回答应为一个对象，如 {"applicantType": "organization"}',
);

/** An item of a record, as the engine reads it: a date or year, and the attributes given. */
export interface RecordItem {
  date?: string;
  year?: number;
  [attribute: string]: string | number | boolean | undefined;
}
export interface Period {
  place?: string;
  from?: string;
  to?: string;
}
export interface AwardRecord {
  regulation?: string;
  tier?: string;
  date?: string;
}

type FactValue<T extends FactDefinition['type']> = T extends 'jurisdiction' | 'date'
  ? string
  : T extends 'boolean'
    ? boolean
    : T extends 'rank' | 'count'
      ? number
      : T extends 'events' | 'annual'
        ? RecordItem[]
        : T extends 'periods'
          ? Period[]
          : AwardRecord[];

export type Answers = {
  applicantType?: ApplicantType;
  checkDate?: string;
  soughtTier?: keyof typeof SOUGHT_TIERS;
} & { [K in FactId]?: FactValue<(typeof FACTS)[K]['type']> };

export interface AnswerProblem {
  /** The field, as a path: foundedOn, accidents.2.date, earlierAwards.0.date */
  field: string;
  message: string;
}

export interface AnswerContext {
  /** Jurisdiction paths the site knows (江苏省/南通市/通州区). */
  jurisdictions: string[];
  /** Regulation ids with their tier ids, for earlier awards and sanctions. */
  regulations: { id: string; tiers: string[] }[];
  /** Today; no event can be later. */
  today: string;
}

/** Problems, at most one per field and MAX_PROBLEMS in all, collected in time linear in their number. */
class Problems {
  private readonly listed: AnswerProblem[] = [];
  private readonly fields = new Set<string>();
  private unlisted = 0;
  /** The message may be a function, so that a problem only counted is never put into words. */
  add(field: string, message: string | (() => string)) {
    if (this.fields.has(field)) return;
    this.fields.add(field);
    if (this.listed.length < MAX_PROBLEMS)
      this.listed.push({ field, message: typeof message === 'string' ? message : message() });
    else this.unlisted++;
  }
  get any() {
    return this.listed.length > 0;
  }
  /** The problems listed, and one more saying how many are not. */
  get list(): AnswerProblem[] {
    return this.unlisted
      ? [...this.listed, { field: '(answers)', message: `另有 ${this.unlisted} 个问题未列出：请先改正以上各项` }]
      : this.listed;
  }
}

/** An object's own fields only, without what its prototype holds. */
const ownFields = (v: unknown): unknown =>
  isObject(v) && !isPlainObject(v) ? Object.fromEntries(Object.entries(v)) : v;

const LIST_FACTS = FACT_IDS.filter((id) => ['events', 'annual', 'periods', 'awards'].includes(FACTS[id].type));

/**
 * The answers as plain data. An object made with another prototype (`{ __proto__: place }` in code) is read for
 * its own fields only, at the top and in list items, so no answer is ever taken from a prototype. JSON never makes
 * one: JSON.parse gives "__proto__" as an own field, which the schema reports as unknown. Plain input is returned
 * as it is (copying a junk object of 100,000 keys would cost more than checking it).
 */
function plainAnswers(input: unknown): unknown {
  if (!isObject(input)) return input;
  const top = ownFields(input) as Record<string, unknown>;
  const lists: Record<string, unknown[]> = {};
  for (const id of LIST_FACTS) {
    const v = top[id];
    if (Array.isArray(v) && v.length <= MAX_ITEMS && v.some((x) => isObject(x) && !isPlainObject(x)))
      lists[id] = v.map(ownFields);
  }
  return top === input && !Object.keys(lists).length ? input : { ...top, ...lists };
}

export function parseAnswers(input: unknown, ctx: AnswerContext): { answers?: Answers; problems: AnswerProblem[] } {
  const plain = plainAnswers(input);
  const parsed = v.safeParse(answersSchema, plain);
  const problems = new Problems();
  if (!parsed.success)
    for (const i of parsed.issues) {
      const path = (i.path ?? []).map((p) => String(p.key));
      // An unknown field is a problem of the object that holds it.
      if (isUnknownField(i)) path.pop();
      problems.add(path.join('.') || '(answers)', i.message);
    }
  // The checks against the site and today run on the raw input too, so one
  // pass reports every problem; each guards its own types.
  const a = isObject(plain) ? plain : {};
  const knownPlaces = new Set(ctx.jurisdictions);
  const checkPlace = (field: string, v: unknown) => {
    if (typeof v === 'string' && v && v !== OTHER_JURISDICTION && !knownPlaces.has(v))
      problems.add(field, `未知地区“${quoted(v)}”：应为 ${[...ctx.jurisdictions, OTHER_JURISDICTION].join('、')} 之一`);
  };
  // Against today, not the check day: an event between a past check day and today has happened, and is simply
  // not yet an event on that day (the engine leaves it out).
  const notLater = (field: string, v: unknown, what = '只填已经发生的事') => {
    if (typeof v === 'string' && v > ctx.today) problems.add(field, `${quoted(v)} 晚于今天（${ctx.today}）：${what}`);
  };
  const regulations = new Map(ctx.regulations.map((r) => [r.id, r]));
  const checkRegulation = (field: string, v: unknown, allowOther: boolean) => {
    if (typeof v === 'string' && v && !regulations.has(v) && !(allowOther && v === OTHER_JURISDICTION))
      problems.add(
        field,
        `未知办法“${quoted(v)}”：应为 ${[...regulations.keys(), ...(allowOther ? [OTHER_JURISDICTION] : [])].join('、')} 之一`,
      );
  };
  checkPlace('jurisdiction', a.jurisdiction);
  const thisYear = Number(ctx.today.slice(0, 4));
  for (const [id, f] of Object.entries(FACTS) as [FactId, FactDefinition][]) {
    const v = a[id];
    if (f.type === 'date') notLater(id, v, '应为已经过去的日期');
    // A list too long is one problem, its length: its items are not read.
    if (!Array.isArray(v) || v.length > MAX_ITEMS) continue;
    v.forEach((item, i) => {
      if (!isObject(item)) return;
      const at = `${id}.${i}`;
      if (f.type === 'events') notLater(`${at}.date`, item.date);
      if (f.type === 'annual' && typeof item.year === 'number' && item.year >= thisYear)
        problems.add(`${at}.year`, `${item.year} 年度还没有结束：只填已经结束的年度`);
      if (f.type === 'periods') {
        checkPlace(`${at}.place`, item.place);
        notLater(`${at}.from`, item.from);
        notLater(`${at}.to`, item.to);
        if (typeof item.from === 'string' && typeof item.to === 'string' && item.to < item.from)
          problems.add(`${at}.to`, `结束日期 ${quoted(item.to)} 早于开始日期 ${quoted(item.from)}`);
      }
      if (f.type === 'awards') {
        checkRegulation(`${at}.regulation`, item.regulation, false);
        const reg = typeof item.regulation === 'string' ? regulations.get(item.regulation) : undefined;
        if (reg && typeof item.tier === 'string' && item.tier && !reg.tiers.includes(item.tier))
          problems.add(`${at}.tier`, `该办法没有奖项“${quoted(item.tier)}”：应为 ${reg.tiers.join('、')} 之一`);
        notLater(`${at}.date`, item.date);
      }
      for (const [name, attr] of Object.entries(f.attributes ?? {}))
        if (attr.kind === 'scheme') checkRegulation(`${at}.${name}`, item[name], true);
    });
    if (f.type === 'annual') {
      const seen = new Set<unknown>();
      v.forEach((item, i) => {
        const y = isObject(item) ? item.year : undefined;
        if (typeof y !== 'number') return;
        if (seen.has(y)) problems.add(`${id}.${i}.year`, `${y} 年度填了两次：每个年度只填一项`);
        seen.add(y);
      });
    }
  }
  return problems.any || !parsed.success
    ? { problems: problems.list }
    : { answers: parsed.output as Answers, problems: [] };
}

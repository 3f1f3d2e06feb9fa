// An applicant's answers, validated. Every problem names its field and says
// what was expected, in the words the wizard shows beside the field; nothing
// here throws on user input.
// zod/mini: the same validator as zod's classic API, in tree-shakable functions, so the checker page
// downloads only the checks it uses.
import * as z from 'zod/mini';
import { BAN_CAUSES, RECIPIENT_TYPES, enumKeys } from '../codebook.ts';
import { isValidPartialDate } from '../dates.ts';
import { FACTS, type FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';

const isoDay = (what: string) =>
  z.string({ error: `${what}应为日期，格式 YYYY-MM-DD` }).check(
    z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidPartialDate(s), {
      error: (iss) => `“${String(iss.input)}”不是有效日期：${what}应为 YYYY-MM-DD，如 2023-11-22`,
    }),
  );
// zod's classic .int(): a safe integer.
const integer = (error: string) => z.refine<number>((n) => Number.isSafeInteger(n), { error });

const factShape = Object.fromEntries(
  (Object.entries(FACTS) as [FactId, (typeof FACTS)[FactId]][]).map(([id, f]) => {
    switch (f.type) {
      case 'jurisdiction':
        return [id, z.optional(z.string({ error: '请选择地区' }).check(z.minLength(1, '请选择地区')))];
      case 'date':
        return [id, z.optional(isoDay('日期'))];
      case 'dates':
        return [id, z.optional(z.array(isoDay('日期'), { error: '应为日期列表（没有则为空列表）' }))];
      case 'years':
        return [
          id,
          z.optional(
            z.array(
              z
                .number({ error: '年份应为数字' })
                .check(integer('年份应为整数'), z.minimum(1949, '年份不应早于 1949'), z.maximum(2200, '年份过大')),
              { error: '应为年份列表（没有则为空列表）' },
            ),
          ),
        ];
      case 'boolean':
        return [id, z.optional(z.boolean({ error: '应回答“是”或“否”' }))];
      case 'rank':
        return [
          id,
          z.optional(
            z
              .number({ error: '名次应为数字' })
              .check(integer('名次应为整数'), z.positive('名次应为 1 或更大的整数（第 1 位为最前）')),
          ),
        ];
    }
  }),
) as { [K in FactId]: z.ZodMiniOptional<z.ZodMiniType> };

export const answersSchema = z.strictObject({
  applicantType: z.optional(
    z.enum(enumKeys(RECIPIENT_TYPES), { error: '申报主体应为 organization（组织）或 individual（个人）' }),
  ),
  checkDate: z.optional(isoDay('核对日期')),
  ...factShape,
  earlierAwards: z.optional(
    z.array(
      z.strictObject({
        regulation: z.string().check(z.minLength(1, '请选择办法')),
        tier: z.string().check(z.minLength(1, '请选择奖项')),
        date: isoDay('获奖日期'),
      }),
      { error: '应为获奖记录列表（没有则为空列表）' },
    ),
  ),
  sanctions: z.optional(
    z.array(
      z.strictObject({
        regulation: z.string().check(z.minLength(1, '请选择办法')),
        cause: z.enum(enumKeys(BAN_CAUSES), { error: `原因应为 ${Object.keys(BAN_CAUSES).join('、')} 之一` }),
        date: isoDay('认定日期'),
      }),
      { error: '应为处理记录列表（没有则为空列表）' },
    ),
  ),
});

export type Answers = z.infer<typeof answersSchema>;

export interface AnswerProblem {
  /** The field, as a path: foundedOn, accidents.2, earlierAwards.0.date */
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

export function parseAnswers(input: unknown, ctx: AnswerContext): { answers?: Answers; problems: AnswerProblem[] } {
  const parsed = answersSchema.safeParse(input);
  const problems: AnswerProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        field: i.path.join('.') || '(answers)',
        message: i.code === 'unrecognized_keys' ? `没有这一项：${i.keys.join('、')}` : i.message,
      }));
  // The checks against the site and today run on the raw input too, so one
  // pass reports every problem; each guards its own types.
  const a = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const add = (field: string, message: string) =>
    problems.some((p) => p.field === field) || problems.push({ field, message });
  const jurisdiction = a.jurisdiction;
  if (
    typeof jurisdiction === 'string' &&
    jurisdiction &&
    jurisdiction !== OTHER_JURISDICTION &&
    !ctx.jurisdictions.includes(jurisdiction)
  ) {
    add(
      'jurisdiction',
      `未知地区“${jurisdiction}”：应为 ${[...ctx.jurisdictions, OTHER_JURISDICTION].join('、')} 之一`,
    );
  }
  const thisYear = Number(ctx.today.slice(0, 4));
  for (const [id, f] of Object.entries(FACTS) as [FactId, (typeof FACTS)[FactId]][]) {
    const v = a[id];
    if (f.type === 'date' && typeof v === 'string' && v > ctx.today)
      add(id, `${v} 晚于今天（${ctx.today}）：应为已经过去的日期`);
    if (f.type === 'dates' && Array.isArray(v)) {
      v.forEach(
        (d, i) =>
          typeof d === 'string' &&
          d > ctx.today &&
          add(`${id}.${i}`, `${d} 晚于今天（${ctx.today}）：只填已经发生的事`),
      );
    }
    if (f.type === 'years' && Array.isArray(v)) {
      v.forEach(
        (y, i) => typeof y === 'number' && y > thisYear && add(`${id}.${i}`, `${y} 年还没有到：只填已经过去的年度`),
      );
    }
  }
  for (const list of ['earlierAwards', 'sanctions'] as const) {
    const records = Array.isArray(a[list]) ? (a[list] as Record<string, unknown>[]) : [];
    records.forEach((r, i) => {
      if (!r || typeof r !== 'object') return;
      const reg = ctx.regulations.find((x) => x.id === r.regulation);
      if (typeof r.regulation === 'string' && r.regulation && !reg) {
        add(
          `${list}.${i}.regulation`,
          `未知办法“${r.regulation}”：应为 ${ctx.regulations.map((x) => x.id).join('、')} 之一`,
        );
      } else if (reg && list === 'earlierAwards' && typeof r.tier === 'string' && !reg.tiers.includes(r.tier)) {
        add(`${list}.${i}.tier`, `该办法没有奖项“${r.tier}”：应为 ${reg.tiers.join('、')} 之一`);
      }
      if (typeof r.date === 'string' && r.date > ctx.today)
        add(`${list}.${i}.date`, `${r.date} 晚于今天（${ctx.today}）：只填已经发生的事`);
    });
  }
  return problems.length || !parsed.success ? { problems } : { answers: parsed.data, problems };
}

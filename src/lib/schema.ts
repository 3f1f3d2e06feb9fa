// The zod schema of a regulation's structured coding. One content file per
// regulation is validated by it, at build time (Astro) and in tests.
import { z } from 'zod';
import {
  APPLICANT_TYPES,
  ASSESSMENTS,
  BAN_CAUSES,
  CONDITION_CATEGORIES,
  CYCLE_SETTERS,
  DAY_TYPES,
  JURISDICTION_LEVELS,
  MATERIAL_KINDS,
  RECIPIENT_TYPES,
  RECOMMENDER_ACTS,
  RECOMMENDER_KINDS,
  REVOCATION_CAUSES,
  TIER_KINDS,
  WINNER_DUTY_KINDS,
  enumKeys,
} from './codebook.ts';
import { excerpt } from './content/excerpt.ts';
import { isValidPartialDate } from './dates.ts';
import { attributesOf, FACTS, matchValuesOf, TEST_OPS, type FactId, type TestOp } from './facts.ts';

/** The published data's shape version: CHANGELOG.md says which part to bump; a test holds it to the JSON Schema. */
export const SCHEMA_VERSION = '4.1.0';

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();

// Bounds on what an author writes, about ten times the longest real value, so that a value of
// megabytes (a paste gone wrong, a crafted file) is refused with its length and the limit, and
// no check after the bound (a pattern, a search of the text) is run on it.
/** Names, titles, places, stages: the longest real one (a repealed document's title) has 37 characters. */
export const NAME_MAX = 200;
/** Summaries of a condition, a benefit or a duty: the longest real one has 55 characters. */
export const SUMMARY_MAX = 500;
/** Quotes of the text: the longest real one has 134 characters (an excerpt, not a whole article). */
export const QUOTE_MAX = 1000;
/** Coding notes: the longest real one has 171 characters. */
export const NOTE_MAX = 1500;
/** A web address: the length browsers and servers commonly allow. */
export const URL_MAX = 2000;
/** Items of any list: the longest real one (an applicant's conditions) has 22. */
export const LIST_MAX = 200;

const textUpTo = (max: number) => z.string().trim().min(1).max(max, { abort: true });
const text = textUpTo(NAME_MAX);
const summaryText = textUpTo(SUMMARY_MAX);
const noteText = textUpTo(NOTE_MAX);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIST_MAX);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug such as "mayor-award"');

export const citationSchema = z
  .strictObject({
    article: z
      .union([positiveInt, z.enum(['front', 'colophon'])])
      .describe('条号（阿拉伯数字）；"front" 指印发通知与标题，"colophon" 指文末抄送与印发日期'),
    item: positiveInt.optional().describe('项号：（一）为 1'),
    quote: textUpTo(QUOTE_MAX).min(2).describe('原文摘录，须逐字出现在所引条、项中（比对时忽略空白与全半角差异）'),
  })
  .describe('出处：条、项与原文摘录');
export type Citation = z.infer<typeof citationSchema>;

const note = noteText.optional().describe('编码说明：原文含糊之处及如何编码');
const cited = { cite: citationSchema, note };

// YAML readers differ: some turn an unquoted 2023-12-27 into a Date. Accept
// that and keep the ISO text, so authors need not quote their dates.
export const partialDateSchema = z
  .preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string()
      .refine(isValidPartialDate, 'expected a date as YYYY-MM-DD, or YYYY-MM when the text gives only the month'),
  )
  .describe('日期：YYYY-MM-DD；原文只写到月份时为 YYYY-MM');

const datedFact = z
  .strictObject({
    date: partialDateSchema,
    derivedFrom: z
      .enum(['issued', 'effective-plus-validity', 'source-page'])
      .optional()
      .describe(
        '日期不在原文中而由规则推出时的依据（如“自印发之日起施行”）；source-page：取自发布页面所印的日期（如“发布时间：2025-07-24”），不是原文',
      ),
    cite: citationSchema.optional().describe('出处；取自发布页面的日期（source-page）可无'),
    note,
  })
  // A date the publishing page prints beside the text is no quote of the text: its note says where it was read.
  .superRefine((f, ctx) => {
    if (f.derivedFrom === 'source-page' && !f.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message:
          'a date read from the publishing page (derivedFrom: source-page) needs a note saying where the page prints it',
      });
    if (f.derivedFrom !== 'source-page' && !f.cite)
      ctx.addIssue({
        code: 'custom',
        path: ['cite'],
        message: 'expected a cite: the passage of the text that gives the date',
      });
  })
  .describe('一个带出处的日期');

const recipientType = z.enum(enumKeys(RECIPIENT_TYPES));
const applicantType = z.enum(APPLICANT_TYPES);
const category = z.enum(enumKeys(CONDITION_CATEGORIES));

const factId = z.enum(Object.keys(FACTS) as [FactId, ...FactId[]]);

export const conditionTestSchema = z
  .strictObject({
    fact: factId.describe('所检验的申报者事实（见 src/lib/facts.ts）'),
    op: z
      .enum(Object.keys(TEST_OPS) as [TestOp, ...TestOp[]])
      .describe('检验方式；比较的年限、名次、数量取自本条件的 minYears、lookbackYears、rankMax、minCount'),
    match: z
      .record(z.string(), list(z.union([z.string(), z.boolean()])).min(1))
      .optional()
      .describe('只计入这些事项：属性名 → 计入的取值（如 grade: [major, especially-major]）；不写则计入全部'),
  })
  .superRefine((t, ctx) => {
    const spec = TEST_OPS[t.op] as { factTypes: readonly string[]; attribute?: string };
    if (!spec.factTypes.includes(FACTS[t.fact].type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['op'],
        message: `${t.op} cannot read ${t.fact} (a ${FACTS[t.fact].type} fact): it reads ${spec.factTypes.join(' or ')} facts`,
      });
      return;
    }
    const attributes = attributesOf(t.fact);
    if (spec.attribute && !(spec.attribute in attributes)) {
      ctx.addIssue({ code: 'custom', path: ['op'], message: `${t.op} needs a fact with ${spec.attribute}` });
    }
    for (const [key, values] of Object.entries(t.match ?? {})) {
      const attribute = attributes[key];
      if (!attribute) {
        ctx.addIssue({
          code: 'custom',
          path: ['match', key],
          message: `${t.fact} has no attribute ${excerpt(key)}: expected one of ${Object.keys(attributes).join(', ') || '(none)'}`,
        });
        continue;
      }
      const allowed = matchValuesOf(attribute);
      for (const [i, v] of values.entries()) {
        if (!allowed.includes(v))
          ctx.addIssue({
            code: 'custom',
            path: ['match', key, i],
            message: `${excerpt(String(v))} is not a value of ${t.fact}.${key}: expected one of ${allowed.join(', ')}`,
          });
      }
    }
  })
  .describe('条件的机器检验：资格自查据此判断');

const conditionObject = z.strictObject({
  id: slug.describe('文件内唯一的标识'),
  category: category.describe('码本类别'),
  summary: summaryText.describe('条件的简短概括'),
  assessment: z.enum(enumKeys(ASSESSMENTS)).describe('可自查，或取决于评审判断'),
  lookbackYears: positiveInt.optional().describe('回溯年限：“近三年”为 3'),
  minYears: positiveInt.optional().describe('年限下限：“经营3年以上”为 3'),
  rankMax: positiveInt.optional().describe('名次上限：“前五位”为 5'),
  minCount: positiveInt.optional().describe('数量下限：“拥有发明专利”为 1'),
  onlyIf: z
    .strictObject({ fact: factId, is: z.boolean() })
    .refine((o) => FACTS[o.fact].type === 'boolean', { message: 'onlyIf reads a yes-or-no fact', path: ['fact'] })
    .optional()
    .describe('只适用于部分申报者（如“工业企业”）：该是非事实取此值时本条件才适用'),
  tests: list(conditionTestSchema).min(1).optional().describe('可由申报者事实检验时的检验；没有则列入自查清单'),
  ...cited,
});

/** The figure each test compares with, which the condition must give. */
const FIGURE_OF: Partial<Record<TestOp, 'minYears' | 'rankMax' | 'minCount' | 'lookbackYears'>> = {
  'years-since-at-least': 'minYears',
  'years-in-place-at-least': 'minYears',
  'rank-at-most': 'rankMax',
  'count-at-least': 'minCount',
  'no-loss-within': 'lookbackYears',
  'no-cumulative-loss-within': 'lookbackYears',
  'every-year-within': 'lookbackYears',
};

/** A test must find the figure it compares with on its condition. */
function checkTestFigures(
  c: { tests?: { op: TestOp }[]; minYears?: number; rankMax?: number; minCount?: number; lookbackYears?: number },
  ctx: z.RefinementCtx,
) {
  for (const [i, t] of (c.tests ?? []).entries()) {
    const figure = FIGURE_OF[t.op];
    if (figure && c[figure] === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tests', i, 'op'], message: `${t.op} needs ${figure} on the condition` });
    }
  }
}

export const conditionSchema = conditionObject.superRefine(checkTestFigures).describe('一项申报条件');
const exclusionClauseSchema = conditionObject
  .extend({ appliesTo: list(recipientType).min(1) })
  .superRefine(checkTestFigures)
  .describe('一项不得申报的情形；tests 检验的是“不属于此情形”');

const tierQuota = z
  .strictObject({
    min: nonNegativeInt.optional().describe('每届最少名额'),
    max: positiveInt.optional().describe('每届最多名额（跨类别共享的总数）'),
    maxPerTrack: positiveInt.optional().describe('每个类别（长宁：模式、成果）各自的最多名额'),
    unlimited: z.literal(true).optional().describe('原文明写“不限定名额”（酌情授予）：无最多名额'),
    outsideTotal: z.literal(true).optional().describe('不占年度奖项总指标：不计入各等级的合计'),
    asARule: z.boolean().describe('原文是否写“原则上”，即名额可变通'),
    fewerOrVacantAllowed: z.boolean().describe('是否允许少额或空缺'),
    ...cited,
  })
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, {
    message: 'min must not exceed max',
    path: ['min'],
  })
  .refine((q) => !q.unlimited || (q.max === undefined && q.maxPerTrack === undefined), {
    message: 'an unlimited quota (不限定名额) has no max or maxPerTrack',
    path: ['unlimited'],
  })
  .describe('名额');

const recipientCap = z
  .strictObject({
    recipient: recipientType,
    max: positiveInt.describe('该类获奖者每届最多名额'),
    asARule: z.boolean(),
    ...cited,
  })
  .describe(
    '按获奖者类型的名额上限（连云港：个人每年各不超过1个）；没有共享总数（quota.max）时，各类上限之和即本等级的上限',
  );

const prize = z
  .strictObject({
    recipient: recipientType,
    track: slug.optional().describe('所属类别的 id'),
    amountYuan: positiveInt.describe('奖金，单位元'),
    firstTimeOnly: z.boolean().optional().describe('只奖励首次获奖者'),
    ...cited,
  })
  .describe('奖金');

export const tierSchema = z
  .strictObject({
    id: slug,
    name: text.describe('奖项名称'),
    kind: z.enum(enumKeys(TIER_KINDS)).describe('正奖、提名奖或次级奖'),
    rank: positiveInt.describe('本办法内的等级，1 为最高'),
    recipients: list(recipientType).min(1).describe('可授予的对象'),
    tracks: list(slug).optional().describe('本奖项下的类别 id'),
    quota: tierQuota.optional(),
    recipientCaps: list(recipientCap).optional(),
    prizes: list(prize).describe('奖金；原文未定金额则为空'),
    minimumScore: z
      .strictObject({ value: positiveInt, ...cited })
      .optional()
      .describe('获奖最低总分'),
    repeatWinners: z
      .strictObject({
        prize: z.boolean().describe('再次获奖是否发奖金'),
        countsTowardQuota: z.boolean().describe('再次获奖是否占用名额'),
        ...cited,
      })
      .optional()
      .describe('再次获得同一奖项时的处理'),
    otherBenefits: list(z.strictObject({ summary: summaryText, ...cited }))
      .optional()
      .describe('奖金之外的待遇'),
    ...cited,
  })
  .describe('一个奖项等级');

const track = z
  .strictObject({ id: slug, name: text, recipients: list(recipientType).min(1), ...cited })
  .describe('奖项类别（长宁：先进质量管理模式、先进质量管理成果）');

const higherAwardBonus = z
  .strictObject({
    award: text.describe('上级奖项名称'),
    recipient: recipientType,
    amountYuan: positiveInt
      .nullable()
      .describe('奖励金额（元）；原文只写“适当奖励”或按上级奖金的比例奖励（percentOfPrize）时为 null'),
    percentOfPrize: positiveInt
      .optional()
      .describe('按所获上级奖项奖金的百分比奖励：“给予该奖项奖金50%的配套奖励”为 50'),
    ...cited,
  })
  .refine((b) => b.percentOfPrize === undefined || b.amountYuan === null, {
    message: 'a bonus given as a share of the higher award’s prize (percentOfPrize) has amountYuan: null',
    path: ['amountYuan'],
  })
  .describe('对获得上级质量奖的奖励');

const publicity = z
  .strictObject({
    stage: text.describe('公示的环节'),
    minimumDays: positiveInt,
    dayType: z.enum(enumKeys(DAY_TYPES)),
    ...cited,
  })
  .describe('公示期');

const ban = z
  .strictObject({
    cause: z.enum(enumKeys(BAN_CAUSES)),
    years: positiveInt.describe('不得申报的年数'),
    appliesTo: list(recipientType).min(1),
    ...cited,
  })
  .describe('禁止再申报');

// ——— applying and after winning ———

const application = z
  .strictObject({
    office: z
      .strictObject({ name: text.describe('机构名称，照原文（如 区质委办）'), ...cited })
      .optional()
      .describe('受理申报或发布年度申报通知的机构'),
    window: z
      .strictObject({
        months: list(z.number().int().min(1).max(12))
          .max(12)
          .optional()
          .describe('申报所在的月份（1–12）；原文只写时段而不写月份时不填'),
        text: text.describe('原文所写的申报时间，如“每年3月”'),
        ...cited,
      })
      .optional()
      .describe('原文确定的申报时间；原文不定时不填，日期见当年的申报通知'),
    materials: list(
      z.strictObject({
        kind: z.enum(enumKeys(MATERIAL_KINDS)).describe('码本中的材料类别'),
        name: text.describe('材料名称，照原文（如 申报表）'),
        standard: text.optional().describe('自评所对照的标准，如 GB/T 19580'),
        ...cited,
      }),
    ).describe('原文点名的申报材料'),
    recommenders: list(
      z.strictObject({
        kind: z.enum(enumKeys(RECOMMENDER_KINDS)).describe('码本中的推荐单位类别'),
        name: text.describe('推荐单位，照原文（如 属地镇（街道））'),
        act: z.enum(enumKeys(RECOMMENDER_ACTS)).describe('推荐、签署推荐意见或初审'),
        appliesTo: list(applicantType)
          .min(1)
          .optional()
          .describe('只适用于这些申报主体（原文按组织、个人分别规定时）；不填则适用于全部'),
        ...cited,
      }),
    ).describe('推荐、签署意见或初审申报的单位'),
  })
  .describe('申报：受理机构、申报时间、申报材料与推荐单位');

const winnerDuty = z
  .strictObject({
    kind: z.enum(enumKeys(WINNER_DUTY_KINDS)).describe('码本中的义务类别'),
    summary: summaryText.describe('义务的简短概括'),
    withinDays: positiveInt.optional().describe('须在若干日内履行'),
    ...cited,
  })
  .describe('获奖者的一项义务（报告义务与称号使用限制之外）');

const processStep = z
  .strictObject({
    stage: text.describe('所属环节，须为 process.stages.names 之一'),
    applicantDoes: summaryText.optional().describe('申报者在此环节要做的事'),
    days: z
      .strictObject({ value: positiveInt.describe('天数'), dayType: z.enum(enumKeys(DAY_TYPES)) })
      .optional()
      .describe('原文规定的本环节时长'),
    ...cited,
  })
  .describe('评审程序的一个环节：申报者要做什么、历时多久');

// ——— provenance and versions ———

const seedFile = z.string().regex(/^[a-z0-9-]+\.txt$/, 'expected a file name in seeds/, e.g. "tongzhou-2023.txt"');

/** The `source.url` of a text whose page address was not recorded. */
export const SOURCE_URL_UNRECORDED = 'unrecorded';

/** Where a regulation's text came from, and the hash that pins its seed file (checked by npm run validate). */
export const sourceSchema = z
  .strictObject({
    file: seedFile.describe('seeds/ 中的原文文件'),
    publisher: text.describe('发布原文的机关或网站'),
    // Not null for "not recorded": an empty key is a starter's TODO, and a forgotten address is no statement.
    url: z
      .string()
      .max(URL_MAX, { abort: true })
      .refine(
        (v) => v === SOURCE_URL_UNRECORDED || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v),
        `expected the page's address (http:// or https://), or "${SOURCE_URL_UNRECORDED}" when it was not recorded`,
      )
      .describe('取得原文的网页地址；未记录时写 unrecorded'),
    retrievedOn: partialDateSchema.describe('取得原文之日'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the seed file, 64 lower-case hex digits (sha256sum)')
      .describe('seeds/ 中原文文件的 SHA-256：原文一经改动即不相符'),
    note,
  })
  .describe('原文出处：发布者、网页地址、取得日期与原文文件的哈希');

/** Only the seed file a content file names: enough to check its citations while the rest is still being coded. */
export const sourceFileSchema = z.object({ file: seedFile });

/** An earlier version a regulation replaces: another coded regulation ({ id }), or one known only from the text. */
export const supersededVersion = z
  .strictObject({
    id: slug.optional().describe('已编码的先前版本（content/regulations/ 中的文件名）'),
    title: text.optional().describe('只见于本文的先前版本：名称'),
    documentNumber: text.optional().describe('先前版本的文号'),
    issued: partialDateSchema.optional().describe('先前版本的印发日期（原文写明时）'),
    ...cited,
  })
  .refine((v) => (v.id === undefined) !== (v.title === undefined), {
    message: 'expected either { id } (a coded regulation) or { title, documentNumber?, issued? } (known from the text)',
  })
  .refine((v) => v.id === undefined || (v.documentNumber === undefined && v.issued === undefined), {
    message:
      'a coded version ({ id }) takes its 文号 and dates from its own file: expected no documentNumber or issued',
  })
  .describe('被本办法取代的一个先前版本，附废止条款');

export const regulationSchema = z
  .strictObject({
    title: text.describe('办法名称'),
    shortName: text.describe('简称，用于表头与卡片'),
    source: sourceSchema,
    jurisdiction: z
      .strictObject({
        province: text.describe('省级行政区（含直辖市）'),
        city: text.optional().describe('地级市；直辖市的区不填'),
        district: text.optional().describe('区、县或县级市'),
        level: z.enum(enumKeys(JURISDICTION_LEVELS)).describe('制定机关的行政级别'),
        cites: list(citationSchema).min(1).describe('能说明所属省市的原文'),
        note,
      })
      .describe('制定机关所辖的行政区'),
    issuer: z.strictObject({ name: text.describe('发文机关名称，照原文落款'), ...cited }).describe('发文机关'),
    documentNumber: z
      .strictObject({
        value: text.nullable().describe('文号，如 通政规〔2023〕1号'),
        cite: citationSchema.optional(),
        note,
      })
      .refine((d) => (d.value === null ? !!d.note : !!d.cite), {
        message: 'a document number needs a cite; a missing one (null) needs a note saying why',
      })
      .describe('文号；原文未载明时为 null'),
    stage: z
      .strictObject({
        value: z.enum(['draft', 'final']).describe('draft：讨论稿等；final：正式印发'),
        cite: citationSchema.optional(),
        note,
      })
      .describe('草稿（讨论稿、征求意见稿）或正式文本'),
    dates: z
      .strictObject({
        adopted: datedFact.optional().describe('通过日期（常务会议）'),
        issued: datedFact.optional().describe('印发日期'),
        effective: datedFact.optional().describe('施行日期'),
        expires: datedFact.optional().describe('有效期届满日（含当日）'),
      })
      .describe('日期'),
    validityYears: z
      .strictObject({ value: positiveInt, ...cited })
      .optional()
      .describe('有效期（年）'),
    repeals: list(z.strictObject({ title: text, documentNumber: text.optional(), ...cited })).describe(
      '同时废止的文件',
    ),
    supersedes: list(supersededVersion).optional().describe('本办法取代的先前版本（据废止条款）'),
    partialText: z
      .strictObject({
        articles: list(z.union([positiveInt, z.enum(['front', 'colophon'])]))
          .min(1)
          .describe('现有文本所载的条（"front" 为印发通知与标题）'),
        note: noteText.describe('文本从何而来、缺了什么'),
      })
      .optional()
      .describe('现有文本只是原文的一部分：未编码的部分为“现有文本未载”，而非“原文未规定”'),
    awardCycle: z
      .strictObject({
        everyYears: z
          .union([
            positiveInt,
            z
              .strictObject({ setBy: z.enum(enumKeys(CYCLE_SETTERS)) })
              .describe('原文不写年数而由他处规定：“评选周期按上级规定”为 { setBy: higher-level-rules }'),
          ])
          .describe('每 N 年一次；原文不写年数时为 { setBy }'),
        ...cited,
      })
      .describe('评选周期：每 N 年一次'),
    tracks: list(track).optional(),
    tiers: list(tierSchema).min(1),
    higherAwardBonuses: list(higherAwardBonus),
    evaluationStandards: list(z.strictObject({ code: text.optional(), name: text, ...cited })).describe('评审标准'),
    scoreScale: z
      .strictObject({ max: positiveInt, ...cited })
      .optional()
      .describe('评分总分'),
    applicants: list(
      z.strictObject({
        type: applicantType.describe('申报主体：组织或个人（项目、组织单元由所在组织申报）'),
        tracks: list(slug).optional(),
        conditions: list(conditionSchema),
        ...cited,
      }),
    )
      .min(1)
      .describe('可申报的主体及其申报条件'),
    exclusionClauses: list(exclusionClauseSchema).describe('不得申报的情形'),
    process: z
      .strictObject({
        stages: z.strictObject({ names: list(text).min(1), ...cited }).describe('评审程序（按顺序）'),
        noFee: z
          .strictObject({ ...cited })
          .optional()
          .describe('不收取费用的规定'),
        recommendationRequired: z
          .strictObject({ ...cited })
          .optional()
          .describe('须经推荐单位签署意见'),
        reviewPanel: z
          .strictObject({ minMembers: positiveInt, maxMembers: positiveInt.optional(), ...cited })
          .optional()
          .describe('评审组人数'),
        shortlistRatio: z
          .strictObject({ winners: z.number().positive(), shortlisted: z.number().positive(), ...cited })
          .optional()
          .describe('进入下一环节的比例（1:1.5）'),
        scoreWeights: z
          .strictObject({ weights: list(z.strictObject({ stage: text, percent: positiveInt })).min(1), ...cited })
          .refine((w) => w.weights.reduce((s, x) => s + x.percent, 0) === 100, {
            message: 'score weights must add up to 100 percent',
          })
          .optional()
          .describe('综合评价中各环节的权重'),
        decisionVote: z
          .strictObject({
            numerator: positiveInt,
            denominator: positiveInt,
            inclusive: z.boolean().describe('是否含本数'),
            ...cited,
          })
          .optional()
          .describe('审议通过所需的票数比例'),
        publicity: list(publicity),
        recordsRetentionYears: z
          .strictObject({ value: positiveInt, ...cited })
          .optional()
          .describe('申报评审材料保存年限'),
        steps: list(processStep).optional().describe('原文写明申报者所为或时长的环节'),
      })
      .superRefine((p, ctx) => {
        // Only when the stages parsed: a malformed list is reported at its own path.
        const names: unknown = p.stages?.names;
        if (!Array.isArray(names)) return;
        for (const [i, step] of (p.steps ?? []).entries())
          if (!names.includes(step.stage))
            ctx.addIssue({
              code: 'custom',
              path: ['steps', i, 'stage'],
              message: `unknown stage ${excerpt(step.stage)}: expected one of process.stages.names (${names.map((n) => excerpt(String(n))).join('、')})`,
            });
      })
      .describe('评审程序'),
    sanctions: z
      .strictObject({
        bans: list(ban),
        revocationCauses: list(
          z.strictObject({
            cause: z.enum(enumKeys(REVOCATION_CAUSES)),
            recoversPrize: z.boolean().describe('是否追回奖金'),
            ...cited,
          }),
        ),
        reapplication: list(
          z.strictObject({
            waitYears: positiveInt,
            after: z.enum(['award', 'award-expiry']).describe('从获奖起算，或从奖项有效期满起算'),
            scope: z.enum(['same-award', 'any-tier']).describe('限制再次申报同一奖项，或本办法的任何奖项'),
            afterTiers: list(slug).min(1).optional().describe('获得哪些奖项才受此限（奖项 id）；不填则任何奖项'),
            ...cited,
          }),
        ).describe('获奖后再次申报'),
        awardValidityYears: z
          .strictObject({ value: positiveInt, ...cited })
          .optional()
          .describe('奖项有效期（年）'),
        reportingDuties: list(
          z.strictObject({
            summary: summaryText,
            withinDays: positiveInt.optional(),
            yearsAfterAward: positiveInt.optional(),
            ...cited,
          }),
        ).describe('获奖者的报告义务'),
        titleUseLimits: list(z.strictObject({ summary: summaryText, ...cited })).describe('称号使用的限制'),
      })
      .describe('监督与处罚'),
    application: application.optional(),
    winnerDuties: list(winnerDuty).optional().describe('获奖后的义务（报告义务与称号使用限制之外）'),
    benefits: list(z.strictObject({ summary: summaryText, ...cited }))
      .optional()
      .describe('奖金以外、不属某一奖项的待遇（如政策优先支持）'),
  })
  .describe('一部质量奖管理办法的结构化编码');

export type Regulation = z.infer<typeof regulationSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Application = NonNullable<Regulation['application']>;
export type ApplicationMaterial = Application['materials'][number];
export type Recommender = Application['recommenders'][number];
export type WinnerDuty = NonNullable<Regulation['winnerDuties']>[number];
export type ProcessStep = NonNullable<Regulation['process']['steps']>[number];

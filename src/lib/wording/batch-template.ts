// The batch checker's template and column guide in words: for each column of an applicant file, the question it
// answers (the wizard's own, questions.ts), how to write it, and an example written as a consultant would (是, 无,
// the codebook's labels). Read from src/lib/batch/template.ts, so every fact of the registry has its row.
import { type CellWords, cellOf, rowOfAnswers } from '../batch/answer-cells.ts';
import {
  type ExampleContext,
  exampleAnswer,
  exampleApplicant,
  type TemplateColumn,
  type TemplatePart,
  templateColumns,
} from '../batch/template.ts';
import { APPLICANT_TYPES, SOUGHT_TIERS } from '../codebook.ts';
import { toCsv } from '../csv.ts';
import { ANSWER_COLUMNS } from '../eligibility/answer-row.ts';
import type { Attribute } from '../facts.ts';
import { partLabelOf, promptOf } from './questions.ts';
import { recipientLabel, recipientsLabel } from './values.ts';

/** The Chinese a consultant writes: 是/否, 无, the codebook's labels, 其他. answer-row.ts reads each of them. */
export const CHINESE_CELL_WORDS: CellWords = {
  yes: '是',
  no: '否',
  none: '无',
  enumValue: (values, id) => values[id]?.label ?? id,
  other: '其他',
};

const DAY = 'YYYY-MM-DD';
const BLANK = '留空为未回答（不等于“没有”）';

/**
 * How many places or codes a list in the guide names. The page passes a bound (at thousands of regulations the
 * full lists alone would pass 200 KB of HTML); the guide's CSV file lists them all, and the page says so.
 */
export interface GuideOptions {
  listAtMost?: number;
}

/** Items joined with 、, the first `listAtMost` of them when there are more, with the count and where the rest are. */
function listed(items: string[], { listAtMost }: GuideOptions, separator = '、'): string {
  if (listAtMost === undefined || items.length <= listAtMost) return items.join(separator);
  return `${items.slice(0, listAtMost).join(separator)}……（共 ${items.length} 项，完整列表见“下载列说明（CSV）”）`;
}

const codesWithLabels = (values: Record<string, { label: string }>) =>
  Object.entries(values)
    .map(([id, { label }]) => `${label}（${id}）`)
    .join('、');

const placesText = (ctx: ExampleContext, o: GuideOptions) => `${listed(ctx.jurisdictions, o)}；不在其中的地区写 其他`;
const regulationCodes = (ctx: ExampleContext, o: GuideOptions) =>
  listed(
    ctx.regulations.map((r) => r.id),
    o,
  );

function attributeHowTo(a: Attribute, ctx: ExampleContext, o: GuideOptions): string {
  switch (a.kind) {
    case 'enum':
      return `${codesWithLabels(a.values)} 之一（写中文或代码均可）`;
    case 'boolean':
      return '是 或 否';
    case 'amount':
      return '万元，亏损写负数，如 -120.5';
    case 'scheme':
      return `本站办法的代码（${regulationCodes(ctx, o)}），其他地方或其他办法的奖项写 其他`;
  }
}

function partHowTo(
  fact: NonNullable<TemplateColumn['fact']>,
  part: TemplatePart,
  ctx: ExampleContext,
  o: GuideOptions,
): string {
  const label = partLabelOf(fact, part.name);
  if (part.attribute) return `${label}：${attributeHowTo(part.attribute, ctx, o)}`;
  switch (part.name) {
    case 'year':
      return `${label}：四位数字，只填已经结束的年度`;
    case 'place':
      return `${label}：${placesText(ctx, o)}`;
    case 'regulation':
      return `${label}：本站办法的代码（${regulationCodes(ctx, o)}）`;
    case 'tier': {
      const tiers = ctx.regulations.map((r) => `${r.id}：${r.tiers.join('、')}`);
      return `${label}：该办法奖项的代码（${listed(tiers, o, '；')}）`;
    }
    case 'to':
      return `${label}：${DAY}，仍在做的留空`;
    default:
      return `${label}：${DAY}`;
  }
}

/** How a column is written. */
export function columnHowTo(c: TemplateColumn, ctx: ExampleContext, o: GuideOptions = {}): string {
  switch (c.kind) {
    case 'label':
      return '任意文字，只用于在结果中认出这一行；不填则以行号称呼';
    case 'applicantType':
      return `${APPLICANT_TYPES.map((t) => `${t}（${recipientLabel(t)}）`).join(' 或 ')}（写中文或代码均可）`;
    case 'checkDate':
      return `${DAY}；留空为今天（可填明年的申报截止日）`;
    case 'soughtTier':
      return `${codesWithLabels(SOUGHT_TIERS)} 之一（写中文或代码均可）；留空为任一奖项`;
    case 'jurisdiction':
      return `最具体一级的地区，省市区以 / 分隔：${placesText(ctx, o)}；${BLANK}`;
    case 'date':
      return `${DAY}；${BLANK}`;
    case 'boolean':
      return `是 或 否（也可写 true、false）；${BLANK}`;
    case 'rank':
      return `整数，第 1 位为最前；${BLANK}`;
    case 'count':
      return `整数，没有写 0；${BLANK}`;
    default: {
      const fact = c.fact!;
      const order = c.parts.map((p) => partLabelOf(fact, p.name).replace(/（.*）$/, '')).join(':');
      const item =
        c.parts.length === 1
          ? `每项写${order}`
          : `每项依次写 ${order}，各部分以 : 分隔，不清楚的部分留空（该项即为未答全）`;
      return [item, '多项以 ; 分隔', '没有写 无', BLANK, ...c.parts.map((p) => partHowTo(fact, p, ctx, o))].join('；');
    }
  }
}

/** The question a column answers, as the wizard puts it. */
export const columnQuestion = (c: TemplateColumn): string =>
  c.kind === 'label' ? '申报者的名称（客户名称）' : promptOf(c.column as Parameters<typeof promptOf>[0]);

export interface GuideRow {
  column: string;
  question: string;
  /** Who is asked: 组织、个人. */
  askedOf: string;
  howTo: string;
  example: string;
}

/** The column guide: a row for every column of an applicant file. */
export function guideRows(ctx: ExampleContext, o: GuideOptions = {}): GuideRow[] {
  return templateColumns().map((c) => {
    const type = c.askedOf.includes('organization') ? 'organization' : 'individual';
    return {
      column: c.column,
      question: columnQuestion(c),
      askedOf: recipientsLabel(c.askedOf),
      howTo: columnHowTo(c, ctx, o),
      example:
        c.kind === 'label' ? EXAMPLE_NAMES[type] : cellOf(c.column, exampleAnswer(c, type, ctx), CHINESE_CELL_WORDS),
    };
  });
}

export const GUIDE_HEADER = ['列名', '问题', '适用于', '写法', '示例'];

/** The names of the template's example rows. */
const EXAMPLE_NAMES = { organization: '示例组织（请替换）', individual: '示例个人（请替换）' } as const;

/** The template: the header of every column and one example row per type of applicant. */
export const templateCsv = (ctx: ExampleContext): string =>
  toCsv(
    ANSWER_COLUMNS,
    APPLICANT_TYPES.map((t) => rowOfAnswers(EXAMPLE_NAMES[t], exampleApplicant(t, ctx), CHINESE_CELL_WORDS)),
  );

export const guideCsv = (ctx: ExampleContext): string =>
  toCsv(
    GUIDE_HEADER,
    guideRows(ctx).map((r) => [r.column, r.question, r.askedOf, r.howTo, r.example]),
  );

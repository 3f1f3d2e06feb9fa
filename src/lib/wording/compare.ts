// The comparison's own words: topic and section titles, section descriptions,
// row labels, the words of empty cells, the marks on extremes, the notes on
// computed rows, and the workings of computed figures (how many awards, how much
// money, how long a publicity period is in the other unit). The builders in
// src/lib/compare/ hand over ids and figures; nothing here decides anything.
// Kept light: the pick-and-compare page bundles it with the builders.
import type { ConditionCategory, Recipient } from '../codebook.ts';
import { cycleYears } from '../cycle.ts';
import type { Regulation, Tier } from '../schema.ts';
import { formatDays, formatYuan } from './format.ts';
import {
  banCauseLabel,
  CYCLE_NOT_NUMBERED_TEXT,
  categoryLabel,
  dayRangeText,
  OUTSIDE_TOTAL_TEXT,
  recipientLabel,
  revocationCauseLabel,
  UNLIMITED_QUOTA_TEXT,
} from './values.ts';

// ——— topics and sections ———

/** Each topic page's title (/compare/<topic>/), by topic id. */
export const TOPIC_TITLES = {
  quotas: '名额',
  prizes: '奖金',
  conditions: '申报条件',
  exclusions: '排除情形',
  process: '评审程序',
  applying: '申报与获奖后',
  sanctions: '处罚与再申报',
  validity: '效力与状态',
} as const;

/** Each section's title and one sentence on what it compares, by section id. */
export const SECTION_WORDS = {
  tiers: { title: '奖项与名额', description: '各办法设几等奖项、每届与每年最多评出多少个。' },
  prizes: {
    title: '奖金',
    description: '每个等级、每类获奖者的奖金，以及按名额算出的政府每届、每年最多支出。',
  },
  applicants: {
    title: '申报主体与条件',
    description: '谁可以申报，须满足哪些条件（记录类条件见排除情形对照表）。',
  },
  exclusions: {
    title: '排除情形对照表',
    description:
      '按编码类别对照各办法排除申报者的记录要求：有无此项、回溯年限、原文。写在申报条件里的同类要求（如“近3年未发生重大事故”）一并列出。',
  },
  process: { title: '评审程序', description: '评审环节、公示期（自然日与工作日互相折算）和表决规则。' },
  applying: {
    title: '申报',
    description:
      '受理机构与申报时间、原文点名的申报材料与推荐单位、申报阶段的公示（自然日与工作日互相折算），以及申报者在各环节要做的事和环节时长。',
  },
  'after-winning': {
    title: '获奖后',
    description: '奖金以外的待遇，以及获奖者的义务：交流推广经验、报告重大事项、称号使用的限制等。',
  },
  sanctions: {
    title: '处罚与再申报',
    description: '弄虚作假等情形的禁止申报期、撤销奖项与追回奖金，以及获奖后何时可再申报。',
  },
  validity: {
    title: '效力与状态',
    description: '文本是否正式印发、何时施行、有效到何时，以截至构建之日计算的状态。',
  },
} as const satisfies Record<string, { title: string; description: string }>;

export type SectionId = keyof typeof SECTION_WORDS;

/** The CSV's column of citations beside a regulation's column. */
export const csvCitesHeader = (shortName: string): string => `${shortName} 出处`;

// ——— rows ———

/** Labels of the rows that are the same for every comparison, by row id. */
export const ROW_LABELS = {
  // tiers
  cycle: '评选周期',
  'tier-count': '奖项等级',
  'awards-per-year': '各等级合计每年最多',
  'repeat-winners': '再次获奖',
  // prizes
  'payout-per-cycle': '每届奖金总额上限',
  'payout-per-year': '每年奖金总额上限（折算）',
  'higher-award-bonuses': '获得上级质量奖的配套奖励',
  // applicants
  'applicant-types': '可申报主体',
  tracks: '申报类别',
  // process
  stages: '评审程序',
  standards: '评审标准',
  'score-scale': '评分总分',
  'no-fee': '不收取费用',
  recommendation: '须经推荐单位签署意见',
  'review-panel': '评审组人数',
  shortlist: '入围比例（获奖:入围）',
  'score-weights': '综合评价权重',
  'decision-vote': '审议表决',
  publicity: '公示',
  'publicity-calendar': '最长一次公示，折合自然日',
  'publicity-working': '最长一次公示，折合工作日',
  'records-retention': '材料保存年限',
  // sanctions
  'longest-ban': '最长禁止申报期',
  reapplication: '获奖后再次申报',
  'award-validity': '奖项有效期',
  'reporting-duties': '获奖者报告义务',
  'title-use': '称号使用的限制',
  // validity
  stage: '文本性质',
  jurisdiction: '辖区',
  issuer: '发文机关',
  'document-number': '文号',
  issued: '印发日期',
  effective: '施行日期',
  'valid-until': '有效期至',
  'validity-years': '有效期（年）',
  repeals: '同时废止',
} as const;

/** A tier by its rank: 最高等级, 第2等级. */
export const rankLabel = (rank: number): string => (rank === 1 ? '最高等级' : `第${rank}等级`);

const TIER_ROW_LABELS = {
  name: '奖项',
  recipients: '授予对象',
  quota: '每届名额',
  'per-year': '每年名额（折算）',
  individuals: '个人每届最多',
  'minimum-score': '获奖最低总分',
  'other-benefits': '奖金之外的待遇',
} as const;

/** A row on one tier (tier-<rank>-<row>): 最高等级：每届名额. */
export const tierRowLabel = (rank: number, row: keyof typeof TIER_ROW_LABELS): string =>
  `${rankLabel(rank)}：${TIER_ROW_LABELS[row]}`;
/** prize-<rank>-<recipient>: 最高等级：组织奖金. */
export const prizeRowLabel = (rank: number, recipient: Recipient): string =>
  `${rankLabel(rank)}：${recipientLabel(recipient)}奖金`;
/** largest-<recipient>: 组织可得最高奖金. */
export const largestPrizeRowLabel = (recipient: Recipient): string => `${recipientLabel(recipient)}可得最高奖金`;
/** conditions-<type>-count: 组织：申报条件. */
export const conditionCountRowLabel = (type: Recipient): string => `${recipientLabel(type)}：申报条件`;
/** condition-<type>-<category>: 组织：注册登记. */
export const conditionRowLabel = (type: Recipient, cat: ConditionCategory): string =>
  `${recipientLabel(type)}：${categoryLabel(cat)}`;
/** record-<category>: the category's label. */
export const recordRowLabel = (cat: ConditionCategory): string => categoryLabel(cat);
/** ban-<cause>: 禁止申报：弄虚作假. */
export const banRowLabel = (cause: Parameters<typeof banCauseLabel>[0]): string => `禁止申报：${banCauseLabel(cause)}`;
/** revoke-<cause>: 撤销奖项：弄虚作假. */
export const revokeRowLabel = (cause: Parameters<typeof revocationCauseLabel>[0]): string =>
  `撤销奖项：${revocationCauseLabel(cause)}`;
/** The status row, as of the build day. */
export const statusRowLabel = (asOf: string): string => `状态（截至 ${asOf}）`;

/** What an empty cell reads where the regulation says nothing. */
export const EMPTY_TEXT = '未规定';
/** What an empty cell reads where the row's own wording is more precise than 未规定. */
export const EMPTY_TEXTS = {
  noSuchTier: '无此等级',
  notStated: '未写明',
  noTracks: '不分类别',
  notRequired: '未要求',
  noBan: '未规定禁止期',
  noValidity: '未规定有效期',
} as const;

/** The marks on a row's highest (or lowest) figure. */
export const EXTREME_LABELS = {
  mostAwards: '名额最多',
  highestPrize: '最高奖金',
  highestTotal: '总额最高',
  highestBonus: '奖励最高',
  longestPublicity: '公示最长',
  longestBan: '禁止期最长',
  longestWait: '等待最久',
  mostYears: '年限要求最高',
  strictestRank: '名次要求最严',
  longestLookback: '回溯最长',
} as const;

/** How a computed row is computed, by row id (tier-<rank>-per-year as per-year, and so on). */
export const COMPUTED_NOTES = {
  'per-year': '每届名额上限 ÷ 评选周期（年）；分类别的名额按各类别之和计',
  individuals: '共享名额与个人名额上限中较小者',
  'awards-per-year': '各等级每年名额（折算）之和',
  largest: '该类获奖者在各等级奖金中的最高者',
  'payout-per-cycle': '每个等级按名额上限、以奖金最高的获奖者类型填满，再相加',
  'payout-per-year': '每届奖金总额上限 ÷ 评选周期（年）',
  'publicity-calendar': '工作日按起始星期换算为自然日（不计法定节假日）；按至少的天数比较',
  'publicity-working': '自然日按起始星期换算为其中的工作日（不计法定节假日）；按至少的天数比较',
  'conditions-count': '按编码的条件计数',
  status: '由文本性质、施行日期与有效期推算',
} as const;

/** What a cited passage supports, where a cell cites several. */
export const CITE_ABOUT = { quota: '名额', prize: '奖金' } as const;

// ——— the workings of computed figures ———

const cycleWords = (years: number) => (years === 1 ? '每年' : `每${years}年`);

/** The figures a tier's capacity was computed to (see compare/capacity.ts). */
export interface CapacityFigures {
  maxPerCycle?: number;
  maxPerYear?: number;
}

/** How a tier's most awards per cycle and per year were reached: 每2年不超过3个；折合每年 3 ÷ 2 = 1.5个. */
export function capacityWorkings(tier: Tier, everyYears: number | undefined, figures: CapacityFigures): string {
  const q = tier.quota;
  const total = figures.maxPerCycle;
  const parts: string[] = [];
  const perRecipientOnly = total !== undefined && q?.max === undefined && q?.maxPerTrack === undefined;
  const cycle = everyYears === undefined ? '每届' : cycleWords(everyYears);
  if (total === undefined)
    parts.push(
      q?.unlimited
        ? `原文${UNLIMITED_QUOTA_TEXT}${q.outsideTotal ? `，${OUTSIDE_TOTAL_TEXT}` : ''}`
        : '原文未规定名额上限',
    );
  else if (q?.max !== undefined)
    parts.push(`${cycle}不超过${q.max}个${tier.tracks && tier.tracks.length > 1 ? '（各类别共享）' : ''}`);
  else if (perRecipientOnly)
    parts.push(
      `${(tier.recipientCaps ?? []).map((c) => `${recipientLabel(c.recipient)}不超过${c.max}个`).join(' + ')} = ${total}个（无共同总数，按各类之和）`,
    );
  else parts.push(`${tier.tracks?.length}个类别 × 每类别不超过${q?.maxPerTrack}个 = ${total}个`);
  if (!perRecipientOnly)
    for (const cap of tier.recipientCaps ?? []) parts.push(`其中${recipientLabel(cap.recipient)}不超过${cap.max}个`);
  if (total !== undefined && everyYears === undefined) parts.push(CYCLE_NOT_NUMBERED_TEXT);
  if (total !== undefined && everyYears !== undefined && everyYears > 1)
    parts.push(`折合每年 ${total} ÷ ${everyYears} = ${figures.maxPerYear}个`);
  if (q?.asARule) parts.push('原文称“原则上”，名额可变通');
  return parts.join('；');
}

/** The figures a tier's payout was computed to: awards given to each kind of slot (see compare/capacity.ts). */
export interface PayoutFigures {
  maxPerCycleYuan?: number;
  maxPerYearYuan?: number;
  allocation: { slot: { recipient: Recipient; track?: string; prize?: { amountYuan: number } }; count: number }[];
}

/** Where a slot's awards go: its track's name, else its kind of winner. */
const slotLabel = (reg: Regulation, slot: PayoutFigures['allocation'][number]['slot']) =>
  reg.tracks?.find((t) => t.id === slot.track)?.name ?? recipientLabel(slot.recipient);

/** How a tier's most prize money was reached: 3 × 20万元（组织）= 60万元；折合每年 30万元. */
export function payoutWorkings(reg: Regulation, tier: Tier, figures: PayoutFigures): string {
  if (!tier.prizes.length) return '原文未规定奖金金额';
  if (figures.maxPerCycleYuan === undefined)
    return tier.quota?.unlimited
      ? `原文${UNLIMITED_QUOTA_TEXT}，奖金总额无上限，未计入合计`
      : '原文未规定名额上限，奖金总额无从计算';
  const terms = figures.allocation.map(
    (a) => `${a.count} × ${formatYuan(a.slot.prize?.amountYuan ?? 0)}（${slotLabel(reg, a.slot)}）`,
  );
  const parts = [`${terms.join(' + ')} = ${formatYuan(figures.maxPerCycleYuan)}`];
  const years = cycleYears(reg.awardCycle);
  if (years === undefined) parts.push(CYCLE_NOT_NUMBERED_TEXT);
  else if (years > 1) parts.push(`折合每年 ${formatYuan(figures.maxPerYearYuan ?? 0)}`);
  if (tier.prizes.some((p) => p.firstTimeOnly)) parts.push('仅首次获奖者发奖金，按获奖者均为首次获奖计');
  if (tier.quota?.asARule) parts.push('名额为“原则上”');
  return parts.join('；');
}

/** A regulation's workings, tier by tier: 一等奖：…。二等奖：…. */
export const perTierWorkings = (tiers: { tier: string; workings: string }[]): string =>
  tiers.map(({ tier, workings }) => `${tier}：${workings}`).join('。');

/** The per-year payout's workings: the division by the cycle, then each tier's. */
export const payoutPerYearWorkings = (everyYears: number, perTier: string): string =>
  (everyYears > 1 ? `每届上限 ÷ ${everyYears}年。` : '每年评选一次，每年即每届。') + perTier;

/** A total that leaves out tiers with no limit: 4个（另有样例市质量特别奖不限定名额，不占年度奖项总指标，未计入）. */
export const besidesUnlimitedText = (total: string, unlimited: { name: string; outsideTotal: boolean }[]): string =>
  unlimited.length
    ? `${total}（另有${unlimited
        .map((t) => `${t.name}${UNLIMITED_QUOTA_TEXT}${t.outsideTotal ? `，${OUTSIDE_TOTAL_TEXT}` : ''}`)
        .join('；')}，未计入）`
    : total;

/** A publicity period in its own unit and the other: 5个工作日 ≈ 5–7天, 7天 ≈ 5个工作日. */
export const publicityWorkings = (
  minimumDays: number,
  dayType: 'calendar' | 'working',
  other: { min: number; max: number },
): string =>
  `${formatDays(minimumDays, dayType)} ≈ ${dayRangeText({ ...other, unit: dayType === 'working' ? 'calendar' : 'working' })}`;

/** A chart's bar of awards per year: 1.5个/年. */
export const awardsPerYearLabel = (n: number): string => `${n}个/年`;

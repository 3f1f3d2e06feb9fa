// Coded values in words: the one place a regulation's coded data becomes
// Chinese. The regulation page, the comparison, the checker's report, the batch
// checker and the CSVs all take their words from here, so one meaning has one
// wording. Builders hand over values; nothing here decides anything.
import {
  ASSESSMENTS,
  BAN_CAUSES,
  CONDITION_CATEGORIES,
  CYCLE_SETTERS,
  JURISDICTION_LEVELS,
  RECIPIENT_TYPES,
  REVOCATION_CAUSES,
  SOUGHT_TIERS,
  TIER_KINDS,
  type ConditionCategory,
  type Recipient,
} from '../codebook-labels.ts';
import type { AwardCycle } from '../cycle.ts';
import { jurisdictionName } from '../jurisdiction.ts';
import type { Condition, Regulation, Tier } from '../schema.ts';
import type { RegulationStatus, StatusVerdict } from '../status.ts';
import { formatCycle, formatDate, formatDays, formatYuan } from './format.ts';

export { formatCycle, formatDate, formatDays, formatYuan };

type Sanctions = Regulation['sanctions'];
type Process = Regulation['process'];
export type ReapplicationRule = Sanctions['reapplication'][number];
export type Ban = Sanctions['bans'][number];
export type Revocation = Sanctions['revocationCauses'][number];
export type Prize = Tier['prizes'][number];
export type Publicity = Process['publicity'][number];
export type DatedFact = NonNullable<Regulation['dates']['issued']>;
export type Repeal = Regulation['repeals'][number];
export type Standard = Regulation['evaluationStandards'][number];

// ——— who ———

export const recipientLabel = (r: Recipient): string => RECIPIENT_TYPES[r].label;
export const recipientsLabel = (rs: readonly Recipient[]): string => rs.map(recipientLabel).join('、');

// ——— tiers, quotas and prizes ———

export const tierKindLabel = (kind: Tier['kind']): string => TIER_KINDS[kind].label;

/** The award an applicant seeks: 任一奖项, 提名奖. */
export const soughtTierLabel = (sought: keyof typeof SOUGHT_TIERS): string => SOUGHT_TIERS[sought].label;

/** A tier by kind and rank: 正奖（第1等）. */
export const tierRankText = (tier: Pick<Tier, 'kind' | 'rank'>): string =>
  `${tierKindLabel(tier.kind)}（第${tier.rank}等）`;

/** A tier by name and kind: 区长质量奖（正奖）. */
export const tierNameText = (tier: Pick<Tier, 'kind' | 'name'>): string =>
  `${tier.name}（${tierKindLabel(tier.kind)}）`;

type Cap = Pick<NonNullable<Tier['recipientCaps']>[number], 'recipient' | 'max' | 'asARule'>;

/** Quotas per recipient with no shared total: 组织不超过2个，个人不超过2个（各自计算，无共同总数）. */
export const perRecipientQuotaText = (caps: readonly Cap[]): string =>
  `${caps.map((c) => `${recipientLabel(c.recipient)}${recipientCapText(c)}`).join('，')}（各自计算，无共同总数）`;

/** A tier's quota per cycle: 原则上不超过5个，可少额或空缺. */
export function quotaText(
  tier: Pick<Tier, 'quota' | 'tracks'> & { recipientCaps?: readonly Cap[] },
  silent = SILENT_TEXT,
): string {
  const q = tier.quota;
  const caps = tier.recipientCaps ?? [];
  const perRecipientOnly = caps.length && q?.max === undefined && q?.maxPerTrack === undefined && !q?.unlimited;
  if (!q) return perRecipientOnly ? perRecipientQuotaText(caps) : silent;
  const parts: string[] = [];
  if (q.unlimited) parts.push(UNLIMITED_QUOTA_TEXT);
  if (q.outsideTotal) parts.push(OUTSIDE_TOTAL_TEXT);
  if (perRecipientOnly) parts.push(perRecipientQuotaText(caps));
  if (q.min !== undefined && q.max !== undefined) parts.push(`${q.min}至${q.max}个`);
  else if (q.max !== undefined) parts.push(`不超过${q.max}个${tier.tracks?.length ? '（各类别合计）' : ''}`);
  if (q.maxPerTrack !== undefined) parts.push(`每个类别各不超过${q.maxPerTrack}个`);
  if (q.fewerOrVacantAllowed) parts.push('可少额或空缺');
  return (q.asARule ? '原则上' : '') + parts.join('，');
}

/** What a field the text is silent on reads: the text sets none, or (a partial text) the text we have lacks it. */
export const SILENT_TEXT = '原文未规定';
export const NOT_IN_TEXT_TEXT = '现有文本未载';
/** The silent text for a regulation: 现有文本未载 where its text is known only in part. */
export const silentText = (reg: Pick<Regulation, 'partialText'>): string =>
  reg.partialText ? NOT_IN_TEXT_TEXT : SILENT_TEXT;

export const UNLIMITED_QUOTA_TEXT = '不限定名额';
export const OUTSIDE_TOTAL_TEXT = '不占年度奖项总指标';

/** A regulation's award cycle: 每两年一次, or who sets it where the text gives no number (按上级规定). */
export const cycleText = (c: AwardCycle): string =>
  typeof c.everyYears === 'number' ? formatCycle(c.everyYears) : CYCLE_SETTERS[c.everyYears.setBy].label;

/** Where the cycle is no number of years, a per-year figure cannot be had. */
export const CYCLE_NOT_NUMBERED_TEXT = '评选周期按上级规定，无法折合每年';

/** How often a quota is given: 每年, 每届（每两年一次）. */
export const perCycleText = (everyYears: AwardCycle['everyYears'] | undefined): string =>
  everyYears === 1 ? '每年' : typeof everyYears === 'number' ? `每届（${formatCycle(everyYears)}）` : '每届';

/**
 * A tier's quota beside a verdict, with the cycle and the reminder that the reviewers choose:
 * 每年原则上不超过2个，可少额或空缺，评审择优.
 */
export const tierQuotaText = (
  tier: Pick<Tier, 'quota' | 'tracks'> & { recipientCaps?: readonly Cap[] },
  everyYears: AwardCycle['everyYears'] | undefined,
): string =>
  `${tier.quota || tier.recipientCaps?.length ? `${perCycleText(everyYears)}${quotaText(tier)}` : '名额原文未规定'}，评审择优`;

/** The label of a per-recipient cap: 个人名额上限. */
export const recipientCapLabel = (r: Recipient): string => `${recipientLabel(r)}名额上限`;

export const recipientCapText = (cap: { max: number; asARule: boolean }): string =>
  `${cap.asARule ? '原则上' : ''}不超过${cap.max}个`;

/** A count of awards: 5个. */
export const awardCount = (n: number): string => `${n}个`;

/** Awards a year, as a range where the quota has a minimum: 2至3个. */
export function awardRangeText(min: number | undefined, max: number | undefined): string {
  if (max === undefined) return '名额未定';
  return min !== undefined && min !== max ? `${min}至${max}个` : awardCount(max);
}

const FIRST_TIME_ONLY = '（仅首次获奖）';

/** One prize: 30万元（仅首次获奖）. */
export const prizeText = (amountYuan: number | null, firstTimeOnly = false): string =>
  formatYuan(amountYuan) + (firstTimeOnly ? FIRST_TIME_ONLY : '');

/** The prizes of one tier and recipient: one amount, or each track's amount. */
export function prizesText(
  p:
    | { amountYuan: number; firstTimeOnly: boolean }
    | { byTrack: { track: string; amountYuan: number }[]; firstTimeOnly: boolean },
): string {
  const amounts =
    'byTrack' in p
      ? p.byTrack.map((t) => `${t.track}${formatYuan(t.amountYuan)}`).join('；')
      : formatYuan(p.amountYuan);
  return amounts + (p.firstTimeOnly ? FIRST_TIME_ONLY : '');
}

/** The largest prize and the tier that pays it: 50万元（长宁区区长质量奖）. */
export const largestPrizeText = (amountYuan: number, tierName: string): string =>
  `${formatYuan(amountYuan)}（${tierName}）`;

export const NO_AMOUNT_TEXT = '原文未定金额';
export const UNCOUNTABLE_AWARDS_TEXT = '有等级未定名额，无法合计';
export const UNCOUNTABLE_PAYOUT_TEXT = '有等级未定名额，无法计算';

/** A bonus as a share of the higher award's prize: 该奖项奖金的50%, and the amount where the atlas has that prize. */
export const prizeShareText = (percent: number, computed?: { min: number; max: number }): string =>
  `该奖项奖金的${percent}%${
    computed
      ? `（${computed.min === computed.max ? formatYuan(computed.min) : `${formatYuan(computed.min)}至${formatYuan(computed.max)}`}，按本图鉴所载该奖项奖金计）`
      : ''
  }`;

/** One bonus's amount: its yuan, its share of the higher prize, or 适当奖励. */
export const bonusAmountText = (b: {
  amountYuan: number | null;
  percentOfPrize?: number;
  computed?: { min: number; max: number };
}): string =>
  b.percentOfPrize !== undefined ? prizeShareText(b.percentOfPrize, b.computed) : formatYuan(b.amountYuan);

/** Bonuses for higher awards: 江苏省质量奖（组织）50万元；…. */
export const higherAwardsText = (
  bs: {
    award: string;
    recipient: Recipient;
    amountYuan: number | null;
    percentOfPrize?: number;
    computed?: { min: number; max: number };
  }[],
): string => bs.map((b) => `${higherAwardLabel(b)}${bonusAmountText(b)}`).join('；');

export const repeatWinnersText = (r: { prize: boolean; countsTowardQuota: boolean }): string =>
  `${r.prize ? '发' : '不发'}奖金，${r.countsTowardQuota ? '占' : '不占'}名额`;

export const notAwardedText = (r: Recipient): string => `不授予${recipientLabel(r)}`;

/** A bonus for a higher award, labelled by award and recipient: 江苏省质量奖（组织）. */
export const higherAwardLabel = (b: { award: string; recipient: Recipient }): string =>
  `${b.award}（${recipientLabel(b.recipient)}）`;

/** A track and who may enter it: 先进质量管理模式（组织）. */
export const trackText = (t: { name: string; recipients: Recipient[] }): string =>
  `${t.name}（${recipientsLabel(t.recipients)}）`;

/** Who may apply in a track: 可由组织申报. */
export const trackApplicantsText = (recipients: Recipient[]): string => `可由${recipientsLabel(recipients)}申报`;

// ——— conditions ———

export const categoryLabel = (cat: ConditionCategory): string => CONDITION_CATEGORIES[cat].label;
export const assessmentLabel = (a: Condition['assessment']): string => ASSESSMENTS[a].label;

/** The coded thresholds of a condition in words: 3年以上, 回溯3年, 前5名. */
export function conditionThresholds(c: Pick<Condition, 'minYears' | 'lookbackYears' | 'rankMax'>): string[] {
  return [
    c.minYears !== undefined ? `${c.minYears}年以上` : '',
    c.lookbackYears !== undefined ? `回溯${c.lookbackYears}年` : '',
    c.rankMax !== undefined ? `前${c.rankMax}名` : '',
  ].filter(Boolean);
}

/** A condition with its thresholds and how it is assessed: 经营满3年（3年以上；可自查）. */
export const conditionText = (
  c: Pick<Condition, 'summary' | 'assessment' | 'minYears' | 'lookbackYears' | 'rankMax'>,
): string => `${c.summary}（${[...conditionThresholds(c), assessmentLabel(c.assessment)].join('；')}）`;

/** A clean-record clause as the exclusion matrix shows it: 不得申报（个人）：…【近3年】. */
export function recordClauseText(r: {
  summary: string;
  lookbackYears?: number;
  appliesTo: Recipient[];
  asExclusion: boolean;
}): string {
  const who =
    r.appliesTo.length === 1 && r.appliesTo[0] === 'organization' ? '' : `（${recipientsLabel(r.appliesTo)}）`;
  const window = r.lookbackYears !== undefined ? `近${r.lookbackYears}年` : '未写年限';
  return `${r.asExclusion ? '不得申报' : '申报条件'}${who}：${r.summary}【${window}】`;
}

/** How many conditions, and how many an applicant can check: 5项（可自查3项，评审判断2项）. */
export const conditionCountText = (total: number, selfCheckable: number): string =>
  `${total}项（可自查${selfCheckable}项，评审判断${total - selfCheckable}项）`;

export const notAdmittedText = (r: Recipient): string => `不接受${recipientLabel(r)}申报`;

// ——— sanctions ———

export const banCauseLabel = (cause: Ban['cause']): string => BAN_CAUSES[cause].label;
export const revocationCauseLabel = (cause: Revocation['cause']): string => REVOCATION_CAUSES[cause].label;

/** A ban: 3年内不得申报（组织、个人）. */
export const banText = (ban: Pick<Ban, 'years' | 'appliesTo'>): string =>
  `${ban.years}年内不得申报（${recipientsLabel(ban.appliesTo)}）`;

/** The longest ban and its causes: 5年（提供虚假材料、骗取奖项）. */
export const longestBanText = (years: number, causes: Ban['cause'][]): string =>
  `${years}年（${causes.map(banCauseLabel).join('、')}）`;

export const revocationText = (recoversPrize: boolean): string =>
  recoversPrize ? '撤销并追回奖金' : '撤销，原文未提追回奖金';

/**
 * Where the wait of a re-application rule starts: the award (the tiers named, where the rule binds only their
 * winners), or the award's expiry (with its years when known).
 */
function reapplicationStart(
  rule: Pick<ReapplicationRule, 'after' | 'afterTiers'>,
  awardValidityYears: number | undefined,
  afterTierNames: readonly string[] | undefined,
): string {
  const won = rule.afterTiers ? (afterTierNames?.length ? afterTierNames.join('或') : '指定奖项') : undefined;
  if (rule.after === 'award') return won ? `获得${won}` : '获奖';
  const validity = awardValidityYears ? `有效期（${awardValidityYears}年）满` : '有效期满';
  return won ? `所获${won}${validity}` : `奖项${validity}`;
}

const reapplicationScope = (scope: ReapplicationRule['scope']): string =>
  scope === 'same-award' ? '同一奖项' : '本办法的奖项';

/** A rule that binds the winners of some tiers only says that the others are free of it. */
const othersFree = (rule: Pick<ReapplicationRule, 'afterTiers'>): string =>
  rule.afterTiers ? '（获得其他奖项的不受此限）' : '';

type ReapplicationWords = Pick<ReapplicationRule, 'waitYears' | 'after' | 'scope' | 'afterTiers'>;

/**
 * When a winner may apply again: 获奖5年后可再申报同一奖项 / 奖项有效期满3年后方可再申报本办法的奖项 /
 * 获得连云港市市长质量奖5年后方可再申报本办法的奖项（获得其他奖项的不受此限）. afterTierNames: the names of the
 * tiers in rule.afterTiers.
 */
export function reapplicationRuleText(
  rule: ReapplicationWords,
  awardValidityYears?: number,
  afterTierNames?: readonly string[],
): string {
  const start = reapplicationStart(rule, awardValidityYears, afterTierNames);
  const then = rule.scope === 'same-award' ? '可再申报' : '方可再申报';
  return `${start}${rule.waitYears}年后${then}${reapplicationScope(rule.scope)}${othersFree(rule)}`;
}

/** The same rule as a limit: 获奖后3年内不得再申报同一奖项. */
export function reapplicationLimitText(
  rule: ReapplicationWords,
  awardValidityYears?: number,
  afterTierNames?: readonly string[],
): string {
  const start = reapplicationStart(rule, awardValidityYears, afterTierNames);
  return `${start}后${rule.waitYears}年内不得再申报${reapplicationScope(rule.scope)}${othersFree(rule)}`;
}

// ——— process ———

export const stagesText = (names: readonly string[]): string => names.join(' → ');

export const reviewPanelText = (p: { minMembers: number; maxMembers?: number }): string =>
  p.maxMembers ? `${p.minMembers}至${p.maxMembers}名` : `${p.minMembers}名以上`;

/** Winners to shortlisted: 不超过 1:1.5 (labelled: 获奖:入围 不超过 1:1.5). */
export const shortlistRatioText = (r: { winners: number; shortlisted: number }, labelled = false): string =>
  `${labelled ? '获奖:入围 ' : ''}不超过 ${r.winners}:${r.shortlisted}`;

export const scoreWeightsText = (weights: { stage: string; percent: number }[]): string =>
  weights.map((w) => `${w.stage}${w.percent}%`).join('，');

/** The vote a decision needs: 超过投票人数的2/3（含） (as a requirement: 得票须超过…). */
export const decisionVoteText = (
  v: { numerator: number; denominator: number; inclusive: boolean },
  asRequirement = false,
): string =>
  `${asRequirement ? '得票须' : ''}超过投票人数的${v.numerator}/${v.denominator}${v.inclusive ? '（含）' : ''}`;

/** One publicity period: 不少于5个工作日. */
export const publicityText = (p: Pick<Publicity, 'minimumDays' | 'dayType'>): string =>
  `不少于${formatDays(p.minimumDays, p.dayType)}`;

/** Every publicity period with its stage: 拟奖名单：不少于5个工作日；…. */
export const publicityListText = (ps: Pick<Publicity, 'stage' | 'minimumDays' | 'dayType'>[]): string =>
  ps.map((p) => `${p.stage}：${publicityText(p)}`).join('；');

/** A span of years: 5年 (validity, records retention). */
export const yearsText = (n: number): string => `${n}年`;

export const pointsText = (n: number): string => `${n}分`;

export const standardText = (s: Pick<Standard, 'code' | 'name'>): string =>
  s.code ? `${s.code}《${s.name}》` : s.name;

export const NO_FEE_TEXT = '不收取费用';
export const RECOMMENDATION_TEXT = '须经推荐单位签署意见';
/** The same two rules where the row's label already names them. */
export const NO_FEE_STATED_TEXT = '明文规定不收费';
export const RECOMMENDATION_STATED_TEXT = '须推荐';

/** A span of days, as a range where a conversion leaves one: 5–7天, 5个工作日. */
export const dayRangeText = (d: { min: number; max: number; unit: 'calendar' | 'working' }): string =>
  `${d.min === d.max ? d.min : `${d.min}–${d.max}`}${d.unit === 'calendar' ? '天' : '个工作日'}`;

/** Free-text rules (reporting duties, limits on a title's use), one after another. */
export const summariesText = (items: { summary: string }[]): string => items.map((i) => i.summary).join('；');

// ——— the regulation itself ———

export const jurisdictionLevelLabel = (level: Regulation['jurisdiction']['level']): string =>
  JURISDICTION_LEVELS[level].label;

/** 上海市 长宁区（市辖区） */
export const jurisdictionText = (reg: Pick<Regulation, 'jurisdiction'>): string =>
  `${jurisdictionName(reg)}（${jurisdictionLevelLabel(reg.jurisdiction.level)}）`;

export const stageText = (stage: Regulation['stage']['value']): string =>
  stage === 'draft' ? '讨论稿（草稿）' : '正式文本';

/** A coded date, marked when it is derived rather than written: 2023年11月15日（推算）. */
export const datedText = (f: Pick<DatedFact, 'date' | 'derivedFrom'>): string =>
  formatDate(f.date) + (f.derivedFrom === 'source-page' ? SOURCE_PAGE_DATE_MARK : f.derivedFrom ? '（推算）' : '');

/** A date read from the publishing page, not from the text: 2025年7月24日（据发布页面）. */
export const SOURCE_PAGE_DATE_MARK = '（据发布页面）';

/** A text known only in part: 现有文本仅载第一条至第八条. */
export const partialTextText = (articles: readonly string[]): string =>
  `现有文本只是原文的一部分，仅载${articles.join('、')}；未载的部分为“现有文本未载”，不是原文未规定`;

/** A repealed document in full: title（文号）. */
export const repealText = (r: Pick<Repeal, 'title' | 'documentNumber'>): string =>
  r.documentNumber ? `${r.title}（${r.documentNumber}）` : r.title;

/** A repealed document in short: its number, else its title. */
export const repealShortText = (r: Pick<Repeal, 'title' | 'documentNumber'>): string => r.documentNumber ?? r.title;

export const NO_DOCUMENT_NUMBER_TEXT = '原文未载明';

// ——— status ———

export const STATUS_LABELS: Record<RegulationStatus, string> = {
  draft: '草稿（未生效）',
  'in-force': '现行有效',
  'not-yet-in-force': '尚未施行',
  expired: '已过有效期',
  superseded: '已被替代',
};

export const statusLabel = (s: RegulationStatus): string => STATUS_LABELS[s];

/** Why a regulation has its status, in one sentence. */
export function statusReasonText(v: Omit<StatusVerdict, 'asOf'>): string {
  switch (v.status) {
    case 'draft':
      return '本文本为讨论稿或征求意见稿，未正式印发。';
    case 'not-yet-in-force':
      return `自 ${v.effectiveFrom} 起施行。`;
    case 'expired':
      return `有效期至 ${v.validUntil}，已届满。`;
    case 'superseded':
      return `自 ${v.supersededBy?.from} 起由《${v.supersededBy?.title}》替代。`;
    case 'in-force':
      return v.validUntil ? `有效期至 ${v.validUntil}。` : '原文未规定有效期。';
  }
}

/** The status and its reason: 现行有效：有效期至 2028-11-29。 */
export const statusText = (v: Omit<StatusVerdict, 'asOf'>): string =>
  `${statusLabel(v.status)}：${statusReasonText(v)}`;

/** A ban as it limits one applicant (the checker's finding): 提供虚假材料：3年内不得申报. */
export const banLimitText = (ban: Pick<Ban, 'cause' | 'years'>): string =>
  `${banCauseLabel(ban.cause)}：${ban.years}年内不得申报`;

// Coded values in words: the one place a regulation's coded data becomes
// Chinese. The regulation page, the comparison, the checker's report, the batch
// checker and the CSVs all take their words from here, so one meaning has one
// wording. Builders hand over values; nothing here decides anything. What a
// verdict states is in verdict-values.ts, re-exported here, so that the checker
// page downloads only that part.
import {
  ASSESSMENTS,
  CONDITION_CATEGORIES,
  CYCLE_SETTERS,
  type ConditionCategory,
  JURISDICTION_LEVELS,
  type Recipient,
  REVOCATION_CAUSES,
} from '../codebook.ts';
import type { AwardCycle } from '../cycle.ts';
import { jurisdictionName } from '../jurisdiction.ts';
import type { Condition, Regulation, Tier } from '../schema.ts';
import { formatCycle, formatDate, formatDays, formatYuan } from './format.ts';
import { type Ban, banCauseLabel, recipientLabel, recipientsLabel, tierKindLabel } from './verdict-values.ts';

export { formatCycle, formatDate, formatDays, formatYuan };
export * from './verdict-values.ts';

type Sanctions = Regulation['sanctions'];
type Process = Regulation['process'];
export type Revocation = Sanctions['revocationCauses'][number];
export type Prize = Tier['prizes'][number];
export type Publicity = Process['publicity'][number];
export type DatedFact = NonNullable<Regulation['dates']['issued']>;
export type Repeal = Regulation['repeals'][number];
export type Standard = Regulation['evaluationStandards'][number];

/** A tier by kind and rank: 正奖（第1等）. */
export const tierRankText = (tier: Pick<Tier, 'kind' | 'rank'>): string =>
  `${tierKindLabel(tier.kind)}（第${tier.rank}等）`;

/** A tier by name and kind: 区长质量奖（正奖）. */
export const tierNameText = (tier: Pick<Tier, 'kind' | 'name'>): string =>
  `${tier.name}（${tierKindLabel(tier.kind)}）`;

/** A regulation's award cycle: 每两年一次, or who sets it where the text gives no number (按上级规定). */
export const cycleText = (c: AwardCycle): string =>
  typeof c.everyYears === 'number' ? formatCycle(c.everyYears) : CYCLE_SETTERS[c.everyYears.setBy].label;

/** Where the cycle is no number of years, a per-year figure cannot be had. */
export const CYCLE_NOT_NUMBERED_TEXT = '评选周期按上级规定，无法折合每年';

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

export const revocationCauseLabel = (cause: Revocation['cause']): string => REVOCATION_CAUSES[cause].label;

/** A ban: 3年内不得申报（组织、个人）. */
export const banText = (ban: Pick<Ban, 'years' | 'appliesTo'>): string =>
  `${ban.years}年内不得申报（${recipientsLabel(ban.appliesTo)}）`;

/** The longest ban and its causes: 5年（提供虚假材料、骗取奖项）. */
export const longestBanText = (years: number, causes: Ban['cause'][]): string =>
  `${years}年（${causes.map(banCauseLabel).join('、')}）`;

export const revocationText = (recoversPrize: boolean): string =>
  recoversPrize ? '撤销并追回奖金' : '撤销，原文未提追回奖金';

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

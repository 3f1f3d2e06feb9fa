// The coded values a verdict states, in words: who is meant, the tier sought and its quota, a ban or a wait
// before applying again, a regulation's status. The checker's findings take these, and values.ts re-exports them
// (so every page still takes its words from there); apart, the checker page downloads these and not the rest of
// the coding's words (docs/adr/0024).
import { BAN_CAUSES, RECIPIENT_TYPES, type Recipient, SOUGHT_TIERS, TIER_KINDS } from '../codebook-labels.ts';
import type { AwardCycle } from '../cycle.ts';
import type { Regulation, Tier } from '../schema.ts';
import type { RegulationStatus, StatusVerdict } from '../status.ts';
import { formatCycle } from './format.ts';

type Sanctions = Regulation['sanctions'];
export type ReapplicationRule = Sanctions['reapplication'][number];
export type Ban = Sanctions['bans'][number];

// ——— who ———

export const recipientLabel = (r: Recipient): string => RECIPIENT_TYPES[r].label;
export const recipientsLabel = (rs: readonly Recipient[]): string => rs.map(recipientLabel).join('、');

// ——— tiers, quotas and prizes ———

export const tierKindLabel = (kind: Tier['kind']): string => TIER_KINDS[kind].label;

/** The award an applicant seeks: 任一奖项, 提名奖. */
export const soughtTierLabel = (sought: keyof typeof SOUGHT_TIERS): string => SOUGHT_TIERS[sought].label;

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

export const repeatWinnersText = (r: { prize: boolean; countsTowardQuota: boolean }): string =>
  `${r.prize ? '发' : '不发'}奖金，${r.countsTowardQuota ? '占' : '不占'}名额`;

export const banCauseLabel = (cause: Ban['cause']): string => BAN_CAUSES[cause].label;
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

// The lines of a regulation's guide to applying, as coded values: each line is a
// code, the values it states and the passages that say them. The builder (build.ts)
// decides what the guide holds; src/lib/wording/guide.ts puts each line into words.
import type {
  BAN_CAUSES,
  ConditionCategory,
  DAY_TYPES,
  MATERIAL_KINDS,
  Recipient,
  RECOMMENDER_ACTS,
  RECOMMENDER_KINDS,
  REVOCATION_CAUSES,
  WINNER_DUTY_KINDS,
} from '../codebook.ts';
import type { AwardCycle } from '../cycle.ts';
import type { DayRange } from '../compare/days.ts';
import type { Citation, Condition, Regulation, Tier } from '../schema.ts';

type DayType = keyof typeof DAY_TYPES;
type ApplicantType = Regulation['applicants'][number]['type'];
type ReapplicationRule = Regulation['sanctions']['reapplication'][number];

/** A span of days as the text gives it, and the same span in the other unit (a range: it depends on the start day). */
export interface GuideDays {
  value: number;
  dayType: DayType;
  /** The span in the other unit: calendar days for working days, working days for calendar days. */
  inOtherUnit: DayRange;
}

/** A publicity period: which publicity the text names, and how long it lasts. */
export interface GuidePublicity {
  stage: string;
  days: GuideDays;
}

/** Fields a guide says the text is silent on (原文未规定, or 现有文本未载 for a text known only in part). */
export type SilentField =
  | 'exclusions'
  | 'materials'
  | 'recommenders'
  | 'standards'
  | 'fee'
  | 'prize'
  | 'bonuses'
  | 'benefits'
  | 'duties'
  | 'bans'
  | 'revocations'
  | 'reapplication'
  | 'judgment';

type Line<Code extends string, Values> = {
  code: Code;
  values: Values;
  /** The passages that say it: empty only on a silent line, which states what the text does not say. */
  cites: Citation[];
  /** The coding note, where the coder explained a reading. */
  note?: string;
};

export type GuideLine =
  // who
  | Line<'applicant', { recipient: ApplicantType; trackNames: string[] }>
  | Line<'track', { name: string; recipients: Recipient[] }>
  | Line<'tier', { name: string; kind: Tier['kind']; rank: number; recipients: Recipient[] }>
  | Line<'quota', { tierName: string; tier: Pick<Tier, 'quota' | 'tracks' | 'recipientCaps'> }>
  | Line<'exclusion', { condition: Condition; appliesTo: Recipient[] }>
  // when
  | Line<'cycle', { cycle: AwardCycle }>
  | Line<'window', { months?: number[]; text: string }>
  /** No dates in the text: they come in the year's notice from the office the text names (or, failing one, the issuer). */
  | Line<'dates-in-notice', { office: string; officeNamed: boolean }>
  | Line<'office', { name: string }>
  // what to prepare
  | Line<'material', { kind: keyof typeof MATERIAL_KINDS; name: string; standard?: string }>
  | Line<
      'recommender',
      {
        kind: keyof typeof RECOMMENDER_KINDS;
        name: string;
        act: keyof typeof RECOMMENDER_ACTS;
        appliesTo?: ApplicantType[];
      }
    >
  | Line<'recommendation-required', Record<string, never>>
  | Line<'standard', { code?: string; name: string }>
  | Line<'applying-publicity', GuidePublicity>
  | Line<'no-fee', Record<string, never>>
  // the steps
  | Line<
      'step',
      { number: number; stage: string; applicantDoes?: string; days?: GuideDays; publicity: GuidePublicity[] }
    >
  | Line<'publicity', GuidePublicity>
  // what winning brings
  | Line<
      'prize',
      { tierName: string; recipient: Recipient; trackName?: string; amountYuan: number; firstTimeOnly: boolean }
    >
  | Line<'repeat-winners', { tierName: string; prize: boolean; countsTowardQuota: boolean }>
  | Line<'bonus', { award: string; recipient: Recipient; amountYuan: number | null; percentOfPrize?: number }>
  | Line<'benefit', { summary: string; tierName?: string }>
  // what winning costs
  | Line<'winner-duty', { kind: keyof typeof WINNER_DUTY_KINDS; summary: string; withinDays?: number }>
  | Line<'reporting-duty', { summary: string; withinDays?: number; yearsAfterAward?: number }>
  | Line<'title-use', { summary: string }>
  | Line<'award-validity', { years: number }>
  | Line<'revocation', { cause: keyof typeof REVOCATION_CAUSES; recoversPrize: boolean }>
  | Line<'ban', { cause: keyof typeof BAN_CAUSES; years: number; appliesTo: Recipient[] }>
  | Line<'reapplication', { rule: ReapplicationRule; awardValidityYears?: number; afterTierNames?: string[] }>
  // the judgment items
  | Line<'judgment', { condition: Condition; recipient: ApplicantType }>
  // anywhere
  | Line<'silent', { field: SilentField; tierName?: string }>;

export type GuideLineCode = GuideLine['code'];

export type GuideSectionId = 'who' | 'when' | 'prepare' | 'steps' | 'brings' | 'costs' | 'judgment';

export type GuideGroupId =
  | 'applicants'
  | 'tiers'
  | 'exclusions'
  | 'cycle'
  | 'window'
  | 'materials'
  | 'recommenders'
  | 'standards'
  | 'applying-publicity'
  | 'fee'
  | 'stages'
  | 'publicity'
  | 'prizes'
  | 'bonuses'
  | 'benefits'
  | 'duties'
  | 'sanctions'
  | 'reapplication'
  | 'judgment';

export interface GuideGroup {
  id: GuideGroupId;
  /** The codebook category of a group of judgment items. */
  category?: ConditionCategory;
  lines: GuideLine[];
}

export interface GuideSection {
  id: GuideSectionId;
  groups: GuideGroup[];
}

export interface Guide {
  /** Where the text is known only in part, a silent line reads 现有文本未载 rather than 原文未规定. */
  partialText: boolean;
  sections: GuideSection[];
}

/** Every line of a guide, in order. */
export const guideLines = (guide: Guide): GuideLine[] =>
  guide.sections.flatMap((s) => s.groups.flatMap((g) => g.lines));

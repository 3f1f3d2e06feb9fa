// The values the regulation page's summary shows, as coded data, and their
// words. summary.ts builds the rows from a regulation; this turns each row's
// value into the text the page shows, using the wordings of values.ts.
import type { Recipient } from '../codebook.ts';
import type { Condition, Regulation, Tier } from '../schema.ts';
import {
  banText,
  conditionText,
  datedText,
  decisionVoteText,
  cycleText,
  jurisdictionText,
  NOT_IN_TEXT_TEXT,
  partialTextText,
  prizeShareText,
  NO_FEE_TEXT,
  pointsText,
  prizeText,
  publicityText,
  quotaText,
  RECOMMENDATION_TEXT,
  reapplicationRuleText,
  recipientCapText,
  recipientLabel,
  recipientsLabel,
  repealText,
  repeatWinnersText,
  reviewPanelText,
  revocationText,
  scoreWeightsText,
  shortlistRatioText,
  stagesText,
  stageText,
  standardText,
  tierRankText,
  trackApplicantsText,
  yearsText,
  type Ban,
  type DatedFact,
  type Publicity,
  type ReapplicationRule,
  type Repeal,
  type Standard,
} from './values.ts';

type Process = Regulation['process'];

/** One summary row's value: what the regulation codes, before it is put into words. */
export type SummaryValue =
  /** The regulation's own words, shown as they are: an issuer, a document number, a reporting duty. */
  | { kind: 'own-words'; text: string }
  | { kind: 'jurisdiction'; regulation: Pick<Regulation, 'jurisdiction'> }
  | { kind: 'stage'; stage: Regulation['stage']['value'] }
  | { kind: 'date'; date: Pick<DatedFact, 'date' | 'derivedFrom'> }
  | { kind: 'years'; years: number }
  | { kind: 'points'; points: number }
  | { kind: 'repeal'; repeal: Pick<Repeal, 'title' | 'documentNumber'> }
  | { kind: 'cycle'; cycle: Pick<Regulation['awardCycle'], 'everyYears'> }
  | { kind: 'track-applicants'; recipients: Recipient[] }
  | { kind: 'tier'; tier: Pick<Tier, 'kind' | 'rank'> }
  | { kind: 'recipients'; recipients: Recipient[] }
  | { kind: 'quota'; tier: Pick<Tier, 'quota' | 'tracks' | 'recipientCaps'> }
  /** A bonus given as a share of the higher award's prize. */
  | { kind: 'prize-share'; percent: number }
  /** A field a text known only in part leaves out: 现有文本未载. */
  | { kind: 'not-in-text' }
  | { kind: 'partial-text'; articles: string[] }
  | { kind: 'recipient-cap'; max: number; asARule: boolean }
  | { kind: 'yuan'; amount: number | null; firstTimeOnly?: boolean }
  | { kind: 'no-prize' }
  | { kind: 'repeat-winners'; prize: boolean; countsTowardQuota: boolean }
  | { kind: 'standard'; standard: Pick<Standard, 'code' | 'name'> }
  | { kind: 'applicant'; recipient: Recipient; trackNames: string[] }
  | { kind: 'condition'; condition: Condition }
  | { kind: 'no-exclusions' }
  | { kind: 'stages'; names: string[] }
  | { kind: 'no-fee' }
  | { kind: 'recommendation' }
  | { kind: 'review-panel'; panel: NonNullable<Process['reviewPanel']> }
  | { kind: 'shortlist'; ratio: NonNullable<Process['shortlistRatio']> }
  | { kind: 'score-weights'; weights: NonNullable<Process['scoreWeights']>['weights'] }
  | { kind: 'decision-vote'; vote: NonNullable<Process['decisionVote']> }
  | { kind: 'publicity'; publicity: Pick<Publicity, 'minimumDays' | 'dayType'> }
  | { kind: 'ban'; ban: Pick<Ban, 'years' | 'appliesTo'> }
  | { kind: 'no-bans' }
  | { kind: 'revocation'; recoversPrize: boolean }
  | {
      kind: 'reapplication';
      rule: Pick<ReapplicationRule, 'waitYears' | 'after' | 'scope' | 'afterTiers'>;
      awardValidityYears?: number;
      /** The names of the tiers rule.afterTiers names. */
      afterTierNames?: string[];
    };

/** A summary value in the words the regulation page shows. */
export function summaryValueText(v: SummaryValue): string {
  switch (v.kind) {
    case 'own-words':
      return v.text;
    case 'jurisdiction':
      return jurisdictionText(v.regulation);
    case 'stage':
      return stageText(v.stage);
    case 'date':
      return datedText(v.date);
    case 'years':
      return yearsText(v.years);
    case 'points':
      return pointsText(v.points);
    case 'repeal':
      return repealText(v.repeal);
    case 'cycle':
      return cycleText(v.cycle);
    case 'prize-share':
      return prizeShareText(v.percent);
    case 'not-in-text':
      return NOT_IN_TEXT_TEXT;
    case 'partial-text':
      return partialTextText(v.articles);
    case 'track-applicants':
      return trackApplicantsText(v.recipients);
    case 'tier':
      return tierRankText(v.tier);
    case 'recipients':
      return recipientsLabel(v.recipients);
    case 'quota':
      return quotaText(v.tier);
    case 'recipient-cap':
      return recipientCapText(v);
    case 'yuan':
      return prizeText(v.amount, v.firstTimeOnly);
    case 'no-prize':
      return '原文未规定金额';
    case 'repeat-winners':
      return repeatWinnersText(v);
    case 'standard':
      return standardText(v.standard);
    case 'applicant':
      return recipientLabel(v.recipient) + (v.trackNames.length ? `，申报${v.trackNames.join('、')}` : '');
    case 'condition':
      return conditionText(v.condition);
    case 'no-exclusions':
      return '本办法未单列（相关要求见申报条件）';
    case 'stages':
      return stagesText(v.names);
    case 'no-fee':
      return NO_FEE_TEXT;
    case 'recommendation':
      return RECOMMENDATION_TEXT;
    case 'review-panel':
      return reviewPanelText(v.panel);
    case 'shortlist':
      return shortlistRatioText(v.ratio, true);
    case 'score-weights':
      return scoreWeightsText(v.weights);
    case 'decision-vote':
      return decisionVoteText(v.vote, true);
    case 'publicity':
      return publicityText(v.publicity);
    case 'ban':
      return banText(v.ban);
    case 'no-bans':
      return '原文未规定禁止申报的年限';
    case 'revocation':
      return revocationText(v.recoversPrize);
    case 'reapplication':
      return reapplicationRuleText(v.rule, v.awardValidityYears, v.afterTierNames);
  }
}

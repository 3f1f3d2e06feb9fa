// The words of a regulation's guide to applying: a title for each section and
// group, and a label and text for each line the builder (src/lib/guide/) returns.
// Values are worded by values.ts and summary.ts, as on the regulation page.
import { MATERIAL_KINDS, RECOMMENDER_ACTS, WINNER_DUTY_KINDS } from '../codebook.ts';
import type { GuideDays, GuideGroup, GuideLine, GuidePublicity, GuideSectionId, SilentField } from '../guide/lines.ts';
import { publicityWorkings } from './compare.ts';
import { summaryValueText } from './summary.ts';
import {
  banCauseLabel,
  banText,
  bonusAmountText,
  categoryLabel,
  conditionThresholds,
  cycleText,
  formatDays,
  higherAwardLabel,
  NO_FEE_TEXT,
  NOT_IN_TEXT_TEXT,
  prizeText,
  quotaText,
  reapplicationRuleText,
  RECOMMENDATION_TEXT,
  recipientLabel,
  recipientsLabel,
  repeatWinnersText,
  revocationCauseLabel,
  revocationText,
  SILENT_TEXT,
  standardText,
  tierRankText,
  trackApplicantsText,
  yearsText,
} from './values.ts';

/** The page's title: 通州区长质量奖申报指南. */
export const guideTitle = (shortName: string): string => `${shortName}申报指南`;

export const GUIDE_LINK_TEXT = '申报指南';
/** Beside the link on the regulation page: what the guide answers. */
export const GUIDE_LINK_HINT = '谁可以申报、准备什么、评审步骤、获奖后的义务，逐项注明出处';

export const GUIDE_INTRO =
  '本指南由本站对原文的编码逐项生成，每一项后的条号链接到原文出处。具体申报时间、材料格式以当年申报通知为准；能否获奖由评审决定。';

export const GUIDE_SECTION_TITLES: Record<GuideSectionId, string> = {
  who: '谁可以申报',
  when: '何时申报',
  prepare: '申报准备',
  steps: '评审步骤',
  brings: '获奖所得',
  costs: '获奖后的义务与处罚',
  judgment: '评审判断的事项',
};

const GROUP_TITLES: Record<GuideGroup['id'], string> = {
  applicants: '申报主体',
  tiers: '奖项与名额',
  exclusions: '不得申报的情形',
  cycle: '评选周期',
  window: '申报时间',
  materials: '申报材料',
  recommenders: '推荐',
  standards: '评审标准',
  'applying-publicity': '申报时的公示',
  fee: '费用',
  stages: '环节（按原文顺序）',
  publicity: '公示期',
  prizes: '奖金',
  bonuses: '获得上级质量奖的奖励',
  benefits: '其他待遇',
  duties: '获奖后的义务',
  sanctions: '撤销与禁止申报',
  reapplication: '再次申报',
  judgment: '评审判断的事项',
};

/** A group's heading; a group of judgment items is named by its codebook category. */
export const guideGroupTitle = (g: Pick<GuideGroup, 'id' | 'category'>): string =>
  g.category ? categoryLabel(g.category) : GROUP_TITLES[g.id];

export const JUDGMENT_NOTE = '以下条件由评审判断，无法自查；按类别列出，供准备申报材料时对照。';

const SILENT_LABELS: Record<SilentField, string> = {
  exclusions: '不得申报的情形',
  materials: '申报材料',
  recommenders: '推荐',
  standards: '评审标准',
  fee: '费用',
  prize: '奖金',
  bonuses: '获得上级质量奖的奖励',
  benefits: '其他待遇',
  duties: '获奖后的义务',
  bans: '禁止申报',
  revocations: '撤销',
  reapplication: '再次申报',
  judgment: '评审判断的条件',
};

/** What a silent line says: the text sets nothing (or, a partial text, the text we have lacks it). */
function silentWords(field: SilentField, partialText: boolean): string {
  if (partialText) return NOT_IN_TEXT_TEXT;
  if (field === 'exclusions') return summaryValueText({ kind: 'no-exclusions' });
  if (field === 'prize') return summaryValueText({ kind: 'no-prize' });
  if (field === 'bans') return summaryValueText({ kind: 'no-bans' });
  return SILENT_TEXT;
}

/** A span of days in its unit and the other: 5个工作日 ≈ 5–7天. */
const daysText = (d: GuideDays): string => publicityWorkings(d.value, d.dayType, d.inOtherUnit);

/** A publicity period: 拟获奖组织向社会公示，不少于10天 ≈ 6–8个工作日. */
export const guidePublicityText = (p: GuidePublicity): string => `${p.stage}，不少于${daysText(p.days)}`;

function stepText(v: Extract<GuideLine, { code: 'step' }>['values'], silent: string): string {
  const parts = [
    v.applicantDoes ? `申报者：${v.applicantDoes}` : '',
    v.days ? `历时${daysText(v.days)}` : `历时${silent}`,
    ...v.publicity.map((p) => `公示：${guidePublicityText(p)}`),
  ];
  return parts.filter(Boolean).join('；');
}

const limitsText = (v: { withinDays?: number; yearsAfterAward?: number }): string => {
  const parts = [
    v.yearsAfterAward !== undefined ? `获奖后${v.yearsAfterAward}年内` : '',
    v.withinDays !== undefined ? `期限${formatDays(v.withinDays, 'calendar')}` : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('；')}）` : '';
};

/** A duty of no codebook kind: 其他 alone would not say what it is other than. */
const OTHER_DUTY_LABEL = '其他义务';

export interface GuideLineWords {
  label: string;
  text: string;
}

/** One line of a guide in words. partialText: the regulation's text is known only in part. */
export function guideLineWords(line: GuideLine, partialText: boolean): GuideLineWords {
  const silent = partialText ? NOT_IN_TEXT_TEXT : SILENT_TEXT;
  switch (line.code) {
    case 'applicant':
      return { label: '申报主体', text: summaryValueText({ kind: 'applicant', ...line.values }) };
    case 'track':
      return { label: `类别：${line.values.name}`, text: trackApplicantsText(line.values.recipients) };
    case 'tier':
      return {
        label: `奖项：${line.values.name}`,
        text: `${tierRankText(line.values)}，授予${recipientsLabel(line.values.recipients)}`,
      };
    case 'quota':
      return { label: `每届名额：${line.values.tierName}`, text: quotaText(line.values.tier) };
    case 'exclusion':
      return {
        label: `不得申报（${recipientsLabel(line.values.appliesTo)}）`,
        text: summaryValueText({ kind: 'condition', condition: line.values.condition }),
      };
    case 'cycle':
      return { label: '评选周期', text: cycleText(line.values.cycle) };
    case 'window':
      return { label: '申报时间', text: line.values.text };
    case 'dates-in-notice':
      return {
        label: '申报时间',
        text: line.values.officeNamed
          ? // The texts name where applications go, not always who issues the notice: say only what they say.
            `${silent}具体日期，以当年申报通知为准（受理申报：${line.values.office}）`
          : `${silent}具体日期，以当年申报通知为准（本办法的发文机关：${line.values.office}）`,
      };
    case 'office':
      return { label: '受理机构', text: line.values.name };
    case 'material':
      return {
        label: MATERIAL_KINDS[line.values.kind].label,
        text: line.values.name + (line.values.standard ? `（对照 ${line.values.standard}）` : ''),
      };
    case 'recommender': {
      const v = line.values;
      const who = v.appliesTo ? `（${recipientsLabel(v.appliesTo)}申报时）` : '';
      // The text's own name says who; the codebook's kind (RECOMMENDER_KINDS) is for comparing, not repeated here.
      return { label: `${RECOMMENDER_ACTS[v.act].label}${who}`, text: v.name };
    }
    case 'recommendation-required':
      return { label: '推荐', text: RECOMMENDATION_TEXT };
    case 'standard':
      return { label: '评审标准', text: standardText(line.values) };
    case 'applying-publicity':
      return { label: '申报时的公示', text: guidePublicityText(line.values) };
    case 'no-fee':
      return { label: '费用', text: NO_FEE_TEXT };
    case 'step':
      return { label: `${line.values.number}. ${line.values.stage}`, text: stepText(line.values, silent) };
    case 'publicity':
      return { label: '公示', text: guidePublicityText(line.values) };
    case 'prize': {
      const v = line.values;
      return {
        label: `${v.tierName}（${v.trackName ?? recipientLabel(v.recipient)}）`,
        text: prizeText(v.amountYuan, v.firstTimeOnly),
      };
    }
    case 'repeat-winners':
      return { label: `再次获得${line.values.tierName}`, text: repeatWinnersText(line.values) };
    case 'bonus':
      return { label: higherAwardLabel(line.values), text: bonusAmountText(line.values) };
    case 'benefit':
      return {
        label: line.values.tierName ? `其他待遇：${line.values.tierName}` : '其他待遇',
        text: line.values.summary,
      };
    case 'winner-duty':
      return {
        label: line.values.kind === 'other' ? OTHER_DUTY_LABEL : WINNER_DUTY_KINDS[line.values.kind].label,
        text: line.values.summary + limitsText(line.values),
      };
    case 'reporting-duty':
      return { label: '报告义务', text: line.values.summary + limitsText(line.values) };
    case 'title-use':
      return { label: '称号使用', text: line.values.summary };
    case 'award-validity':
      return { label: '奖项有效期', text: yearsText(line.values.years) };
    case 'revocation':
      return {
        label: `撤销：${revocationCauseLabel(line.values.cause)}`,
        text: revocationText(line.values.recoversPrize),
      };
    case 'ban':
      return { label: `禁止申报：${banCauseLabel(line.values.cause)}`, text: banText(line.values) };
    case 'reapplication':
      return {
        label: '再次申报',
        text: reapplicationRuleText(line.values.rule, line.values.awardValidityYears, line.values.afterTierNames),
      };
    case 'judgment': {
      const c = line.values.condition;
      const thresholds = conditionThresholds(c);
      return {
        label: recipientLabel(line.values.recipient),
        text: c.summary + (thresholds.length ? `（${thresholds.join('；')}）` : ''),
      };
    }
    case 'silent':
      return {
        label: line.values.tierName
          ? `${SILENT_LABELS[line.values.field]}：${line.values.tierName}`
          : SILENT_LABELS[line.values.field],
        text: silentWords(line.values.field, partialText),
      };
  }
}

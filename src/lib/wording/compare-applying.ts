// The words of the comparison's applying topic (申报与获奖后): row labels, the
// words of its cells and of its computed rows. src/lib/compare/applying.ts hands
// over codes and the texts' own words; nothing here decides anything.
import { MATERIAL_KINDS, RECOMMENDER_ACTS, RECOMMENDER_KINDS, WINNER_DUTY_KINDS, type Recipient } from '../codebook.ts';
import { formatDays } from './format.ts';
import { recipientsLabel } from './values.ts';

type MaterialKind = keyof typeof MATERIAL_KINDS;
type RecommenderKind = keyof typeof RECOMMENDER_KINDS;
type RecommenderAct = keyof typeof RECOMMENDER_ACTS;
type WinnerDutyKind = keyof typeof WINNER_DUTY_KINDS;

/** Labels of the rows every comparison of this topic has, by row id. */
export const APPLYING_ROW_LABELS = {
  office: '受理申报的机构',
  window: '申报时间',
  'applying-publicity-calendar': '申报阶段的公示，折合自然日',
  'applying-publicity-working': '申报阶段的公示，折合工作日',
  'applicant-steps': '申报者在各环节要做的事',
  'step-days': '原文写明时长的环节',
  benefits: '奖金以外的待遇',
} as const;

/** material-<kind>: 申报材料：自评报告. */
export const materialRowLabel = (kind: MaterialKind): string => `申报材料：${MATERIAL_KINDS[kind].label}`;
/** recommender-<kind>: 推荐单位：行业主管部门. */
export const recommenderRowLabel = (kind: RecommenderKind): string => `推荐单位：${RECOMMENDER_KINDS[kind].label}`;
/** duty-<kind>: 获奖后：交流推广经验. */
export const winnerDutyRowLabel = (kind: WinnerDutyKind): string => `获奖后：${WINNER_DUTY_KINDS[kind].label}`;

/** Where the text fixes no dates: they come in the year's notice. */
export const WINDOW_IN_NOTICE_TEXT = '未规定（以当年申报通知为准）';

/** How the computed rows are computed, by row id. */
export const APPLYING_COMPUTED_NOTES = {
  'applying-publicity-calendar':
    '申报者首次须办事的环节及其之前的公示（如申报前在本组织内部公示）；工作日按起始星期换算为自然日（不计法定节假日），取最长一次',
  'applying-publicity-working':
    '申报者首次须办事的环节及其之前的公示（如申报前在本组织内部公示）；自然日按起始星期换算为其中的工作日（不计法定节假日），取最长一次',
} as const;

/** A material as the text names it, with the standard a self-assessment follows: 自评报告（对照 GB/T 19580）. */
export const materialText = (m: { name: string; standard?: string | undefined }): string =>
  m.standard ? `${m.name}（对照 ${m.standard}）` : m.name;

/** A recommender and what it does: 属地镇（街道）：签署推荐意见（个人）. */
export const recommenderText = (r: {
  name: string;
  act: RecommenderAct;
  appliesTo?: readonly Recipient[] | undefined;
}): string => `${r.name}：${RECOMMENDER_ACTS[r.act].label}${r.appliesTo ? `（${recipientsLabel(r.appliesTo)}）` : ''}`;

/** A step and what the applicant does in it: 申报推荐：填写申报表. */
export const applicantStepText = (s: { stage: string; applicantDoes: string }): string =>
  `${s.stage}：${s.applicantDoes}`;

/** A step and how long the text says it lasts: 资格审查：10个工作日. */
export const stepDaysText = (s: { stage: string; value: number; dayType: 'calendar' | 'working' }): string =>
  `${s.stage}：${formatDays(s.value, s.dayType)}`;

/** A winner's duty, with its time limit where the summary does not already say it: 报告重大事项（30天内）. */
export const winnerDutyText = (d: { summary: string; withinDays?: number | undefined }): string =>
  d.withinDays !== undefined && !d.summary.includes(String(d.withinDays))
    ? `${d.summary}（${formatDays(d.withinDays, 'calendar')}内）`
    : d.summary;

/** Items of a cell, one after another. */
export const itemsText = (items: readonly string[]): string => items.join('；');

// The checker report's next steps in words (src/lib/guide/next-steps.ts gives the values). What to prepare to apply,
// never a promise: the award is competitive, and the year's 申报通知 sets the dates.
import { MATERIAL_KINDS, RECOMMENDER_ACTS } from '../codebook.ts';
import type { NextStep, NextSteps } from '../guide/next-steps.ts';
import { roundText } from './findings.ts';
import { NOT_IN_TEXT_TEXT, publicityText, SILENT_TEXT } from './values.ts';

export const NEXT_STEPS_HEADING = '下一步';
export const NEXT_STEPS_LEAD = '按原文，申报要准备以下事项。质量奖择优评审、名额有限，准备齐全不等于获奖。';
export const GUIDE_LINK = '完整的申报指南';

type Words = { [C in NextStep['code']]: (s: Extract<NextStep, { code: C }>) => { label: string; text: string } };

const STEP_WORDS: Words = {
  material: (s) => ({
    label: '准备材料',
    text: `${s.name}${s.name === MATERIAL_KINDS[s.kind].label ? '' : `（${MATERIAL_KINDS[s.kind].label}）`}${s.standard ? `，对照 ${s.standard}` : ''}`,
  }),
  recommender: (s) => ({ label: '推荐单位', text: `${s.name}${RECOMMENDER_ACTS[s.act].label}` }),
  'recommendation-required': () => ({ label: '推荐单位', text: '须经推荐单位签署推荐意见' }),
  'own-publicity': (s) => ({ label: '内部公示', text: `${s.stage}，${publicityText(s)}` }),
  // The text names the office that takes applications or issues the year's notice, not always which: its name alone.
  office: (s) => ({ label: '申报机构', text: s.name }),
  window: (s) => ({ label: '申报时间', text: `${s.text}（具体日期以当年的申报通知为准）` }),
  'first-round': (s) => ({
    label: '最早一届',
    text: s.timeBound ? `自 ${s.from} 起：${roundText(s.from, s.everyYears)}` : roundText(s.from, s.everyYears),
  }),
};

/** One next step: what it is about (准备材料, 推荐 …) and what to do. */
export function nextStepWords<C extends NextStep['code']>(
  s: Extract<NextStep, { code: C }>,
): { label: string; text: string } {
  return (STEP_WORDS[s.code as C] as (s: Extract<NextStep, { code: C }>) => { label: string; text: string })(s);
}

/** Said where the text names no material: the year's notice lists them. */
export const materialsUnnamedText = (n: Pick<NextSteps, 'partialText'>): string =>
  `申报材料：${n.partialText ? NOT_IN_TEXT_TEXT : SILENT_TEXT}，以当年的申报通知为准`;

/** Said where the applying data could not be fetched: the guide's link stays. */
export const nextStepsFailedText = (message: string): string =>
  `申报准备事项载入失败（${message}），请看完整的申报指南。`;

// Verdicts in words: the one place the engine's outcomes, reason codes and
// findings become Chinese, so the wizard's report and the batch checker say the
// same thing. Every reason code has its wording here (the compiler checks it);
// coded values (bans, re-application rules, statuses) take theirs from values.ts.
import { citationLabel } from '../cite-format.ts';
import type {
  Finding,
  FindingReason,
  Outcome,
  ReasonCode,
  RegulationVerdict,
  TestReason,
  TestResult,
} from '../eligibility/engine.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';
import { type Asked, placeAnswerText, questionOf } from './questions.ts';
import {
  banCauseLabel,
  banLimitText,
  recipientLabel,
  recipientsLabel,
  reapplicationLimitText,
  statusText,
} from './values.ts';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: '没有硬性条件排除您',
  'ruled-out': '不符合条件',
  'cannot-tell': '尚无法判断',
  'not-admitted': '不接受此类主体申报',
};

/** One line: the outcome, and when only time stands in the way, from when. */
export function outcomeText(v: RegulationVerdict): string {
  const base = OUTCOME_LABELS[v.outcome];
  if (v.outcome === 'ruled-out')
    return v.eligibleFrom ? `${base}（${v.eligibleFrom} 起可申报）` : `${base}（时间不能改变）`;
  return base;
}

/** Tallies the outcomes: 没有硬性条件排除您 2 部，不符合条件 3 部. */
export function tallyText(verdicts: RegulationVerdict[]): string {
  const counts = new Map<Outcome, number>();
  for (const v of verdicts) counts.set(v.outcome, (counts.get(v.outcome) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${OUTCOME_LABELS[o]} ${n} 部`).join('，');
}

/** A regulation's own standing, where it qualifies the verdict: a draft, or past its validity. */
export function statusCaveat(v: RegulationVerdict): string | undefined {
  if (v.status.status === 'in-force') return undefined;
  return statusText(v.status);
}

const yesNo = (b: boolean) => (b ? '是' : '否');
// The reason quotes the place as picked (a path); only the pick for elsewhere is put into words.
const placeText = (place: string) => (place === OTHER_JURISDICTION ? placeAnswerText(place) : place);

type Words<R extends { code: string }> = { [C in R['code']]: (r: Extract<R, { code: C }>) => string };

/** Why a test passed or failed, quoting the answer that decided it. */
const TEST_REASONS: Words<TestResult> = {
  'in-jurisdiction': (r) => `您填写的地区：${placeText(r.answer)}；本办法辖区：${r.jurisdiction}`,
  'boolean-answer': (r) => `${questionOf(r.fact)}：您回答“${yesNo(r.answer)}”`,
  'years-reached': (r) => `自 ${r.answer} 起，${r.checkDate} 已满 ${r.minYears} 年`,
  'years-not-reached': (r) => `自 ${r.answer} 起，到 ${r.checkDate} 未满 ${r.minYears} 年（${r.eligibleFrom} 满）`,
  'no-events': (r) => `${questionOf(r.fact)}：您回答没有`,
  'events-no-limit': (r) => `${questionOf(r.fact)}：${r.answer.join('、')}（原文未限年限）`,
  'events-outside': (r) =>
    `${questionOf(r.fact)}：近${r.lookbackYears}年（${r.windowFrom} 之后）没有${r.answer.length ? `；${r.answer.join('、')} 已在窗口之外` : ''}`,
  'events-within': (r) =>
    `${questionOf(r.fact)}：${r.within.join('、')} 在近${r.lookbackYears}年内（${r.windowFrom} 之后）`,
  'years-clear': (r) => `${questionOf(r.fact)}：${r.firstYear} 年以来没有`,
  'years-within': (r) =>
    `${questionOf(r.fact)}：${r.within.join('、')} 年在近${r.lookbackYears}年内（${r.firstYear} 年起）`,
  rank: (r) => `您填写的名次：第 ${r.answer} 位；要求前 ${r.rankMax} 位`,
};

function testText<C extends TestReason['code']>(r: Extract<TestResult, { code: C }>): string {
  return (TEST_REASONS[r.code as C] as (r: Extract<TestResult, { code: C }>) => string)(r);
}

const BAN_UNANSWERED = '缺少回答：是否曾在本奖评审中受到处理';
const JUDGED = '由评审判断：请准备材料';

/** What each finding is about (its summary), and why it stands where it does (its reason). */
const FINDING_WORDS: { [C in FindingReason['code']]: Record<'summary' | 'reason', Words<Finding>[C]> } = {
  tested: {
    summary: (f) => f.summary,
    reason: (f) => {
      const failed = f.tests.filter((t) => t.result === 'fail');
      return (failed.length ? failed : f.tests).map(testText).join('；');
    },
  },
  'missing-answer': { summary: (f) => f.summary, reason: () => '缺少回答' },
  judgment: { summary: (f) => f.summary, reason: () => JUDGED },
  'judgment-beyond-tests': {
    summary: (f) => f.summary,
    reason: () => '可核对的部分已满足；是否达到原文要求由评审判断',
  },
  'self-check': { summary: (f) => f.summary, reason: () => '请自行确认（本站没有据以判断的问题）' },
  'applicant-type-missing': { summary: () => questionOf('applicantType'), reason: () => '尚未选择申报主体' },
  'not-admitted': {
    summary: (f) => `本办法只接受${recipientsLabel(f.admitted)}申报`,
    reason: (f) => `您以${recipientLabel(f.applicantType)}身份核对`,
  },
  'sanctions-missing': { summary: (f) => banLimitText(f.ban), reason: () => BAN_UNANSWERED },
  'ban-in-force': {
    summary: (f) => banLimitText(f.ban),
    reason: (f) => `您于 ${f.sanctionedOn} 因“${banCauseLabel(f.ban.cause)}”受到处理，${f.ban.years}年内不得申报`,
  },
  'awards-missing': { summary: () => '获奖后再次申报的限制', reason: () => '缺少回答：以往是否获得过本奖' },
  'reapplication-wait': {
    summary: (f) => reapplicationLimitText(f.rule, f.awardValidityYears),
    reason: (f) =>
      f.waits.map((w) => `您于 ${w.awardedOn} 获得${w.wonTier}，${w.reopensOn} 起可再申报${w.closedTier}`).join('；'),
  },
};

/** Every reason code the engine can give, as worded here (the maps above must cover the code types). */
export const REASON_CODES = [...Object.keys(FINDING_WORDS), ...Object.keys(TEST_REASONS)] as ReasonCode[];

function wordsOf<C extends FindingReason['code']>(f: Extract<Finding, { code: C }>) {
  return FINDING_WORDS[f.code as C] as Record<'summary' | 'reason', (f: Extract<Finding, { code: C }>) => string>;
}

/** What a finding is about: the condition's summary, or the ban or rule it applies. */
export const findingSummary = (f: Finding): string => wordsOf(f).summary(f);

/** Why it passed, failed or is open, quoting the answers that decided it. */
export const findingReason = (f: Finding): string => wordsOf(f).reason(f);

/** The answers a finding waits for: （请回答：受到行政处罚的日期）. */
export const missingText = (f: Finding): string | undefined =>
  f.missing && `（请回答：${f.missing.map(questionOf).join('；')}）`;

/** The day time clears a finding: 2027-05-20 起不再构成障碍. */
export const clearedFromText = (f: Finding): string | undefined => f.eligibleFrom && `${f.eligibleFrom} 起不再构成障碍`;

/** Where the text says it: 第十二条第（四）项「近三年存在行政处罚记录」. */
export function citedWords(f: Pick<Finding, 'cite'>): string {
  return `${citationLabel(f.cite)}「${f.cite.quote}」`;
}

/** A finding on one line, for the batch checker. */
export function findingText(f: Finding): string {
  const when = clearedFromText(f);
  return `${findingSummary(f)} —— ${citedWords(f)}：${findingReason(f)}${missingText(f) ?? ''}${when ? `；${when}` : ''}`;
}

// ——— the report around the findings ———

export const failuresHeading = (v: RegulationVerdict): string =>
  v.outcome === 'not-admitted' ? '原因' : '不符合的条件';
export const UNKNOWNS_HEADING = '还需回答';
export const LIMITS_HEADING = '限制';
export const NO_PLACE_COVERED = '本站收录的办法都不覆盖您的所在地。';

/** Once ruled out, open questions no longer change the outcome: they are only counted. */
export const unansweredNote = (n: number): string => `另有 ${n} 项未回答，不影响本结论`;

/** What an eligible verdict leaves to prepare. */
export const checklistText = (n: number): string => `待准备：${n} 项由评审判断或需自行确认的条件`;

export const outOfPlaceText = (n: number): string => `另有 ${n} 部办法的辖区不包括您的所在地，不适用`;

/** An answer as the report's table of answers shows it. */
export function answerText(field: Asked, value: unknown): string {
  if (value === undefined) return '（未回答）';
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) {
    if (!value.length) return '没有';
    return value.map((x) => (typeof x === 'object' && x ? Object.values(x).join(' ') : String(x))).join('；');
  }
  if (field === 'applicantType' && (value === 'organization' || value === 'individual')) return recipientLabel(value);
  if (field === 'jurisdiction') return placeAnswerText(String(value));
  return String(value);
}

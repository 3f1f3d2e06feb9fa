// Verdicts in words: the one place the engine's outcomes, reason codes and
// findings become Chinese, so the wizard's report and the batch checker say the
// same thing. Every reason code has its wording here (the compiler checks it);
// coded values (bans, re-application rules, statuses) take theirs from values.ts.
// Nothing here says more than the texts: a verdict is never a promise of an
// award or of a round, and an open question is never met.
import { BAN_TRIGGERS, SANCTION_EVENTS, SCHEMES } from '../codebook-labels.ts';
import { citationLabel } from '../cite-format.ts';
import type {
  Finding,
  FindingReason,
  MissingYears,
  Outcome,
  ReasonCode,
  RegulationVerdict,
  TestReason,
  TestResult,
  TierVerdict,
} from '../eligibility/engine.ts';
import type { IncompleteItem, Match } from '../eligibility/records.ts';
import { type Attribute, attributesOf, FACTS, type FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';
import { formatCycle } from './format.ts';
import { type Asked, partLabelOf, placeAnswerText, questionOf } from './questions.ts';
import {
  banLimitText,
  NO_DOCUMENT_NUMBER_TEXT,
  reapplicationLimitText,
  recipientLabel,
  recipientsLabel,
  repeatWinnersText,
  soughtTierLabel,
  statusLabel,
  statusText,
  tierKindLabel,
  tierQuotaText,
} from './verdict-values.ts';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: '没有硬性条件排除您',
  'ruled-out': '不符合条件',
  'cannot-tell': '尚无法判断',
  'not-admitted': '不接受此类主体申报',
  'not-offered': '未设所申报的奖项',
  'out-of-area': '不适用（辖区不同）',
  superseded: '已被替代',
};

/** Said of a condition that time alone does not clear: a rank, a licence can change, but not by waiting. */
export const WAITING_ALONE_TEXT = '单靠等待不会消除';

/**
 * Which round a day first reaches, where the text fixes the cycle: never a promised round, since the year's
 * 申报通知 sets the deadline (an annual round whose deadline falls before the day is missed) and, for longer
 * cycles, the year of the next round.
 */
export function roundText(from: string, everyYears: number): string {
  const year = Number(from.slice(0, 4));
  if (everyYears === 1)
    return `评选每年一次：最早可参加 ${year} 年的评选；如该年申报截止早于 ${from}，则为 ${year + 1} 年，以当年申报通知为准`;
  return `评选${formatCycle(everyYears)}：为 ${from} 之后的下一届，其年份以申报通知为准`;
}

type Timed = { eligibleFrom?: string; outcome: string };

/** From when the hard conditions checked no longer stand in the way, and which round that reaches. */
function clearsText(from: string, cycle: RegulationVerdict['awardCycle'], open: number): string {
  const cleared = open
    ? `自 ${from} 起，所列不符合的条件不再构成障碍（另有 ${open} 项尚未回答）`
    : `自 ${from} 起，可核对的硬性条件不再构成障碍`;
  return cycle ? `${cleared}；${roundText(from, cycle.everyYears)}` : cleared;
}

function timedOutcome(t: Timed, cycle: RegulationVerdict['awardCycle'], open: number): string {
  const base = OUTCOME_LABELS[t.outcome as Outcome];
  if (t.outcome !== 'ruled-out') return base;
  return t.eligibleFrom ? `${base}：${clearsText(t.eligibleFrom, cycle, open)}` : `${base}（${WAITING_ALONE_TEXT}）`;
}

/** One line: the outcome, and when only time stands in the way, from when and which round. */
export const outcomeText = (v: RegulationVerdict): string => timedOutcome(v, v.awardCycle, v.unknowns.length);

/**
 * A tier's outcome: 区长质量奖（正奖）：不符合条件：自 2027-03-01 起…. The round is told once, on the regulation's
 * line, unless this tier's day differs from it.
 */
export function tierOutcomeText(
  t: TierVerdict,
  v: Pick<RegulationVerdict, 'awardCycle' | 'unknowns' | 'eligibleFrom'>,
): string {
  const cycle = t.eligibleFrom === v.eligibleFrom ? undefined : v.awardCycle;
  // The regulation's open questions bear on every tier: a tier's day is hedged as the regulation's is.
  const open = v.unknowns.length + t.findings.filter((f) => f.code === 'awards-missing').length;
  return `${t.name}（${tierKindLabel(t.kind)}）：${timedOutcome(t, cycle, open)}`;
}

/** A tier's quota beside its verdict: 名额：每年原则上不超过2个，可少额或空缺，评审择优. */
export const tierQuotaLine = (t: TierVerdict, v: Pick<RegulationVerdict, 'awardCycle'>): string =>
  `名额：${tierQuotaText(t, v.awardCycle?.everyYears)}`;

/** How the text treats a second win of a tier the applicant holds. */
export const repeatWinnerText = (r: NonNullable<TierVerdict['repeatWinner']>): string =>
  `您曾于 ${r.wonOn} 获得此奖；再次获奖：${repeatWinnersText(r.terms)}`;

/** Tallies the outcomes: 没有硬性条件排除您 2 部，不符合条件 3 部. */
export function tallyText(verdicts: RegulationVerdict[]): string {
  const counts = new Map<Outcome, number>();
  for (const v of verdicts) counts.set(v.outcome, (counts.get(v.outcome) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${OUTCOME_LABELS[o]} ${n} 部`).join('，');
}

/** The same in a word, for a folded verdict: （草稿（未生效））. */
export const statusMark = (v: RegulationVerdict): string =>
  v.status.status === 'in-force' ? '' : `（${statusLabel(v.status.status)}）`;

/** A regulation's own standing, where it qualifies the verdict: a draft, or past its validity. */
export function statusCaveat(v: RegulationVerdict): string | undefined {
  if (v.status.status === 'in-force') return undefined;
  return statusText(v.status);
}

const yesNo = (b: boolean) => (b ? '是' : '否');
// The reason quotes the place as picked (a path); only the pick for elsewhere is put into words.
const placeText = (place: string) => (place === OTHER_JURISDICTION ? placeAnswerText(place) : place);
const list = (xs: readonly (string | number)[]) => xs.join('、');

// ——— the parts of a record's items, and the kinds a test counts ———

/** The attributes of an answer's items (none for answers that are not facts of the registry). */
const attributesAsked = (field: Asked): Record<string, Attribute> =>
  Object.hasOwn(FACTS, field) ? attributesOf(field as FactId) : {};

/** A part of an item, as a sentence names it: the input's label without its aside (净利润, not 净利润（万元）). */
export const partLabel = (fact: FactId, part: string): string => partLabelOf(fact, part).replace(/（[^（]*）$/, '');

/** A value a test matches on, in words: an enum's codebook label, 是/否, a scheme. */
function matchValueText(field: Asked, key: string, value: string | boolean): string {
  const a = attributesAsked(field)[key];
  if (typeof value === 'boolean') return yesNo(value);
  if (a?.kind === 'enum') return a.values[value]?.label ?? value;
  if (a?.kind === 'scheme') return SCHEMES[value as keyof typeof SCHEMES]?.label ?? value;
  return value;
}

/** What a test counts, from the codebook's labels: （计入：等级 较大、重大；种类 生产安全（安全生产））. */
export function matchText(fact: FactId, match: Match | undefined): string {
  const parts = Object.entries(match ?? {}).map(
    ([key, values]) => `${partLabel(fact, key)} ${list(values.map((v) => matchValueText(fact, key, v)))}`,
  );
  return parts.length ? `（计入：${parts.join('；')}）` : '';
}

/** What items of an answer lack: 受到行政处罚的日期：第 1 项缺日期；第 3 项缺等级、种类. */
export function incompleteText(items: readonly IncompleteItem[]): string {
  const byFact = new Map<FactId, IncompleteItem[]>();
  for (const i of items) byFact.set(i.fact, [...(byFact.get(i.fact) ?? []), i]);
  return [...byFact]
    .map(([fact, is]) => {
      const seen = new Set<number>();
      const each = is
        .sort((x, y) => x.index - y.index)
        .filter((i) => !seen.has(i.index) && seen.add(i.index))
        .map((i) => `第 ${i.index + 1} 项缺${list([...new Set(i.missing)].map((p) => partLabel(fact, p)))}`);
      return `${questionOf(fact)}：${each.join('；')}`;
    })
    .join('；');
}

/** The years an annual answer lacks: 每年的净利润：缺 2024 年度的净利润. */
export function missingYearsText(ms: readonly MissingYears[]): string {
  return ms
    .map((m) => {
      const [first] = Object.keys(attributesAsked(m.fact));
      const what = first ? `的${partLabel(m.fact, first)}` : '';
      return `${questionOf(m.fact)}：缺 ${list(m.years)} 年度${what}`;
    })
    .join('；');
}

/** The window of a dated test: 近3年（2023-11-22 之后）. */
const windowText = (lookbackYears: number, windowFrom: string) => `近${lookbackYears}年（${windowFrom} 之后）`;

/** Years firstYear–lastYear: 2023—2025 年度. */
const yearsSpan = (first: number, last: number) => (first === last ? `${first} 年度` : `${first}—${last} 年度`);

/** Years of work, to a tenth, from days. */
const workYearsOf = (days: number) => Math.floor((days / 365.25) * 10) / 10;

type Words<R extends { code: string }> = { [C in R['code']]: (r: Extract<R, { code: C }>) => string };

/** Why a test passed or failed, quoting the answer that decided it. */
const TEST_REASONS: Words<TestResult> = {
  'in-jurisdiction': (r) => `您填写的地区：${placeText(r.answer)}；本办法辖区：${r.jurisdiction}`,
  'boolean-answer': (r) => `${questionOf(r.fact)}：您回答“${yesNo(r.answer)}”`,
  'years-reached': (r) => `自 ${r.answer} 起，${r.checkDate} 已满 ${r.minYears} 年`,
  'years-not-reached': (r) => `自 ${r.answer} 起，到 ${r.checkDate} 未满 ${r.minYears} 年（${r.eligibleFrom} 满）`,
  rank: (r) => `您填写的名次：第 ${r.answer} 位；要求前 ${r.rankMax} 位`,
  count: (r) => `${questionOf(r.fact)}：您填写 ${r.answer}；要求不少于 ${r.minCount}`,
  'no-events': (r) => `${questionOf(r.fact)}：您回答没有`,
  'events-clear': (r) => {
    const when =
      r.lookbackYears !== undefined && r.windowFrom ? windowText(r.lookbackYears, r.windowFrom) : '任何时候都';
    const outside = r.outside.length ? `；${list(r.outside)} 在此之前` : '';
    const unmatched = r.unmatched ? `；另有 ${r.unmatched} 项不属计入的种类` : '';
    return `${questionOf(r.fact)}：${when}没有计入的事项${matchText(r.fact, r.match)}${outside}${unmatched}`;
  },
  'events-no-limit': (r) =>
    `${questionOf(r.fact)}：有 ${r.count} 项计入${r.dates.length ? `（${list(r.dates)}）` : ''}${matchText(r.fact, r.match)}，原文未限年限`,
  'events-within': (r) =>
    `${questionOf(r.fact)}：${list(r.within)} 在${windowText(r.lookbackYears, r.windowFrom)}内${matchText(r.fact, r.match)}`,
  'losses-clear': (r) =>
    `${questionOf(r.fact)}：${yearsSpan(r.firstYear, r.lastYear)}没有计入的亏损${r.excused.length ? `（${list(r.excused)} 年度的亏损按原文不计入）` : ''}`,
  'losses-within': (r) =>
    `${questionOf(r.fact)}：${list(r.lossYears)} 年度亏损，在 ${yearsSpan(r.firstYear, r.lastYear)}之内`,
  'loss-sum': (r) =>
    `${questionOf(r.fact)}：${yearsSpan(r.firstYear, r.lastYear)}净利润合计 ${r.sum} 万元${r.sum < 0 ? '，累计亏损' : '，累计未亏损'}`,
  'every-year': (r) =>
    r.failing.length
      ? `${questionOf(r.fact)}：${list(r.failing)} 年度不符合要求${matchText(r.fact, r.match)}`
      : `${questionOf(r.fact)}：${yearsSpan(r.firstYear, r.lastYear)}每年都符合要求${matchText(r.fact, r.match)}`,
  'work-years': (r) =>
    `${questionOf(r.fact)}：在本办法辖区内合计约 ${workYearsOf(r.totalDays)} 年（${r.totalDays} 天）；要求满 ${r.minYears} 年（${r.requiredDays} 天）${r.eligibleFrom ? `，照目前的工作 ${r.eligibleFrom} 满` : ''}`,
};

function testText<C extends TestReason['code']>(r: Extract<TestResult, { code: C }>): string {
  return (TEST_REASONS[r.code as C] as (r: Extract<TestResult, { code: C }>) => string)(r);
}

const JUDGED = '由评审判断：请准备材料';
const UNANSWERED = '缺少回答';

/** The facts a finding waits for that no item or year detail already names. */
function unansweredFacts(f: Finding): Asked[] {
  const detailed = new Set<string>([
    ...('incomplete' in f ? (f.incomplete ?? []).map((i) => i.fact) : []),
    ...('missingYears' in f ? (f.missingYears ?? []).map((m) => m.fact) : []),
  ]);
  return (f.missing ?? []).filter((m) => !detailed.has(m));
}

/** Why a finding is open: what is unanswered, which items lack what, which years are missing. */
function openReason(f: Finding & { incomplete?: IncompleteItem[]; missingYears?: MissingYears[] }): string {
  const parts = [
    ...(unansweredFacts(f).length || !(f.incomplete?.length || f.missingYears?.length) ? [UNANSWERED] : []),
    ...(f.incomplete?.length ? [`请补全：${incompleteText(f.incomplete)}`] : []),
    ...(f.missingYears?.length ? [`请补填：${missingYearsText(f.missingYears)}`] : []),
  ];
  return parts.join('；');
}

const eventsText = (cause: keyof typeof BAN_TRIGGERS) =>
  BAN_TRIGGERS[cause].map((e) => SANCTION_EVENTS[e].label).join('或');

/** What each finding is about (its summary), and why it stands where it does (its reason). */
const FINDING_WORDS: { [C in FindingReason['code']]: Record<'summary' | 'reason', Words<Finding>[C]> } = {
  tested: {
    summary: (f) => f.summary,
    reason: (f) => {
      const failed = f.tests.filter((t) => t.result === 'fail');
      return (failed.length ? failed : f.tests).map(testText).join('；');
    },
  },
  'missing-answer': { summary: (f) => f.summary, reason: openReason },
  judgment: { summary: (f) => f.summary, reason: () => JUDGED },
  'judgment-beyond-tests': {
    summary: (f) => f.summary,
    reason: () => '可核对的部分已满足；是否达到原文要求由评审判断',
  },
  'self-check': { summary: (f) => f.summary, reason: () => '请自行确认（本站没有据以判断的问题）' },
  'not-applicable': {
    summary: (f) => f.summary,
    reason: (f) =>
      `不适用：您回答“${questionOf(f.onlyIf.fact)}”为“${yesNo(!f.onlyIf.is)}”，本条只适用于回答“${yesNo(f.onlyIf.is)}”的申报者`,
  },
  'applicant-type-missing': { summary: () => questionOf('applicantType'), reason: () => '尚未选择申报主体' },
  'not-admitted': {
    summary: (f) => `本办法只接受${recipientsLabel(f.admitted)}申报`,
    reason: (f) => `您以${recipientLabel(f.applicantType)}身份核对`,
  },
  'sanctions-missing': { summary: (f) => banLimitText(f.ban), reason: openReason },
  'ban-in-force': {
    summary: (f) => banLimitText(f.ban),
    reason: (f) => `您于 ${f.sanctionedOn} 在本办法的评审中${eventsText(f.ban.cause)}，${f.ban.years}年内不得申报`,
  },
  'awards-missing': { summary: () => '获奖后再次申报的限制', reason: openReason },
  'reapplication-wait': {
    summary: (f) =>
      reapplicationLimitText(
        f.rule,
        f.awardValidityYears,
        f.rule.afterTiers && [...new Set(f.waits.map((w) => w.wonTier))],
      ),
    reason: (f) =>
      f.waits.map((w) => `您于 ${w.awardedOn} 获得${w.wonTier}，${w.reopensOn} 前不得再申报${w.closedTier}`).join('；'),
  },
  'not-offered': {
    summary: (f) => `本办法未设可授予您的${soughtTierLabel(f.sought)}`,
    reason: (f) =>
      f.offered.length ? `本办法可授予您的奖项：${list(f.offered.map(tierKindLabel))}` : '本办法没有可授予您的奖项',
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

/** The answers a finding waits for that its reason does not already name: （请回答：受到行政处罚的日期）. */
export function missingText(f: Finding): string | undefined {
  const facts = unansweredFacts(f);
  return facts.length ? `（请回答：${facts.map(questionOf).join('；')}）` : undefined;
}

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

/** Whether a verdict is folded away as not applicable: a regulation of another place. */
export const isOutOfArea = (v: RegulationVerdict, outOfPlace?: ReadonlySet<string>): boolean =>
  v.outcome === 'out-of-area' || !!outOfPlace?.has(v.id);

/** What a folded verdict cites: the place condition that leaves it out, else its first failure. */
export const whyNotApplicable = (v: RegulationVerdict): Finding | undefined =>
  v.failures.find(
    (f) => f.code === 'tested' && f.tests.some((t) => t.op === 'in-jurisdiction' && t.result === 'fail'),
  ) ?? v.failures[0];

/** Whether a verdict is folded as replaced: a later version is in force on the check date (another place's stays in its fold). */
export const isSupersededFold = (v: RegulationVerdict, outOfPlace?: ReadonlySet<string>): boolean =>
  v.outcome === 'superseded' && !isOutOfArea(v, outOfPlace);

/**
 * A report's verdicts in the three places every report puts them: in full (the applicant's own place), folded as
 * versions replaced by the check date, and folded as other places' — in one pass, in the engine's order.
 */
export function reportGroups(verdicts: readonly RegulationVerdict[], outOfPlace?: ReadonlySet<string>) {
  const groups = {
    here: [] as RegulationVerdict[],
    replaced: [] as RegulationVerdict[],
    elsewhere: [] as RegulationVerdict[],
  };
  for (const v of verdicts)
    (isOutOfArea(v, outOfPlace) ? groups.elsewhere : v.outcome === 'superseded' ? groups.replaced : groups.here).push(
      v,
    );
  return groups;
}

/** The fold of versions replaced by the check date. */
export const supersededFoldText = (n: number): string =>
  `${OUTCOME_LABELS.superseded}：另有 ${n} 部办法于核对日已由新版本替代，按新版本核对`;

/** Which version replaced a folded one, and from when: 自 2024-04-01 起由《…》替代. */
export const supersededByText = (v: RegulationVerdict): string => {
  const by = v.status.supersededBy;
  return by ? `自 ${by.from} 起由《${by.title}》替代` : OUTCOME_LABELS.superseded;
};

/** Whether a verdict leaves the applicant in the running: its passed conditions and checklist are shown. */
export const isNotExcluded = (v: RegulationVerdict): boolean => v.outcome === 'eligible' || v.outcome === 'cannot-tell';

/**
 * A regulation's own findings of one list: re-application findings are told under the tier they concern, so
 * where the verdict has tiers they are left out here.
 */
export const regulationFindings = (v: RegulationVerdict, findings: Finding[]): Finding[] =>
  v.tiers.length ? findings.filter((f) => f.kind !== 'reapplication') : findings;

export const failuresHeading = (v: RegulationVerdict): string =>
  v.outcome === 'not-admitted' || v.outcome === 'not-offered' ? '原因' : '不符合的条件';
export const UNKNOWNS_HEADING = '还需回答';
export const LIMITS_HEADING = '限制';
export const TIERS_HEADING = '所申报的奖项';
export const PASSED_HEADING = '已核对并满足的条件';
export const NO_PLACE_COVERED = '本站收录的办法都不覆盖您的所在地。';

/**
 * Whether a verdict's open questions are listed: not once it is ruled out for good (they cannot change it), but
 * where time clears what fails, since they decide what follows.
 */
export const listsUnknowns = (v: RegulationVerdict): boolean => v.outcome !== 'ruled-out' || !!v.eligibleFrom;

/** Once ruled out for good, open questions no longer change the outcome: they are only counted. */
export const unansweredNote = (n: number): string => `另有 ${n} 项未回答，不影响本结论。`;

/** What a not-excluded verdict leaves to prepare. */
export const checklistText = (n: number): string => `待准备：${n} 项由评审判断或需自行确认的条件`;

export const passedText = (n: number): string => `${PASSED_HEADING}：${n} 项`;

/** The fold of regulations of other places. */
export const outOfPlaceText = (n: number): string =>
  `${OUTCOME_LABELS['out-of-area']}：另有 ${n} 部办法的辖区不包括您的所在地`;

/** The regulation's number, and where its text is: 文号：通政规〔2023〕1号. */
export const documentNumberText = (v: Pick<RegulationVerdict, 'documentNumber'>): string =>
  `文号：${v.documentNumber ?? NO_DOCUMENT_NUMBER_TEXT}`;
export const FULL_TEXT_LINK = '原文与编码';

export { ASK_APPLICANT_TYPE, LIVE_TITLE } from './live.ts';

/** Said beside the questions while answers are wrong (each problem is shown under its question; the report has its own notice). */
export const liveWithheldText = (n: number): string =>
  `有 ${n} 处回答有误（见题目下的说明）：以下结果把它们当作未回答，改正前不作准。`;
export const REPORT_TITLE = '资格自查报告';
export const ANSWERS_HEADING = '您的回答';
export const VERDICTS_HEADING = '结论';
export const reportIntro = (checkDate: string): string =>
  `核对日期：${checkDate}。本报告由浏览器在本机生成，回答未发送到任何服务器。结论只依据可核对的条件；由评审判断的条件列为待准备事项。`;
/** A regulation's standing where it qualifies the verdict: 注意：讨论稿…. */
export const caveatText = (caveat: string): string => `注意：${caveat}`;

/** The notice every report carries: what a verdict is not. */
export const reportNotice = (dataAsOf: string): string =>
  `请注意：质量奖择优评审、名额有限，是否获奖由评审决定；本结论只核对申报资格中能由回答核对的硬性条件。申报条件和时间以当年的申报通知和主管部门的解释为准。本结果不构成法律意见。所用办法的数据截至 ${dataAsOf}（本站数据更新之日）。`;

/** An answer as the report's table of answers shows it. */
/** The site's regulations by id, with their tiers, for answers that name them (earlier awards, sanctions). */
export type NamedRegulations = readonly {
  id: string;
  shortName: string;
  tiers: readonly { id: string; name: string }[];
}[];

export function answerText(field: Asked, value: unknown, regulations: NamedRegulations = []): string {
  if (value === undefined) return '（未回答）';
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) {
    if (!value.length) return '没有';
    return value.map((x) => (typeof x === 'object' && x ? itemText(field, x, regulations) : String(x))).join('；');
  }
  if (field === 'applicantType' && (value === 'organization' || value === 'individual')) return recipientLabel(value);
  if (field === 'jurisdiction') return placeAnswerText(String(value));
  return String(value);
}

/** One item of a list answer: its parts labelled, enum values in words, unanswered parts left out. */
function itemText(field: Asked, item: object, regulations: NamedRegulations): string {
  const parts = Object.entries(item).filter(([, v]) => v !== undefined && v !== '');
  if (!parts.length) return '（未填写）';
  const named = regulations.find((r) => r.id === (item as { regulation?: unknown }).regulation);
  return parts
    .map(([k, v]) => {
      const words =
        k === 'regulation' && named
          ? named.shortName
          : k === 'tier' && named
            ? (named.tiers.find((t) => t.id === v)?.name ?? String(v))
            : typeof v === 'string' || typeof v === 'boolean'
              ? k === 'place'
                ? placeAnswerText(String(v))
                : matchValueText(field, k, v)
              : String(v);
      return `${partLabel(field as FactId, k)} ${words}`;
    })
    .join('，');
}

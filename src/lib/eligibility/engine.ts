// The eligibility engine: interprets the coded conditions, exclusion clauses,
// bans and re-application rules of each regulation against an applicant's
// answers, as of a check date. No branch per regulation: everything it knows
// of a regulation comes from the regulation's data.
import { BAN_CAUSES, RECIPIENT_TYPES, type Recipient } from '../codebook.ts';
import { addYears } from '../dates.ts';
import type { Citation, Condition, Regulation } from '../schema.ts';
import { regulationStatus, type StatusVerdict } from '../status.ts';
import { OTHER_JURISDICTION, jurisdictionPath, placeIsWithin } from '../jurisdiction.ts';
import type { AnswerContext, Answers } from './answers.ts';
import { FACTS, type FactId } from './facts.ts';

export type Outcome = 'eligible' | 'ruled-out' | 'cannot-tell' | 'not-admitted';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: '没有硬性条件排除您',
  'ruled-out': '不符合条件',
  'cannot-tell': '尚无法判断',
  'not-admitted': '不接受此类主体申报',
};

export interface Finding {
  /** The condition or clause id, or ban-<cause> / reapplication-<n>. */
  id: string;
  kind: 'condition' | 'exclusion' | 'ban' | 'reapplication';
  summary: string;
  cite: Citation;
  /** Why it passed or failed, quoting the answer that decided it. */
  reason: string;
  /** The first day this no longer stands in the way, where only time does. */
  eligibleFrom?: string;
  /** The facts still unanswered (for cannot-tell findings). */
  missing?: (FactId | 'earlierAwards' | 'sanctions' | 'applicantType')[];
  assessment?: Condition['assessment'];
  note?: string;
}

export interface RegulationVerdict {
  id: string;
  shortName: string;
  title: string;
  status: StatusVerdict;
  outcome: Outcome;
  /** Hard conditions the answers fail. */
  failures: Finding[];
  /** Hard conditions a missing answer leaves open. */
  unknowns: Finding[];
  /** Conditions that passed on the answers. */
  passed: Finding[];
  /** What is left to prepare: judgment conditions, and self-checks no answer covers. */
  checklist: Finding[];
  /** Limits that do not rule the regulation out (a tier the applicant may not re-apply for yet). */
  limits: Finding[];
  /** Where only time stands in the way: the first day nothing does. */
  eligibleFrom?: string;
}

/** What the engine reads of a regulation: the payload the checker page downloads is cut to this. */
export type RulesOf = Pick<
  Regulation,
  | 'title'
  | 'shortName'
  | 'jurisdiction'
  | 'stage'
  | 'dates'
  | 'validityYears'
  | 'tiers'
  | 'applicants'
  | 'exclusionClauses'
  | 'sanctions'
>;

export interface CheckInput {
  id: string;
  regulation: RulesOf;
}

/** Cuts a regulation down to what the engine reads. */
export function rulesOf(reg: Regulation): RulesOf {
  const {
    title,
    shortName,
    jurisdiction,
    stage,
    dates,
    validityYears,
    tiers,
    applicants,
    exclusionClauses,
    sanctions,
  } = reg;
  return {
    title,
    shortName,
    jurisdiction,
    stage,
    dates,
    validityYears,
    tiers,
    applicants,
    exclusionClauses,
    sanctions,
  };
}

/** What answers are checked against: the places and regulations this site knows, and today. */
export function answerContext(entries: CheckInput[], today: string): AnswerContext {
  return {
    jurisdictions: [...new Set(entries.map((e) => jurisdictionPath(e.regulation)))],
    regulations: entries.map((e) => ({ id: e.id, tiers: e.regulation.tiers.map((t) => t.id) })),
    today,
  };
}

// biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings, not numbers
const latest = (days: string[]) => days.reduce((a, b) => (b > a ? b : a));

type Decided = { result: 'pass' | 'fail'; reason: string; eligibleFrom?: string };
type TestResult = Decided | { result: 'unknown'; fact: FactId };

function runTest(reg: RulesOf, c: Condition, fact: FactId, op: string, a: Answers, checkDate: string): TestResult {
  const v = (a as Record<string, unknown>)[fact];
  if (v === undefined) return { result: 'unknown', fact };
  switch (op) {
    case 'in-jurisdiction': {
      const at = v as string;
      const inside = placeIsWithin(at, reg);
      return {
        result: inside ? 'pass' : 'fail',
        reason: `您填写的地区：${at === OTHER_JURISDICTION ? '其他地区' : at}；本办法辖区：${jurisdictionPath(reg)}`,
      };
    }
    case 'is-true':
    case 'is-false': {
      const ok = v === (op === 'is-true');
      return { result: ok ? 'pass' : 'fail', reason: `${FACTS[fact].question}：您回答“${v ? '是' : '否'}”` };
    }
    case 'years-since-at-least': {
      const since = v as string;
      const reached = addYears(since, c.minYears!);
      return reached <= checkDate
        ? { result: 'pass', reason: `自 ${since} 起，${checkDate} 已满 ${c.minYears} 年` }
        : {
            result: 'fail',
            reason: `自 ${since} 起，到 ${checkDate} 未满 ${c.minYears} 年（${reached} 满）`,
            eligibleFrom: reached,
          };
    }
    case 'none-within':
      return FACTS[fact].type === 'years'
        ? yearsWithin(c, fact, v as number[], checkDate)
        : datesWithin(c, fact, v as string[], checkDate);
    case 'rank-at-most': {
      const rank = v as number;
      return {
        result: rank <= c.rankMax! ? 'pass' : 'fail',
        reason: `您填写的名次：第 ${rank} 位；要求前 ${c.rankMax} 位`,
      };
    }
  }
  throw new Error(`unknown test op ${op}`); // the schema admits none other
}

/** Events on days: inside the window when fewer than N years have passed since (the day N years on is clear). */
function datesWithin(c: Condition, fact: FactId, days: string[], checkDate: string): TestResult {
  const label = FACTS[fact].question;
  if (c.lookbackYears === undefined) {
    return days.length
      ? { result: 'fail', reason: `${label}：${days.join('、')}（原文未限年限）` }
      : { result: 'pass', reason: `${label}：您回答没有` };
  }
  const inside = days.filter((d) => addYears(d, c.lookbackYears!) > checkDate);
  const from = addYears(checkDate, -c.lookbackYears);
  if (!inside.length)
    return {
      result: 'pass',
      reason: `${label}：近${c.lookbackYears}年（${from} 之后）没有${days.length ? `；${days.join('、')} 已在窗口之外` : ''}`,
    };
  return {
    result: 'fail',
    reason: `${label}：${inside.join('、')} 在近${c.lookbackYears}年内（${from} 之后）`,
    eligibleFrom: addYears(latest(inside), c.lookbackYears),
  };
}

/** Events by year (a loss year): the window is the last N calendar years and the current one. */
function yearsWithin(c: Condition, fact: FactId, years: number[], checkDate: string): TestResult {
  const label = FACTS[fact].question;
  if (c.lookbackYears === undefined) {
    return years.length
      ? { result: 'fail', reason: `${label}：${years.join('、')}（原文未限年限）` }
      : { result: 'pass', reason: `${label}：您回答没有` };
  }
  const first = Number(checkDate.slice(0, 4)) - c.lookbackYears;
  const inside = years.filter((y) => y >= first);
  if (!inside.length) return { result: 'pass', reason: `${label}：${first} 年以来没有` };
  return {
    result: 'fail',
    reason: `${label}：${inside.join('、')} 年在近${c.lookbackYears}年内（${first} 年起）`,
    eligibleFrom: `${Math.max(...inside) + c.lookbackYears + 1}-01-01`,
  };
}

function conditionsFor(reg: RulesOf, type: Recipient): { c: Condition; kind: 'condition' | 'exclusion' }[] {
  return [
    ...reg.applicants
      .filter((a) => a.type === type)
      .flatMap((a) => a.conditions.map((c) => ({ c, kind: 'condition' as const }))),
    ...reg.exclusionClauses.filter((c) => c.appliesTo.includes(type)).map((c) => ({ c, kind: 'exclusion' as const })),
  ];
}

export function checkRegulation(entry: CheckInput, a: Answers, checkDate: string): RegulationVerdict {
  const reg = entry.regulation;
  const verdict: RegulationVerdict = {
    id: entry.id,
    shortName: reg.shortName,
    title: reg.title,
    status: regulationStatus(reg, checkDate),
    outcome: 'eligible',
    failures: [],
    unknowns: [],
    passed: [],
    checklist: [],
    limits: [],
  };
  const type = a.applicantType;
  if (!type) {
    verdict.outcome = 'cannot-tell';
    verdict.unknowns.push({
      id: 'applicant-type',
      kind: 'condition',
      summary: '申报主体（组织或个人）',
      cite: reg.applicants[0].cite,
      reason: '尚未选择申报主体',
      missing: ['applicantType'],
    });
    return verdict;
  }
  if (!reg.applicants.some((x) => x.type === type)) {
    const admitted = [...new Set(reg.applicants.map((x) => RECIPIENT_TYPES[x.type].label))].join('、');
    verdict.outcome = 'not-admitted';
    verdict.failures.push({
      id: 'applicant-type',
      kind: 'condition',
      summary: `本办法只接受${admitted}申报`,
      cite: reg.applicants[0].cite,
      reason: `您以${RECIPIENT_TYPES[type].label}身份核对`,
    });
    return verdict;
  }

  for (const { c, kind } of conditionsFor(reg, type)) {
    const base = { id: c.id, kind, summary: c.summary, cite: c.cite, assessment: c.assessment, note: c.note };
    if (!c.tests) {
      verdict.checklist.push({
        ...base,
        reason: c.assessment === 'judgment' ? '由评审判断：请准备材料' : '请自行确认（本站没有据以判断的问题）',
      });
      continue;
    }
    const results = c.tests.map((t) => runTest(reg, c, t.fact, t.op, a, checkDate));
    const failed = results.filter((r): r is Decided => r.result === 'fail');
    const unknown = results.filter((r) => r.result === 'unknown');
    if (failed.length) {
      const froms = failed.map((r) => r.eligibleFrom);
      verdict.failures.push({
        ...base,
        reason: failed.map((r) => r.reason).join('；'),
        eligibleFrom: froms.every(Boolean) ? latest(froms as string[]) : undefined,
      });
    } else if (unknown.length && c.assessment === 'judgment') {
      // Reviewers decide this one anyway: an unanswered fact leaves it on the checklist, not the verdict open.
      verdict.checklist.push({
        ...base,
        reason: '由评审判断：请准备材料',
        missing: unknown.map((r) => (r as { fact: FactId }).fact),
      });
    } else if (unknown.length) {
      verdict.unknowns.push({ ...base, reason: '缺少回答', missing: unknown.map((r) => (r as { fact: FactId }).fact) });
    } else {
      verdict.passed.push({ ...base, reason: (results as Decided[]).map((r) => r.reason).join('；') });
      if (c.assessment === 'judgment')
        verdict.checklist.push({ ...base, reason: '可核对的部分已满足；是否达到原文要求由评审判断' });
    }
  }

  checkBans(entry, a, type, checkDate, verdict);
  checkReapplication(entry, a, checkDate, verdict);

  verdict.outcome = verdict.failures.length ? 'ruled-out' : verdict.unknowns.length ? 'cannot-tell' : 'eligible';
  if (verdict.failures.length && verdict.failures.every((f) => f.eligibleFrom))
    verdict.eligibleFrom = latest(verdict.failures.map((f) => f.eligibleFrom!));
  return verdict;
}

function checkBans(entry: CheckInput, a: Answers, type: Recipient, checkDate: string, verdict: RegulationVerdict) {
  for (const ban of entry.regulation.sanctions.bans.filter((b) => b.appliesTo.includes(type))) {
    const base = {
      id: `ban-${ban.cause}`,
      kind: 'ban' as const,
      summary: `${BAN_CAUSES[ban.cause].label}：${ban.years}年内不得申报`,
      cite: ban.cite,
      note: ban.note,
    };
    if (!a.sanctions) {
      verdict.unknowns.push({ ...base, reason: '缺少回答：是否曾在本奖评审中受到处理', missing: ['sanctions'] });
      continue;
    }
    const records = a.sanctions.filter(
      (s) => s.regulation === entry.id && s.cause === ban.cause && addYears(s.date, ban.years) > checkDate,
    );
    if (!records.length) continue;
    const last = latest(records.map((r) => r.date));
    verdict.failures.push({
      ...base,
      reason: `您于 ${last} 因“${BAN_CAUSES[ban.cause].label}”受到处理，${ban.years}年内不得申报`,
      eligibleFrom: addYears(last, ban.years),
    });
  }
}

function checkReapplication(entry: CheckInput, a: Answers, checkDate: string, verdict: RegulationVerdict) {
  const reg = entry.regulation;
  if (!reg.sanctions.reapplication.length) return;
  if (!a.earlierAwards) {
    const r = reg.sanctions.reapplication[0];
    verdict.unknowns.push({
      id: 'reapplication-0',
      kind: 'reapplication',
      summary: '获奖后再次申报的限制',
      cite: r.cite,
      reason: '缺少回答：以往是否获得过本奖',
      missing: ['earlierAwards'],
    });
    return;
  }
  const type = a.applicantType!;
  const tiers = reg.tiers.filter((t) => t.recipients.includes(type));
  const blockedUntil = new Map<string, { until: string; finding: Finding }>();
  reg.sanctions.reapplication.forEach((rule, n) => {
    const starts = (tier: string) => !rule.afterTiers || rule.afterTiers.includes(tier);
    for (const award of a.earlierAwards!.filter((x) => x.regulation === entry.id && starts(x.tier))) {
      const start =
        rule.after === 'award-expiry' ? addYears(award.date, reg.sanctions.awardValidityYears?.value ?? 0) : award.date;
      const until = addYears(start, rule.waitYears);
      if (until <= checkDate) continue;
      const wonTier = reg.tiers.find((t) => t.id === award.tier);
      const blocked = rule.scope === 'any-tier' ? tiers : tiers.filter((t) => t.id === award.tier);
      for (const t of blocked) {
        const finding: Finding = {
          id: `reapplication-${n}`,
          kind: 'reapplication',
          summary: `获奖后${rule.waitYears}年内不得再申报${rule.scope === 'any-tier' ? '本办法的奖项' : '同一奖项'}`,
          cite: rule.cite,
          reason: `您于 ${award.date} 获得${wonTier?.name ?? award.tier}，${until} 起可再申报${t.name}`,
          eligibleFrom: until,
          note: rule.note,
        };
        const prev = blockedUntil.get(t.id);
        if (!prev || until > prev.until) blockedUntil.set(t.id, { until, finding });
      }
    }
  });
  if (!blockedUntil.size) return;
  const findings = [...new Map([...blockedUntil.values()].map((b) => [b.finding.reason, b.finding])).values()];
  if (tiers.every((t) => blockedUntil.has(t.id))) {
    // Every tier open to this applicant is closed for now: ruled out until the first one reopens.
    const first = [...blockedUntil.values()].reduce((x, y) => (y.until < x.until ? y : x));
    verdict.failures.push({
      ...first.finding,
      reason: findings.map((f) => f.reason).join('；'),
      eligibleFrom: first.until,
    });
  } else {
    verdict.limits.push(...findings);
  }
}

const ORDER: Outcome[] = ['eligible', 'cannot-tell', 'ruled-out', 'not-admitted'];

/** Checks every regulation; the matches come first, then the open ones, then those ruled out. */
export function checkAll(entries: CheckInput[], a: Answers, checkDate: string): RegulationVerdict[] {
  return entries
    .map((e) => checkRegulation(e, a, checkDate))
    .map((v, i) => ({ v, i }))
    .sort((x, y) => ORDER.indexOf(x.v.outcome) - ORDER.indexOf(y.v.outcome) || x.i - y.i)
    .map(({ v }) => v);
}

/** The facts worth asking an applicant of this type, for these regulations: every fact a test reads, and the records bans and re-application rules read. */
export function neededFacts(entries: CheckInput[], type: Recipient): (FactId | 'earlierAwards' | 'sanctions')[] {
  const facts = new Set<FactId | 'earlierAwards' | 'sanctions'>();
  for (const { regulation: reg } of entries) {
    if (!reg.applicants.some((x) => x.type === type)) continue;
    for (const { c } of conditionsFor(reg, type)) for (const t of c.tests ?? []) facts.add(t.fact);
    if (reg.sanctions.bans.some((b) => b.appliesTo.includes(type))) facts.add('sanctions');
    if (reg.sanctions.reapplication.length) facts.add('earlierAwards');
  }
  const order = [...(Object.keys(FACTS) as FactId[]), 'earlierAwards', 'sanctions'] as const;
  return order.filter((f) => facts.has(f));
}

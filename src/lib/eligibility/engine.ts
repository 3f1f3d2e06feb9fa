// The eligibility engine: interprets the coded conditions, exclusion clauses,
// bans and re-application rules of each regulation against an applicant's
// answers, as of a check date. No branch per regulation: everything it knows
// of a regulation comes from the regulation's data. It returns values and
// reason codes; src/lib/wording/findings.ts puts them into words.
import type { Recipient } from '../codebook.ts';
import { addYears } from '../dates.ts';
import { FACT_IDS, FACTS, type FactId, type TestOp } from '../facts.ts';
import { jurisdictionPath, placeIsWithin } from '../jurisdiction.ts';
import type { Citation, Condition, Regulation, Tier } from '../schema.ts';
import { regulationStatus, type StatusFields, type StatusVerdict } from '../status.ts';
import type { AnswerContext, Answers } from './answers.ts';
import { pick } from '../without.ts';
import { bansWithIds, reapplicationsWithIds, type WithId } from './rule-ids.ts';

type Sanctions = Regulation['sanctions'];

export type Outcome = 'eligible' | 'ruled-out' | 'cannot-tell' | 'not-admitted';

/** What a finding may ask to be answered: a fact, or a record a ban or re-application rule reads. */
export type Unanswered = FactId | 'earlierAwards' | 'sanctions' | 'applicantType';

/** Why one test of a condition came out as it did: what it read, and the figure it compared that with. */
export type TestReason =
  | { code: 'in-jurisdiction'; answer: string; jurisdiction: string }
  | { code: 'boolean-answer'; answer: boolean }
  | { code: 'years-reached'; answer: string; minYears: number; checkDate: string }
  /** eligibleFrom: the day the years are reached. */
  | { code: 'years-not-reached'; answer: string; minYears: number; checkDate: string; eligibleFrom: string }
  /** No events, and the text sets no window. */
  | { code: 'no-events' }
  /** Events, and the text sets no window: any event counts. */
  | { code: 'events-no-limit'; answer: string[] | number[] }
  /** Events on days, none inside the window that starts after windowFrom (answer: those outside it). */
  | { code: 'events-outside'; answer: string[]; lookbackYears: number; windowFrom: string }
  | { code: 'events-within'; within: string[]; lookbackYears: number; windowFrom: string; eligibleFrom: string }
  /** Events by year: none since firstYear. */
  | { code: 'years-clear'; lookbackYears: number; firstYear: number }
  | { code: 'years-within'; within: number[]; lookbackYears: number; firstYear: number; eligibleFrom: string }
  | { code: 'rank'; answer: number; rankMax: number };

export type TestResult = TestReason & { fact: FactId; op: TestOp; result: 'pass' | 'fail' };

/** What a ban says, as a finding carries it. */
export type BanTerms = Pick<Sanctions['bans'][number], 'cause' | 'years'>;
/** What a re-application rule says, as a finding carries it. */
export type ReapplicationTerms = Pick<Sanctions['reapplication'][number], 'waitYears' | 'after' | 'scope'>;

/** A wait a re-application rule imposes: the award that started it, and a tier it keeps closed until a day. */
export interface ReapplicationWait {
  awardedOn: string;
  /** The tier won, by name (its id where the regulation has no such tier). */
  wonTier: string;
  reopensOn: string;
  /** The tier closed, by name. */
  closedTier: string;
}

/** Why a finding stands where it does, with the values that decided it. */
export type FindingReason =
  /** A condition decided by its tests: every decided result (a failure shows the failed ones). */
  | { code: 'tested'; summary: string; tests: TestResult[] }
  /** A condition some of whose facts are unanswered (`missing`). */
  | { code: 'missing-answer'; summary: string }
  /** Reviewers judge it (an unanswered fact, if any, in `missing`). */
  | { code: 'judgment'; summary: string }
  /** What the answers can check is met; reviewers judge the rest. */
  | { code: 'judgment-beyond-tests'; summary: string }
  /** No question of this site covers it: the applicant checks it. */
  | { code: 'self-check'; summary: string }
  | { code: 'applicant-type-missing' }
  | { code: 'not-admitted'; applicantType: Recipient; admitted: Recipient[] }
  | { code: 'sanctions-missing'; ban: BanTerms }
  /** sanctionedOn: the latest sanction the ban still covers. */
  | { code: 'ban-in-force'; ban: BanTerms; sanctionedOn: string }
  | { code: 'awards-missing' }
  | { code: 'reapplication-wait'; rule: ReapplicationTerms; awardValidityYears?: number; waits: ReapplicationWait[] };

export type Finding = FindingReason & {
  /** The condition's or clause's id, or the ban's or re-application rule's (rule-ids.ts); applicant-type. */
  id: string;
  kind: 'condition' | 'exclusion' | 'ban' | 'reapplication';
  cite: Citation;
  /** The first day this no longer stands in the way, where only time does. */
  eligibleFrom?: string;
  /** The facts still unanswered (for cannot-tell findings). */
  missing?: Unanswered[];
  assessment?: Condition['assessment'];
  note?: string;
};

/** Every reason the engine gives, for a finding or for one of its tests. */
export type ReasonCode = FindingReason['code'] | TestReason['code'];

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

/** The fields of a regulation the engine reads: the full rules the checker page downloads are cut to these. */
const RULE_FIELDS = [
  'title',
  'shortName',
  'jurisdiction',
  'stage',
  'dates',
  'validityYears',
  'tiers',
  'applicants',
  'exclusionClauses',
  'sanctions',
] as const satisfies readonly (keyof Regulation)[];

export type RulesOf = Pick<Regulation, (typeof RULE_FIELDS)[number]>;

/**
 * What the engine reads of a regulation: met by the full rules (RulesOf) and by a regulation's place rules
 * alone (PlaceRules, split.ts), whose lists of clauses and sanctions are empty.
 */
export interface EngineRules extends StatusFields {
  title: string;
  shortName: string;
  jurisdiction: Regulation['jurisdiction'];
  tiers: Pick<Tier, 'id' | 'name' | 'recipients'>[];
  applicants: Regulation['applicants'];
  exclusionClauses: Regulation['exclusionClauses'];
  sanctions: Pick<Sanctions, 'bans' | 'reapplication' | 'awardValidityYears'>;
}

export interface CheckInput {
  id: string;
  regulation: EngineRules;
}

/** Cuts a regulation down to what the engine reads. */
export function rulesOf(reg: Regulation): RulesOf {
  return pick(reg, RULE_FIELDS);
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

type Unknown = { result: 'unknown'; fact: FactId };

function runTest(reg: EngineRules, c: Condition, fact: FactId, op: TestOp, a: Answers, checkDate: string) {
  const v = (a as Record<string, unknown>)[fact];
  if (v === undefined) return { result: 'unknown', fact } satisfies Unknown;
  const result = (r: TestReason, passes: boolean): TestResult => ({ ...r, fact, op, result: passes ? 'pass' : 'fail' });
  switch (op) {
    case 'in-jurisdiction': {
      const answer = v as string;
      return result({ code: op, answer, jurisdiction: jurisdictionPath(reg) }, placeIsWithin(answer, reg));
    }
    case 'is-true':
    case 'is-false':
      return result({ code: 'boolean-answer', answer: v as boolean }, v === (op === 'is-true'));
    case 'years-since-at-least': {
      const answer = v as string;
      const minYears = c.minYears!;
      const reached = addYears(answer, minYears);
      return reached <= checkDate
        ? result({ code: 'years-reached', answer, minYears, checkDate }, true)
        : result({ code: 'years-not-reached', answer, minYears, checkDate, eligibleFrom: reached }, false);
    }
    case 'none-within': {
      const events = v as string[] | number[];
      if (c.lookbackYears === undefined)
        return events.length
          ? result({ code: 'events-no-limit', answer: events }, false)
          : result({ code: 'no-events' }, true);
      return result(
        ...(FACTS[fact].type === 'years'
          ? yearsWithin(c.lookbackYears, events as number[], checkDate)
          : datesWithin(c.lookbackYears, events as string[], checkDate)),
      );
    }
    case 'rank-at-most': {
      const answer = v as number;
      return result({ code: 'rank', answer, rankMax: c.rankMax! }, answer <= c.rankMax!);
    }
  }
}

/** Events on days: inside the window when fewer than N years have passed since (the day N years on is clear). */
function datesWithin(lookbackYears: number, days: string[], checkDate: string): [TestReason, boolean] {
  const within = days.filter((d) => addYears(d, lookbackYears) > checkDate);
  const windowFrom = addYears(checkDate, -lookbackYears);
  if (!within.length) return [{ code: 'events-outside', answer: days, lookbackYears, windowFrom }, true];
  const eligibleFrom = addYears(latest(within), lookbackYears);
  return [{ code: 'events-within', within, lookbackYears, windowFrom, eligibleFrom }, false];
}

/** Events by year (a loss year): the window is the last N calendar years and the current one. */
function yearsWithin(lookbackYears: number, years: number[], checkDate: string): [TestReason, boolean] {
  const firstYear = Number(checkDate.slice(0, 4)) - lookbackYears;
  const within = years.filter((y) => y >= firstYear);
  if (!within.length) return [{ code: 'years-clear', lookbackYears, firstYear }, true];
  const eligibleFrom = `${Math.max(...within) + lookbackYears + 1}-01-01`;
  return [{ code: 'years-within', within, lookbackYears, firstYear, eligibleFrom }, false];
}

function conditionsFor(reg: EngineRules, type: Recipient): { c: Condition; kind: 'condition' | 'exclusion' }[] {
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
  const [firstApplicant] = reg.applicants;
  if (!firstApplicant) throw new Error(`${entry.id}: no applicants (the schema asks for at least one)`);
  const who = { id: 'applicant-type', kind: 'condition', cite: firstApplicant.cite } as const;
  if (!type) {
    verdict.outcome = 'cannot-tell';
    verdict.unknowns.push({ ...who, code: 'applicant-type-missing', missing: ['applicantType'] });
    return verdict;
  }
  if (!reg.applicants.some((x) => x.type === type)) {
    verdict.outcome = 'not-admitted';
    const admitted = [...new Set(reg.applicants.map((x) => x.type))];
    verdict.failures.push({ ...who, code: 'not-admitted', applicantType: type, admitted });
    return verdict;
  }

  for (const { c, kind } of conditionsFor(reg, type)) {
    const base = { id: c.id, kind, summary: c.summary, cite: c.cite, assessment: c.assessment, note: c.note };
    if (!c.tests) {
      verdict.checklist.push({ ...base, code: c.assessment === 'judgment' ? 'judgment' : 'self-check' });
      continue;
    }
    const results = c.tests.map((t) => runTest(reg, c, t.fact, t.op, a, checkDate));
    const tests = results.filter((r): r is TestResult => r.result !== 'unknown');
    const failed = tests.filter((r) => r.result === 'fail');
    const missing = results.filter((r): r is Unknown => r.result === 'unknown').map((r) => r.fact);
    if (failed.length) {
      const froms = failed.map((r) => ('eligibleFrom' in r ? r.eligibleFrom : undefined));
      verdict.failures.push({
        ...base,
        code: 'tested',
        tests,
        eligibleFrom: froms.every(Boolean) ? latest(froms as string[]) : undefined,
      });
    } else if (missing.length && c.assessment === 'judgment') {
      // Reviewers decide this one anyway: an unanswered fact leaves it on the checklist, not the verdict open.
      verdict.checklist.push({ ...base, code: 'judgment', missing });
    } else if (missing.length) {
      verdict.unknowns.push({ ...base, code: 'missing-answer', missing });
    } else {
      verdict.passed.push({ ...base, code: 'tested', tests });
      if (c.assessment === 'judgment') verdict.checklist.push({ ...base, code: 'judgment-beyond-tests' });
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
  const { bans } = entry.regulation.sanctions;
  for (const { item: rule, id } of bansWithIds(bans)) {
    if (!rule.appliesTo.includes(type)) continue;
    const ban = { cause: rule.cause, years: rule.years };
    const base = { id, kind: 'ban', ban, cite: rule.cite, note: rule.note } as const;
    if (!a.sanctions) {
      verdict.unknowns.push({ ...base, code: 'sanctions-missing', missing: ['sanctions'] });
      continue;
    }
    const records = a.sanctions.filter(
      (s) => s.regulation === entry.id && s.cause === rule.cause && addYears(s.date, rule.years) > checkDate,
    );
    if (!records.length) continue;
    const sanctionedOn = latest(records.map((r) => r.date));
    verdict.failures.push({
      ...base,
      code: 'ban-in-force',
      sanctionedOn,
      eligibleFrom: addYears(sanctionedOn, rule.years),
    });
  }
}

type WaitFinding = Finding & { code: 'reapplication-wait' };

/**
 * The tiers open to the applicant that earlier awards keep closed on the check day, each with the finding of the
 * longest wait; in the order of the awards that first closed them, then of the tiers.
 */
function closedTiers(
  entry: CheckInput,
  a: Answers,
  type: Recipient,
  checkDate: string,
  rules: WithId<Sanctions['reapplication'][number]>[],
) {
  const reg = entry.regulation;
  const tiers = reg.tiers.filter((t) => t.recipients.includes(type));
  const awardValidityYears = reg.sanctions.awardValidityYears?.value;
  const closing = new Map<string, { until: string; finding: WaitFinding; firstAward: number }>();
  for (const { item: rule, id } of rules) {
    const starts = (tier: string) => !rule.afterTiers || rule.afterTiers.includes(tier);
    for (const [i, award] of (a.earlierAwards ?? []).entries()) {
      if (award.regulation !== entry.id || !starts(award.tier)) continue;
      const start = rule.after === 'award-expiry' ? addYears(award.date, awardValidityYears ?? 0) : award.date;
      const until = addYears(start, rule.waitYears);
      if (until <= checkDate) continue;
      const wonTier = reg.tiers.find((t) => t.id === award.tier)?.name ?? award.tier;
      for (const t of rule.scope === 'any-tier' ? tiers : tiers.filter((t) => t.id === award.tier)) {
        const finding: WaitFinding = {
          id,
          kind: 'reapplication',
          code: 'reapplication-wait',
          rule: { waitYears: rule.waitYears, after: rule.after, scope: rule.scope },
          ...(rule.after === 'award-expiry' && { awardValidityYears }),
          waits: [{ awardedOn: award.date, wonTier, reopensOn: until, closedTier: t.name }],
          cite: rule.cite,
          eligibleFrom: until,
          note: rule.note,
        };
        // The longest wait closes the tier; of equal waits, the rule with the lower id, whatever the list order.
        const prev = closing.get(t.id);
        const firstAward = Math.min(prev?.firstAward ?? i, i);
        if (!prev || until > prev.until || (until === prev.until && finding.id < prev.finding.id))
          closing.set(t.id, { until, finding, firstAward });
        else prev.firstAward = firstAward;
      }
    }
  }
  const closed = tiers.flatMap((t, order) => {
    const c = closing.get(t.id);
    return c ? [{ ...c, order }] : [];
  });
  return { open: tiers.length, closed: closed.sort((x, y) => x.firstAward - y.firstAward || x.order - y.order) };
}

function checkReapplication(entry: CheckInput, a: Answers, checkDate: string, verdict: RegulationVerdict) {
  const rules = reapplicationsWithIds(entry.regulation.sanctions.reapplication);
  if (!rules.length) return;
  if (!a.earlierAwards) {
    // One question stands for every rule: it cites the rule of the lowest id, whatever the list order.
    const lowest = rules.reduce((x, y) => (y.id < x.id ? y : x));
    verdict.unknowns.push({
      id: lowest.id,
      kind: 'reapplication',
      code: 'awards-missing',
      cite: lowest.item.cite,
      missing: ['earlierAwards'],
    });
    return;
  }
  const { open, closed } = closedTiers(entry, a, a.applicantType!, checkDate, rules);
  if (!closed.length) return;
  // One finding for waits alike (two rules closing a tier until the same day for the same award).
  const findings = [...new Map(closed.map((c) => [JSON.stringify(c.finding.waits), c.finding])).values()];
  if (closed.length === open) {
    // Every tier open to this applicant is closed for now: ruled out until the first one reopens.
    const first = closed.reduce((x, y) => (y.until < x.until ? y : x));
    verdict.failures.push({ ...first.finding, waits: findings.flatMap((f) => f.waits), eligibleFrom: first.until });
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
  const order = [...FACT_IDS, 'earlierAwards', 'sanctions'] as const;
  return order.filter((f) => facts.has(f));
}

// The eligibility engine: interprets the coded conditions, exclusion clauses,
// bans and re-application rules of each regulation against an applicant's
// answers, as of a check date. No branch per regulation: everything it knows
// of a regulation comes from the regulation's data. It returns values and
// reason codes; src/lib/wording/findings.ts puts them into words.
import { cycleYears } from '../cycle.ts';
import { BAN_TRIGGERS, type Recipient } from '../codebook-labels.ts';
import { addYears } from '../dates.ts';
import type { FactId, OnlyIf } from '../facts.ts';
import { placeIsWithin } from '../jurisdiction.ts';
import type { Citation, Condition, Regulation, Tier } from '../schema.ts';
import { regulationStatus, type StatusVerdict } from '../status.ts';
import type { Answers, AwardRecord, RecordItem } from './answers.ts';
import { type IncompleteItem, readEvents } from './records.ts';
import { bansWithIds, reapplicationsWithIds, type WithId } from './rule-ids.ts';
import { admits, type CheckInput, conditionsFor, type EngineRules, type SoughtTier, tiersSought } from './rules.ts';
import { earliest, latest, runTest, type TestReason, type TestResult, type UnknownTest } from './tests.ts';

export type { TestReason, TestResult } from './tests.ts';
// The rules' side (what is asked, of whom) lives in rules.ts; its names stay importable from here.
export {
  admits,
  answerContext,
  type CheckInput,
  type EngineRules,
  neededAttributes,
  neededFacts,
  type RulesOf,
  rulesOf,
  type SoughtTier,
  tiersSought,
} from './rules.ts';

type Sanctions = Regulation['sanctions'];
type TierKind = Tier['kind'];

/**
 * eligible: no hard condition the answers can check stands in the way (never a promise of the award);
 * out-of-area: the applicant's place is outside the regulation's (not applicable); not-offered: the regulation has no tier
 * of the kind sought; superseded: a later version is in force on the check date (that one is judged, not this).
 */
export type Outcome =
  | 'eligible'
  | 'ruled-out'
  | 'cannot-tell'
  | 'not-admitted'
  | 'not-offered'
  | 'out-of-area'
  | 'superseded';

/** What a finding may ask to be answered: a fact, or who applies. */
export type Unanswered = FactId | 'applicantType';

/** What a ban says, as a finding carries it. */
export type BanTerms = Pick<Sanctions['bans'][number], 'cause' | 'years'>;
/** What a re-application rule says, as a finding carries it. */
export type ReapplicationTerms = Pick<
  Sanctions['reapplication'][number],
  'waitYears' | 'after' | 'scope' | 'afterTiers'
>;

/** A wait a re-application rule imposes: the award that started it, and a tier it keeps closed until a day. */
export interface ReapplicationWait {
  awardedOn: string;
  /** The tier won, by name (its id where the regulation has no such tier). */
  wonTier: string;
  reopensOn: string;
  /** The tier closed, by name. */
  closedTier: string;
}

/** Years of an annual record a test needs and the answer lacks. */
export interface MissingYears {
  fact: FactId;
  years: number[];
}

/** Why a finding stands where it does, with the values that decided it. */
export type FindingReason =
  /** A condition decided by its tests: every decided result (a failure shows the failed ones). */
  | { code: 'tested'; summary: string; tests: TestResult[] }
  /** A condition some of whose facts are unanswered (`missing`) or half answered (`incomplete`, `missingYears`). */
  | { code: 'missing-answer'; summary: string; incomplete?: IncompleteItem[]; missingYears?: MissingYears[] }
  /** Reviewers judge it (an unanswered fact, if any, in `missing`). */
  | { code: 'judgment'; summary: string }
  /** What the answers can check is met; reviewers judge the rest. */
  | { code: 'judgment-beyond-tests'; summary: string }
  /** No question of this site covers it: the applicant checks it. */
  | { code: 'self-check'; summary: string }
  /** The condition is for some applicants only (industrial enterprises), and the answer says this one is not of them. */
  | { code: 'not-applicable'; summary: string; onlyIf: OnlyIf }
  | { code: 'applicant-type-missing' }
  | { code: 'not-admitted'; applicantType: Recipient; admitted: Recipient[] }
  /** The sanctions answer is missing or leaves a record half told. */
  | { code: 'sanctions-missing'; ban: BanTerms; incomplete?: IncompleteItem[] }
  /** sanctionedOn: the latest sanction the ban still covers. */
  | { code: 'ban-in-force'; ban: BanTerms; sanctionedOn: string }
  | { code: 'awards-missing'; incomplete?: IncompleteItem[] }
  | { code: 'reapplication-wait'; rule: ReapplicationTerms; awardValidityYears?: number; waits: ReapplicationWait[] }
  | { code: 'not-offered'; sought: Exclude<SoughtTier, 'any'>; offered: TierKind[] };

export type Finding = FindingReason & {
  /** The condition's or clause's id, or the ban's or re-application rule's (rule-ids.ts); applicant-type. */
  id: string;
  kind: 'condition' | 'exclusion' | 'ban' | 'reapplication';
  cite: Citation;
  /** The first day this no longer stands in the way, where only time does. */
  eligibleFrom?: string;
  /** The facts still unanswered or half answered (for cannot-tell findings). */
  missing?: Unanswered[];
  assessment?: Condition['assessment'];
  note?: string;
};

/** Every reason the engine gives, for a finding or for one of its tests. */
export type ReasonCode = FindingReason['code'] | TestReason['code'];

/** The verdict for one tier of a regulation: what the regulation's conditions say, and this tier's own limits. */
export interface TierVerdict {
  id: string;
  name: string;
  kind: TierKind;
  outcome: 'eligible' | 'ruled-out' | 'cannot-tell';
  /** What concerns this tier alone: re-application waits, and open questions about earlier awards. */
  findings: Finding[];
  /** Where only time stands in the way of this tier: the first day nothing does. */
  eligibleFrom?: string;
  quota?: Tier['quota'];
  /** Quotas per recipient, which alone bound a tier whose text sets no shared total. */
  recipientCaps?: Tier['recipientCaps'];
  /** The applicant won this tier before: how the text treats a second win. */
  repeatWinner?: { wonOn: string; terms: NonNullable<Tier['repeatWinners']> };
}

export interface RegulationVerdict {
  id: string;
  shortName: string;
  title: string;
  /** The document number, where the text has one. */
  documentNumber?: string | null;
  status: StatusVerdict;
  /** The best of its tiers' outcomes (the applicant may apply for any one of them). */
  outcome: Outcome;
  /** Hard conditions the answers fail (and, where every tier sought is closed, the waits). */
  failures: Finding[];
  /** Hard conditions a missing or half answer leaves open. */
  unknowns: Finding[];
  /** Conditions that passed on the answers (and those that do not apply to this applicant). */
  passed: Finding[];
  /** What is left to prepare: judgment conditions, and self-checks no answer covers. */
  checklist: Finding[];
  /** Limits that do not rule the regulation out (a tier the applicant may not re-apply for yet). */
  limits: Finding[];
  /** The tiers sought that this applicant may be given, each with its own verdict. */
  tiers: TierVerdict[];
  /** How often the award is given, where the text fixes it. */
  awardCycle?: { everyYears: number };
  /** Where only time stands in the way: the first day nothing does. */
  eligibleFrom?: string;
}

const isUnknown = (r: TestResult | UnknownTest): r is UnknownTest => r.result === 'unknown';

function checkCondition(
  entry: CheckInput,
  c: Condition,
  kind: 'condition' | 'exclusion',
  a: Answers,
  checkDate: string,
  verdict: RegulationVerdict,
) {
  const base = { id: c.id, kind, summary: c.summary, cite: c.cite, assessment: c.assessment, note: c.note };
  const gate = c.onlyIf && (a as Record<string, unknown>)[c.onlyIf.fact];
  if (c.onlyIf && gate !== undefined && gate !== c.onlyIf.is) {
    verdict.passed.push({ ...base, code: 'not-applicable', onlyIf: c.onlyIf });
    return;
  }
  if (!c.tests) {
    verdict.checklist.push({ ...base, code: c.assessment === 'judgment' ? 'judgment' : 'self-check' });
    return;
  }
  const results = c.tests.map((t) => runTest(entry.id, entry.regulation, c, t.fact, t.op, t.match, a, checkDate));
  const tests = results.filter((r): r is TestResult => !isUnknown(r));
  const failed = tests.filter((r) => r.result === 'fail');
  const open = results.filter(isUnknown);
  // Whether the condition applies is itself unanswered: it stands only once its tests all pass.
  const gateOpen = c.onlyIf && gate === undefined && (failed.length || open.length);
  const missing = [...new Set([...(gateOpen ? [c.onlyIf!.fact] : []), ...open.map((r) => r.fact)])];
  if (failed.length && !gateOpen) {
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
    const incomplete = open.flatMap((r) => r.incomplete ?? []);
    const missingYears = open.flatMap((r) => (r.missingYears?.length ? [{ fact: r.fact, years: r.missingYears }] : []));
    verdict.unknowns.push({
      ...base,
      code: 'missing-answer',
      missing,
      ...(incomplete.length && { incomplete }),
      ...(missingYears.length && { missingYears }),
    });
  } else {
    verdict.passed.push({ ...base, code: 'tested', tests });
    if (c.assessment === 'judgment') verdict.checklist.push({ ...base, code: 'judgment-beyond-tests' });
  }
}

export function checkRegulation(entry: CheckInput, a: Answers, checkDate: string): RegulationVerdict {
  const reg = entry.regulation;
  const verdict: RegulationVerdict = {
    id: entry.id,
    shortName: reg.shortName,
    title: reg.title,
    ...(reg.documentNumber && { documentNumber: reg.documentNumber.value }),
    status: regulationStatus(reg, checkDate, entry.succession),
    outcome: 'eligible',
    failures: [],
    unknowns: [],
    passed: [],
    checklist: [],
    limits: [],
    tiers: [],
    ...(reg.awardCycle && cycleYears(reg.awardCycle) && { awardCycle: { everyYears: cycleYears(reg.awardCycle)! } }),
  };
  // A version replaced by the check date is not judged: its successor is, and the verdict names it.
  if (verdict.status.status === 'superseded') {
    verdict.outcome = 'superseded';
    return verdict;
  }
  const type = a.applicantType;
  const [firstApplicant] = reg.applicants;
  if (!firstApplicant) throw new Error(`${entry.id}: no applicants (the schema asks for at least one)`);
  const who = { id: 'applicant-type', kind: 'condition', cite: firstApplicant.cite } as const;
  if (!type) {
    verdict.outcome = 'cannot-tell';
    verdict.unknowns.push({ ...who, code: 'applicant-type-missing', missing: ['applicantType'] });
    return verdict;
  }
  if (!admits(reg, type)) {
    // From another place, the regulation does not apply whoever applies: the place is the first thing said.
    const place = a.jurisdiction;
    verdict.outcome = typeof place === 'string' && !placeIsWithin(place, reg) ? 'out-of-area' : 'not-admitted';
    const admitted = [...new Set(reg.applicants.map((x) => x.type))];
    verdict.failures.push({ ...who, code: 'not-admitted', applicantType: type, admitted });
    return verdict;
  }

  for (const { c, kind } of conditionsFor(reg, type)) checkCondition(entry, c, kind, a, checkDate, verdict);
  // A place outside the area settles it: the regulation does not apply, whatever else the answers say.
  if (
    verdict.failures.some(
      (f) => f.code === 'tested' && f.tests.some((t) => t.op === 'in-jurisdiction' && t.result === 'fail'),
    )
  ) {
    verdict.outcome = 'out-of-area';
    return verdict;
  }
  checkBans(entry, a, type, checkDate, verdict);

  const sought = tiersSought(reg, type, a.soughtTier);
  if (!sought.length && a.soughtTier && a.soughtTier !== 'any') {
    verdict.outcome = 'not-offered';
    const offered = [...new Set(reg.tiers.filter((t) => t.recipients.includes(type)).map((t) => t.kind))];
    verdict.failures.push({ ...who, code: 'not-offered', sought: a.soughtTier, offered });
    return verdict;
  }
  verdict.tiers = checkTiers(entry, a, checkDate, sought);
  settle(verdict);
  return verdict;
}

/** The regulation's outcome from its own findings and its tiers': the best tier wins, since any one may be sought. */
function settle(verdict: RegulationVerdict) {
  const base = verdict.failures.length ? 'ruled-out' : verdict.unknowns.length ? 'cannot-tell' : 'eligible';
  const baseFrom =
    verdict.failures.length && verdict.failures.every((f) => f.eligibleFrom)
      ? latest(verdict.failures.map((f) => f.eligibleFrom!))
      : undefined;
  for (const t of verdict.tiers) {
    const own = t.findings.some((f) => f.code === 'reapplication-wait')
      ? 'ruled-out'
      : t.findings.length
        ? 'cannot-tell'
        : 'eligible';
    t.outcome =
      base === 'ruled-out' || own === 'ruled-out'
        ? 'ruled-out'
        : base === 'cannot-tell' || own === 'cannot-tell'
          ? 'cannot-tell'
          : 'eligible';
    if (t.outcome === 'ruled-out') {
      const froms = [
        ...(base === 'ruled-out' ? [baseFrom] : []),
        ...t.findings.filter((f) => f.code === 'reapplication-wait').map((f) => f.eligibleFrom),
      ];
      t.eligibleFrom = froms.every(Boolean) ? latest(froms as string[]) : undefined;
    }
  }
  const rank = { eligible: 0, 'cannot-tell': 1, 'ruled-out': 2 } as const;
  const best = verdict.tiers.reduce<TierVerdict['outcome']>(
    (b, t) => (rank[t.outcome] < rank[b] ? t.outcome : b),
    'ruled-out',
  );
  verdict.outcome = verdict.tiers.length ? best : base;
  const waits = dedupe(verdict.tiers.flatMap((t) => t.findings.filter((f) => f.code === 'reapplication-wait')));
  const open = dedupe(verdict.tiers.flatMap((t) => t.findings.filter((f) => f.code === 'awards-missing')));
  if (verdict.outcome === 'ruled-out') {
    if (base !== 'ruled-out') verdict.failures.push(...mergeWaits(waits));
    const froms = verdict.tiers.map((t) => t.eligibleFrom);
    // The first day some tier sought is open again, where time alone opens one.
    const timed = froms.filter((f): f is string => !!f);
    verdict.eligibleFrom = timed.length ? earliest(timed) : undefined;
  } else {
    verdict.limits.push(...waits);
    if (verdict.outcome === 'cannot-tell') verdict.unknowns.push(...open);
  }
}

const dedupe = (findings: Finding[]) => [...new Map(findings.map((f) => [JSON.stringify(f), f])).values()];

/** Waits of one rule told as one finding when they close every tier. */
function mergeWaits(waits: Finding[]): Finding[] {
  const byRule = new Map<string, WaitFinding>();
  for (const f of waits as WaitFinding[]) {
    const prev = byRule.get(f.id);
    if (!prev) byRule.set(f.id, { ...f, waits: [...f.waits] });
    else {
      prev.waits.push(...f.waits.filter((w) => !prev.waits.some((p) => JSON.stringify(p) === JSON.stringify(w))));
      prev.eligibleFrom = earliest([prev.eligibleFrom!, f.eligibleFrom!]);
    }
  }
  return [...byRule.values()];
}

const SANCTION_SCHEME = 'this';

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
    const match = { regulation: [SANCTION_SCHEME], event: BAN_TRIGGERS[rule.cause] };
    const r = readEvents('sanctions', a.sanctions, match, rule.years, checkDate, entry.id);
    const dates = r.counted.flatMap((i) => (i.date ? [i.date] : []));
    if (dates.length) {
      const sanctionedOn = latest(dates);
      verdict.failures.push({
        ...base,
        code: 'ban-in-force',
        sanctionedOn,
        eligibleFrom: addYears(sanctionedOn, rule.years),
      });
    } else if (r.incomplete.length) {
      verdict.unknowns.push({ ...base, code: 'sanctions-missing', missing: ['sanctions'], incomplete: r.incomplete });
    }
  }
}

type WaitFinding = Finding & { code: 'reapplication-wait' };

/** Each tier sought, with the re-application waits earlier awards put on it and the awards still half told. */
function checkTiers(entry: CheckInput, a: Answers, checkDate: string, sought: EngineRules['tiers']): TierVerdict[] {
  const reg = entry.regulation;
  const rules = reapplicationsWithIds(reg.sanctions.reapplication);
  const awards = a.earlierAwards as AwardRecord[] | undefined;
  const awardValidityYears = reg.sanctions.awardValidityYears?.value;
  return sought.map((tier) => {
    const verdict: TierVerdict = {
      id: tier.id,
      name: tier.name,
      kind: tier.kind,
      outcome: 'eligible',
      findings: [],
      ...(tier.quota && { quota: tier.quota }),
      ...(tier.recipientCaps?.length && { recipientCaps: tier.recipientCaps }),
    };
    // An award dated after the check day had not been won on that day.
    const own = (awards ?? []).filter(
      (w) => w.regulation === entry.id && w.tier === tier.id && w.date && w.date <= checkDate,
    );
    if (own.length && tier.repeatWinners)
      verdict.repeatWinner = { wonOn: latest(own.map((w) => w.date!)), terms: tier.repeatWinners };
    if (!rules.length) return verdict;
    if (!awards) {
      verdict.findings.push(awardsMissing(rules));
      return verdict;
    }
    const incomplete: IncompleteItem[] = [];
    let longest: WaitFinding | undefined;
    for (const { item: rule, id } of rules) {
      awards.forEach((award, index) => {
        if (award.regulation !== undefined && award.regulation !== entry.id) return;
        if (award.date !== undefined && award.date > checkDate) return;
        const starts = (won: string) => !rule.afterTiers || rule.afterTiers.includes(won);
        const closes = (won: string) => rule.scope === 'any-tier' || won === tier.id;
        if (award.tier !== undefined && !(starts(award.tier) && closes(award.tier))) return;
        const missing = (['regulation', 'tier', 'date'] as const).filter((k) => award[k] === undefined);
        if (missing.length) {
          // One entry per award, however many rules it might bear on.
          if (!incomplete.some((i) => i.index === index))
            incomplete.push({ fact: 'earlierAwards', index, missing: [...missing] });
          return;
        }
        const start = rule.after === 'award-expiry' ? addYears(award.date!, awardValidityYears ?? 0) : award.date!;
        const until = addYears(start, rule.waitYears);
        if (until <= checkDate) return;
        const wonTier = reg.tiers.find((t) => t.id === award.tier)?.name ?? award.tier!;
        const finding: WaitFinding = {
          id,
          kind: 'reapplication',
          code: 'reapplication-wait',
          rule: {
            waitYears: rule.waitYears,
            after: rule.after,
            scope: rule.scope,
            ...(rule.afterTiers && { afterTiers: rule.afterTiers }),
          },
          ...(rule.after === 'award-expiry' && { awardValidityYears }),
          waits: [{ awardedOn: award.date!, wonTier, reopensOn: until, closedTier: tier.name }],
          cite: rule.cite,
          eligibleFrom: until,
          note: rule.note,
        };
        // The longest wait closes the tier; of equal waits, the rule with the lower id, whatever the list order.
        if (!longest || until > longest.eligibleFrom! || (until === longest.eligibleFrom && id < longest.id))
          longest = finding;
      });
    }
    if (longest) verdict.findings.push(longest);
    else if (incomplete.length) verdict.findings.push(awardsMissing(rules, incomplete));
    return verdict;
  });
}

/** One question stands for every rule: it cites the rule of the lowest id, whatever the list order. */
function awardsMissing(rules: WithId<Sanctions['reapplication'][number]>[], incomplete?: IncompleteItem[]): Finding {
  const lowest = rules.reduce((x, y) => (y.id < x.id ? y : x));
  return {
    id: lowest.id,
    kind: 'reapplication',
    code: 'awards-missing',
    cite: lowest.item.cite,
    missing: ['earlierAwards'],
    ...(incomplete && { incomplete }),
  };
}

const ORDER: Outcome[] = [
  'eligible',
  'cannot-tell',
  'ruled-out',
  'not-offered',
  'not-admitted',
  'superseded',
  'out-of-area',
];

/**
 * Checks every regulation. Those covering the applicant's place come first (matches, then open ones, then those
 * ruled out); versions replaced by the check date next; those of other places last, as not applicable.
 */
export function checkAll(entries: CheckInput[], a: Answers, checkDate: string): RegulationVerdict[] {
  return entries
    .map((e) => checkRegulation(e, a, checkDate))
    .map((v, i) => ({ v, i }))
    .sort((x, y) => ORDER.indexOf(x.v.outcome) - ORDER.indexOf(y.v.outcome) || x.i - y.i)
    .map(({ v }) => v);
}

/** An item as the engine reads it, for readers outside the engine. */
export type { RecordItem };

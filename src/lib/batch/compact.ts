// A checked applicant as `npm run check --json` writes it: the engine's verdicts
// without what the regulation's own data holds (/data/<id>.json: titles, names,
// the conditions' summaries, notes and assessments, the citations' quotes,
// quotas), which made up most of each line (about 44 KB an applicant) and is the
// same for every applicant. Kept is what is about this applicant: ids, outcomes,
// reason codes, the values that decided each test, the days, and where the text
// says it (the citation's article and item). A regulation of another place is
// folded, as the text report folds it, to its outcome and the finding that puts
// it out. About 4 KB an applicant.
//
// CompactApplicant: { row, name, problems }, or { row, name, checkDate, verdicts }
// with each verdict { id, status, outcome, eligibleFrom?, awardCycle?, failures,
// unknowns, passed, checklist, limits, tiers } — each tier { id, kind, outcome,
// eligibleFrom?, findings, repeatWinner?: { wonOn } }, each finding the engine's
// without summary, note and assessment, its cite { article, item? } — or, folded,
// { id, status, outcome, outOfPlace: true, failures }.
import type { Finding, RegulationVerdict, TierVerdict } from '../eligibility/engine.ts';
import type { Citation } from '../schema.ts';
import type { StatusVerdict } from '../status.ts';
import { isOutOfArea, whyNotApplicable } from '../wording/findings.ts';
import { type CheckedApplicant, isInvalid, type InvalidApplicant } from './check.ts';

export type CompactCite = Pick<Citation, 'article' | 'item'>;
export type CompactFinding = Omit<Finding, 'cite' | 'note' | 'summary' | 'assessment'> & { cite: CompactCite };
export type CompactStatus = Omit<StatusVerdict, 'supersededBy'> & { supersededBy?: { id: string; from?: string } };

export interface CompactTier extends Pick<TierVerdict, 'id' | 'kind' | 'outcome' | 'eligibleFrom'> {
  findings: CompactFinding[];
  repeatWinner?: { wonOn: string };
}

export interface CompactVerdict extends Pick<RegulationVerdict, 'id' | 'outcome' | 'eligibleFrom' | 'awardCycle'> {
  status: CompactStatus;
  failures: CompactFinding[];
  unknowns: CompactFinding[];
  passed: CompactFinding[];
  checklist: CompactFinding[];
  limits: CompactFinding[];
  tiers: CompactTier[];
}

/** A regulation whose area leaves the applicant's place out. */
export interface FoldedVerdict extends Pick<RegulationVerdict, 'id' | 'outcome'> {
  status: CompactStatus;
  outOfPlace: true;
  failures: CompactFinding[];
}

export type CompactApplicant =
  | InvalidApplicant
  | { row: number; name: string; checkDate: string; verdicts: (CompactVerdict | FoldedVerdict)[] };

const compactCite = ({ article, item }: Citation): CompactCite =>
  item === undefined ? { article } : { article, item };

export function compactFinding(f: Finding): CompactFinding {
  const { cite, note: _note, assessment: _assessment, ...rest } = f;
  const { summary: _summary, ...kept } = rest as typeof rest & { summary?: string };
  return { ...kept, cite: compactCite(cite) } as CompactFinding;
}

const compactFindings = (fs: readonly Finding[]) => fs.map(compactFinding);

function compactStatus({ supersededBy, ...status }: StatusVerdict): CompactStatus {
  return supersededBy ? { ...status, supersededBy: { id: supersededBy.id, from: supersededBy.from } } : status;
}

const compactTier = (t: TierVerdict): CompactTier => ({
  id: t.id,
  kind: t.kind,
  outcome: t.outcome,
  eligibleFrom: t.eligibleFrom,
  findings: compactFindings(t.findings),
  ...(t.repeatWinner && { repeatWinner: { wonOn: t.repeatWinner.wonOn } }),
});

export const compactVerdict = (v: RegulationVerdict): CompactVerdict => ({
  id: v.id,
  status: compactStatus(v.status),
  outcome: v.outcome,
  eligibleFrom: v.eligibleFrom,
  awardCycle: v.awardCycle,
  failures: compactFindings(v.failures),
  unknowns: compactFindings(v.unknowns),
  passed: compactFindings(v.passed),
  checklist: compactFindings(v.checklist),
  limits: compactFindings(v.limits),
  tiers: v.tiers.map(compactTier),
});

/** A regulation of another place, folded as the text report folds it: its outcome, and the finding that puts it out. */
export function foldedVerdict(v: RegulationVerdict): FoldedVerdict {
  const why = whyNotApplicable(v);
  return {
    id: v.id,
    status: compactStatus(v.status),
    outcome: v.outcome,
    outOfPlace: true,
    failures: why ? [compactFinding(why)] : [],
  };
}

/** The applicant as --json writes it. */
export function compactApplicant(r: CheckedApplicant): CompactApplicant {
  if (isInvalid(r)) return r;
  const verdicts = r.verdicts.map((v) => (isOutOfArea(v, r.outOfPlace) ? foldedVerdict(v) : compactVerdict(v)));
  return { row: r.row, name: r.name, checkDate: r.checkDate, verdicts };
}

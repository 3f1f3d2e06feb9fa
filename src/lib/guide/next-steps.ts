// The checker report's next steps for one regulation: what to prepare, who must recommend or sign, the publicity
// inside the applicant, and the first round the verdict's dates allow, each with the article that says it, and the
// address of the whole guide. Values and codes only: src/lib/wording/next-steps.ts words them. What to prepare is
// never a promise: the award is competitive, and the year's 申报通知 sets the dates.
import type { ApplicantType } from '../codebook.ts';
import type { AwardCycle } from '../cycle.ts';
import { cycleYears } from '../cycle.ts';
import type { RegulationVerdict } from '../eligibility/engine.ts';
import type { Application, ApplicationMaterial, Citation, Recommender, Regulation } from '../schema.ts';
import { timeline } from './steps.ts';

type Process = Regulation['process'];
type Publicity = Process['publicity'][number];

/** What the next steps read of a regulation: the checker page fetches this cut (check/applying/<id>.json). */
export interface ApplyingRules {
  awardCycle: AwardCycle & { cite: Citation };
  application?: Application;
  recommendationRequired?: Process['recommendationRequired'];
  /** The publicity periods held at or before applying (applicantsOwnPublicity). */
  ownPublicity: Publicity[];
  /** Whether the text at hand is only part of the original: what it lacks is 现有文本未载, not 原文未规定. */
  partialText: boolean;
}

export type NextStep =
  | { code: 'material'; kind: ApplicationMaterial['kind']; name: string; standard?: string; cite: Citation }
  | { code: 'recommender'; kind: Recommender['kind']; name: string; act: Recommender['act']; cite: Citation }
  /** The text asks for a recommender's signature and names none this coding lists for the applicant's type. */
  | { code: 'recommendation-required'; cite: Citation }
  | { code: 'own-publicity'; stage: string; minimumDays: number; dayType: Publicity['dayType']; cite: Citation }
  | { code: 'office'; name: string; cite: Citation }
  | { code: 'window'; text: string; months?: number[]; cite: Citation }
  /** The first round a day reaches: the check day, or the day only time no longer stands in the way (timeBound). */
  | { code: 'first-round'; from: string; everyYears: number; timeBound: boolean; cite: Citation };

export interface NextSteps {
  regulation: string;
  /** The guide's address below the site's base. */
  guide: string;
  items: NextStep[];
  /** The text names no material: the wording says so (原文未规定, or 现有文本未载 under a partial text). */
  materialsUnnamed: boolean;
  partialText: boolean;
}

/** The guide's address below the site's base, as every page links it. */
export const guidePath = (id: string): string => `regulations/${id}/guide/`;

/** Whether a verdict leaves the applicant in the running, or only time stands in its way: it has next steps. */
export const hasNextSteps = (v: Pick<RegulationVerdict, 'outcome' | 'eligibleFrom'>): boolean =>
  v.outcome === 'eligible' || v.outcome === 'cannot-tell' || (v.outcome === 'ruled-out' && !!v.eligibleFrom);

/** The verdicts the report shows next steps for: of the applicant's own place, not excluded or time-bound. */
export const verdictsWithNextSteps = (
  verdicts: readonly RegulationVerdict[],
  outOfPlace?: ReadonlySet<string>,
): RegulationVerdict[] => verdicts.filter((v) => !outOfPlace?.has(v.id) && hasNextSteps(v));

/**
 * The publicity periods held at or before applying (通州 第十四条 “在本组织内部…公示”), as the guide places them
 * (steps.ts timeline: the periods of the stages up to the one the applicant first acts in), so the report and the
 * guide list the same ones.
 */
export function applicantsOwnPublicity(reg: Pick<Regulation, 'process'>): Publicity[] {
  return timeline(reg.process).applying.flatMap((line) =>
    line.code === 'applying-publicity' && line.cites[0]
      ? [
          {
            stage: line.values.stage,
            minimumDays: line.values.days.value,
            dayType: line.values.days.dayType,
            cite: line.cites[0],
          },
        ]
      : [],
  );
}

/** Cuts a regulation down to what its next steps read. */
export function applyingOf(reg: Regulation): ApplyingRules {
  return {
    awardCycle: reg.awardCycle,
    ...(reg.application && { application: reg.application }),
    ...(reg.process.recommendationRequired && { recommendationRequired: reg.process.recommendationRequired }),
    ownPublicity: applicantsOwnPublicity(reg),
    partialText: !!reg.partialText,
  };
}

const appliesTo = (r: Recommender, type: ApplicantType | undefined) =>
  !r.appliesTo || !type || r.appliesTo.includes(type);

/**
 * The next steps of a verdict that has them (hasNextSteps), for an applicant of this type on the check day; undefined
 * for any other verdict. The round is counted from the day only time no longer stands in the way, else the check day.
 */
export function nextSteps(
  rules: ApplyingRules,
  verdict: RegulationVerdict,
  applicantType: ApplicantType | undefined,
  checkDate: string,
): NextSteps | undefined {
  if (!hasNextSteps(verdict)) return undefined;
  const app = rules.application;
  const materials = (app?.materials ?? []).map(
    (m): NextStep => ({
      code: 'material',
      kind: m.kind,
      name: m.name,
      ...(m.standard && { standard: m.standard }),
      cite: m.cite,
    }),
  );
  const recommenders = (app?.recommenders ?? [])
    .filter((r) => appliesTo(r, applicantType))
    .map((r): NextStep => ({ code: 'recommender', kind: r.kind, name: r.name, act: r.act, cite: r.cite }));
  const required: NextStep[] =
    !recommenders.length && rules.recommendationRequired
      ? [{ code: 'recommendation-required', cite: rules.recommendationRequired.cite }]
      : [];
  const publicity = rules.ownPublicity.map(
    (p): NextStep => ({
      code: 'own-publicity',
      stage: p.stage,
      minimumDays: p.minimumDays,
      dayType: p.dayType,
      cite: p.cite,
    }),
  );
  const everyYears = cycleYears(rules.awardCycle);
  const from = verdict.outcome === 'ruled-out' ? verdict.eligibleFrom! : checkDate;
  const when: NextStep[] = [
    ...(app?.office ? [{ code: 'office' as const, name: app.office.name, cite: app.office.cite }] : []),
    ...(app?.window
      ? [
          {
            code: 'window' as const,
            text: app.window.text,
            ...(app.window.months && { months: app.window.months }),
            cite: app.window.cite,
          },
        ]
      : []),
    ...(everyYears
      ? [
          {
            code: 'first-round' as const,
            from,
            everyYears,
            timeBound: verdict.outcome === 'ruled-out',
            cite: rules.awardCycle.cite,
          },
        ]
      : []),
  ];
  return {
    regulation: verdict.id,
    guide: guidePath(verdict.id),
    items: [...materials, ...recommenders, ...required, ...publicity, ...when],
    materialsUnnamed: !materials.length,
    partialText: rules.partialText,
  };
}

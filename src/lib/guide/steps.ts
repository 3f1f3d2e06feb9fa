// The steps of a guide as a timeline: the stages in the text's order, each with
// what the applicant does and how long the text says it lasts, and the publicity
// periods the text sets, in working and calendar days as the comparison counts them.
import { calendarSpanOfWorkingDays, workingDaysInCalendarDays } from '../compare/days.ts';
import type { DAY_TYPES } from '../codebook.ts';
import { citationAnchor } from '../cite-format.ts';
import type { Citation, ProcessStep, Regulation } from '../schema.ts';
import type { GuideDays, GuideLine, GuidePublicity } from './lines.ts';

type Process = Regulation['process'];
type Publicity = Process['publicity'][number];

export function guideDays(value: number, dayType: keyof typeof DAY_TYPES): GuideDays {
  const inOtherUnit = dayType === 'working' ? calendarSpanOfWorkingDays(value) : workingDaysInCalendarDays(value);
  return { value, dayType, inOtherUnit };
}

const guidePublicity = (p: Publicity): GuidePublicity => ({
  stage: p.stage,
  days: guideDays(p.minimumDays, p.dayType),
});

/** Citations of distinct passages: a step and its publicity often quote one article, which one link shows. */
const distinctPassages = (cites: Citation[]): Citation[] =>
  cites.filter((c, i) => cites.findIndex((d) => citationAnchor(d) === citationAnchor(c)) === i);

const sameArticle = (a: Citation, b: Citation) => a.article === b.article;

/**
 * The stage a publicity period belongs to. The texts name a publicity by what is made public (拟获奖名单向社会公示),
 * not by its stage, so it is placed by its passage: the one step coded from the same article (and item, where the
 * step cites one). Where no step, or more than one, fits, it stays a period of its own rather than be guessed.
 */
function stageOfPublicity(p: Publicity, steps: readonly ProcessStep[], names: readonly string[]): string | undefined {
  if (names.includes(p.stage)) return p.stage;
  const fits = steps.filter(
    (s) => sameArticle(s.cite, p.cite) && (s.cite.item === undefined || s.cite.item === p.cite.item),
  );
  const exact = fits.filter((s) => s.cite.item !== undefined);
  const candidates = exact.length ? exact : fits;
  return candidates.length === 1 ? candidates[0]?.stage : undefined;
}

export interface Timeline {
  steps: GuideLine[];
  /** Publicity periods no stage could be given. */
  periods: GuideLine[];
  /** Publicity periods of the stages up to the one the applicant first acts in: done at, or before, applying. */
  applying: GuideLine[];
}

export function timeline(process: Process): Timeline {
  const { names } = process.stages;
  const steps = process.steps ?? [];
  const stepOf = new Map(steps.map((s) => [s.stage, s]));
  const byStage = new Map<string, Publicity[]>();
  const periods: GuideLine[] = [];
  for (const p of process.publicity) {
    const stage = stageOfPublicity(p, steps, names);
    if (stage) byStage.set(stage, [...(byStage.get(stage) ?? []), p]);
    else periods.push({ code: 'publicity', values: guidePublicity(p), cites: [p.cite] });
  }
  const firstActing = names.findIndex((n) => stepOf.get(n)?.applicantDoes);
  const applying: GuideLine[] = [];
  const stepLines = names.map((stage, i): GuideLine => {
    const step = stepOf.get(stage);
    const publicity = byStage.get(stage) ?? [];
    if (i <= firstActing)
      for (const p of publicity)
        applying.push({ code: 'applying-publicity', values: guidePublicity(p), cites: [p.cite] });
    return {
      code: 'step',
      values: {
        number: i + 1,
        stage,
        ...(step?.applicantDoes && { applicantDoes: step.applicantDoes }),
        ...(step?.days && { days: guideDays(step.days.value, step.days.dayType) }),
        publicity: publicity.map(guidePublicity),
      },
      cites: distinctPassages([step?.cite ?? process.stages.cite, ...publicity.map((p) => p.cite)]),
      ...(step?.note && { note: step.note }),
    };
  });
  return { steps: stepLines, periods, applying };
}

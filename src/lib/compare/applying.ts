// Comparison sections on applying and after winning (申报与获奖后): who receives the
// application and when, the materials and recommenders the texts name, the publicity
// around applying, the steps and how long they last; then what a winner gets beyond
// the prize and owes in return. Rows per material, recommender and duty come in the
// codebook's order; a regulation's own words are shown, its codes compared.
import { MATERIAL_KINDS, RECOMMENDER_KINDS, WINNER_DUTY_KINDS } from '../codebook.ts';
import { timeline } from '../guide/steps.ts';
import type { Regulation } from '../schema.ts';
import {
  APPLYING_COMPUTED_NOTES,
  APPLYING_ROW_LABELS,
  applicantStepText,
  itemsText,
  materialRowLabel,
  materialText,
  recommenderRowLabel,
  recommenderText,
  stepDaysText,
  WINDOW_IN_NOTICE_TEXT,
  winnerDutyRowLabel,
  winnerDutyText,
} from '../wording/compare-applying.ts';
import { EXTREME_LABELS, ROW_LABELS } from '../wording/compare.ts';
import { publicityInBothUnits } from './days.ts';
import { longestPublicityCell } from './procedure.ts';
import { buildRow, inCodebookOrder, notesOf, sectionOf, summariesCell, type CompareInput } from './rows.ts';
import { cell, type ComparisonRow, type ComparisonSection } from './table.ts';

type Publicity = Regulation['process']['publicity'][number];

/**
 * The publicity periods of the stages up to the first one the applicant acts in (an internal publicity before
 * applying, 通州 第十四条), placed on the steps as the guide places them, so both say the same.
 */
function applyingPublicity(reg: Regulation): Publicity[] {
  const key = (stage: string, cite: unknown) => JSON.stringify([stage, cite]);
  const placed = new Set(
    timeline(reg.process).applying.flatMap((line) =>
      line.code === 'applying-publicity' ? [key(line.values.stage, line.cites[0])] : [],
    ),
  );
  return reg.process.publicity.filter((p) => placed.has(key(p.stage, p.cite)));
}

export function applyingSection(regs: CompareInput[]): ComparisonSection {
  const materialKinds = inCodebookOrder(
    MATERIAL_KINDS,
    regs.flatMap((r) => (r.regulation.application?.materials ?? []).map((m) => m.kind)),
  );
  const recommenderKinds = inCodebookOrder(
    RECOMMENDER_KINDS,
    regs.flatMap((r) => (r.regulation.application?.recommenders ?? []).map((m) => m.kind)),
  );
  const longestApplying = (unit: 'calendar' | 'working') => (reg: Regulation) =>
    longestPublicityCell(applyingPublicity(reg), unit);
  const rows: ComparisonRow[] = [
    buildRow('office', APPLYING_ROW_LABELS.office, regs, (reg) => {
      const o = reg.application?.office;
      return o && cell(o.name, o.name, { ownWords: [o.name], cites: [{ cite: o.cite }], notes: notesOf(o) });
    }),
    buildRow(
      'window',
      APPLYING_ROW_LABELS.window,
      regs,
      (reg) => {
        const w = reg.application?.window;
        // Months compare; a period the text names without months compares by its own words.
        return (
          w &&
          cell(w.months ? { months: w.months } : { text: w.text }, w.text, {
            ownWords: [w.text],
            cites: [{ cite: w.cite }],
            notes: notesOf(w),
          })
        );
      },
      { emptyText: WINDOW_IN_NOTICE_TEXT },
    ),
    ...materialKinds.map((kind) =>
      buildRow(`material-${kind}`, materialRowLabel(kind), regs, (reg) => {
        const ms = (reg.application?.materials ?? []).filter((m) => m.kind === kind);
        if (!ms.length) return undefined;
        const standards = [...new Set(ms.flatMap((m) => (m.standard ? [m.standard] : [])))].sort();
        return cell({ standards }, itemsText(ms.map(materialText)), {
          ownWords: ms.map((m) => m.name),
          cites: ms.map((m) => ({ cite: m.cite })),
          notes: notesOf(...ms),
        });
      }),
    ),
    ...recommenderKinds.map((kind) =>
      buildRow(`recommender-${kind}`, recommenderRowLabel(kind), regs, (reg) => {
        const rs = (reg.application?.recommenders ?? []).filter((r) => r.kind === kind);
        if (!rs.length) return undefined;
        return cell(
          rs.map((r) => ({ act: r.act, appliesTo: r.appliesTo ? [...r.appliesTo].sort() : null })),
          itemsText(rs.map(recommenderText)),
          { ownWords: rs.map((r) => r.name), cites: rs.map((r) => ({ cite: r.cite })), notes: notesOf(...rs) },
        );
      }),
    ),
    buildRow(
      'applying-publicity-calendar',
      APPLYING_ROW_LABELS['applying-publicity-calendar'],
      regs,
      longestApplying('calendar'),
      {
        extreme: { direction: 'max', label: EXTREME_LABELS.longestPublicity },
        computed: APPLYING_COMPUTED_NOTES['applying-publicity-calendar'],
      },
    ),
    buildRow(
      'applying-publicity-working',
      APPLYING_ROW_LABELS['applying-publicity-working'],
      regs,
      longestApplying('working'),
      {
        extreme: { direction: 'max', label: EXTREME_LABELS.longestPublicity },
        computed: APPLYING_COMPUTED_NOTES['applying-publicity-working'],
      },
    ),
    buildRow('applicant-steps', APPLYING_ROW_LABELS['applicant-steps'], regs, (reg) => {
      const steps = (reg.process.steps ?? []).flatMap((s) =>
        s.applicantDoes ? [{ step: s, applicantDoes: s.applicantDoes }] : [],
      );
      if (!steps.length) return undefined;
      return cell(
        steps.map(({ step }) => step.stage),
        itemsText(steps.map(({ step, applicantDoes }) => applicantStepText({ stage: step.stage, applicantDoes }))),
        {
          ownWords: steps.map((s) => s.applicantDoes),
          cites: steps.map(({ step }) => ({ cite: step.cite })),
          notes: notesOf(...steps.map((s) => s.step)),
        },
      );
    }),
    buildRow('step-days', APPLYING_ROW_LABELS['step-days'], regs, (reg) => {
      const timed = (reg.process.steps ?? []).flatMap((s) => (s.days ? [{ step: s, days: s.days }] : []));
      if (!timed.length) return undefined;
      const spans = timed.map(({ step, days }) => ({ stage: step.stage, value: days.value, dayType: days.dayType }));
      return cell(spans, itemsText(spans.map(stepDaysText)), {
        cites: timed.map(({ step }) => ({ cite: step.cite })),
        notes: notesOf(...timed.map((t) => t.step)),
        explanation: itemsText(spans.map((s) => publicityInBothUnits(s.value, s.dayType).text)),
      });
    }),
  ];
  return sectionOf('applying', rows);
}

export function afterWinningSection(regs: CompareInput[]): ComparisonSection {
  const dutyKinds = inCodebookOrder(
    WINNER_DUTY_KINDS,
    regs.flatMap((r) => (r.regulation.winnerDuties ?? []).map((d) => d.kind)),
  );
  const rows: ComparisonRow[] = [
    buildRow('benefits', APPLYING_ROW_LABELS.benefits, regs, (reg) => summariesCell(reg.benefits ?? [])),
    ...dutyKinds.map((kind) =>
      buildRow(`duty-${kind}`, winnerDutyRowLabel(kind), regs, (reg) => {
        const ds = (reg.winnerDuties ?? []).filter((d) => d.kind === kind);
        if (!ds.length) return undefined;
        return cell(
          ds.map((d) => ({ withinDays: d.withinDays ?? null })),
          itemsText(ds.map(winnerDutyText)),
          { ownWords: ds.map((d) => d.summary), cites: ds.map((d) => ({ cite: d.cite })), notes: notesOf(...ds) },
        );
      }),
    ),
    buildRow('reporting-duties', ROW_LABELS['reporting-duties'], regs, (reg) =>
      summariesCell(reg.sanctions.reportingDuties),
    ),
    buildRow('title-use', ROW_LABELS['title-use'], regs, (reg) => summariesCell(reg.sanctions.titleUseLimits)),
  ];
  return sectionOf('after-winning', rows);
}

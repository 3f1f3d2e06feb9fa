// Comparison sections on how awards are given and kept: the review process,
// sanctions and re-application, and each regulation's validity and status.
import { BAN_CAUSES, REVOCATION_CAUSES } from '../codebook.ts';
import { jurisdictionName } from '../jurisdiction.ts';
import type { Regulation } from '../schema.ts';
import { lastDayInForce, regulationStatus } from '../status.ts';
import {
  banText,
  datedText,
  decisionVoteText,
  formatDate,
  jurisdictionText,
  longestBanText,
  NO_DOCUMENT_NUMBER_TEXT,
  NO_FEE_STATED_TEXT,
  pointsText,
  publicityListText,
  RECOMMENDATION_STATED_TEXT,
  repealShortText,
  reapplicationRuleText,
  revocationText,
  reviewPanelText,
  scoreWeightsText,
  shortlistRatioText,
  stagesText,
  stageText,
  standardText,
  statusText,
  dayRangeText,
  yearsText,
} from '../wording/values.ts';
import {
  banRowLabel,
  COMPUTED_NOTES,
  EMPTY_TEXT,
  EMPTY_TEXTS,
  EXTREME_LABELS,
  revokeRowLabel,
  ROW_LABELS,
  statusRowLabel,
} from '../wording/compare.ts';
import { publicityInBothUnits } from './days.ts';
import { buildRow, inCodebookOrder, notesOf, sectionOf, type CompareInput } from './rows.ts';
import { cell, type ComparisonRow, type ComparisonSection } from './table.ts';

type Publicity = Regulation['process']['publicity'][number];

/** The longest of some publicity periods in one unit (at least so many days), with its stage and workings. */
export function longestPublicityCell(periods: readonly Publicity[], unit: 'calendar' | 'working') {
  const ps = periods.map((p) => ({ p, both: publicityInBothUnits(p.minimumDays, p.dayType) }));
  if (!ps.length) return undefined;
  const best = ps.reduce((a, b) => (b.both[unit].min > a.both[unit].min ? b : a));
  const r = best.both[unit];
  const days = { min: r.min, max: r.max, unit };
  return cell(days, `${dayRangeText(days)}（${best.p.stage}）`, {
    ownWords: [best.p.stage],
    num: r.min,
    cites: [{ cite: best.p.cite }],
    explanation: best.both.text,
  });
}

export function processSection(regs: CompareInput[]): ComparisonSection {
  const longest = (reg: Regulation, unit: 'calendar' | 'working') => longestPublicityCell(reg.process.publicity, unit);
  const rows: ComparisonRow[] = [
    buildRow('stages', ROW_LABELS.stages, regs, (reg) => {
      const s = reg.process.stages;
      return cell(s.names, stagesText(s.names), {
        num: s.names.length,
        cites: [{ cite: s.cite }],
        notes: notesOf(s),
      });
    }),
    buildRow('standards', ROW_LABELS.standards, regs, (reg) =>
      reg.evaluationStandards.length
        ? cell(
            reg.evaluationStandards.map((s) => ({ code: s.code, name: s.name })),
            reg.evaluationStandards.map(standardText).join('；'),
            {
              cites: reg.evaluationStandards.map((s) => ({ cite: s.cite })),
              notes: notesOf(...reg.evaluationStandards),
            },
          )
        : undefined,
    ),
    buildRow(
      'score-scale',
      ROW_LABELS['score-scale'],
      regs,
      (reg) =>
        reg.scoreScale &&
        cell(reg.scoreScale.max, pointsText(reg.scoreScale.max), {
          num: reg.scoreScale.max,
          cites: [{ cite: reg.scoreScale.cite }],
        }),
    ),
    buildRow(
      'no-fee',
      ROW_LABELS['no-fee'],
      regs,
      (reg) => reg.process.noFee && cell(true, NO_FEE_STATED_TEXT, { cites: [{ cite: reg.process.noFee.cite }] }),
      { emptyText: EMPTY_TEXTS.notStated },
    ),
    buildRow(
      'recommendation',
      ROW_LABELS.recommendation,
      regs,
      (reg) =>
        reg.process.recommendationRequired &&
        cell(true, RECOMMENDATION_STATED_TEXT, { cites: [{ cite: reg.process.recommendationRequired.cite }] }),
      { emptyText: EMPTY_TEXTS.notStated },
    ),
    buildRow('review-panel', ROW_LABELS['review-panel'], regs, (reg) => {
      const p = reg.process.reviewPanel;
      return (
        p &&
        cell({ minMembers: p.minMembers, maxMembers: p.maxMembers }, reviewPanelText(p), {
          num: p.minMembers,
          cites: [{ cite: p.cite }],
        })
      );
    }),
    buildRow('shortlist', ROW_LABELS.shortlist, regs, (reg) => {
      const r = reg.process.shortlistRatio;
      return (
        r &&
        cell({ winners: r.winners, shortlisted: r.shortlisted }, shortlistRatioText(r), { cites: [{ cite: r.cite }] })
      );
    }),
    buildRow('score-weights', ROW_LABELS['score-weights'], regs, (reg) => {
      const w = reg.process.scoreWeights;
      const weights = w?.weights.map((x) => ({ stage: x.stage, percent: x.percent }));
      return weights && cell(weights, scoreWeightsText(weights), { cites: [{ cite: w!.cite }] });
    }),
    buildRow('decision-vote', ROW_LABELS['decision-vote'], regs, (reg) => {
      const v = reg.process.decisionVote;
      return (
        v &&
        cell({ numerator: v.numerator, denominator: v.denominator, inclusive: v.inclusive }, decisionVoteText(v), {
          cites: [{ cite: v.cite }],
          notes: notesOf(v),
        })
      );
    }),
    buildRow('publicity', ROW_LABELS.publicity, regs, (reg) => {
      const ps = reg.process.publicity;
      if (!ps.length) return undefined;
      const periods = ps.map((p) => ({ stage: p.stage, minimumDays: p.minimumDays, dayType: p.dayType }));
      return cell(periods, publicityListText(periods), {
        cites: ps.map((p) => ({ cite: p.cite })),
        notes: notesOf(...ps),
        explanation: ps.map((p) => publicityInBothUnits(p.minimumDays, p.dayType).text).join('；'),
      });
    }),
    buildRow('publicity-calendar', ROW_LABELS['publicity-calendar'], regs, (reg) => longest(reg, 'calendar'), {
      extreme: { direction: 'max', label: EXTREME_LABELS.longestPublicity },
      computed: COMPUTED_NOTES['publicity-calendar'],
    }),
    buildRow('publicity-working', ROW_LABELS['publicity-working'], regs, (reg) => longest(reg, 'working'), {
      extreme: { direction: 'max', label: EXTREME_LABELS.longestPublicity },
      computed: COMPUTED_NOTES['publicity-working'],
    }),
    buildRow('records-retention', ROW_LABELS['records-retention'], regs, (reg) => {
      const r = reg.process.recordsRetentionYears;
      return r && cell(r.value, yearsText(r.value), { num: r.value, cites: [{ cite: r.cite }] });
    }),
  ];
  return sectionOf('process', rows);
}

export function sanctionsSection(regs: CompareInput[]): ComparisonSection {
  // Rows in codebook order, whatever order the regulations come in.
  const banCauses = inCodebookOrder(
    BAN_CAUSES,
    regs.flatMap((r) => r.regulation.sanctions.bans.map((b) => b.cause)),
  );
  const revocations = inCodebookOrder(
    REVOCATION_CAUSES,
    regs.flatMap((r) => r.regulation.sanctions.revocationCauses.map((c) => c.cause)),
  );
  const rows: ComparisonRow[] = [
    buildRow(
      'longest-ban',
      ROW_LABELS['longest-ban'],
      regs,
      (reg) => {
        const bans = reg.sanctions.bans;
        if (!bans.length) return undefined;
        const years = Math.max(...bans.map((b) => b.years));
        const worst = bans.filter((b) => b.years === years);
        const causes = worst.map((b) => b.cause);
        return cell({ years, causes }, longestBanText(years, causes), {
          num: years,
          cites: worst.map((b) => ({ cite: b.cite })),
        });
      },
      { emptyText: EMPTY_TEXTS.noBan, extreme: { direction: 'max', label: EXTREME_LABELS.longestBan } },
    ),
    ...banCauses.map((cause) =>
      buildRow(
        `ban-${cause}`,
        banRowLabel(cause),
        regs,
        (reg) => {
          const b = reg.sanctions.bans.find((x) => x.cause === cause);
          return (
            b &&
            cell({ years: b.years, appliesTo: b.appliesTo }, banText(b), {
              num: b.years,
              cites: [{ cite: b.cite }],
              notes: notesOf(b),
            })
          );
        },
        { extreme: { direction: 'max', label: EXTREME_LABELS.longestBan } },
      ),
    ),
    ...revocations.map((cause) =>
      buildRow(`revoke-${cause}`, revokeRowLabel(cause), regs, (reg) => {
        const c = reg.sanctions.revocationCauses.find((x) => x.cause === cause);
        return (
          c &&
          cell({ recoversPrize: c.recoversPrize }, revocationText(c.recoversPrize), {
            cites: [{ cite: c.cite }],
            notes: notesOf(c),
          })
        );
      }),
    ),
    buildRow(
      'reapplication',
      ROW_LABELS.reapplication,
      regs,
      (reg) => {
        const rs = reg.sanctions.reapplication;
        if (!rs.length) return undefined;
        const validity = reg.sanctions.awardValidityYears?.value;
        const rules = rs.map((r) => ({
          waitYears: r.waitYears,
          after: r.after,
          scope: r.scope,
          afterTiers: r.afterTiers,
          awardValidityYears: r.after === 'award-expiry' ? validity : undefined,
        }));
        // The tiers a rule binds, by name (连云港: only the winners of the top tier wait).
        const names = (ids?: string[]) => ids?.map((id) => reg.tiers.find((t) => t.id === id)?.name ?? id);
        const text = rules.map((r) => reapplicationRuleText(r, r.awardValidityYears, names(r.afterTiers))).join('；');
        return cell(rules, text, {
          num: Math.max(...rs.map((r) => r.waitYears)),
          cites: rs.map((r) => ({ cite: r.cite })),
          notes: notesOf(...rs),
        });
      },
      { emptyText: EMPTY_TEXT, extreme: { direction: 'max', label: EXTREME_LABELS.longestWait } },
    ),
    buildRow('award-validity', ROW_LABELS['award-validity'], regs, (reg) => {
      const v = reg.sanctions.awardValidityYears;
      return v && cell(v.value, yearsText(v.value), { num: v.value, cites: [{ cite: v.cite }] });
    }),
  ];
  return sectionOf('sanctions', rows);
}

export function validitySection(regs: CompareInput[], asOf: string): ComparisonSection {
  // A row's cells are built from the regulation alone; its successor is looked up by the regulation object.
  const replacedBy = new Map(regs.map((r) => [r.regulation, r.succession]));
  const rows: ComparisonRow[] = [
    buildRow(
      'status',
      statusRowLabel(asOf),
      regs,
      (reg) => {
        const v = regulationStatus(reg, asOf, replacedBy.get(reg));
        const inputs = [
          reg.stage.cite,
          (reg.dates.effective ?? reg.dates.issued)?.cite,
          reg.dates.expires?.cite,
          reg.validityYears?.cite,
        ];
        const { asOf: _asOf, ...status } = v;
        return cell(status, statusText(v), {
          cites: inputs.filter((c) => !!c).map((cite) => ({ cite: cite! })),
        });
      },
      { computed: COMPUTED_NOTES.status },
    ),
    buildRow('stage', ROW_LABELS.stage, regs, (reg) =>
      cell(reg.stage.value, stageText(reg.stage.value), {
        cites: reg.stage.cite ? [{ cite: reg.stage.cite }] : [],
        notes: notesOf(reg.stage),
      }),
    ),
    buildRow('jurisdiction', ROW_LABELS.jurisdiction, regs, (reg) =>
      cell(reg.jurisdiction.level, jurisdictionText(reg), {
        ownWords: [jurisdictionName(reg)],
        cites: reg.jurisdiction.cites.map((cite) => ({ cite })),
        notes: notesOf(reg.jurisdiction),
      }),
    ),
    buildRow('issuer', ROW_LABELS.issuer, regs, (reg) =>
      cell(reg.issuer.name, reg.issuer.name, { cites: [{ cite: reg.issuer.cite }] }),
    ),
    buildRow('document-number', ROW_LABELS['document-number'], regs, (reg) =>
      reg.documentNumber.value
        ? cell({ numbered: true }, reg.documentNumber.value, {
            ownWords: [reg.documentNumber.value],
            cites: reg.documentNumber.cite ? [{ cite: reg.documentNumber.cite }] : [],
          })
        : cell({ numbered: false }, NO_DOCUMENT_NUMBER_TEXT, { notes: notesOf(reg.documentNumber) }),
    ),
    ...(['issued', 'effective'] as const).map((k) =>
      buildRow(k, ROW_LABELS[k], regs, (reg) => {
        const f = reg.dates[k];
        return (
          f &&
          cell({ date: f.date, derivedFrom: f.derivedFrom }, datedText(f), {
            cites: f.cite ? [{ cite: f.cite }] : [],
            notes: notesOf(f),
          })
        );
      }),
    ),
    buildRow(
      'valid-until',
      ROW_LABELS['valid-until'],
      regs,
      (reg) => {
        const last = lastDayInForce(reg);
        if (!last) return undefined;
        const cites = [
          reg.dates.expires?.cite,
          reg.validityYears?.cite,
          reg.validityYears && reg.dates.effective?.cite,
        ].filter((c) => !!c);
        return cell(last, formatDate(last), {
          cites: cites.map((cite) => ({ cite: cite! })),
          notes: notesOf(reg.dates.expires, reg.validityYears),
        });
      },
      { emptyText: EMPTY_TEXTS.noValidity },
    ),
    buildRow(
      'validity-years',
      ROW_LABELS['validity-years'],
      regs,
      (reg) =>
        reg.validityYears &&
        cell(reg.validityYears.value, yearsText(reg.validityYears.value), {
          num: reg.validityYears.value,
          cites: [{ cite: reg.validityYears.cite }],
        }),
    ),
    buildRow('repeals', ROW_LABELS.repeals, regs, (reg) =>
      reg.repeals.length
        ? cell(
            reg.repeals.map((r) => (r.documentNumber ? { documentNumber: r.documentNumber } : { title: r.title })),
            reg.repeals.map(repealShortText).join('；'),
            { cites: reg.repeals.map((r) => ({ cite: r.cite })) },
          )
        : undefined,
    ),
  ];
  return sectionOf('validity', rows);
}

// Comparison sections on who may apply: the applicants and their conditions,
// and the exclusion matrix (clean-record categories × regulations).
import {
  CONDITION_CATEGORIES,
  isRecordCategory,
  RECIPIENT_TYPES,
  type ConditionCategory,
  type Recipient,
} from '../codebook.ts';
import type { Condition, Regulation } from '../schema.ts';
import {
  conditionCountText,
  conditionText,
  notAdmittedText,
  recipientsLabel,
  recordClauseText,
  trackText,
} from '../wording/values.ts';
import {
  COMPUTED_NOTES,
  conditionCountRowLabel,
  conditionRowLabel,
  EMPTY_TEXT,
  EMPTY_TEXTS,
  EXTREME_LABELS,
  recordRowLabel,
  ROW_LABELS,
} from '../wording/compare.ts';
import { buildRow, inCodebookOrder, notesOf, sectionOf, type CompareInput } from './rows.ts';
import { canonicalJson, cell, type ComparisonRow, type ComparisonSection, type ExtremeDirection } from './table.ts';

const CATEGORY_ORDER = Object.keys(CONDITION_CATEGORIES) as ConditionCategory[];

const conditionsOf = (reg: Regulation, type: Recipient) =>
  reg.applicants.filter((a) => a.type === type).flatMap((a) => a.conditions);
/** What a condition codes, its summary aside: 在长宁区登记注册 and 在通州区注册登记 are one requirement. */
const codedCondition = (c: Condition) => ({
  assessment: c.assessment,
  minYears: c.minYears,
  lookbackYears: c.lookbackYears,
  rankMax: c.rankMax,
});
/** Sorted, so the order a file lists its conditions in does not make a difference. */
const sortedByKey = <T>(xs: T[], key: (x: T) => string): T[] =>
  xs
    .map((x) => [key(x), x] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, x]) => x);

/** The figure a category's row is compared by, and which end of it is strictest. */
function measureOf(
  cs: Condition[],
): { pick: (c: Condition) => number | undefined; direction: ExtremeDirection; label: string } | undefined {
  if (cs.some((c) => c.minYears !== undefined))
    return { pick: (c) => c.minYears, direction: 'max', label: EXTREME_LABELS.mostYears };
  if (cs.some((c) => c.rankMax !== undefined))
    return { pick: (c) => c.rankMax, direction: 'min', label: EXTREME_LABELS.strictestRank };
  if (cs.some((c) => c.lookbackYears !== undefined))
    return { pick: (c) => c.lookbackYears, direction: 'max', label: EXTREME_LABELS.longestLookback };
  return undefined;
}

function strictest(nums: (number | undefined)[], direction: ExtremeDirection): number | undefined {
  const ns = nums.filter((n): n is number => n !== undefined);
  if (!ns.length) return undefined;
  return direction === 'max' ? Math.max(...ns) : Math.min(...ns);
}

export function applicantsSection(regs: CompareInput[]): ComparisonSection {
  const types = inCodebookOrder(
    RECIPIENT_TYPES,
    regs.flatMap((r) => r.regulation.applicants.map((a) => a.type)),
  );
  const admits = (reg: Regulation, type: Recipient) => reg.applicants.some((a) => a.type === type);
  const rows: ComparisonRow[] = [
    buildRow('applicant-types', ROW_LABELS['applicant-types'], regs, (reg) => {
      const ts = inCodebookOrder(
        RECIPIENT_TYPES,
        reg.applicants.map((a) => a.type),
      );
      return cell(ts, recipientsLabel(ts), {
        cites: reg.applicants.map((a) => ({ cite: a.cite })),
      });
    }),
    buildRow(
      'tracks',
      ROW_LABELS.tracks,
      regs,
      (reg) =>
        reg.tracks?.length
          ? cell(
              reg.tracks.map((t) => ({ name: t.name, recipients: t.recipients })),
              reg.tracks.map(trackText).join('；'),
              {
                cites: reg.tracks.map((t) => ({ cite: t.cite })),
              },
            )
          : undefined,
      { emptyText: EMPTY_TEXTS.noTracks },
    ),
  ];
  for (const type of types) {
    const notAdmitted = cell({ admitted: false }, notAdmittedText(type));
    rows.push(
      buildRow(
        `conditions-${type}-count`,
        conditionCountRowLabel(type),
        regs,
        (reg) => {
          if (!admits(reg, type)) return notAdmitted;
          const cs = conditionsOf(reg, type);
          const self = cs.filter((c) => c.assessment === 'self-checkable').length;
          return cell({ admitted: true, total: cs.length, selfCheckable: self }, conditionCountText(cs.length, self), {
            num: cs.length,
            cites: reg.applicants.filter((a) => a.type === type).map((a) => ({ cite: a.cite })),
          });
        },
        { computed: COMPUTED_NOTES['conditions-count'] },
      ),
    );
    const categories = CATEGORY_ORDER.filter(
      (cat) =>
        !isRecordCategory(cat) && regs.some((r) => conditionsOf(r.regulation, type).some((c) => c.category === cat)),
    );
    for (const cat of categories) {
      const measure = measureOf(
        regs.flatMap((r) => conditionsOf(r.regulation, type).filter((c) => c.category === cat)),
      );
      rows.push(
        buildRow(
          `condition-${type}-${cat}`,
          conditionRowLabel(type, cat),
          regs,
          (reg) => {
            if (!admits(reg, type)) return notAdmitted;
            const cs = conditionsOf(reg, type).filter((c) => c.category === cat);
            if (!cs.length) return undefined;
            return cell(sortedByKey(cs.map(codedCondition), canonicalJson), cs.map(conditionText).join('；'), {
              ownWords: cs.map((c) => c.summary),
              num: measure && strictest(cs.map(measure.pick), measure.direction),
              cites: cs.map((c) => ({ cite: c.cite })),
              notes: notesOf(...cs),
            });
          },
          {
            emptyText: EMPTY_TEXTS.notRequired,
            extreme: measure && { direction: measure.direction, label: measure.label },
          },
        ),
      );
    }
  }
  return sectionOf('applicants', rows);
}

interface RecordClause {
  clause: Condition;
  appliesTo: Recipient[];
  /** Written as an exclusion clause (不得申报) or as an application condition. */
  asExclusion: boolean;
}

function recordClauses(reg: Regulation, cat: ConditionCategory): RecordClause[] {
  return [
    ...reg.exclusionClauses
      .filter((c) => c.category === cat)
      .map((c) => ({ clause: c, appliesTo: c.appliesTo, asExclusion: true })),
    ...reg.applicants.flatMap((a) =>
      a.conditions
        .filter((c) => c.category === cat)
        .map((c) => ({ clause: c, appliesTo: [a.type], asExclusion: false })),
    ),
  ];
}

/** What a clean-record clause codes, its summary aside. */
const codedRecord = (r: RecordClause) => ({
  asExclusion: r.asExclusion,
  appliesTo: inCodebookOrder(RECIPIENT_TYPES, r.appliesTo),
  lookbackYears: r.clause.lookbackYears,
});

const recordText = (r: RecordClause) => recordClauseText({ ...codedRecord(r), summary: r.clause.summary });

/** Rows: every clean-record category, and any category an exclusion clause uses, that a compared regulation mentions. */
export function exclusionCategories(regs: CompareInput[]): ConditionCategory[] {
  return CATEGORY_ORDER.filter((cat) => {
    const inExclusions = regs.some((r) => r.regulation.exclusionClauses.some((c) => c.category === cat));
    return inExclusions || (isRecordCategory(cat) && regs.some((r) => recordClauses(r.regulation, cat).length));
  });
}

export function exclusionsSection(regs: CompareInput[]): ComparisonSection {
  const rows = exclusionCategories(regs).map((cat) =>
    buildRow(
      `record-${cat}`,
      recordRowLabel(cat),
      regs,
      (reg) => {
        const rs = recordClauses(reg, cat);
        if (!rs.length) return undefined;
        return cell(sortedByKey(rs.map(codedRecord), canonicalJson), rs.map(recordText).join('；'), {
          ownWords: rs.map((r) => r.clause.summary),
          num: strictest(
            rs.map((r) => r.clause.lookbackYears),
            'max',
          ),
          cites: rs.map((r) => ({ cite: r.clause.cite })),
          notes: notesOf(...rs.map((r) => r.clause)),
        });
      },
      { emptyText: EMPTY_TEXT, extreme: { direction: 'max', label: EXTREME_LABELS.longestLookback } },
    ),
  );
  return sectionOf('exclusions', rows);
}

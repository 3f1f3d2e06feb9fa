// Comparison sections on who may apply: the applicants and their conditions,
// and the exclusion matrix (clean-record categories × regulations).
import {
  ASSESSMENTS,
  CONDITION_CATEGORIES,
  RECIPIENT_TYPES,
  isRecordCategory,
  type ConditionCategory,
  type Recipient,
} from '../codebook.ts';
import type { Condition, Regulation } from '../schema.ts';
import { conditionThresholds } from '../wording/values.ts';
import { buildRow, inCodebookOrder, notesOf, unique, type CompareInput } from './rows.ts';
import { cell, type ComparisonRow, type ComparisonSection, type ExtremeDirection } from './table.ts';

const CATEGORY_ORDER = Object.keys(CONDITION_CATEGORIES) as ConditionCategory[];
const recipientsLabel = (rs: Recipient[]) => rs.map((r) => RECIPIENT_TYPES[r].label).join('、');

const conditionsOf = (reg: Regulation, type: Recipient) =>
  reg.applicants.filter((a) => a.type === type).flatMap((a) => a.conditions);
const conditionKey = (c: Condition) =>
  `${c.assessment}|${c.minYears ?? ''}|${c.lookbackYears ?? ''}|${c.rankMax ?? ''}`;
const conditionText = (c: Condition) =>
  `${c.summary}（${[...conditionThresholds(c), ASSESSMENTS[c.assessment].label].join('；')}）`;

/** The figure a category's row is compared by, and which end of it is strictest. */
function measureOf(
  cs: Condition[],
): { pick: (c: Condition) => number | undefined; direction: ExtremeDirection; label: string } | undefined {
  if (cs.some((c) => c.minYears !== undefined))
    return { pick: (c) => c.minYears, direction: 'max', label: '年限要求最高' };
  if (cs.some((c) => c.rankMax !== undefined))
    return { pick: (c) => c.rankMax, direction: 'min', label: '名次要求最严' };
  if (cs.some((c) => c.lookbackYears !== undefined))
    return { pick: (c) => c.lookbackYears, direction: 'max', label: '回溯最长' };
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
    buildRow('applicant-types', '可申报主体', regs, (reg) => {
      const ts = unique(reg.applicants.map((a) => a.type));
      return cell(recipientsLabel(ts), {
        key: [...ts].sort().join(','),
        cites: reg.applicants.map((a) => ({ cite: a.cite })),
      });
    }),
    buildRow(
      'tracks',
      '申报类别',
      regs,
      (reg) =>
        reg.tracks?.length
          ? cell(reg.tracks.map((t) => `${t.name}（${recipientsLabel(t.recipients)}）`).join('；'), {
              key: String(reg.tracks.length),
              cites: reg.tracks.map((t) => ({ cite: t.cite })),
            })
          : undefined,
      { emptyText: '不分类别' },
    ),
  ];
  for (const type of types) {
    const typeLabel = RECIPIENT_TYPES[type].label;
    const notAdmitted = cell(`不接受${typeLabel}申报`, { key: 'not-admitted' });
    rows.push(
      buildRow(
        `conditions-${type}-count`,
        `${typeLabel}：申报条件`,
        regs,
        (reg) => {
          if (!admits(reg, type)) return notAdmitted;
          const cs = conditionsOf(reg, type);
          const self = cs.filter((c) => c.assessment === 'self-checkable').length;
          return cell(`${cs.length}项（可自查${self}项，评审判断${cs.length - self}项）`, {
            key: `${cs.length}/${self}`,
            num: cs.length,
            cites: reg.applicants.filter((a) => a.type === type).map((a) => ({ cite: a.cite })),
          });
        },
        { computed: '按编码的条件计数' },
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
          `${typeLabel}：${CONDITION_CATEGORIES[cat].label}`,
          regs,
          (reg) => {
            if (!admits(reg, type)) return notAdmitted;
            const cs = conditionsOf(reg, type).filter((c) => c.category === cat);
            if (!cs.length) return undefined;
            return cell(cs.map(conditionText).join('；'), {
              key: cs.map(conditionKey).sort().join(','),
              num: measure && strictest(cs.map(measure.pick), measure.direction),
              cites: cs.map((c) => ({ cite: c.cite })),
              notes: notesOf(...cs),
            });
          },
          { emptyText: '未要求', extreme: measure && { direction: measure.direction, label: measure.label } },
        ),
      );
    }
  }
  return {
    id: 'applicants',
    title: '申报主体与条件',
    description: '谁可以申报，须满足哪些条件（记录类条件见排除情形对照表）。',
    rows,
  };
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

function recordText(r: RecordClause): string {
  const who =
    r.appliesTo.length === 1 && r.appliesTo[0] === 'organization' ? '' : `（${recipientsLabel(r.appliesTo)}）`;
  const window = r.clause.lookbackYears !== undefined ? `近${r.clause.lookbackYears}年` : '未写年限';
  return `${r.asExclusion ? '不得申报' : '申报条件'}${who}：${r.clause.summary}【${window}】`;
}

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
      CONDITION_CATEGORIES[cat].label,
      regs,
      (reg) => {
        const rs = recordClauses(reg, cat);
        if (!rs.length) return undefined;
        return cell(rs.map(recordText).join('；'), {
          key: rs
            .map((r) => `${r.clause.lookbackYears ?? 'any'}|${[...r.appliesTo].sort().join('+')}`)
            .sort()
            .join(','),
          num: strictest(
            rs.map((r) => r.clause.lookbackYears),
            'max',
          ),
          cites: rs.map((r) => ({ cite: r.clause.cite })),
          notes: notesOf(...rs.map((r) => r.clause)),
        });
      },
      { emptyText: '未规定', extreme: { direction: 'max', label: '回溯最长' } },
    ),
  );
  return {
    id: 'exclusions',
    title: '排除情形对照表',
    description:
      '按编码类别对照各办法排除申报者的记录要求：有无此项、回溯年限、原文。写在申报条件里的同类要求（如“近3年未发生重大事故”）一并列出。',
    rows,
  };
}

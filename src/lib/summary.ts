// The structured summary of one regulation: sections of labelled values, each
// with the citation that supports it. Presentation-free, so pages, exports
// and tests share it.
import {
  ASSESSMENTS,
  BAN_CAUSES,
  CONDITION_CATEGORIES,
  JURISDICTION_LEVELS,
  REVOCATION_CAUSES,
  TIER_KINDS,
} from './codebook.ts';
import { formatCycle, formatDate, formatDays, formatYuan } from './wording/format.ts';
import { conditionThresholds, quotaText, recipientLabel, recipientsLabel } from './wording/values.ts';
import { jurisdictionName } from './jurisdiction.ts';
import type { Citation, Condition, Regulation, Tier } from './schema.ts';

export interface SummaryRow {
  label: string;
  value: string;
  cite?: Citation;
  /** Further passages that support the same value (a jurisdiction read from several mentions). */
  alsoCites?: Citation[];
  note?: string;
  /** Codebook category, for condition rows. */
  category?: string;
}

export interface SummarySection {
  id: string;
  title: string;
  rows: SummaryRow[];
}

function trackName(reg: Regulation, id: string | undefined): string {
  return reg.tracks?.find((t) => t.id === id)?.name ?? '';
}

function tierRows(reg: Regulation, tier: Tier): SummaryRow[] {
  const rows: SummaryRow[] = [
    { label: '等级', value: `${TIER_KINDS[tier.kind].label}（第${tier.rank}等）`, cite: tier.cite, note: tier.note },
    { label: '授予对象', value: recipientsLabel(tier.recipients), cite: tier.cite },
  ];
  if (tier.quota)
    rows.push({ label: '每届名额', value: quotaText(tier), cite: tier.quota.cite, note: tier.quota.note });
  for (const cap of tier.recipientCaps ?? []) {
    rows.push({
      label: `${recipientLabel(cap.recipient)}名额上限`,
      value: `${cap.asARule ? '原则上' : ''}不超过${cap.max}个`,
      cite: cap.cite,
      note: cap.note,
    });
  }
  for (const p of tier.prizes) {
    const who = p.track ? trackName(reg, p.track) : recipientLabel(p.recipient);
    rows.push({
      label: `奖金：${who}`,
      value: formatYuan(p.amountYuan) + (p.firstTimeOnly ? '（仅首次获奖）' : ''),
      cite: p.cite,
      note: p.note,
    });
  }
  if (!tier.prizes.length) rows.push({ label: '奖金', value: '原文未规定金额' });
  if (tier.minimumScore)
    rows.push({ label: '最低总分', value: `${tier.minimumScore.value}分`, cite: tier.minimumScore.cite });
  if (tier.repeatWinners) {
    const r = tier.repeatWinners;
    rows.push({
      label: '再次获奖',
      value: `${r.prize ? '发' : '不发'}奖金，${r.countsTowardQuota ? '占' : '不占'}名额`,
      cite: r.cite,
      note: r.note,
    });
  }
  for (const b of tier.otherBenefits ?? [])
    rows.push({ label: '其他待遇', value: b.summary, cite: b.cite, note: b.note });
  return rows;
}

function conditionRow(c: Condition & { appliesTo?: string[] }): SummaryRow {
  const extras = [...conditionThresholds(c), ASSESSMENTS[c.assessment].label];
  return {
    label: CONDITION_CATEGORIES[c.category].label,
    value: `${c.summary}（${extras.join('；')}）`,
    cite: c.cite,
    note: c.note,
    category: c.category,
  };
}

export function buildSummary(reg: Regulation): SummarySection[] {
  const sections: SummarySection[] = [];
  const d = reg.dates;

  const identity: SummaryRow[] = [
    {
      label: '辖区',
      value: `${jurisdictionName(reg)}（${JURISDICTION_LEVELS[reg.jurisdiction.level].label}）`,
      cite: reg.jurisdiction.cites[0],
      alsoCites: reg.jurisdiction.cites.slice(1),
      note: reg.jurisdiction.note,
    },
    { label: '发文机关', value: reg.issuer.name, cite: reg.issuer.cite, note: reg.issuer.note },
    {
      label: '文号',
      value: reg.documentNumber.value ?? '无',
      cite: reg.documentNumber.cite,
      note: reg.documentNumber.note,
    },
    {
      label: '文本性质',
      value: reg.stage.value === 'draft' ? '讨论稿（草稿）' : '正式文本',
      cite: reg.stage.cite,
      note: reg.stage.note,
    },
  ];
  const dateLabels = { adopted: '通过日期', issued: '印发日期', effective: '施行日期', expires: '有效期至' } as const;
  for (const key of ['adopted', 'issued', 'effective', 'expires'] as const) {
    const f = d[key];
    if (f)
      identity.push({
        label: dateLabels[key],
        value: formatDate(f.date) + (f.derivedFrom ? '（推算）' : ''),
        cite: f.cite,
        note: f.note,
      });
  }
  if (reg.validityYears)
    identity.push({
      label: '有效期',
      value: `${reg.validityYears.value}年`,
      cite: reg.validityYears.cite,
      note: reg.validityYears.note,
    });
  for (const r of reg.repeals) {
    identity.push({
      label: '同时废止',
      value: r.documentNumber ? `${r.title}（${r.documentNumber}）` : r.title,
      cite: r.cite,
      note: r.note,
    });
  }
  sections.push({ id: 'identity', title: '基本信息', rows: identity });

  const awards: SummaryRow[] = [
    {
      label: '评选周期',
      value: formatCycle(reg.awardCycle.everyYears),
      cite: reg.awardCycle.cite,
      note: reg.awardCycle.note,
    },
  ];
  for (const t of reg.tracks ?? []) {
    awards.push({
      label: `类别：${t.name}`,
      value: `可由${recipientsLabel(t.recipients)}申报`,
      cite: t.cite,
      note: t.note,
    });
  }
  sections.push({ id: 'cycle', title: '评选周期', rows: awards });
  for (const tier of reg.tiers) sections.push({ id: `tier-${tier.id}`, title: tier.name, rows: tierRows(reg, tier) });

  if (reg.higherAwardBonuses.length) {
    sections.push({
      id: 'bonuses',
      title: '获得上级质量奖的奖励',
      rows: reg.higherAwardBonuses.map((b) => ({
        label: `${b.award}（${recipientLabel(b.recipient)}）`,
        value: formatYuan(b.amountYuan),
        cite: b.cite,
        note: b.note,
      })),
    });
  }

  const standards: SummaryRow[] = reg.evaluationStandards.map((s) => ({
    label: '评审标准',
    value: s.code ? `${s.code}《${s.name}》` : s.name,
    cite: s.cite,
    note: s.note,
  }));
  if (reg.scoreScale) standards.push({ label: '总分', value: `${reg.scoreScale.max}分`, cite: reg.scoreScale.cite });
  sections.push({ id: 'standards', title: '评审标准', rows: standards });

  for (const a of reg.applicants) {
    const tracks = a.tracks?.map((id) => trackName(reg, id)).join('、');
    sections.push({
      id: `conditions-${a.type}`,
      title: `申报条件：${recipientLabel(a.type)}${tracks ? `（${tracks}）` : ''}`,
      rows: [
        {
          label: '申报主体',
          value: recipientLabel(a.type) + (tracks ? `，申报${tracks}` : ''),
          cite: a.cite,
          note: a.note,
        },
        ...a.conditions.map(conditionRow),
      ],
    });
  }
  sections.push({
    id: 'exclusions',
    title: '不得申报的情形',
    rows: reg.exclusionClauses.length
      ? reg.exclusionClauses.map((c) => {
          const row = conditionRow(c);
          return { ...row, label: `${row.label}（${recipientsLabel(c.appliesTo)}）` };
        })
      : [{ label: '不得申报的情形', value: '本办法未单列（相关要求见申报条件）' }],
  });

  const p = reg.process;
  const proc: SummaryRow[] = [{ label: '程序', value: p.stages.names.join(' → '), cite: p.stages.cite }];
  if (p.noFee) proc.push({ label: '费用', value: '不收取费用', cite: p.noFee.cite });
  if (p.recommendationRequired)
    proc.push({ label: '推荐', value: '须经推荐单位签署意见', cite: p.recommendationRequired.cite });
  if (p.reviewPanel) {
    const { minMembers: lo, maxMembers: hi } = p.reviewPanel;
    proc.push({ label: '评审组人数', value: hi ? `${lo}至${hi}名` : `${lo}名以上`, cite: p.reviewPanel.cite });
  }
  if (p.shortlistRatio)
    proc.push({
      label: '入围比例',
      value: `获奖:入围 不超过 ${p.shortlistRatio.winners}:${p.shortlistRatio.shortlisted}`,
      cite: p.shortlistRatio.cite,
    });
  if (p.scoreWeights)
    proc.push({
      label: '综合评价权重',
      value: p.scoreWeights.weights.map((w) => `${w.stage}${w.percent}%`).join('，'),
      cite: p.scoreWeights.cite,
    });
  if (p.decisionVote) {
    const v = p.decisionVote;
    proc.push({
      label: '表决',
      value: `得票须超过投票人数的${v.numerator}/${v.denominator}${v.inclusive ? '（含）' : ''}`,
      cite: v.cite,
      note: v.note,
    });
  }
  for (const pub of p.publicity)
    proc.push({
      label: `公示：${pub.stage}`,
      value: `不少于${formatDays(pub.minimumDays, pub.dayType)}`,
      cite: pub.cite,
      note: pub.note,
    });
  if (p.recordsRetentionYears)
    proc.push({ label: '材料保存', value: `${p.recordsRetentionYears.value}年`, cite: p.recordsRetentionYears.cite });
  sections.push({ id: 'process', title: '评审程序', rows: proc });

  const s = reg.sanctions;
  const sanc: SummaryRow[] = [];
  for (const b of s.bans)
    sanc.push({
      label: `禁止申报：${BAN_CAUSES[b.cause].label}`,
      value: `${b.years}年内不得申报（${recipientsLabel(b.appliesTo)}）`,
      cite: b.cite,
      note: b.note,
    });
  if (!s.bans.length) sanc.push({ label: '禁止申报', value: '原文未规定禁止申报的年限' });
  for (const r of s.revocationCauses)
    sanc.push({
      label: `撤销：${REVOCATION_CAUSES[r.cause].label}`,
      value: r.recoversPrize ? '撤销并追回奖金' : '撤销，原文未提追回奖金',
      cite: r.cite,
      note: r.note,
    });
  for (const r of s.reapplication) {
    sanc.push({
      label: '再次申报',
      value: `${r.after === 'award' ? '获奖' : '有效期满'}${r.waitYears}年后${r.scope === 'same-award' ? '可再申报同一奖项' : '方可再申报'}`,
      cite: r.cite,
      note: r.note,
    });
  }
  if (s.awardValidityYears)
    sanc.push({ label: '奖项有效期', value: `${s.awardValidityYears.value}年`, cite: s.awardValidityYears.cite });
  for (const r of s.reportingDuties) sanc.push({ label: '报告义务', value: r.summary, cite: r.cite, note: r.note });
  for (const r of s.titleUseLimits) sanc.push({ label: '称号使用', value: r.summary, cite: r.cite, note: r.note });
  sections.push({ id: 'sanctions', title: '监督与处罚', rows: sanc });
  return sections;
}

export function largestPrize(reg: Regulation): number | undefined {
  const amounts = reg.tiers.flatMap((t) => t.prizes.map((p) => p.amountYuan));
  return amounts.length ? Math.max(...amounts) : undefined;
}

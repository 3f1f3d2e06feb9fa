// The structured summary of one regulation: sections of labelled values, each
// with the citation that supports it. Each row holds its coded value (`coded`)
// and, beside it, the words wording/summary.ts gives that value (`value`), so
// pages, exports and tests share one summary and one wording.
import { citationLabel } from './cite-format.ts';
import { buildGuide } from './guide/build.ts';
import { type GuideLine, guideLines } from './guide/lines.ts';
import type { Citation, Condition, Regulation, Tier } from './schema.ts';
import { guideLineWords } from './wording/guide.ts';
import { type SummaryValue, summaryValueText } from './wording/summary.ts';
import {
  banCauseLabel,
  categoryLabel,
  higherAwardLabel,
  recipientCapLabel,
  recipientLabel,
  recipientsLabel,
  revocationCauseLabel,
} from './wording/values.ts';

export interface SummaryRow {
  label: string;
  /** The coded value the row shows. */
  coded: SummaryValue;
  /** The value in words, as the page shows it. */
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

/** A row: its coded value, worded once, here. */
const row = (label: string, coded: SummaryValue, more: Omit<SummaryRow, 'label' | 'coded' | 'value'> = {}) => ({
  label,
  coded,
  value: summaryValueText(coded),
  ...more,
});

/** The citation and coding note of a coded item, which most rows carry along. */
const cited = (x: { cite?: Citation; note?: string }) => ({ cite: x.cite, note: x.note });

function trackName(reg: Regulation, id: string | undefined): string {
  return reg.tracks?.find((t) => t.id === id)?.name ?? '';
}

/** What a row the text is silent on reads: nothing to say where the text is whole, 现有文本未载 where it is partial. */
const silent = (reg: Regulation, whole: SummaryValue): SummaryValue =>
  reg.partialText ? { kind: 'not-in-text' } : whole;

function tierRows(reg: Regulation, tier: Tier): SummaryRow[] {
  const rows: SummaryRow[] = [
    row('等级', { kind: 'tier', tier }, cited(tier)),
    row('授予对象', { kind: 'recipients', recipients: tier.recipients }, { cite: tier.cite }),
  ];
  if (tier.quota) rows.push(row('每届名额', { kind: 'quota', tier }, cited(tier.quota)));
  // Quotas per recipient with no shared total: say so, rather than leave the tier's quota unmentioned.
  else if (tier.recipientCaps?.length)
    rows.push(row('每届名额', { kind: 'quota', tier }, { cite: tier.recipientCaps[0]?.cite }));
  else if (reg.partialText) rows.push(row('每届名额', { kind: 'not-in-text' }));
  for (const cap of tier.recipientCaps ?? [])
    rows.push(
      row(recipientCapLabel(cap.recipient), { kind: 'recipient-cap', max: cap.max, asARule: cap.asARule }, cited(cap)),
    );
  for (const p of tier.prizes) {
    const who = p.track ? trackName(reg, p.track) : recipientLabel(p.recipient);
    rows.push(row(`奖金：${who}`, { kind: 'yuan', amount: p.amountYuan, firstTimeOnly: p.firstTimeOnly }, cited(p)));
  }
  if (!tier.prizes.length) rows.push(row('奖金', silent(reg, { kind: 'no-prize' })));
  if (tier.minimumScore)
    rows.push(row('最低总分', { kind: 'points', points: tier.minimumScore.value }, { cite: tier.minimumScore.cite }));
  const rw = tier.repeatWinners;
  if (rw)
    rows.push(
      row('再次获奖', { kind: 'repeat-winners', prize: rw.prize, countsTowardQuota: rw.countsTowardQuota }, cited(rw)),
    );
  for (const b of tier.otherBenefits ?? [])
    rows.push(row('其他待遇', { kind: 'own-words', text: b.summary }, cited(b)));
  return rows;
}

function conditionRow(c: Condition): SummaryRow {
  return row(categoryLabel(c.category), { kind: 'condition', condition: c }, { ...cited(c), category: c.category });
}

function identityRows(reg: Regulation): SummaryRow[] {
  const rows: SummaryRow[] = [
    row(
      '辖区',
      { kind: 'jurisdiction', regulation: reg },
      { cite: reg.jurisdiction.cites[0], alsoCites: reg.jurisdiction.cites.slice(1), note: reg.jurisdiction.note },
    ),
    row('发文机关', { kind: 'own-words', text: reg.issuer.name }, cited(reg.issuer)),
    row('文号', { kind: 'own-words', text: reg.documentNumber.value ?? '无' }, cited(reg.documentNumber)),
    row('文本性质', { kind: 'stage', stage: reg.stage.value }, cited(reg.stage)),
  ];
  const dateLabels = { adopted: '通过日期', issued: '印发日期', effective: '施行日期', expires: '有效期至' } as const;
  for (const key of ['adopted', 'issued', 'effective', 'expires'] as const) {
    const f = reg.dates[key];
    if (f) rows.push(row(dateLabels[key], { kind: 'date', date: f }, cited(f)));
  }
  if (reg.validityYears)
    rows.push(row('有效期', { kind: 'years', years: reg.validityYears.value }, cited(reg.validityYears)));
  for (const r of reg.repeals) rows.push(row('同时废止', { kind: 'repeal', repeal: r }, cited(r)));
  if (reg.partialText)
    rows.push(
      row(
        '现有文本',
        { kind: 'partial-text', articles: reg.partialText.articles.map((article) => citationLabel({ article })) },
        { note: reg.partialText.note },
      ),
    );
  return rows;
}

function processRows(p: Regulation['process']): SummaryRow[] {
  const rows: SummaryRow[] = [row('程序', { kind: 'stages', names: p.stages.names }, { cite: p.stages.cite })];
  if (p.noFee) rows.push(row('费用', { kind: 'no-fee' }, { cite: p.noFee.cite }));
  if (p.recommendationRequired)
    rows.push(row('推荐', { kind: 'recommendation' }, { cite: p.recommendationRequired.cite }));
  if (p.reviewPanel)
    rows.push(row('评审组人数', { kind: 'review-panel', panel: p.reviewPanel }, { cite: p.reviewPanel.cite }));
  if (p.shortlistRatio)
    rows.push(row('入围比例', { kind: 'shortlist', ratio: p.shortlistRatio }, { cite: p.shortlistRatio.cite }));
  if (p.scoreWeights)
    rows.push(
      row('综合评价权重', { kind: 'score-weights', weights: p.scoreWeights.weights }, { cite: p.scoreWeights.cite }),
    );
  if (p.decisionVote) rows.push(row('表决', { kind: 'decision-vote', vote: p.decisionVote }, cited(p.decisionVote)));
  for (const pub of p.publicity)
    rows.push(row(`公示：${pub.stage}`, { kind: 'publicity', publicity: pub }, cited(pub)));
  if (p.recordsRetentionYears)
    rows.push(
      row('材料保存', { kind: 'years', years: p.recordsRetentionYears.value }, { cite: p.recordsRetentionYears.cite }),
    );
  return rows;
}

function sanctionRows(reg: Regulation): SummaryRow[] {
  const { sanctions: s, tiers } = reg;
  const rows: SummaryRow[] = [];
  for (const b of s.bans) rows.push(row(`禁止申报：${banCauseLabel(b.cause)}`, { kind: 'ban', ban: b }, cited(b)));
  if (!s.bans.length) rows.push(row('禁止申报', silent(reg, { kind: 'no-bans' })));
  for (const r of s.revocationCauses)
    rows.push(
      row(`撤销：${revocationCauseLabel(r.cause)}`, { kind: 'revocation', recoversPrize: r.recoversPrize }, cited(r)),
    );
  const awardValidityYears = s.awardValidityYears?.value;
  for (const rule of s.reapplication) {
    const afterTierNames = rule.afterTiers?.map((id) => tiers.find((t) => t.id === id)?.name ?? id);
    rows.push(row('再次申报', { kind: 'reapplication', rule, awardValidityYears, afterTierNames }, cited(rule)));
  }
  if (s.awardValidityYears)
    rows.push(
      row('奖项有效期', { kind: 'years', years: s.awardValidityYears.value }, { cite: s.awardValidityYears.cite }),
    );
  for (const r of s.reportingDuties) rows.push(row('报告义务', { kind: 'own-words', text: r.summary }, cited(r)));
  for (const r of s.titleUseLimits) rows.push(row('称号使用', { kind: 'own-words', text: r.summary }, cited(r)));
  return rows;
}

/**
 * The coding of applying that only the guide otherwise shows (the office, the window, materials, recommenders, what
 * the applicant does at a stage, duties after winning, benefits of no one tier), in the guide's words.
 */
function applyingRows(reg: Regulation): SummaryRow[] {
  const coded = new Set(reg.process.steps?.map((s) => s.stage));
  const shown = (l: GuideLine) =>
    ['office', 'window', 'material', 'recommender', 'winner-duty'].includes(l.code) ||
    (l.code === 'dates-in-notice' && l.values.officeNamed) ||
    (l.code === 'benefit' && l.values.tierName === undefined) ||
    (l.code === 'step' && coded.has(l.values.stage));
  const guide = buildGuide(reg);
  return guideLines(guide)
    .filter(shown)
    .map((l) => {
      const { label, text } = guideLineWords(l, guide.partialText);
      const [cite, ...alsoCites] = l.cites;
      return row(label, { kind: 'own-words', text }, { cite, ...(alsoCites.length && { alsoCites }), note: l.note });
    });
}

export function buildSummary(reg: Regulation): SummarySection[] {
  const sections: SummarySection[] = [{ id: 'identity', title: '基本信息', rows: identityRows(reg) }];

  const cycle: SummaryRow[] = [row('评选周期', { kind: 'cycle', cycle: reg.awardCycle }, cited(reg.awardCycle))];
  for (const t of reg.tracks ?? [])
    cycle.push(row(`类别：${t.name}`, { kind: 'track-applicants', recipients: t.recipients }, cited(t)));
  sections.push({ id: 'cycle', title: '评选周期', rows: cycle });
  for (const tier of reg.tiers) sections.push({ id: `tier-${tier.id}`, title: tier.name, rows: tierRows(reg, tier) });

  if (reg.higherAwardBonuses.length) {
    sections.push({
      id: 'bonuses',
      title: '获得上级质量奖的奖励',
      rows: reg.higherAwardBonuses.map((b) =>
        row(
          higherAwardLabel(b),
          b.percentOfPrize !== undefined
            ? { kind: 'prize-share', percent: b.percentOfPrize }
            : { kind: 'yuan', amount: b.amountYuan },
          cited(b),
        ),
      ),
    });
  }

  const standards = reg.evaluationStandards.map((s) => row('评审标准', { kind: 'standard', standard: s }, cited(s)));
  if (reg.scoreScale)
    standards.push(row('总分', { kind: 'points', points: reg.scoreScale.max }, { cite: reg.scoreScale.cite }));
  sections.push({ id: 'standards', title: '评审标准', rows: standards });

  for (const a of reg.applicants) {
    const trackNames = (a.tracks ?? []).map((id) => trackName(reg, id));
    const tracks = trackNames.join('、');
    sections.push({
      id: `conditions-${a.type}`,
      title: `申报条件：${recipientLabel(a.type)}${tracks ? `（${tracks}）` : ''}`,
      rows: [
        row('申报主体', { kind: 'applicant', recipient: a.type, trackNames }, cited(a)),
        ...a.conditions.map(conditionRow),
      ],
    });
  }
  sections.push({
    id: 'exclusions',
    title: '不得申报的情形',
    rows: reg.exclusionClauses.length
      ? reg.exclusionClauses.map((c) => {
          const r = conditionRow(c);
          return { ...r, label: `${r.label}（${recipientsLabel(c.appliesTo)}）` };
        })
      : [row('不得申报的情形', silent(reg, { kind: 'no-exclusions' }))],
  });

  const applying = applyingRows(reg);
  if (applying.length) sections.push({ id: 'applying', title: '申报与获奖后', rows: applying });
  sections.push({ id: 'process', title: '评审程序', rows: processRows(reg.process) });
  sections.push({ id: 'sanctions', title: '监督与处罚', rows: sanctionRows(reg) });
  return sections;
}

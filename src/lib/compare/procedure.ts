// Comparison sections on how awards are given and kept: the review process,
// sanctions and re-application, and each regulation's validity and status.
import { BAN_CAUSES, REVOCATION_CAUSES } from '../codebook.ts';
import { jurisdictionName } from '../jurisdiction.ts';
import type { Regulation } from '../schema.ts';
import { lastDayInForce, regulationStatus } from '../status.ts';
import {
  banCauseLabel,
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
  revocationCauseLabel,
  revocationText,
  reviewPanelText,
  scoreWeightsText,
  shortlistRatioText,
  stagesText,
  stageText,
  standardText,
  statusText,
  summariesText,
  dayRangeText,
  yearsText,
} from '../wording/values.ts';
import { publicityInBothUnits } from './days.ts';
import { buildRow, inCodebookOrder, notesOf, type CompareInput } from './rows.ts';
import { cell, type ComparisonRow, type ComparisonSection } from './table.ts';

export function processSection(regs: CompareInput[]): ComparisonSection {
  const longest = (reg: Regulation, unit: 'calendar' | 'working') => {
    const ps = reg.process.publicity.map((p) => ({ p, both: publicityInBothUnits(p.minimumDays, p.dayType) }));
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
  };
  const rows: ComparisonRow[] = [
    buildRow('stages', '评审程序', regs, (reg) => {
      const s = reg.process.stages;
      return cell(s.names, stagesText(s.names), {
        num: s.names.length,
        cites: [{ cite: s.cite }],
        notes: notesOf(s),
      });
    }),
    buildRow('standards', '评审标准', regs, (reg) =>
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
      '评分总分',
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
      '不收取费用',
      regs,
      (reg) => reg.process.noFee && cell(true, NO_FEE_STATED_TEXT, { cites: [{ cite: reg.process.noFee.cite }] }),
      { emptyText: '未写明' },
    ),
    buildRow(
      'recommendation',
      '须经推荐单位签署意见',
      regs,
      (reg) =>
        reg.process.recommendationRequired &&
        cell(true, RECOMMENDATION_STATED_TEXT, { cites: [{ cite: reg.process.recommendationRequired.cite }] }),
      { emptyText: '未写明' },
    ),
    buildRow('review-panel', '评审组人数', regs, (reg) => {
      const p = reg.process.reviewPanel;
      return (
        p &&
        cell({ minMembers: p.minMembers, maxMembers: p.maxMembers }, reviewPanelText(p), {
          num: p.minMembers,
          cites: [{ cite: p.cite }],
        })
      );
    }),
    buildRow('shortlist', '入围比例（获奖:入围）', regs, (reg) => {
      const r = reg.process.shortlistRatio;
      return (
        r &&
        cell({ winners: r.winners, shortlisted: r.shortlisted }, shortlistRatioText(r), { cites: [{ cite: r.cite }] })
      );
    }),
    buildRow('score-weights', '综合评价权重', regs, (reg) => {
      const w = reg.process.scoreWeights;
      const weights = w?.weights.map((x) => ({ stage: x.stage, percent: x.percent }));
      return weights && cell(weights, scoreWeightsText(weights), { cites: [{ cite: w!.cite }] });
    }),
    buildRow('decision-vote', '审议表决', regs, (reg) => {
      const v = reg.process.decisionVote;
      return (
        v &&
        cell({ numerator: v.numerator, denominator: v.denominator, inclusive: v.inclusive }, decisionVoteText(v), {
          cites: [{ cite: v.cite }],
          notes: notesOf(v),
        })
      );
    }),
    buildRow('publicity', '公示', regs, (reg) => {
      const ps = reg.process.publicity;
      if (!ps.length) return undefined;
      const periods = ps.map((p) => ({ stage: p.stage, minimumDays: p.minimumDays, dayType: p.dayType }));
      return cell(periods, publicityListText(periods), {
        cites: ps.map((p) => ({ cite: p.cite })),
        notes: notesOf(...ps),
        explanation: ps.map((p) => publicityInBothUnits(p.minimumDays, p.dayType).text).join('；'),
      });
    }),
    buildRow('publicity-calendar', '最长一次公示，折合自然日', regs, (reg) => longest(reg, 'calendar'), {
      extreme: { direction: 'max', label: '公示最长' },
      computed: '工作日按起始星期换算为自然日（不计法定节假日）；按至少的天数比较',
    }),
    buildRow('publicity-working', '最长一次公示，折合工作日', regs, (reg) => longest(reg, 'working'), {
      extreme: { direction: 'max', label: '公示最长' },
      computed: '自然日按起始星期换算为其中的工作日（不计法定节假日）；按至少的天数比较',
    }),
    buildRow('records-retention', '材料保存年限', regs, (reg) => {
      const r = reg.process.recordsRetentionYears;
      return r && cell(r.value, yearsText(r.value), { num: r.value, cites: [{ cite: r.cite }] });
    }),
  ];
  return {
    id: 'process',
    title: '评审程序',
    description: '评审环节、公示期（自然日与工作日互相折算）和表决规则。',
    rows,
  };
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
      '最长禁止申报期',
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
      { emptyText: '未规定禁止期', extreme: { direction: 'max', label: '禁止期最长' } },
    ),
    ...banCauses.map((cause) =>
      buildRow(
        `ban-${cause}`,
        `禁止申报：${banCauseLabel(cause)}`,
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
        { extreme: { direction: 'max', label: '禁止期最长' } },
      ),
    ),
    ...revocations.map((cause) =>
      buildRow(`revoke-${cause}`, `撤销奖项：${revocationCauseLabel(cause)}`, regs, (reg) => {
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
      '获奖后再次申报',
      regs,
      (reg) => {
        const rs = reg.sanctions.reapplication;
        if (!rs.length) return undefined;
        const validity = reg.sanctions.awardValidityYears?.value;
        const rules = rs.map((r) => ({
          waitYears: r.waitYears,
          after: r.after,
          scope: r.scope,
          awardValidityYears: r.after === 'award-expiry' ? validity : undefined,
        }));
        return cell(rules, rules.map((r) => reapplicationRuleText(r, r.awardValidityYears)).join('；'), {
          num: Math.max(...rs.map((r) => r.waitYears)),
          cites: rs.map((r) => ({ cite: r.cite })),
          notes: notesOf(...rs),
        });
      },
      { emptyText: '未规定', extreme: { direction: 'max', label: '等待最久' } },
    ),
    buildRow('award-validity', '奖项有效期', regs, (reg) => {
      const v = reg.sanctions.awardValidityYears;
      return v && cell(v.value, yearsText(v.value), { num: v.value, cites: [{ cite: v.cite }] });
    }),
    buildRow('reporting-duties', '获奖者报告义务', regs, (reg) => {
      const ds = reg.sanctions.reportingDuties;
      return ds.length
        ? cell(
            ds.map((d) => d.summary),
            summariesText(ds),
            {
              cites: ds.map((d) => ({ cite: d.cite })),
              notes: notesOf(...ds),
            },
          )
        : undefined;
    }),
    buildRow('title-use', '称号使用的限制', regs, (reg) => {
      const ls = reg.sanctions.titleUseLimits;
      return ls.length
        ? cell(
            ls.map((d) => d.summary),
            summariesText(ls),
            {
              cites: ls.map((d) => ({ cite: d.cite })),
              notes: notesOf(...ls),
            },
          )
        : undefined;
    }),
  ];
  return {
    id: 'sanctions',
    title: '处罚与再申报',
    description: '弄虚作假等情形的禁止申报期、撤销奖项与追回奖金，以及获奖后何时可再申报。',
    rows,
  };
}

export function validitySection(regs: CompareInput[], asOf: string): ComparisonSection {
  const rows: ComparisonRow[] = [
    buildRow(
      'status',
      `状态（截至 ${asOf}）`,
      regs,
      (reg) => {
        const v = regulationStatus(reg, asOf);
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
      { computed: '由文本性质、施行日期与有效期推算' },
    ),
    buildRow('stage', '文本性质', regs, (reg) =>
      cell(reg.stage.value, stageText(reg.stage.value), {
        cites: reg.stage.cite ? [{ cite: reg.stage.cite }] : [],
        notes: notesOf(reg.stage),
      }),
    ),
    buildRow('jurisdiction', '辖区', regs, (reg) =>
      cell(reg.jurisdiction.level, jurisdictionText(reg), {
        ownWords: [jurisdictionName(reg)],
        cites: reg.jurisdiction.cites.map((cite) => ({ cite })),
        notes: notesOf(reg.jurisdiction),
      }),
    ),
    buildRow('issuer', '发文机关', regs, (reg) =>
      cell(reg.issuer.name, reg.issuer.name, { cites: [{ cite: reg.issuer.cite }] }),
    ),
    buildRow('document-number', '文号', regs, (reg) =>
      reg.documentNumber.value
        ? cell({ numbered: true }, reg.documentNumber.value, {
            ownWords: [reg.documentNumber.value],
            cites: reg.documentNumber.cite ? [{ cite: reg.documentNumber.cite }] : [],
          })
        : cell({ numbered: false }, NO_DOCUMENT_NUMBER_TEXT, { notes: notesOf(reg.documentNumber) }),
    ),
    ...(['issued', 'effective'] as const).map((k) =>
      buildRow(k, k === 'issued' ? '印发日期' : '施行日期', regs, (reg) => {
        const f = reg.dates[k];
        return (
          f &&
          cell({ date: f.date, derivedFrom: f.derivedFrom }, datedText(f), {
            cites: [{ cite: f.cite }],
            notes: notesOf(f),
          })
        );
      }),
    ),
    buildRow(
      'valid-until',
      '有效期至',
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
      { emptyText: '未规定有效期' },
    ),
    buildRow(
      'validity-years',
      '有效期（年）',
      regs,
      (reg) =>
        reg.validityYears &&
        cell(reg.validityYears.value, yearsText(reg.validityYears.value), {
          num: reg.validityYears.value,
          cites: [{ cite: reg.validityYears.cite }],
        }),
    ),
    buildRow('repeals', '同时废止', regs, (reg) =>
      reg.repeals.length
        ? cell(
            reg.repeals.map((r) => (r.documentNumber ? { documentNumber: r.documentNumber } : { title: r.title })),
            reg.repeals.map(repealShortText).join('；'),
            { cites: reg.repeals.map((r) => ({ cite: r.cite })) },
          )
        : undefined,
    ),
  ];
  return {
    id: 'validity',
    title: '效力与状态',
    description: '文本是否正式印发、何时施行、有效到何时，以截至构建之日计算的状态。',
    rows,
  };
}

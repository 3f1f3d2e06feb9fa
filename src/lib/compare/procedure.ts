// Comparison sections on how awards are given and kept: the review process,
// sanctions and re-application, and each regulation's validity and status.
import { BAN_CAUSES, JURISDICTION_LEVELS, RECIPIENT_TYPES, REVOCATION_CAUSES } from '../codebook.ts';
import { formatDate, formatDays } from '../wording/format.ts';
import type { Regulation } from '../schema.ts';
import { lastDayInForce, regulationStatus } from '../status.ts';
import { statusText } from '../wording/values.ts';
import { jurisdictionName } from '../jurisdiction.ts';
import { publicityInBothUnits } from './days.ts';
import { buildRow, inCodebookOrder, notesOf, type CompareInput } from './rows.ts';
import { cell, type ComparisonRow, type ComparisonSection } from './table.ts';

const range = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);

export function processSection(regs: CompareInput[]): ComparisonSection {
  const longest = (reg: Regulation, unit: 'calendar' | 'working') => {
    const ps = reg.process.publicity.map((p) => ({ p, both: publicityInBothUnits(p.minimumDays, p.dayType) }));
    if (!ps.length) return undefined;
    const best = ps.reduce((a, b) => (b.both[unit].min > a.both[unit].min ? b : a));
    const r = best.both[unit];
    return cell(`${range(r.min, r.max)}${unit === 'calendar' ? '天' : '个工作日'}（${best.p.stage}）`, {
      key: String(r.min),
      num: r.min,
      cites: [{ cite: best.p.cite }],
      explanation: best.both.text,
    });
  };
  const rows: ComparisonRow[] = [
    buildRow('stages', '评审程序', regs, (reg) => {
      const s = reg.process.stages;
      return cell(s.names.join(' → '), {
        key: String(s.names.length),
        num: s.names.length,
        cites: [{ cite: s.cite }],
        notes: notesOf(s),
      });
    }),
    buildRow('standards', '评审标准', regs, (reg) =>
      reg.evaluationStandards.length
        ? cell(reg.evaluationStandards.map((s) => (s.code ? `${s.code}《${s.name}》` : s.name)).join('；'), {
            key: reg.evaluationStandards.map((s) => s.code ?? s.name).join(','),
            cites: reg.evaluationStandards.map((s) => ({ cite: s.cite })),
            notes: notesOf(...reg.evaluationStandards),
          })
        : undefined,
    ),
    buildRow(
      'score-scale',
      '评分总分',
      regs,
      (reg) =>
        reg.scoreScale &&
        cell(`${reg.scoreScale.max}分`, { num: reg.scoreScale.max, cites: [{ cite: reg.scoreScale.cite }] }),
    ),
    buildRow(
      'no-fee',
      '不收取费用',
      regs,
      (reg) => reg.process.noFee && cell('明文规定不收费', { cites: [{ cite: reg.process.noFee.cite }] }),
      { emptyText: '未写明' },
    ),
    buildRow(
      'recommendation',
      '须经推荐单位签署意见',
      regs,
      (reg) =>
        reg.process.recommendationRequired &&
        cell('须推荐', { cites: [{ cite: reg.process.recommendationRequired.cite }] }),
      { emptyText: '未写明' },
    ),
    buildRow('review-panel', '评审组人数', regs, (reg) => {
      const p = reg.process.reviewPanel;
      return (
        p &&
        cell(p.maxMembers ? `${p.minMembers}至${p.maxMembers}名` : `${p.minMembers}名以上`, {
          num: p.minMembers,
          cites: [{ cite: p.cite }],
        })
      );
    }),
    buildRow('shortlist', '入围比例（获奖:入围）', regs, (reg) => {
      const r = reg.process.shortlistRatio;
      return r && cell(`不超过 ${r.winners}:${r.shortlisted}`, { cites: [{ cite: r.cite }] });
    }),
    buildRow('score-weights', '综合评价权重', regs, (reg) => {
      const w = reg.process.scoreWeights;
      return w && cell(w.weights.map((x) => `${x.stage}${x.percent}%`).join('，'), { cites: [{ cite: w.cite }] });
    }),
    buildRow('decision-vote', '审议表决', regs, (reg) => {
      const v = reg.process.decisionVote;
      return (
        v &&
        cell(`超过投票人数的${v.numerator}/${v.denominator}${v.inclusive ? '（含）' : ''}`, {
          cites: [{ cite: v.cite }],
          notes: notesOf(v),
        })
      );
    }),
    buildRow('publicity', '公示', regs, (reg) => {
      const ps = reg.process.publicity;
      if (!ps.length) return undefined;
      return cell(ps.map((p) => `${p.stage}：不少于${formatDays(p.minimumDays, p.dayType)}`).join('；'), {
        key: ps.map((p) => `${p.minimumDays}${p.dayType}`).join(','),
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
      return r && cell(`${r.value}年`, { num: r.value, cites: [{ cite: r.cite }] });
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
        return cell(`${years}年（${worst.map((b) => BAN_CAUSES[b.cause].label).join('、')}）`, {
          key: String(years),
          num: years,
          cites: worst.map((b) => ({ cite: b.cite })),
        });
      },
      { emptyText: '未规定禁止期', extreme: { direction: 'max', label: '禁止期最长' } },
    ),
    ...banCauses.map((cause) =>
      buildRow(
        `ban-${cause}`,
        `禁止申报：${BAN_CAUSES[cause].label}`,
        regs,
        (reg) => {
          const b = reg.sanctions.bans.find((x) => x.cause === cause);
          return (
            b &&
            cell(`${b.years}年内不得申报（${b.appliesTo.map((r) => RECIPIENT_TYPES[r].label).join('、')}）`, {
              key: String(b.years),
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
      buildRow(`revoke-${cause}`, `撤销奖项：${REVOCATION_CAUSES[cause].label}`, regs, (reg) => {
        const c = reg.sanctions.revocationCauses.find((x) => x.cause === cause);
        return (
          c &&
          cell(c.recoversPrize ? '撤销并追回奖金' : '撤销，原文未提追回奖金', {
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
        return cell(
          rs
            .map(
              (r) =>
                `${r.after === 'award' ? '获奖' : '奖项有效期满'}${r.waitYears}年后${r.scope === 'same-award' ? '可再申报同一奖项' : '方可再申报本办法的奖项'}`,
            )
            .join('；'),
          {
            key: rs.map((r) => `${r.waitYears}|${r.after}|${r.scope}`).join(','),
            num: Math.max(...rs.map((r) => r.waitYears)),
            cites: rs.map((r) => ({ cite: r.cite })),
            notes: notesOf(...rs),
          },
        );
      },
      { emptyText: '未规定', extreme: { direction: 'max', label: '等待最久' } },
    ),
    buildRow('award-validity', '奖项有效期', regs, (reg) => {
      const v = reg.sanctions.awardValidityYears;
      return v && cell(`${v.value}年`, { num: v.value, cites: [{ cite: v.cite }] });
    }),
    buildRow('reporting-duties', '获奖者报告义务', regs, (reg) => {
      const ds = reg.sanctions.reportingDuties;
      return ds.length
        ? cell(ds.map((d) => d.summary).join('；'), {
            key: String(ds.length),
            cites: ds.map((d) => ({ cite: d.cite })),
            notes: notesOf(...ds),
          })
        : undefined;
    }),
    buildRow('title-use', '称号使用的限制', regs, (reg) => {
      const ls = reg.sanctions.titleUseLimits;
      return ls.length
        ? cell(ls.map((d) => d.summary).join('；'), {
            key: String(ls.length),
            cites: ls.map((d) => ({ cite: d.cite })),
            notes: notesOf(...ls),
          })
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
        return cell(statusText(v), {
          key: v.status,
          cites: inputs.filter((c) => !!c).map((cite) => ({ cite: cite! })),
        });
      },
      { computed: '由文本性质、施行日期与有效期推算' },
    ),
    buildRow('stage', '文本性质', regs, (reg) =>
      cell(reg.stage.value === 'draft' ? '讨论稿（草稿）' : '正式文本', {
        key: reg.stage.value,
        cites: reg.stage.cite ? [{ cite: reg.stage.cite }] : [],
        notes: notesOf(reg.stage),
      }),
    ),
    buildRow('jurisdiction', '辖区', regs, (reg) =>
      cell(`${jurisdictionName(reg)}（${JURISDICTION_LEVELS[reg.jurisdiction.level].label}）`, {
        key: reg.jurisdiction.level,
        cites: reg.jurisdiction.cites.map((cite) => ({ cite })),
        notes: notesOf(reg.jurisdiction),
      }),
    ),
    buildRow('issuer', '发文机关', regs, (reg) => cell(reg.issuer.name, { cites: [{ cite: reg.issuer.cite }] })),
    buildRow('document-number', '文号', regs, (reg) =>
      reg.documentNumber.value
        ? cell(reg.documentNumber.value, {
            key: 'yes',
            cites: reg.documentNumber.cite ? [{ cite: reg.documentNumber.cite }] : [],
          })
        : cell('原文未载明', { key: 'none', notes: notesOf(reg.documentNumber) }),
    ),
    ...(['issued', 'effective'] as const).map((k) =>
      buildRow(k, k === 'issued' ? '印发日期' : '施行日期', regs, (reg) => {
        const f = reg.dates[k];
        return (
          f &&
          cell(formatDate(f.date) + (f.derivedFrom ? '（推算）' : ''), {
            key: f.date,
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
        return cell(formatDate(last), {
          key: last,
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
        cell(`${reg.validityYears.value}年`, {
          num: reg.validityYears.value,
          cites: [{ cite: reg.validityYears.cite }],
        }),
    ),
    buildRow('repeals', '同时废止', regs, (reg) =>
      reg.repeals.length
        ? cell(reg.repeals.map((r) => r.documentNumber ?? r.title).join('；'), {
            key: String(reg.repeals.length),
            cites: reg.repeals.map((r) => ({ cite: r.cite })),
          })
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

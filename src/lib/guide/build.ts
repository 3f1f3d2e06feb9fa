// A regulation's guide to applying, built from its coding alone: who may apply,
// when, what to prepare, the steps, what winning brings and costs, and the items
// the reviewers judge. Every line carries the passages that say it; where the
// text says nothing, a silent line says so rather than a value being made up.
import { CONDITION_CATEGORIES, type ConditionCategory } from '../codebook.ts';
import type { Citation, Condition, Regulation } from '../schema.ts';
import type { Guide, GuideGroup, GuideGroupId, GuideLine, GuideSection, SilentField } from './lines.ts';
import { timeline } from './steps.ts';

const silent = (field: SilentField, tierName?: string): GuideLine => ({
  code: 'silent',
  values: { field, ...(tierName !== undefined && { tierName }) },
  cites: [],
});

/** A group of the lines given, or of one silent line where there are none. */
const group = (id: GuideGroupId, lines: GuideLine[], whenNone?: SilentField): GuideGroup => ({
  id,
  lines: lines.length || !whenNone ? lines : [silent(whenNone)],
});

/** The citation and note of a coded item, as a line carries them. */
const cited = (x: { cite: Citation; note?: string }) => ({ cites: [x.cite], ...(x.note && { note: x.note }) });

const trackName = (reg: Regulation, id: string | undefined) => reg.tracks?.find((t) => t.id === id)?.name;

function who(reg: Regulation): GuideSection {
  const applicants = reg.applicants.map(
    (a): GuideLine => ({
      code: 'applicant',
      values: { recipient: a.type, trackNames: (a.tracks ?? []).flatMap((id) => trackName(reg, id) ?? []) },
      ...cited(a),
    }),
  );
  const tracks = (reg.tracks ?? []).map(
    (t): GuideLine => ({ code: 'track', values: { name: t.name, recipients: t.recipients }, ...cited(t) }),
  );
  const tiers = reg.tiers.flatMap((t): GuideLine[] => {
    const tier: GuideLine = {
      code: 'tier',
      values: { name: t.name, kind: t.kind, rank: t.rank, recipients: t.recipients },
      ...cited(t),
    };
    const quotaCite = t.quota?.cite ?? t.recipientCaps?.[0]?.cite;
    if (!quotaCite) return [tier];
    const quota = { quota: t.quota, tracks: t.tracks, recipientCaps: t.recipientCaps };
    return [tier, { code: 'quota', values: { tierName: t.name, tier: quota }, cites: [quotaCite] }];
  });
  const exclusions = reg.exclusionClauses.map(
    (c): GuideLine => ({ code: 'exclusion', values: { condition: c, appliesTo: c.appliesTo }, ...cited(c) }),
  );
  return {
    id: 'who',
    groups: [
      group('applicants', [...applicants, ...tracks]),
      group('tiers', tiers),
      group('exclusions', exclusions, 'exclusions'),
    ],
  };
}

function when(reg: Regulation): GuideSection {
  const { office, window: applicationWindow } = reg.application ?? {};
  const lines: GuideLine[] = [];
  if (applicationWindow)
    lines.push({
      code: 'window',
      values: { months: applicationWindow.months, text: applicationWindow.text },
      ...cited(applicationWindow),
    });
  // With no dates in the text, a round's dates are those of the year's 申报通知: say who issues it.
  else if (office)
    lines.push({ code: 'dates-in-notice', values: { office: office.name, officeNamed: true }, ...cited(office) });
  else
    lines.push({
      code: 'dates-in-notice',
      values: { office: reg.issuer.name, officeNamed: false },
      ...cited(reg.issuer),
    });
  if (office && applicationWindow) lines.push({ code: 'office', values: { name: office.name }, ...cited(office) });
  return {
    id: 'when',
    groups: [
      group('cycle', [{ code: 'cycle', values: { cycle: reg.awardCycle }, ...cited(reg.awardCycle) }]),
      group('window', lines),
    ],
  };
}

function prepare(reg: Regulation, applying: GuideLine[]): GuideSection {
  const { materials = [], recommenders = [] } = reg.application ?? {};
  const { recommendationRequired, noFee } = reg.process;
  const recommending = recommenders.map(
    (r): GuideLine => ({
      code: 'recommender',
      values: { kind: r.kind, name: r.name, act: r.act, ...(r.appliesTo && { appliesTo: r.appliesTo }) },
      ...cited(r),
    }),
  );
  // The bare rule that a recommendation is needed, where the text names no recommender.
  if (!recommending.length && recommendationRequired)
    recommending.push({ code: 'recommendation-required', values: {}, ...cited(recommendationRequired) });
  const groups = [
    group(
      'materials',
      materials.map(
        (m): GuideLine => ({
          code: 'material',
          values: { kind: m.kind, name: m.name, ...(m.standard && { standard: m.standard }) },
          ...cited(m),
        }),
      ),
      'materials',
    ),
    group('recommenders', recommending, 'recommenders'),
    group(
      'standards',
      reg.evaluationStandards.map(
        (s): GuideLine => ({
          code: 'standard',
          values: { name: s.name, ...(s.code && { code: s.code }) },
          ...cited(s),
        }),
      ),
      'standards',
    ),
    group('applying-publicity', applying),
    group('fee', noFee ? [{ code: 'no-fee', values: {}, ...cited(noFee) }] : [], 'fee'),
  ];
  return { id: 'prepare', groups: groups.filter((g) => g.lines.length) };
}

function brings(reg: Regulation): GuideSection {
  const prizes = reg.tiers.flatMap((t): GuideLine[] => {
    const lines = t.prizes.map(
      (p): GuideLine => ({
        code: 'prize',
        values: {
          tierName: t.name,
          recipient: p.recipient,
          ...(p.track && { trackName: trackName(reg, p.track) ?? p.track }),
          amountYuan: p.amountYuan,
          firstTimeOnly: p.firstTimeOnly ?? false,
        },
        ...cited(p),
      }),
    );
    if (!lines.length) lines.push(silent('prize', t.name));
    const rw = t.repeatWinners;
    if (rw)
      lines.push({
        code: 'repeat-winners',
        values: { tierName: t.name, prize: rw.prize, countsTowardQuota: rw.countsTowardQuota },
        ...cited(rw),
      });
    return lines;
  });
  const bonuses = reg.higherAwardBonuses.map(
    (b): GuideLine => ({
      code: 'bonus',
      values: {
        award: b.award,
        recipient: b.recipient,
        amountYuan: b.amountYuan,
        ...(b.percentOfPrize !== undefined && { percentOfPrize: b.percentOfPrize }),
      },
      ...cited(b),
    }),
  );
  const benefits = [
    ...reg.tiers.flatMap((t) =>
      (t.otherBenefits ?? []).map(
        (b): GuideLine => ({ code: 'benefit', values: { summary: b.summary, tierName: t.name }, ...cited(b) }),
      ),
    ),
    ...(reg.benefits ?? []).map((b): GuideLine => ({ code: 'benefit', values: { summary: b.summary }, ...cited(b) })),
  ];
  return {
    id: 'brings',
    groups: [group('prizes', prizes), group('bonuses', bonuses, 'bonuses'), group('benefits', benefits, 'benefits')],
  };
}

function costs(reg: Regulation): GuideSection {
  const s = reg.sanctions;
  const duties: GuideLine[] = [
    ...(reg.winnerDuties ?? []).map(
      (d): GuideLine => ({
        code: 'winner-duty',
        values: { kind: d.kind, summary: d.summary, ...(d.withinDays !== undefined && { withinDays: d.withinDays }) },
        ...cited(d),
      }),
    ),
    ...s.reportingDuties.map(
      (d): GuideLine => ({
        code: 'reporting-duty',
        values: {
          summary: d.summary,
          ...(d.withinDays !== undefined && { withinDays: d.withinDays }),
          ...(d.yearsAfterAward !== undefined && { yearsAfterAward: d.yearsAfterAward }),
        },
        ...cited(d),
      }),
    ),
    ...s.titleUseLimits.map((d): GuideLine => ({ code: 'title-use', values: { summary: d.summary }, ...cited(d) })),
  ];
  if (s.awardValidityYears)
    duties.push({
      code: 'award-validity',
      values: { years: s.awardValidityYears.value },
      ...cited(s.awardValidityYears),
    });
  const revocations = s.revocationCauses.map(
    (r): GuideLine => ({ code: 'revocation', values: { cause: r.cause, recoversPrize: r.recoversPrize }, ...cited(r) }),
  );
  const bans = s.bans.map(
    (b): GuideLine => ({
      code: 'ban',
      values: { cause: b.cause, years: b.years, appliesTo: b.appliesTo },
      ...cited(b),
    }),
  );
  const awardValidityYears = s.awardValidityYears?.value;
  const reapplication = s.reapplication.map(
    (rule): GuideLine => ({
      code: 'reapplication',
      values: {
        rule,
        ...(awardValidityYears !== undefined && { awardValidityYears }),
        ...(rule.afterTiers && {
          afterTierNames: rule.afterTiers.map((id) => reg.tiers.find((t) => t.id === id)?.name ?? id),
        }),
      },
      ...cited(rule),
    }),
  );
  return {
    id: 'costs',
    groups: [
      group('duties', duties, 'duties'),
      group('sanctions', [
        ...(revocations.length ? revocations : [silent('revocations')]),
        ...(bans.length ? bans : [silent('bans')]),
      ]),
      group('reapplication', reapplication, 'reapplication'),
    ],
  };
}

/** The conditions the reviewers judge, grouped by their codebook category in the codebook's order. */
function judgment(reg: Regulation): GuideSection {
  const byCategory = new Map<ConditionCategory, GuideLine[]>();
  for (const a of reg.applicants)
    for (const c of a.conditions.filter((x: Condition) => x.assessment === 'judgment'))
      byCategory.set(c.category, [
        ...(byCategory.get(c.category) ?? []),
        { code: 'judgment', values: { condition: c, recipient: a.type }, ...cited(c) },
      ]);
  const order = Object.keys(CONDITION_CATEGORIES) as ConditionCategory[];
  const groups = order.flatMap((category): GuideGroup[] => {
    const lines = byCategory.get(category);
    return lines ? [{ id: 'judgment', category, lines }] : [];
  });
  return { id: 'judgment', groups: groups.length ? groups : [group('judgment', [], 'judgment')] };
}

export function buildGuide(reg: Regulation): Guide {
  const steps = timeline(reg.process);
  return {
    partialText: reg.partialText !== undefined,
    sections: [
      who(reg),
      when(reg),
      prepare(reg, steps.applying),
      {
        id: 'steps',
        groups: [group('stages', steps.steps), group('publicity', steps.periods)].filter((g) => g.lines.length),
      },
      brings(reg),
      costs(reg),
      judgment(reg),
    ],
  };
}

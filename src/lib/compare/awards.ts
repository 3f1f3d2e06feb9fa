// Comparison sections on the awards themselves: tiers and quotas, and prize money.
import { RECIPIENT_TYPES, type Recipient } from '../codebook.ts';
import { cycleYears } from '../cycle.ts';
import type { Regulation, Tier } from '../schema.ts';
import {
  awardCount,
  awardRangeText,
  CYCLE_NOT_NUMBERED_TEXT,
  cycleText,
  formatYuan,
  higherAwardsText,
  largestPrizeText,
  NO_AMOUNT_TEXT,
  NOT_IN_TEXT_TEXT,
  notAwardedText,
  pointsText,
  prizesText,
  quotaText,
  recipientCapLabel,
  recipientsLabel,
  repeatWinnersText,
  silentText,
  tierNameText,
  UNCOUNTABLE_AWARDS_TEXT,
  UNCOUNTABLE_PAYOUT_TEXT,
  UNLIMITED_QUOTA_TEXT,
} from '../wording/values.ts';
import {
  besidesUnlimitedText,
  CITE_ABOUT,
  COMPUTED_NOTES,
  EMPTY_TEXTS,
  EXTREME_LABELS,
  largestPrizeRowLabel,
  payoutPerYearWorkings,
  perTierWorkings,
  prizeRowLabel,
  ROW_LABELS,
  tierRowLabel,
} from '../wording/compare.ts';
import { tierCapacity, tierPayout, perYear } from './capacity.ts';
import { buildRow, notesOf, sectionOf, summariesCell, unique, type CompareInput } from './rows.ts';
import { cell, type CellCite, type ComparisonRow, type ComparisonSection } from './table.ts';

/** What a cell the coding cannot fill reads: its own words, or 现有文本未载 where the text is known only in part. */
const unlessPartial = (reg: Regulation, text: string) => (reg.partialText ? NOT_IN_TEXT_TEXT : text);

const tierAt = (reg: Regulation, rank: number) => reg.tiers.find((t) => t.rank === rank);
const ranksOf = (regs: CompareInput[]) =>
  unique(regs.flatMap((r) => r.regulation.tiers.map((t) => t.rank))).sort((a, b) => a - b);

function quotaCites(tier: Tier): CellCite[] {
  return [
    ...(tier.quota ? [{ cite: tier.quota.cite, about: CITE_ABOUT.quota }] : []),
    ...(tier.recipientCaps ?? []).map((c) => ({ cite: c.cite, about: recipientCapLabel(c.recipient) })),
  ];
}

export function tiersSection(regs: CompareInput[]): ComparisonSection {
  const rows: ComparisonRow[] = [
    buildRow('cycle', ROW_LABELS.cycle, regs, (reg) =>
      cell(reg.awardCycle.everyYears, cycleText(reg.awardCycle), {
        num: cycleYears(reg.awardCycle),
        cites: [{ cite: reg.awardCycle.cite }],
        notes: notesOf(reg.awardCycle),
      }),
    ),
    buildRow('tier-count', ROW_LABELS['tier-count'], regs, (reg) =>
      cell(
        reg.tiers.map((t) => t.kind),
        reg.tiers.map((t) => t.name).join('、'),
        {
          ownWords: reg.tiers.map((t) => t.name),
          num: reg.tiers.length,
          cites: reg.tiers.map((t) => ({ cite: t.cite, about: t.name })),
        },
      ),
    ),
  ];
  for (const rank of ranksOf(regs)) {
    rows.push(
      buildRow(
        `tier-${rank}-name`,
        tierRowLabel(rank, 'name'),
        regs,
        (reg) => {
          const t = tierAt(reg, rank);
          return (
            t &&
            cell(t.kind, tierNameText(t), {
              ownWords: [t.name],
              cites: [{ cite: t.cite }],
              notes: notesOf(t),
            })
          );
        },
        { emptyText: EMPTY_TEXTS.noSuchTier },
      ),
      buildRow(
        `tier-${rank}-recipients`,
        tierRowLabel(rank, 'recipients'),
        regs,
        (reg) => {
          const t = tierAt(reg, rank);
          return (
            t &&
            cell(t.recipients, recipientsLabel(t.recipients), {
              cites: [{ cite: t.cite }],
            })
          );
        },
        { emptyText: EMPTY_TEXTS.noSuchTier },
      ),
      buildRow(
        `tier-${rank}-quota`,
        tierRowLabel(rank, 'quota'),
        regs,
        (reg) => {
          const t = tierAt(reg, rank);
          if (!t) return undefined;
          const cap = tierCapacity(reg, t);
          const q = t.quota;
          const quota = q && {
            min: q.min,
            max: q.max,
            maxPerTrack: q.maxPerTrack,
            unlimited: q.unlimited,
            outsideTotal: q.outsideTotal,
            asARule: q.asARule,
            fewerOrVacantAllowed: q.fewerOrVacantAllowed,
            tracked: !!t.tracks?.length,
          };
          // Quotas per recipient with no shared total are a quota too, not 未规定.
          const perRecipient =
            q?.max === undefined && q?.maxPerTrack === undefined && t.recipientCaps?.length
              ? { perRecipient: Object.fromEntries(t.recipientCaps.map((c) => [c.recipient, c.max])) }
              : undefined;
          const value = quota || perRecipient ? { ...quota, ...perRecipient } : null;
          return cell(value, quotaText(t, silentText(reg)), {
            num: cap.maxPerCycle,
            cites: quotaCites(t),
            notes: notesOf(t.quota, ...(t.recipientCaps ?? [])),
          });
        },
        { emptyText: EMPTY_TEXTS.noSuchTier },
      ),
      buildRow(
        `tier-${rank}-per-year`,
        tierRowLabel(rank, 'per-year'),
        regs,
        (reg) => {
          const t = tierAt(reg, rank);
          if (!t) return undefined;
          const cap = tierCapacity(reg, t);
          if (cap.unlimited) return cell({ unlimited: true }, UNLIMITED_QUOTA_TEXT, { cites: quotaCites(t) });
          if (cap.maxPerCycle !== undefined && cap.maxPerYear === undefined)
            return cell({ perCycle: cap.maxPerCycle, everyYears: null }, CYCLE_NOT_NUMBERED_TEXT, {
              cites: quotaCites(t),
              explanation: cap.explanation,
            });
          const perYear = { min: cap.minPerYear, max: cap.maxPerYear };
          if (perYear.max === undefined && reg.partialText) return cell(null, NOT_IN_TEXT_TEXT);
          return cell(perYear, awardRangeText(perYear.min, perYear.max), {
            num: cap.maxPerYear,
            cites: quotaCites(t),
            explanation: cap.explanation,
          });
        },
        {
          emptyText: EMPTY_TEXTS.noSuchTier,
          extreme: { direction: 'max', label: EXTREME_LABELS.mostAwards },
          computed: COMPUTED_NOTES['per-year'],
        },
      ),
    );
    if (regs.some((r) => tierAt(r.regulation, rank)?.recipients.includes('individual'))) {
      rows.push(
        buildRow(
          `tier-${rank}-individuals`,
          tierRowLabel(rank, 'individuals'),
          regs,
          (reg) => {
            const t = tierAt(reg, rank);
            if (!t) return undefined;
            if (!t.recipients.includes('individual')) return cell({ awarded: false }, notAwardedText('individual'));
            const n = tierCapacity(reg, t).maxPerRecipient.individual;
            return cell({ awarded: true, max: n }, awardRangeText(undefined, n), { num: n, cites: quotaCites(t) });
          },
          { emptyText: EMPTY_TEXTS.noSuchTier, computed: COMPUTED_NOTES.individuals },
        ),
      );
    }
    if (regs.some((r) => tierAt(r.regulation, rank)?.minimumScore)) {
      rows.push(
        buildRow(`tier-${rank}-minimum-score`, tierRowLabel(rank, 'minimum-score'), regs, (reg) => {
          const score = tierAt(reg, rank)?.minimumScore;
          return (
            score &&
            cell(score.value, pointsText(score.value), {
              num: score.value,
              cites: [{ cite: score.cite }],
              notes: notesOf(score),
            })
          );
        }),
      );
    }
  }
  rows.push(
    buildRow(
      'awards-per-year',
      ROW_LABELS['awards-per-year'],
      regs,
      (reg) => {
        const all = reg.tiers.map((t) => ({ tier: t.name, capacity: tierCapacity(reg, t) }));
        // A tier without a limit (不限定名额) is named beside the total, not counted as unknown or as zero.
        const unlimited = all.filter(({ capacity }) => capacity.unlimited);
        const caps = all.filter(({ capacity }) => !capacity.unlimited);
        const years = cycleYears(reg.awardCycle);
        if (caps.some(({ capacity }) => capacity.maxPerCycle === undefined))
          return cell(null, unlessPartial(reg, UNCOUNTABLE_AWARDS_TEXT));
        if (years === undefined) return cell(null, CYCLE_NOT_NUMBERED_TEXT);
        const total = perYear(
          caps.reduce((s, { capacity }) => s + capacity.maxPerCycle!, 0),
          years,
        );
        const besides = unlimited.map(({ tier, capacity }) => ({ name: tier, outsideTotal: capacity.outsideTotal }));
        return cell(besides.length ? { total, besides } : total, besidesUnlimitedText(awardCount(total), besides), {
          num: besides.length ? undefined : total,
          cites: reg.tiers.flatMap(quotaCites),
          explanation: perTierWorkings(caps.map(({ tier, capacity }) => ({ tier, workings: capacity.explanation }))),
        });
      },
      { extreme: { direction: 'max', label: EXTREME_LABELS.mostAwards }, computed: COMPUTED_NOTES['awards-per-year'] },
    ),
    buildRow('repeat-winners', ROW_LABELS['repeat-winners'], regs, (reg) => {
      const t = reg.tiers.find((x) => x.repeatWinners);
      if (!t?.repeatWinners) return undefined;
      const r = t.repeatWinners;
      return cell({ prize: r.prize, countsTowardQuota: r.countsTowardQuota }, repeatWinnersText(r), {
        cites: [{ cite: r.cite }],
        notes: notesOf(r),
      });
    }),
  );
  return sectionOf('tiers', rows);
}

function prizesFor(tier: Tier, recipient: Recipient) {
  return tier.prizes.filter((p) => p.recipient === recipient);
}

/** What a prize cell shows: one amount when all are equal, else each track's amount. */
function prizesShown(reg: Regulation, prizes: Tier['prizes']) {
  const firstTimeOnly = prizes.some((p) => p.firstTimeOnly);
  const [amountYuan, ...others] = unique(prizes.map((p) => p.amountYuan));
  if (amountYuan !== undefined && !others.length) return { amountYuan, firstTimeOnly };
  const byTrack = prizes.map((p) => ({
    track: reg.tracks?.find((t) => t.id === p.track)?.name ?? '',
    amountYuan: p.amountYuan,
  }));
  return { byTrack, firstTimeOnly };
}

function largestFor(reg: Regulation, recipient: Recipient) {
  const prizes = reg.tiers.flatMap((t) =>
    t.prizes.filter((p) => p.recipient === recipient).map((p) => ({ p, tier: t })),
  );
  if (!prizes.length) return undefined;
  return prizes.reduce((a, b) => (b.p.amountYuan > a.p.amountYuan ? b : a));
}

/**
 * A bonus given as a share of a higher award's prize, in yuan: the prizes of the coded tiers named as the award
 * (for the bonus's recipient) times the share; undefined where the atlas holds no such tier or it sets no amount.
 */
export function shareOfPrize(
  atlas: CompareInput[],
  bonus: { award: string; recipient: Recipient },
  percent: number,
): { min: number; max: number } | undefined {
  const amounts = atlas.flatMap(({ regulation }) =>
    regulation.tiers
      .filter((t) => t.name === bonus.award)
      .flatMap((t) => prizesFor(t, bonus.recipient).map((p) => (p.amountYuan * percent) / 100)),
  );
  return amounts.length ? { min: Math.min(...amounts), max: Math.max(...amounts) } : undefined;
}

/** `atlas`: the regulations a share of a higher award's prize is looked up in (the compared ones by default). */
export function prizesSection(regs: CompareInput[], atlas: CompareInput[] = regs): ComparisonSection {
  const rows: ComparisonRow[] = [];
  const recipients = Object.keys(RECIPIENT_TYPES) as Recipient[];
  for (const rank of ranksOf(regs)) {
    for (const recipient of recipients) {
      if (!regs.some((r) => tierAt(r.regulation, rank)?.recipients.includes(recipient))) continue;
      rows.push(
        buildRow(
          `prize-${rank}-${recipient}`,
          prizeRowLabel(rank, recipient),
          regs,
          (reg) => {
            const t = tierAt(reg, rank);
            if (!t) return undefined;
            if (!t.recipients.includes(recipient)) return cell({ awarded: false }, notAwardedText(recipient));
            const prizes = prizesFor(t, recipient);
            if (!prizes.length) return cell({ awarded: true, prizes: [] }, unlessPartial(reg, NO_AMOUNT_TEXT));
            const shown = prizesShown(reg, prizes);
            return cell({ awarded: true, ...shown }, prizesText(shown), {
              num: Math.max(...prizes.map((p) => p.amountYuan)),
              cites: prizes.map((p) => ({ cite: p.cite })),
              notes: notesOf(...prizes),
            });
          },
          { emptyText: EMPTY_TEXTS.noSuchTier, extreme: { direction: 'max', label: EXTREME_LABELS.highestPrize } },
        ),
      );
    }
    if (regs.some((r) => tierAt(r.regulation, rank)?.otherBenefits?.length)) {
      rows.push(
        buildRow(`tier-${rank}-other-benefits`, tierRowLabel(rank, 'other-benefits'), regs, (reg) =>
          summariesCell(tierAt(reg, rank)?.otherBenefits ?? []),
        ),
      );
    }
  }
  for (const recipient of recipients.filter((r) =>
    regs.some((x) => x.regulation.tiers.some((t) => t.recipients.includes(r))),
  )) {
    rows.push(
      buildRow(
        `largest-${recipient}`,
        largestPrizeRowLabel(recipient),
        regs,
        (reg) => {
          const best = largestFor(reg, recipient);
          if (!best)
            return reg.tiers.some((t) => t.recipients.includes(recipient))
              ? cell({ awarded: true }, unlessPartial(reg, NO_AMOUNT_TEXT))
              : cell({ awarded: false }, notAwardedText(recipient));
          return cell(
            { awarded: true, amountYuan: best.p.amountYuan },
            largestPrizeText(best.p.amountYuan, best.tier.name),
            {
              ownWords: [best.tier.name],
              num: best.p.amountYuan,
              cites: [{ cite: best.p.cite }],
            },
          );
        },
        { extreme: { direction: 'max', label: EXTREME_LABELS.highestPrize }, computed: COMPUTED_NOTES.largest },
      ),
    );
  }
  const payouts = (reg: Regulation) => reg.tiers.map((t) => ({ tier: t, payout: tierPayout(reg, t) }));
  /** Tiers paid without a limit on their number (不限定名额): named beside the total, not summed. */
  const unlimitedPaid = (reg: Regulation) =>
    reg.tiers
      .filter((t) => t.quota?.unlimited && t.prizes.length)
      .map((t) => ({ name: t.name, outsideTotal: !!t.quota?.outsideTotal }));
  const bounded = (reg: Regulation) =>
    payouts(reg).filter(({ tier }) => !(tier.quota?.unlimited && tier.prizes.length));
  /** A partial text that lacks a tier's prizes or quota leaves the total unknown, not zero. */
  const lacksInPartial = (reg: Regulation) =>
    !!reg.partialText && reg.tiers.some((t) => !t.prizes.length || tierCapacity(reg, t).maxPerCycle === undefined);
  const payoutCites = (reg: Regulation): CellCite[] =>
    reg.tiers.flatMap((t) => [...quotaCites(t), ...t.prizes.map((p) => ({ cite: p.cite, about: CITE_ABOUT.prize }))]);
  const payoutExplanation = (reg: Regulation) =>
    perTierWorkings(payouts(reg).map(({ tier, payout }) => ({ tier: tier.name, workings: payout.explanation })));
  rows.push(
    buildRow(
      'payout-per-cycle',
      ROW_LABELS['payout-per-cycle'],
      regs,
      (reg) => {
        const ps = bounded(reg);
        if (lacksInPartial(reg)) return cell(null, NOT_IN_TEXT_TEXT);
        if (ps.some((p) => p.payout.maxPerCycleYuan === undefined))
          return cell(null, UNCOUNTABLE_PAYOUT_TEXT, { explanation: payoutExplanation(reg) });
        const total = ps.reduce((s, p) => s + p.payout.maxPerCycleYuan!, 0);
        const besides = unlimitedPaid(reg);
        return cell(besides.length ? { total, besides } : total, besidesUnlimitedText(formatYuan(total), besides), {
          num: besides.length ? undefined : total,
          cites: payoutCites(reg),
          explanation: payoutExplanation(reg),
        });
      },
      {
        extreme: { direction: 'max', label: EXTREME_LABELS.highestTotal },
        computed: COMPUTED_NOTES['payout-per-cycle'],
      },
    ),
    buildRow(
      'payout-per-year',
      ROW_LABELS['payout-per-year'],
      regs,
      (reg) => {
        const ps = bounded(reg);
        if (lacksInPartial(reg)) return cell(null, NOT_IN_TEXT_TEXT);
        if (ps.some((p) => p.payout.maxPerCycleYuan === undefined)) return cell(null, UNCOUNTABLE_PAYOUT_TEXT);
        const years = cycleYears(reg.awardCycle);
        if (years === undefined) return cell(null, CYCLE_NOT_NUMBERED_TEXT, { explanation: payoutExplanation(reg) });
        const total = perYear(
          ps.reduce((s, p) => s + p.payout.maxPerCycleYuan!, 0),
          years,
        );
        const besides = unlimitedPaid(reg);
        return cell(besides.length ? { total, besides } : total, besidesUnlimitedText(formatYuan(total), besides), {
          num: besides.length ? undefined : total,
          cites: payoutCites(reg),
          explanation: payoutPerYearWorkings(years, payoutExplanation(reg)),
        });
      },
      {
        extreme: { direction: 'max', label: EXTREME_LABELS.highestTotal },
        computed: COMPUTED_NOTES['payout-per-year'],
      },
    ),
    buildRow(
      'higher-award-bonuses',
      ROW_LABELS['higher-award-bonuses'],
      regs,
      (reg) => {
        const bs = reg.higherAwardBonuses;
        if (!bs.length) return undefined;
        const bonuses = bs.map((b) => {
          const computed = b.percentOfPrize === undefined ? undefined : shareOfPrize(atlas, b, b.percentOfPrize);
          return {
            award: b.award,
            recipient: b.recipient,
            amountYuan: b.amountYuan,
            ...(b.percentOfPrize !== undefined && { percentOfPrize: b.percentOfPrize }),
            ...(computed && { computed }),
          };
        });
        const amounts = bonuses.flatMap((b) =>
          b.amountYuan !== null ? [b.amountYuan] : b.computed ? [b.computed.max] : [],
        );
        return cell(bonuses, higherAwardsText(bonuses), {
          num: amounts.length ? Math.max(...amounts) : undefined,
          cites: bs.map((b) => ({ cite: b.cite })),
          notes: notesOf(...bs),
        });
      },
      { extreme: { direction: 'max', label: EXTREME_LABELS.highestBonus } },
    ),
  );
  return sectionOf('prizes', rows);
}

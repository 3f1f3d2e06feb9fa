// The data behind the comparison charts, from the coded regulations.
import { RECIPIENT_TYPES } from '../codebook.ts';
import { awardsPerYearLabel } from '../wording/compare.ts';
import { formatYuan } from '../wording/format.ts';
import type { BarGroup } from '../charts/bar-chart.ts';
import type { Tier } from '../schema.ts';
import { tierCapacity, tierPayout } from './capacity.ts';
import type { CompareInput } from './rows.ts';

/** Prize money per tier: a group per regulation, a bar per tier and kind of winner. */
export function prizeChart(regs: CompareInput[]): BarGroup[] {
  return regs.map(({ id, regulation: reg }) => ({
    key: id,
    label: reg.shortName,
    bars: reg.tiers.flatMap((t) =>
      t.prizes.map((p) => ({
        label: `${t.name}·${reg.tracks?.find((tr) => tr.id === p.track)?.name ?? RECIPIENT_TYPES[p.recipient].label}`,
        value: p.amountYuan,
        valueLabel: formatYuan(p.amountYuan),
      })),
    ),
  }));
}

/** A group per regulation, a bar per tier; tiers the figure cannot be computed for are left out. */
function perTierChart(
  regs: CompareInput[],
  figure: (reg: CompareInput['regulation'], tier: Tier) => number | undefined,
  label: (n: number) => string,
): BarGroup[] {
  return regs.map(({ id, regulation: reg }) => ({
    key: id,
    label: reg.shortName,
    bars: reg.tiers.flatMap((t) => {
      const value = figure(reg, t);
      return value === undefined ? [] : [{ label: t.name, value, valueLabel: label(value) }];
    }),
  }));
}

/** Most awards per year, by tier. */
export const awardsPerYearChart = (regs: CompareInput[]) =>
  perTierChart(regs, (reg, t) => tierCapacity(reg, t).maxPerYear, awardsPerYearLabel);

/** Most prize money per year, by tier. */
export const payoutPerYearChart = (regs: CompareInput[]) =>
  perTierChart(regs, (reg, t) => tierPayout(reg, t).maxPerYearYuan, formatYuan);

// The data behind the comparison charts, from the coded regulations.
import { RECIPIENT_TYPES } from '../codebook.ts';
import { formatYuan } from '../format.ts';
import type { BarGroup } from '../charts/bar-chart.ts';
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

/** Most awards per year: a group per regulation, a bar per tier (tiers without a quota left out). */
export function awardsPerYearChart(regs: CompareInput[]): BarGroup[] {
  return regs.map(({ id, regulation: reg }) => ({
    key: id,
    label: reg.shortName,
    bars: reg.tiers.flatMap((t) => {
      const perYear = tierCapacity(reg, t).maxPerYear;
      return perYear === undefined ? [] : [{ label: t.name, value: perYear, valueLabel: `${perYear}个/年` }];
    }),
  }));
}

/** Most prize money per year, by tier. */
export function payoutPerYearChart(regs: CompareInput[]): BarGroup[] {
  return regs.map(({ id, regulation: reg }) => ({
    key: id,
    label: reg.shortName,
    bars: reg.tiers.flatMap((t) => {
      const perYear = tierPayout(reg, t).maxPerYearYuan;
      return perYear === undefined ? [] : [{ label: t.name, value: perYear, valueLabel: formatYuan(perYear) }];
    }),
  }));
}

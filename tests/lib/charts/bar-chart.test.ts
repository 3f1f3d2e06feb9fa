// Bar chart geometry: a round axis, bars proportional to their values and
// inside the plot, groups stacked without overlap.
import { describe, expect, it } from 'vitest';
import { layoutBarChart, niceScale } from '../../../src/lib/charts/bar-chart.ts';
import { prizeChart } from '../../../src/lib/compare/charts.ts';
import { realEntries } from '../../support/regulations.ts';

describe('niceScale', () => {
  it.each([
    [500_000, 500_000, 100_000],
    [3, 3, 1],
    [7, 8, 2],
    [1.5, 1.5, 0.5],
    [2_250_000, 2_500_000, 500_000],
  ])('max %d → axis to %d in steps of %d', (max, axis, step) => {
    expect(niceScale(max)).toEqual({ max: axis, step });
  });
});

describe('layoutBarChart', () => {
  const groups = prizeChart(realEntries());
  const chart = layoutBarChart(groups, { width: 640, labelWidth: 200, valueRoom: 90 });

  it('has a group per regulation and a bar per prize', () => {
    expect(chart.groups.map((g) => g.key)).toEqual(groups.map((g) => g.key));
    expect(chart.groups.flatMap((g) => g.bars)).toHaveLength(groups.reduce((n, g) => n + g.bars.length, 0));
  });

  it('draws bars in proportion to their values, inside the plot', () => {
    const bars = chart.groups.flatMap((g) => g.bars);
    const [a, b] = [bars.find((x) => x.value === 500_000)!, bars.find((x) => x.value === 50_000)!];
    expect(a.width / b.width).toBeCloseTo(10);
    for (const bar of bars) expect(bar.width).toBeLessThanOrEqual(chart.plotWidth);
    expect(chart.ticks.at(-1)!.x).toBeCloseTo(chart.plotLeft + chart.plotWidth);
  });

  it('stacks bars top to bottom without overlap, within the height', () => {
    const ys = chart.groups.flatMap((g) => [g.y, ...g.bars.map((b) => b.y)]);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(chart.barHeight);
    expect(ys.at(-1)! + chart.barHeight).toBeLessThanOrEqual(chart.height);
  });
});

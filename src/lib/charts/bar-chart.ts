// Geometry of a horizontal bar chart, computed at build time: the page renders
// it as SVG, so no chart code reaches the browser.

export interface BarDatum {
  label: string;
  value: number;
  /** The value as written beside the bar (50万元, 1.5个). */
  valueLabel: string;
}

export interface BarGroup {
  /** Shown above the group's bars (a regulation). */
  label: string;
  /** Ties the group to its regulation (data-reg), so a page can hide it with the column. */
  key: string;
  bars: BarDatum[];
}

export interface PlacedBar extends BarDatum {
  y: number;
  width: number;
}

export interface PlacedGroup {
  label: string;
  key: string;
  y: number;
  bars: PlacedBar[];
}

export interface BarChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotWidth: number;
  barHeight: number;
  ticks: { x: number; value: number }[];
  groups: PlacedGroup[];
}

export interface BarChartOptions {
  width?: number;
  labelWidth?: number;
  barHeight?: number;
  barGap?: number;
  groupGap?: number;
  /** Room for the value label to the right of the longest bar. */
  valueRoom?: number;
}

/** A round axis maximum (1, 2, 2.5 or 5 × 10^k) at or above `max`, and its step. */
export function niceScale(max: number, targetTicks = 5): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const rough = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  return { max: Math.ceil(max / step) * step, step };
}

export function layoutBarChart(groups: BarGroup[], opts: BarChartOptions = {}): BarChartLayout {
  const width = opts.width ?? 640;
  const labelWidth = opts.labelWidth ?? 200;
  const barHeight = opts.barHeight ?? 18;
  const barGap = opts.barGap ?? 6;
  const groupGap = opts.groupGap ?? 14;
  const valueRoom = opts.valueRoom ?? 90;
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - valueRoom;
  const scale = niceScale(Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.value))));
  const x = (v: number) => (v / scale.max) * plotWidth;

  let y = 24; // room for the axis labels above the plot
  const placed = groups.map((g) => {
    const groupY = y;
    y += barHeight + barGap; // the group's own label line
    const bars = g.bars.map((b) => {
      const bar = { ...b, y, width: x(b.value) };
      y += barHeight + barGap;
      return bar;
    });
    y += groupGap;
    return { label: g.label, key: g.key, y: groupY, bars };
  });
  const ticks = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) ticks.push({ x: plotLeft + x(v), value: v });
  return { width, height: y, plotLeft, plotWidth, barHeight, ticks, groups: placed };
}

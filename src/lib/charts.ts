/**
 * Chart geometry for build-time SVG (d3-scale, d3-shape). Components draw what these return;
 * every chart also ships its data as a table.
 */
import { scaleBand, scaleLinear, scaleTime } from 'd3-scale';
import { line } from 'd3-shape';

export interface Datum {
  /** Category label (bar charts) or a readable date (line charts). */
  label: string;
  value: number;
  /** The value as readers should see it, e.g. "2,867,748" or "50.48%". */
  display: string;
}

export interface Tick {
  position: number;
  label: string;
}

export interface BarChart {
  width: number;
  height: number;
  bars: { label: string; display: string; x: number; y: number; width: number; height: number }[];
  /** Where the value axis starts (bars grow right from here). */
  labelWidth: number;
}

/** Horizontal bars, one per datum, in the order given. */
export function buildBarChart(
  data: readonly Datum[],
  options: { width: number; barHeight?: number; labelWidth?: number },
): BarChart {
  const barHeight = options.barHeight ?? 28;
  const labelWidth = options.labelWidth ?? 180;
  const valueRoom = 110; // space right of the longest bar for its printed value
  const height = data.length * (barHeight + 10) + 10;
  const y = scaleBand<string>()
    .domain(data.map((_, i) => `${i}`))
    .range([10, height])
    .paddingInner(10 / (barHeight + 10));
  const max = Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, Math.max(10, options.width - labelWidth - valueRoom)]);
  return {
    width: options.width,
    height,
    labelWidth,
    bars: data.map((d, i) => ({
      label: d.label,
      display: d.display,
      x: labelWidth,
      y: y(`${i}`) ?? 0,
      width: Math.max(1, x(Math.max(0, d.value))),
      height: y.bandwidth(),
    })),
  };
}

export interface TimePoint extends Datum {
  /** The date the value describes, as `YYYY-MM-DD`. */
  day: string;
}

export interface LineChart {
  width: number;
  height: number;
  path: string;
  points: { x: number; y: number; label: string; display: string }[];
  xTicks: Tick[];
  yTicks: Tick[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** A line through dated values, with year ticks and a zero-based value axis. */
export function buildLineChart(
  data: readonly TimePoint[],
  options: { width: number; height: number; formatTick: (value: number) => string },
): LineChart {
  const plot = { left: 72, right: options.width - 16, top: 16, bottom: options.height - 32 };
  const dates = data.map((d) => new Date(`${d.day}T00:00:00Z`));
  const first = dates[0] ?? new Date(0);
  const last = dates.at(-1) ?? first;
  const x = scaleTime()
    .domain([
      new Date(Date.UTC(first.getUTCFullYear(), 0, 1)),
      new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1)),
    ])
    .range([plot.left, plot.right]);
  const max = Math.max(0, ...data.map((d) => d.value));
  const y = scaleLinear()
    .domain([0, max || 1])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const points = data.map((d, i) => ({
    x: round(x(dates[i] ?? first)),
    y: round(y(d.value)),
    label: d.label,
    display: d.display,
  }));
  const path =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)(points) ?? '';
  const years: Tick[] = [];
  for (let year = first.getUTCFullYear(); year <= last.getUTCFullYear() + 1; year++) {
    years.push({ position: round(x(new Date(Date.UTC(year, 0, 1)))), label: String(year) });
  }
  return {
    width: options.width,
    height: options.height,
    path,
    points,
    xTicks: years,
    yTicks: y.ticks(4).map((v) => ({ position: round(y(v)), label: options.formatTick(v) })),
    plot,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

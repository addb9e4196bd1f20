/**
 * Chart geometry for build-time charts (d3-scale). Components draw what these return; every chart
 * also ships its data as a table.
 *
 * Nothing here knows how wide the chart will be drawn: a page is read from 320 to 1,280 CSS px and
 * wider. Text must never shrink with the chart, so horizontal positions are fractions of the
 * available width (percentages, which SVG attributes accept) and text is set in CSS px at a scale
 * of one. A `viewBox` would scale the labels with the picture: a 640-unit chart on a phone draws
 * 13 px text at 7 px.
 */
import { scaleLinear, scaleTime } from 'd3-scale';

export interface Datum {
  /** Category label (bar charts) or a readable date (line charts). */
  label: string;
  value: number;
  /** The value as readers should see it, e.g. "2,867,748" or "50.48%". */
  display: string;
}

export interface Tick {
  /** Where the tick sits: CSS px from the top (value axis) or % of the plot's width (time axis). */
  position: number;
  label: string;
}

export interface BarChart {
  bars: {
    label: string;
    display: string;
    /** The bar's length as a percentage of the longest bar (0–100). */
    share: number;
  }[];
}

/**
 * Horizontal bars, one per datum, in the order given, measured against the largest value. Labels
 * and values are HTML text around the bars, so they wrap and keep their size at any width.
 */
export function buildBarChart(data: readonly Datum[]): BarChart {
  const max = Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, 100])
    .clamp(true);
  return {
    bars: data.map((d) => ({ label: d.label, display: d.display, share: round(x(d.value)) })),
  };
}

export interface TimePoint extends Datum {
  /** The date the value describes, as `YYYY-MM-DD`. */
  day: string;
}

export interface LineChart {
  /** The drawing's height in CSS px; its width is whatever the page gives it. */
  height: number;
  /** Width in CSS px of the value axis left of the plot: room for its longest label. */
  axisWidth: number;
  /** Top and bottom of the plotting area, CSS px from the top of the drawing. */
  plot: { top: number; bottom: number };
  /** Each value: `x` in % of the plot's width, `y` in CSS px from the top. */
  points: { x: number; y: number; label: string; display: string }[];
  /** The line, as straight pieces between consecutive points (same units as `points`). */
  segments: { x1: number; y1: number; x2: number; y2: number }[];
  /** Where each year starts, in % of the plot's width. */
  yearStarts: number[];
  /** Year names centred in their year (% of the plot's width); thinned out when years are many. */
  xLabels: Tick[];
  /** Value gridlines, in CSS px from the top, with their labels. */
  yTicks: Tick[];
}

/** Typographic settings the line chart is laid out for; components draw with the same. */
export const LINE_CHART_TEXT = {
  /** Label size in CSS px (never scaled). */
  fontSize: 13,
  /** Space between a value label and the plot, in CSS px. */
  gap: 6,
} as const;

/**
 * A line through dated values over whole years, with a zero-based value axis. `minPlotWidth` is
 * the narrowest plot the chart must stay legible in (CSS px): year names are thinned so they
 * cannot collide there.
 */
export function buildLineChart(
  data: readonly TimePoint[],
  options: { height: number; formatTick: (value: number) => string; minPlotWidth?: number },
): LineChart {
  const { fontSize, gap } = LINE_CHART_TEXT;
  const plot = { top: Math.ceil(fontSize * 0.75), bottom: options.height - fontSize * 2 - 4 };
  const dates = data.map((d) => new Date(`${d.day}T00:00:00Z`));
  const first = dates[0] ?? new Date(0);
  const last = dates.at(-1) ?? first;
  const firstYear = first.getUTCFullYear();
  const lastYear = last.getUTCFullYear();
  const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
  const x = scaleTime()
    .domain([yearStart(firstYear), yearStart(lastYear + 1)])
    .range([0, 100]);
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
  const segments = points.slice(1).map((p, i) => {
    const from = points[i] ?? p;
    return { x1: from.x, y1: from.y, x2: p.x, y2: p.y };
  });
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) years.push(year);
  const band = (options.minPlotWidth ?? 200) / Math.max(1, years.length);
  const widest = Math.max(...years.map((yr) => estimateTextWidth(String(yr), fontSize)));
  const step = Math.max(1, Math.ceil((widest + fontSize) / band));
  const yTicks = y.ticks(4).map((v) => ({ position: round(y(v)), label: options.formatTick(v) }));
  return {
    height: options.height,
    axisWidth: Math.ceil(
      Math.max(0, ...yTicks.map((t) => estimateTextWidth(t.label, fontSize))) + gap + 2,
    ),
    plot,
    points,
    segments,
    yearStarts: [...years, lastYear + 1].map((yr) => round(x(yearStart(yr)))),
    xLabels: years
      .filter((_, i) => i % step === 0)
      .map((yr) => ({
        position: round((x(yearStart(yr)) + x(yearStart(yr + 1))) / 2),
        label: String(yr),
      })),
    yTicks,
  };
}

/**
 * A generous estimate of how wide `text` is drawn in a sans-serif face at `fontSize` CSS px:
 * per-character widths at the wide end of common system fonts (DejaVu Sans's digits are 0.64 em,
 * Arial's 0.56). Used to reserve room for labels; the reader tests measure the real thing.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[MWmw@%]/.test(ch)) em += 0.95;
    else if (/[\s.,:;'!|il]/.test(ch)) em += 0.35;
    else if (/[A-Z$€]/.test(ch)) em += 0.75;
    else em += 0.65;
  }
  return em * fontSize;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

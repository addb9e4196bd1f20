/**
 * Chart geometry (src/lib/charts.ts) and the chart views built from content
 * (src/lib/chart-views.ts). The geometry never assumes a width: positions across are
 * percentages and text is laid out in CSS px, so labels keep their size on any screen.
 */
import { describe, expect, test } from 'vitest';
import {
  buildBarChart,
  buildLineChart,
  estimateTextWidth,
  LINE_CHART_TEXT,
  type TimePoint,
} from '../../src/lib/charts';
import { decadeChartView, factBarsView, seriesChartView } from '../../src/lib/chart-views';
import { countCurrentAllies } from '../../src/lib/countries';
import { AWKWARD, corpus, country, fact } from './fixtures';

const yearly = (from: number, to: number): TimePoint[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    day: `${from + i}-06-30`,
    label: String(from + i),
    value: 100 + i,
    display: String(100 + i),
  }));

describe('bar chart geometry', () => {
  test('bars keep their order and are proportional, the longest filling the track', () => {
    const chart = buildBarChart([
      { label: 'A', value: 20, display: '20%' },
      { label: 'B', value: 40, display: '40%' },
      { label: 'C', value: 10, display: '10%' },
    ]);
    expect(chart.bars.map((b) => [b.label, b.display, b.share])).toEqual([
      ['A', '20%', 50],
      ['B', '40%', 100],
      ['C', '10%', 25],
    ]);
  });

  test.each([
    ['all zero', [0, 0], [0, 0]],
    ['a negative value', [-5, 10], [0, 100]],
    ['a single value', [7], [100]],
    ['no values', [], []],
  ])('stays within 0–100%% with %s', (_, values, shares) => {
    const chart = buildBarChart(values.map((v) => ({ label: 'x', value: v, display: `${v}` })));
    expect(chart.bars.map((b) => b.share)).toEqual(shares);
  });

  test('carries no widths in drawing units, so nothing can scale its labels down', () => {
    const chart = buildBarChart([{ label: 'A', value: 1, display: '1' }]);
    expect(Object.keys(chart)).toEqual(['bars']);
    expect(Object.keys(chart.bars[0]!).sort()).toEqual(['display', 'label', 'share']);
  });
});

describe('line chart geometry', () => {
  const chart = buildLineChart(
    [
      { day: '2021-08-31', label: 'Aug 2021', value: 1.8e6, display: '1.8m' },
      { day: '2022-02-28', label: 'Feb 2022', value: 2.5e6, display: '2.5m' },
      { day: '2022-12-31', label: 'Dec 2022', value: 2.9e6, display: '2.9m' },
    ],
    { height: 240, formatTick: (v) => `${v / 1e6}M` },
  );

  test('runs left to right in time across the width, in percent', () => {
    const xs = chart.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of xs) expect(x).toBeLessThanOrEqual(100);
    expect(chart.yearStarts).toEqual([0, 50, 100]);
  });

  test('draws higher values higher, inside the plot, on a zero-based axis', () => {
    const [a, b, c] = chart.points.map((p) => p.y);
    expect(b).toBeLessThan(a!);
    expect(c).toBeLessThan(b!);
    for (const p of chart.points) {
      expect(p.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(p.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
    expect(chart.yTicks[0]).toEqual({ position: chart.plot.bottom, label: '0M' });
    expect(chart.plot.top).toBeGreaterThanOrEqual(LINE_CHART_TEXT.fontSize / 2);
  });

  test('joins each point to the next with one segment', () => {
    expect(chart.segments).toEqual([
      {
        x1: chart.points[0]!.x,
        y1: chart.points[0]!.y,
        x2: chart.points[1]!.x,
        y2: chart.points[1]!.y,
      },
      {
        x1: chart.points[1]!.x,
        y1: chart.points[1]!.y,
        x2: chart.points[2]!.x,
        y2: chart.points[2]!.y,
      },
    ]);
  });

  test('names each year in the middle of its span, never at the plot edge', () => {
    expect(chart.xLabels).toEqual([
      { position: 25, label: '2021' },
      { position: 75, label: '2022' },
    ]);
  });

  test('leaves room under the plot for the year names', () => {
    expect(chart.height - chart.plot.bottom).toBeGreaterThanOrEqual(LINE_CHART_TEXT.fontSize * 2);
  });

  test('makes the value axis as wide as its longest label and the gap beside it', () => {
    const widest = Math.max(
      ...chart.yTicks.map((t) => estimateTextWidth(t.label, LINE_CHART_TEXT.fontSize)),
    );
    expect(chart.axisWidth).toBeGreaterThanOrEqual(widest + LINE_CHART_TEXT.gap);
    const wider = buildLineChart(yearly(2020, 2022), {
      height: 240,
      formatTick: (v) => `$${v} billion`,
    });
    expect(wider.axisWidth).toBeGreaterThan(chart.axisWidth);
  });

  test.each([
    [4, 1],
    [12, 3],
    [40, 10],
  ])(
    'with %i years, names every %i-th year so the names cannot collide at the narrowest plot',
    (years, step) => {
      const minPlotWidth = 200;
      const long = buildLineChart(yearly(2000, 2000 + years - 1), {
        height: 240,
        formatTick: String,
        minPlotWidth,
      });
      const labels = long.xLabels.map((l) => Number(l.label));
      expect(labels[1]! - labels[0]!).toBe(step);
      const apart = ((long.xLabels[1]!.position - long.xLabels[0]!.position) / 100) * minPlotWidth;
      expect(apart).toBeGreaterThanOrEqual(estimateTextWidth('2000', LINE_CHART_TEXT.fontSize));
    },
  );
});

describe('text width estimates', () => {
  test.each([
    // Widths measured in Chromium with DejaVu Sans (a wide system sans-serif) at 13 px.
    ['2021', 33.1],
    ['3M', 19.5],
    ['3\u00a0M', 23.6],
    ['2.5M', 31.9],
    ['$10B', 33.7],
    ['500\u00a0mil', 48.8],
  ])('reserve at least the width %s takes in a wide system font', (text, measured) => {
    expect(estimateTextWidth(text, 13)).toBeGreaterThanOrEqual(measured);
  });
});

describe('chart views', () => {
  test('take their rows and sources from the facts', () => {
    const all = corpus({
      facts: [
        fact('a', { series: 'v', asOf: '2021-08-31' }),
        fact('b', { series: 'v', asOf: '2022-12', value: 2867748 }),
      ],
    });
    const line = seriesChartView(all, 'v', 'en');
    expect(line.rows).toEqual([
      { label: 'August 31, 2021', display: '1,842,390' },
      { label: 'December 2022', display: '2,867,748' },
    ]);
    expect(line.sources[0]?.asOf).toEqual(['as of August 31, 2021', 'as of December 2022']);
    const bars = factBarsView(all, ['b', 'a'], 'en', ['Peak', 'Then']);
    expect(bars.rows.map((r) => r.label)).toEqual(['Peak', 'Then']);
    expect(bars.chart.bars.map((b) => b.share)).toEqual([100, 64.2]);
    expect(() => factBarsView(all, ['missing'], 'en')).toThrow(/Unknown fact/);
  });
});

describe('the decade chart', () => {
  const all = corpus({
    countries: [country('colombia'), AWKWARD.yearOnly(), AWKWARD.revoked(), AWKWARD.treatedAs()],
  });

  test('counts each current ally once, leaving out the revoked designation and Taiwan', () => {
    expect(decadeChartView(all, 'en').rows).toEqual([
      { label: '1980s', display: '1' },
      { label: '2020s', display: '1' },
    ]);
  });

  test('adds up to the number of current allies', () => {
    expect(decadeChartView(all, 'en').total).toBe(countCurrentAllies(all.countries));
  });

  test.each([
    [
      'en',
      'The two current allies, by decade of first designation',
      'Counts the two countries that currently hold a formal designation, each once, in the decade of its first designation under either track. Not counted: Afghanistan (designation revoked); Taiwan (treated as an ally by law, never formally designated).',
    ],
    [
      'es',
      'Los dos aliados actuales, por década de su primera designación',
      'Cuenta los dos países que hoy tienen una designación formal, cada uno una vez, en la década de su primera designación por cualquiera de las dos vías. No se cuentan: Afghanistan (designación revocada); Taiwan (tratado como aliado por ley, sin designación formal).',
    ],
  ] as const)(
    'says in %s what it counts and names what it leaves out (fixtures have English names)',
    (locale, title, note) => {
      const view = decadeChartView(all, locale);
      expect(view.title).toBe(title);
      expect(view.note).toBe(note);
    },
  );

  test('names several left-out countries in one list, and nothing when none is left out', () => {
    const second = AWKWARD.revoked();
    const two = corpus({
      countries: [
        country('colombia'),
        AWKWARD.revoked(),
        { ...second, id: 'atlantis', data: { ...second.data, name: 'Atlantis' } },
      ],
    });
    expect(decadeChartView(two, 'en').note).toContain(
      'Not counted: Afghanistan and Atlantis (designations revoked).',
    );
    expect(decadeChartView(corpus({ countries: [country('colombia')] }), 'en').note).not.toContain(
      'Not counted',
    );
  });
});

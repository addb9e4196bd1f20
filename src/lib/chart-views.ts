/**
 * Data for charts and the designation timeline, computed from facts and lifecycles. Each view
 * carries the rows for its data table and the sources with their as-of dates.
 */
import { sourceCredit, type Segment } from './credit';
import { capitalize, formatList, numberFormat } from './intl';
import type { FactData } from '../schemas/fact';
import { intlLocale, type Locale } from '../settings';
import { buildBarChart, buildLineChart, type Datum, type TimePoint } from './charts';
import { firstDesignation, sortLifecycle, statusOn } from './countries';
import { byDate, endOfPartialDate, formatBoundedDate, formatPartialDate } from './dates';
import type { Corpus, Fact } from './entry';
import { factSeries, formatFactAsOf, formatFactValue } from './facts';
import type { PageContext } from './context';
import { hrefTo } from './paths';
import { countryGender, countryName, countryNameInSentence, factLabel } from './localize';
import { ui } from '../i18n/ui';

/** A source line under a chart: publisher, link and the dates its figures describe. */
export interface ChartSource {
  credit: Segment[];
  url: string;
  asOf: string[];
}

function chartSources(facts: readonly Fact[], corpus: Corpus, locale: Locale): ChartSource[] {
  const out = new Map<string, ChartSource>();
  for (const fact of facts) {
    const source = corpus.sources.find((s) => s.id === fact.data.source.id);
    if (!source) continue;
    const entry = out.get(source.id) ?? {
      credit: sourceCredit(source.data, locale),
      url: source.data.url,
      asOf: [],
    };
    const asOf = formatFactAsOf(fact.data, locale);
    if (!entry.asOf.includes(asOf)) entry.asOf.push(asOf);
    out.set(source.id, entry);
  }
  return [...out.values()];
}

function compactTick(unit: FactData['unit'], locale: Locale): (v: number) => string {
  const f = numberFormat(intlLocale(locale), { notation: 'compact', maximumFractionDigits: 1 });
  return (v) => (unit === 'usd' ? `$${f.format(v)}` : unit === 'percent' ? `${v}%` : f.format(v));
}

/** A line chart of one fact series (e.g. Venezuelans in Colombia over time). */
export function seriesChartView(corpus: Corpus, series: string, locale: Locale) {
  const facts = factSeries(corpus.facts, series);
  if (facts.length === 0) throw new Error(`No facts in series "${series}"`);
  const data: TimePoint[] = facts.map((f) => ({
    day: endOfPartialDate(f.data.asOf),
    label: formatPartialDate(f.data.asOf, locale),
    value: f.data.value,
    display: formatFactValue(f.data, locale),
  }));
  const unit = facts[0]?.data.unit ?? 'count';
  return {
    rows: data.map((d) => ({ label: d.label, display: d.display })),
    chart: buildLineChart(data, { height: 240, formatTick: compactTick(unit, locale) }),
    sources: chartSources(facts, corpus, locale),
  };
}

/** A bar chart of named facts, in the order given (e.g. first-round vote shares). */
export function factBarsView(
  corpus: Corpus,
  ids: readonly string[],
  locale: Locale,
  labels?: readonly string[],
) {
  const facts = ids.map((id) => {
    const fact = corpus.facts.find((f) => f.id === id);
    if (!fact) throw new Error(`Unknown fact "${id}" in a chart`);
    return fact;
  });
  const data: Datum[] = facts.map((f, i) => ({
    label: labels?.[i] ?? factLabel(f, locale).text,
    value: f.data.value,
    display: formatFactValue(f.data, locale),
  }));
  return {
    rows: data.map((d, i) => ({
      label: d.label,
      display: d.display,
      asOf: formatFactAsOf(facts[i]!.data, locale),
    })),
    chart: buildBarChart(data),
    sources: chartSources(facts, corpus, locale),
  };
}

/**
 * The current allies by the decade of their first formal designation. It counts exactly the
 * countries `countCurrentAllies` counts (the number the allies page states), and its note names,
 * from the data, the entries it leaves out: revoked designations and countries treated as allies
 * by law.
 */
export function decadeChartView(corpus: Corpus, locale: Locale) {
  const t = ui(locale).allies;
  const counts = new Map<number, number>();
  const leftOut: Record<'revoked' | 'treated-as', string[]> = { revoked: [], 'treated-as': [] };
  for (const country of corpus.countries) {
    const status = statusOn(country);
    if (status === 'revoked' || status === 'treated-as') {
      leftOut[status].push(countryName(country, locale));
      continue;
    }
    const first = firstDesignation(country);
    if (status !== 'designated' || first?.kind !== 'designated') continue;
    const decade = Math.floor(Number(first.date.iso.slice(0, 4)) / 10) * 10;
    counts.set(decade, (counts.get(decade) ?? 0) + 1);
  }
  const decades = [...counts.keys()].sort((a, b) => a - b);
  const fmt = numberFormat(intlLocale(locale));
  const data: Datum[] = decades.map((d) => ({
    label: t.decade({ decade: d }),
    value: counts.get(d) ?? 0,
    display: fmt.format(counts.get(d) ?? 0),
  }));
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const names = (list: string[]) =>
    formatList(
      list.sort((a, b) => a.localeCompare(b, locale)),
      intlLocale(locale),
    );
  const notCounted = [
    leftOut.revoked.length > 0 &&
      t.decadeRevoked({ names: names(leftOut.revoked), count: leftOut.revoked.length }),
    leftOut['treated-as'].length > 0 &&
      t.decadeTreatedAs({
        names: names(leftOut['treated-as']),
        count: leftOut['treated-as'].length,
      }),
  ].filter((part): part is string => !!part);
  return {
    /** How many countries the bars add up to. */
    total,
    title: t.decadeTitle({ count: total }),
    note:
      t.decadeNote({ count: total }) +
      (notCounted.length > 0 ? t.decadeNotCounted({ items: notCounted.join('; ') }) : ''),
    rows: data.map((d) => ({ label: d.label, display: d.display })),
    chart: buildBarChart(data),
  };
}

/** One year in the timeline of designations and revocations. */
export interface TimelineYear {
  year: string;
  entries: {
    date: string;
    iso: string;
    text: string;
    href: string;
    kind: 'designated' | 'revoked' | 'legislated';
  }[];
}

/**
 * Every designation, revocation and law in date order, grouped by year. Title 10 and Title 22
 * designations of the same country both appear, so the two tracks stay visible.
 */
export function timelineView(
  corpus: Corpus,
  { locale, base }: Pick<PageContext, 'locale' | 'base'>,
): TimelineYear[] {
  const t = ui(locale);
  const entries = corpus.countries.flatMap((country) =>
    sortLifecycle(country.data.lifecycle)
      .filter((e) => e.kind === 'designated' || e.kind === 'revoked' || e.kind === 'legislated')
      .map((e) => ({
        when: e.date,
        name: country.data.name,
        date: formatBoundedDate(e.date, e.dateBound, locale),
        iso: e.date.iso,
        kind: e.kind as 'designated' | 'revoked' | 'legislated',
        href: hrefTo({ page: 'ally', slug: country.id }, locale, base),
        // Each line opens with the name, which may start with an article ("The Philippines").
        text: capitalize(
          e.kind === 'revoked'
            ? t.timeline.revoked({ name: countryNameInSentence(country, locale) })
            : e.kind === 'legislated'
              ? t.timeline.legislated({
                  name: countryNameInSentence(country, locale),
                  gender: countryGender(country, locale),
                })
              : t.timeline.designated({
                  name: countryNameInSentence(country, locale),
                  track: t.trackShort[e.track ?? 'title-22'],
                }),
          intlLocale(locale),
        ),
      })),
  );
  // A date known only to its year sorts after that year's full dates (compareDates).
  entries.sort(byDate((e) => e.when, { key: (e) => e.name }));
  const years: TimelineYear[] = [];
  for (const { when: _when, name: _name, ...entry } of entries) {
    const year = entry.iso.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else years.push({ year, entries: [entry] });
  }
  return years;
}

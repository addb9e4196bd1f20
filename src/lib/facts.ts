import { numberFormat } from './intl';
import type { FactData } from '../schemas/fact';
import { intlLocale, type Locale } from '../settings';
import { ui } from '../i18n/ui';
import { byDate, formatPartialDate } from './dates';
import type { Fact } from './entry';

/** Large round figures read better in words: 10,000,000,000 → "10 billion". */
function compact(value: number, locale: Locale): string {
  const rounded = value >= 1e9 ? value / 1e9 : value / 1e6;
  const words = ui(locale).numbers;
  const word = value >= 1e9 ? words.billion : words.million;
  const digits = numberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(rounded);
  return `${digits} ${word}`;
}

/** True when a figure is a round number of millions or billions, as sources give approximations. */
function isRound(value: number): boolean {
  return value >= 1e6 && Number.isInteger(value / 1e4);
}

/**
 * A figure for readers, with its qualifier and unit: "more than $10 billion", "2,867,748",
 * "about 2.8 million", "50.48%" ("50,48 %" in Spanish, as Intl writes percentages), and a
 * percent change in words: "a fall of about 50%", "un aumento de cerca del 15 %".
 */
export function formatFactValue(fact: FactData, locale: Locale): string {
  const { value, unit, qualifier } = fact;
  const words = ui(locale).numbers;
  if (unit === 'percent-change') {
    if (value === 0) return words.change.none;
    const amount = `${words.change.qualifier[qualifier]}${percent(Math.abs(value), locale)}`;
    return value < 0 ? words.change.fall({ amount }) : words.change.rise({ amount });
  }
  const number =
    unit === 'percent'
      ? percent(value, locale)
      : isRound(value)
        ? compact(value, locale)
        : numberFormat(intlLocale(locale)).format(value);
  const withUnit = unit === 'usd' ? words.usd({ amount: number }) : number;
  const before = unit === 'percent' ? words.qualifierPercent : words.qualifier;
  return `${before[qualifier]}${withUnit}`;
}

/** 50.48 → "50.48%" in English, "50,48 %" in Spanish (Intl's percent style; value in percent). */
function percent(value: number, locale: Locale): string {
  return numberFormat(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(value / 100);
}

/** "as of August 2021" for the date a figure describes. */
export function formatFactAsOf(fact: FactData, locale: Locale): string {
  const t = ui(locale);
  const when = formatPartialDate(fact.asOf, locale);
  if (fact.periodStart) {
    return t.fact.span({ from: formatPartialDate(fact.periodStart, locale), to: when });
  }
  return t.fact.asOf({ when, precision: fact.asOf.precision });
}

/** The facts of one series in date order, for charts. */
export function factSeries(facts: readonly Fact[], series: string): Fact[] {
  return facts.filter((f) => f.data.series === series).sort(byDate((f) => f.data.asOf));
}

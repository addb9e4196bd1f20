import { dateFormat } from './intl';
import { ui } from '../i18n/ui';
import { INTL_LOCALE, type Locale } from '../settings';
import type { PartialDate, Timestamp } from '../schemas/dates';

/** First day a partial date can mean, as `YYYY-MM-DD` (1987 → 1987-01-01). */
export function startOfPartialDate(date: PartialDate): string {
  if (date.precision === 'day') return date.iso;
  if (date.precision === 'month') return `${date.iso}-01`;
  return `${date.iso}-01-01`;
}

/** Last day a partial date can mean, as `YYYY-MM-DD` (2004-06 → 2004-06-30). */
export function endOfPartialDate(date: PartialDate): string {
  if (date.precision === 'day') return date.iso;
  if (date.precision === 'year') return `${date.iso}-12-31`;
  const [y, m] = date.iso.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.iso}-${String(last).padStart(2, '0')}`;
}

/**
 * Orders partial dates by their first possible day, then the more precise first
 * (so 2002-03-14 comes before "2002" when both start the same day).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = startOfPartialDate(a).localeCompare(startOfPartialDate(b));
  if (byStart !== 0) return byStart;
  return endOfPartialDate(a).localeCompare(endOfPartialDate(b));
}

/** A partial date for readers, to the precision known: "1987", "June 2004", "May 23, 2022". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const [y, m = 1, d = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' }).format(utc);
}

/**
 * A lifecycle date with its bound: "May 23, 2022", or "no later than 2026" when only the latest
 * possible date is known.
 */
export function formatBoundedDate(date: PartialDate, bound: 'on' | 'by', locale: Locale): string {
  const text = formatPartialDate(date, locale);
  if (bound === 'on') return text;
  return ui(locale).dates.noLaterThan(text, date.precision);
}

/**
 * A date as it reads inside a sentence: English needs no preposition ("designated May 23,
 * 2022"); Spanish does, and it depends on the precision ("el 23 de mayo de 2022", "en 1987",
 * "a más tardar en 2026").
 */
export function datePhrase(date: PartialDate, bound: 'on' | 'by', locale: Locale): string {
  if (bound === 'by') return formatBoundedDate(date, bound, locale);
  return ui(locale).dates.inSentence(formatPartialDate(date, locale), date.precision);
}

/** The instant a timestamp names, in ms since the epoch; a bare day counts from its UTC midnight. */
export function instantOf(stamp: Timestamp | string): number {
  const iso = typeof stamp === 'string' ? stamp : stamp.iso;
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/** A date-time with offset as a {@link Timestamp}. */
export function zoned(iso: string): Timestamp {
  return { iso, precision: iso.length === 10 ? 'day' : 'minute' };
}

/** The later of two timestamps. */
export function laterOf(a: Timestamp, b: Timestamp): Timestamp {
  return instantOf(b) > instantOf(a) ? b : a;
}

/** The calendar day (`YYYY-MM-DD`) a timestamp falls on in a time zone. */
export function dayOf(stamp: Timestamp, timeZone: string): string {
  if (stamp.precision === 'day') return stamp.iso;
  const parts = dateFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(stamp.iso));
  return parts;
}

/**
 * The time of day of a timestamp for readers, in the newsroom's time zone with the zone named:
 * "9:40 p.m. ET" in English; "21:40 (hora del Este)" in Spanish, whose newsrooms use the 24-hour
 * clock and name the zone in words.
 */
export function formatTimeOfDay(stamp: Timestamp, locale: Locale, timeZone: string): string {
  const when = new Date(stamp.iso);
  const zoneName = ui(locale).dates.zoneNames[timeZone];
  if (zoneName) {
    const hhmm = dateFormat(INTL_LOCALE[locale], {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(when);
    return `${hhmm} (${zoneName})`;
  }
  return (
    dateFormat(INTL_LOCALE[locale], {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'shortGeneric',
    })
      .format(when)
      // ICU puts a narrow no-break space before AM/PM; newsroom style is "9:40 p.m.".
      .replace(/[\s\u202f]?AM\b/, '\u00a0a.m.')
      .replace(/[\s\u202f]?PM\b/, '\u00a0p.m.')
  );
}

/**
 * A timestamp for readers, in the newsroom's time zone with the zone named:
 * "March 10, 2022, 9:40 p.m. ET". A bare day prints as the day alone.
 */
export function formatTimestamp(stamp: Timestamp, locale: Locale, timeZone: string): string {
  if (stamp.precision === 'day') {
    return formatPartialDate({ iso: stamp.iso, precision: 'day' }, locale);
  }
  const day = dateFormat(INTL_LOCALE[locale], {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(stamp.iso));
  return `${day}, ${formatTimeOfDay(stamp, locale, timeZone)}`;
}

/** The ISO 8601 value for a `<time datetime>` attribute. */
export function machineTime(stamp: Timestamp | PartialDate): string {
  return stamp.iso;
}
